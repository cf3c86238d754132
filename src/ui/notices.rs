//! The strip under the menu bar: load progress with Cancel, and notices.

use eframe::egui;

use super::format::thousands;
use super::theme;
use crate::app::{Command, NoticeLevel, ParallaxApp};
use crate::corpus::human_bytes;

/// Draws the progress of a load under way and the notices not yet dismissed.
pub fn notices_ui(ui: &mut egui::Ui, app: &ParallaxApp, commands: &mut Vec<Command>) {
    if let Some(status) = app.load_status() {
        let p = status.progress;
        let text = if p.listing_done {
            format!(
                "Reading {} of {} files · {} of {}",
                thousands(p.files_done as usize),
                thousands(p.files_total as usize),
                human_bytes(p.bytes_done),
                human_bytes(p.bytes_total)
            )
        } else {
            format!(
                "Finding files… {} so far",
                thousands(p.files_total as usize)
            )
        };
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!("Loading {}", status.what));
            if ui
                .button("Cancel loading")
                .on_hover_text("Stop loading (Esc)")
                .clicked()
            {
                commands.push(Command::CancelLoad);
            }
        });
        // The spinner sits beside the label: inside the bar it would cover the counts.
        ui.add(egui::ProgressBar::new(p.fraction()).text(text));
    }
    let dark = ui.visuals().dark_mode;
    for (index, notice) in app.notices().iter().enumerate() {
        ui.horizontal_top(|ui| {
            let icon = match notice.level {
                NoticeLevel::Info => "ℹ",
                NoticeLevel::Warning => "⚠",
                NoticeLevel::Error => "⚠",
            };
            ui.colored_label(theme::notice_colour(notice.level, dark), icon);
            // A long notice (a path, a parser's message) wraps and leaves room for its
            // buttons instead of pushing them off the window.
            let buttons_width = 200.0;
            let text_width = (ui.available_width() - buttons_width).max(200.0);
            ui.allocate_ui(egui::vec2(text_width, 0.0), |ui| {
                ui.add(egui::Label::new(&notice.text).wrap());
            });
            if notice.level == NoticeLevel::Warning
                && !app.skipped().is_empty()
                && notice.text.contains("skipped")
                && ui.link("Show skipped files").clicked()
            {
                commands.push(Command::ShowSkipped(true));
            }
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotice(index));
            }
        });
    }
}

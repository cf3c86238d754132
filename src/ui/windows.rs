//! Floating windows: the skipped-files list, the path prompt, and the drop overlay.

use std::path::PathBuf;

use eframe::egui;

use super::{ViewState, theme};
use crate::app::{Command, NoticeLevel, ParallaxApp};

/// The list of files left out of the last load, with reasons.
pub fn skipped_window(
    ctx: &egui::Context,
    app: &ParallaxApp,
    view: &ViewState,
    commands: &mut Vec<Command>,
) {
    if !view.show_skipped {
        return;
    }
    let mut open = true;
    let skipped = app.skipped();
    egui::Window::new(format!("Skipped files ({})", skipped.len()))
        .id(egui::Id::unique("skipped_window"))
        .open(&mut open)
        .default_size([560.0, 320.0])
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            ui.label("These were not loaded. Everything else was.");
            ui.add_space(4.0);
            let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .max_height(360.0)
                .show_rows(ui, row_height, skipped.len(), |ui, rows| {
                    for skip in &skipped[rows] {
                        ui.horizontal(|ui| {
                            ui.colored_label(
                                theme::notice_colour(NoticeLevel::Warning, ui.visuals().dark_mode),
                                "⚠",
                            );
                            ui.label(egui::RichText::new(&skip.display).strong());
                            ui.label(skip.reason.to_string());
                        });
                    }
                });
            ui.separator();
            if ui.button("Copy list").clicked() {
                let text: String = skipped.iter().map(|s| format!("{s}\n")).collect();
                ui.ctx().copy_text(text);
            }
        });
    if !open {
        commands.push(Command::ShowSkipped(false));
    }
}

/// A field to type a folder or file path: on request, or when no dialog can be shown.
pub fn path_prompt_window(ctx: &egui::Context, view: &mut ViewState, commands: &mut Vec<Command>) {
    let Some(prompt) = view.path_prompt.as_mut() else {
        return;
    };
    let mut open = true;
    egui::Window::new("Open a path")
        .id(egui::Id::unique("path_prompt"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 80.0])
        .show(ctx, |ui| {
            if let Some(reason) = &prompt.reason {
                ui.colored_label(
                    theme::notice_colour(NoticeLevel::Warning, ui.visuals().dark_mode),
                    reason,
                );
                ui.label("Type the path of a folder or file instead:");
            }
            let label = ui.label("Folder or file path");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.text)
                        .desired_width(440.0)
                        .hint_text("/home/me/news"),
                )
                .labelled_by(label.id);
            // Typing goes straight into the field, as in any "go to" prompt.
            let entered = super::dialog_field(ui, &field, &mut prompt.focused);
            if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                commands.push(Command::ShowPathPrompt(false));
            }
            ui.horizontal(|ui| {
                let has_text = !prompt.text.trim().is_empty();
                if (ui
                    .add_enabled(has_text, egui::Button::new("Open path"))
                    .clicked()
                    || entered)
                    && has_text
                {
                    commands.push(Command::Open(vec![PathBuf::from(prompt.text.trim())]));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowPathPrompt(false));
                }
            });
        });
    if !open {
        commands.push(Command::ShowPathPrompt(false));
    }
}

/// While files are dragged over the window, says what dropping them does.
pub fn drop_overlay(ctx: &egui::Context) {
    let hovering = ctx.input(|i| i.raw.hovered_files.len());
    if hovering == 0 {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    let what = if hovering == 1 {
        "Drop to open it"
    } else {
        "Drop to open them together"
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        what,
        egui::FontId::proportional(26.0),
        egui::Color32::WHITE,
    );
}

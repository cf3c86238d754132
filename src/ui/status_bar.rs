//! The status bar: what is loaded, how big it is, and what was skipped.

use eframe::egui;

use super::format::thousands;
use crate::app::{Command, ParallaxApp};

/// Draws the status bar.
pub fn status_bar_ui(ui: &mut egui::Ui, app: &ParallaxApp, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let corpus = app.corpus();
        let n = corpus.articles.len();
        ui.label(format!(
            "{} · {} {} · {} words",
            corpus.name,
            thousands(n),
            if n == 1 { "article" } else { "articles" },
            thousands(corpus.word_count())
        ));
        if let Some(analysis) = app.analysis() {
            ui.separator();
            ui.label(format!(
                "{} mentions of {} entities",
                thousands(analysis.mentions.mention_count()),
                thousands(analysis.stats.len())
            ));
        } else if app.analysing() {
            ui.separator();
            ui.label(egui::RichText::new("counting mentions…").weak());
        }
        let skipped = app.skipped().len();
        if skipped > 0 {
            ui.separator();
            let text = format!(
                "⚠ skipped {} {}",
                thousands(skipped),
                if skipped == 1 { "file" } else { "files" }
            );
            if ui
                .link(text)
                .on_hover_text("Show the skipped files and why")
                .clicked()
            {
                commands.push(Command::ShowSkipped(true));
            }
        }
        if let Some(secs) = app.last_load_secs() {
            ui.separator();
            let took = if secs < 1.0 {
                format!("{:.0} ms", secs * 1000.0)
            } else {
                format!("{secs:.1} s")
            };
            ui.label(egui::RichText::new(format!("loaded in {took}")).weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(egui::RichText::new("Ctrl+O open folder · drop files to open").weak());
        });
    });
}

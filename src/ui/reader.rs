//! A reader pane: pick an article, read it with its paragraphs, scrolling on its own.

use eframe::egui;

use super::format::thousands;
use super::{ViewState, theme};
use crate::app::{Command, ParallaxApp, Side};
use crate::corpus::Article;

/// How many picker entries are listed at most once filtered, so the popup stays quick.
const PICKER_ROWS: f32 = 14.0;

/// Draws one reader.
pub fn reader_ui(
    ui: &mut egui::Ui,
    side: Side,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let article = app.reader_article(side);
    ui.horizontal(|ui| {
        let badge = ui.label(
            egui::RichText::new(format!("Reader {}", side.letter()))
                .strong()
                .color(theme::reader_colour(side, ui.visuals().dark_mode)),
        );
        picker_ui(ui, side, app, view, commands, badge.id);
    });
    ui.add_space(4.0);
    let Some(article) = article else {
        ui.label(egui::RichText::new("No article chosen.").weak());
        return;
    };
    ui.add(egui::Label::new(egui::RichText::new(&article.title).heading().strong()).wrap());
    ui.label(egui::RichText::new(meta_line(article)).weak());
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt(("reader_text", side))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 10.0;
            // Lines much longer than ~100 characters are hard to follow on wide screens.
            ui.set_max_width(ui.available_width().min(760.0));
            for range in article.paragraphs() {
                paragraph_ui(ui, &article.text[range]);
            }
            ui.add_space(12.0);
        });
}

/// One paragraph; a Markdown heading line (`## Title`) reads as a heading, without the marks.
fn paragraph_ui(ui: &mut egui::Ui, text: &str) {
    let hashes = text.len() - text.trim_start_matches('#').len();
    let heading =
        (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') && !text.contains('\n');
    if heading {
        let size = if hashes == 1 { 19.0 } else { 17.0 };
        ui.add(
            egui::Label::new(
                egui::RichText::new(text[hashes..].trim())
                    .size(size)
                    .strong(),
            )
            .wrap(),
        );
    } else {
        ui.add(egui::Label::new(text).wrap());
    }
}

/// "Outlet · 2025-06-15 · 1,234 words · path".
fn meta_line(article: &Article) -> String {
    let mut parts = vec![article.outlet.clone()];
    if let Some(date) = &article.date {
        parts.push(date.clone());
    }
    parts.push(format!("{} words", thousands(article.word_count)));
    parts.push(article.origin.display.clone());
    parts.join(" · ")
}

fn picker_ui(
    ui: &mut egui::Ui,
    side: Side,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
    label_id: egui::Id,
) {
    let articles = &app.corpus().articles;
    let current = app.reader(side);
    let selected_text = app
        .reader_article(side)
        .map_or("Choose an article", |a| a.title.as_str());
    let width = (ui.available_width() - 8.0).max(120.0);
    let filter = &mut view.picker_filter[side.index()];
    let response = egui::ComboBox::from_id_salt(("reader_picker", side))
        .selected_text(selected_text)
        .truncate()
        .width(width)
        .height(PICKER_ROWS * 26.0 + 40.0)
        .show_ui(ui, |ui| {
            let label = ui.label(format!("Find article for reader {}", side.letter()));
            let field = ui
                .add(
                    egui::TextEdit::singleline(filter)
                        .hint_text("words in the title")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            // Typing right away narrows the list.
            if ui.memory(|m| m.focused().is_none()) {
                field.request_focus();
            }
            let needle = filter.to_lowercase();
            let matches: Vec<usize> = (0..articles.len())
                .filter(|&i| {
                    needle.is_empty() || articles[i].title.to_lowercase().contains(&needle)
                })
                .collect();
            let row_height = ui.text_style_height(&egui::TextStyle::Button) + 8.0;
            egui::ScrollArea::vertical()
                .id_salt(("picker_rows", side))
                .max_height(PICKER_ROWS * row_height)
                .show_rows(ui, row_height, matches.len(), |ui, rows| {
                    for &i in &matches[rows] {
                        let title = &articles[i].title;
                        if ui.selectable_label(current == Some(i), title).clicked() {
                            commands.push(Command::ShowArticle(side, i));
                            ui.close();
                        }
                    }
                });
        });
    response.response.labelled_by(label_id);
}

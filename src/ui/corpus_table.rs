//! The corpus table: every article, filterable and sortable, and which reader shows it.

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::format::{count_of, thousands};
use super::{OrderCache, ViewState, shortcuts, theme};
use crate::app::{Command, ParallaxApp, Side};
use crate::corpus::{Sort, SortKey, article_order};

/// Draws the left panel: heading, filter and table.
pub fn corpus_panel_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let corpus = app.corpus();
    // Opened from a row's menu, inside the table's closure.
    let mut correct: Option<MetadataDialog> = None;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Corpus");
        ui.label(
            egui::RichText::new(count_of(corpus.articles.len(), "article", "articles")).weak(),
        );
    });
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        ui.add(
            egui::TextEdit::singleline(&mut view.filter)
                .id(shortcuts::filter_id())
                .hint_text("title, outlet, date or path")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });

    let stale = view
        .order
        .as_ref()
        .is_none_or(|o| o.sort != view.sort || o.filter != view.filter);
    if stale {
        if corpus.articles.len() <= INLINE_ORDER_ARTICLES {
            view.order = Some(OrderCache {
                sort: view.sort,
                filter: view.filter.clone(),
                rows: article_order(&corpus.articles, view.sort, &view.filter),
            });
        } else {
            // A large corpus is sorted and filtered in the background; the table keeps its
            // last order until the new one is there.
            if app.table_order_pending() != Some((view.sort, view.filter.as_str())) {
                commands.push(Command::OrderTable {
                    sort: view.sort,
                    filter: view.filter.clone(),
                });
            }
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(egui::RichText::new("Sorting…").weak());
            });
        }
    }
    let rows: &[usize] = view.order.as_ref().map_or(&[], |o| &o.rows);
    if rows.len() != corpus.articles.len() {
        ui.label(
            egui::RichText::new(format!(
                "{} of {} shown",
                thousands(rows.len()),
                thousands(corpus.articles.len())
            ))
            .weak(),
        );
    }
    ui.add_space(2.0);

    let mut sort = view.sort;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    TableBuilder::new(ui)
        .id_salt("corpus_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(40.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::initial(104.0).at_least(60.0).clip(true))
        .column(Column::initial(80.0).at_least(56.0))
        .column(Column::initial(52.0).at_least(44.0))
        .header(row_height, |mut header| {
            header.col(|ui| {
                ui.label(egui::RichText::new("Shown").small().weak())
                    .on_hover_text("Which reader shows the article: A (left) or B (right)");
            });
            for (key, name) in [
                (SortKey::Title, "Title"),
                (SortKey::Outlet, "Outlet"),
                (SortKey::Date, "Date"),
                (SortKey::Words, "Words"),
            ] {
                header.col(|ui| sort_button(ui, &mut sort, key, name));
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let Some(&index) = rows.get(row.index()) else {
                    return;
                };
                let Some(article) = corpus.articles.get(index) else {
                    return;
                };
                let in_a = app.reader(Side::A) == Some(index);
                let in_b = app.reader(Side::B) == Some(index);
                row.col(|ui| {
                    for (side, shown) in [(Side::A, in_a), (Side::B, in_b)] {
                        let text = egui::RichText::new(side.letter());
                        let text = if shown {
                            text.strong()
                                .color(theme::reader_colour(side, ui.visuals().dark_mode))
                        } else {
                            text.weak()
                        };
                        if ui
                            .add(egui::Button::new(text).small().frame(false))
                            .on_hover_text(format!("Show in reader {}", side.letter()))
                            .clicked()
                        {
                            commands.push(Command::ShowArticle(side, index));
                        }
                    }
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(&article.title)
                            .truncate()
                            // One tooltip, ours, rather than the elided text's on top of it.
                            .show_tooltip_when_elided(false)
                            .selectable(false),
                    )
                    .on_hover_text(format!("{}\n{}", article.title, article.origin.display));
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(&article.outlet)
                            .truncate()
                            .selectable(false),
                    );
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(article.date.as_deref().unwrap_or("—")).selectable(false),
                    );
                });
                row.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.add(egui::Label::new(thousands(article.word_count)).selectable(false));
                    });
                });
                let response = row.response();
                if response.clicked() {
                    commands.push(Command::ShowArticle(Side::A, index));
                }
                response.context_menu(|ui| {
                    if ui.button("Show in reader A").clicked() {
                        commands.push(Command::ShowArticle(Side::A, index));
                    }
                    if ui.button("Show in reader B").clicked() {
                        commands.push(Command::ShowArticle(Side::B, index));
                    }
                    ui.separator();
                    if ui.button("Correct title, outlet and date…").clicked() {
                        correct = Some(MetadataDialog {
                            index,
                            title: article.title.clone(),
                            outlet: article.outlet.clone(),
                            date: article.date.clone().unwrap_or_default(),
                            focused: false,
                        });
                    }
                });
            });
        });
    view.sort = sort;
    if let Some(dialog) = correct {
        view.metadata_dialog = Some(dialog);
    }
}

/// The fields of the window that corrects an article's metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataDialog {
    /// The article's index.
    pub index: usize,
    /// Title as typed.
    pub title: String,
    /// Outlet as typed.
    pub outlet: String,
    /// Date as typed.
    pub date: String,
    /// Whether the first field has had the keyboard focus once.
    pub focused: bool,
}

/// The window that corrects what Parallax read about an article. The correction is kept
/// beside the user lexicon and applied on every load; the article's file is not touched.
pub fn metadata_window(ctx: &egui::Context, view: &mut ViewState, commands: &mut Vec<Command>) {
    let Some(dialog) = view.metadata_dialog.as_mut() else {
        return;
    };
    let mut open = true;
    let mut close = false;
    egui::Window::new("Correct article")
        .id(egui::Id::unique("metadata_dialog"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(
                egui::RichText::new(
                    "Kept beside your lexicon and applied whenever this file is opened; \
                     the file itself is not changed.",
                )
                .weak(),
            );
            let mut entered = false;
            egui::Grid::new("metadata_fields")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    for (name, text, hint) in [
                        ("Title", &mut dialog.title, "headline"),
                        ("Outlet", &mut dialog.outlet, "who published it"),
                        ("Date", &mut dialog.date, "2025-06-13"),
                    ] {
                        let label = ui.label(name);
                        let field = ui
                            .add(
                                egui::TextEdit::singleline(text)
                                    .hint_text(hint)
                                    .desired_width(360.0),
                            )
                            .labelled_by(label.id);
                        // The title takes the keyboard first; Enter in any field saves.
                        let mut already = name != "Title" || dialog.focused;
                        entered |= super::dialog_field(ui, &field, &mut already);
                        if name == "Title" {
                            dialog.focused = already;
                        }
                        ui.end_row();
                    }
                });
            ui.horizontal(|ui| {
                if ui.button("Save correction").clicked() || entered {
                    commands.push(Command::CorrectArticle {
                        index: dialog.index,
                        title: dialog.title.clone(),
                        outlet: dialog.outlet.clone(),
                        date: dialog.date.clone(),
                    });
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    close = true;
                }
            });
        });
    if !open || close {
        view.metadata_dialog = None;
    }
}

/// Up to this many articles the table is sorted and filtered as it is drawn (well under a
/// millisecond); a larger corpus is sorted in the background.
const INLINE_ORDER_ARTICLES: usize = 5_000;

/// A column header that sorts by `key`; a second click reverses the order.
fn sort_button(ui: &mut egui::Ui, sort: &mut Sort, key: SortKey, name: &str) {
    let active = sort.key == key;
    let response = ui.add(egui::Button::new(egui::RichText::new(name).strong()).frame(false));
    if active {
        ui.label(if sort.descending { "▼" } else { "▲" });
    }
    if response
        .on_hover_text(format!("Sort by {}", name.to_lowercase()))
        .clicked()
    {
        *sort = if active {
            Sort {
                key,
                descending: !sort.descending,
            }
        } else {
            // Numbers and dates read best largest or latest first.
            Sort {
                key,
                descending: matches!(key, SortKey::Words | SortKey::Date),
            }
        };
    }
}

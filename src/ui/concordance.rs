//! The concordance: every mention of the selected entity, in context, in aligned columns.

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::format::thousands;
use super::{ConcordanceKey, ConcordanceScope, ViewState};
use crate::analysis::{ConcordanceSort, export};
use crate::app::{Analysis, Command, ConcordanceRequest, Export, ParallaxApp, Side};

/// Draws the concordance tab.
pub fn concordance_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let Some(entity) = app.selected_entity() else {
        ui.label(egui::RichText::new("Click a bar, a highlighted name or a row of the entity table to see every mention in context.").weak());
        return;
    };
    let readers = [app.reader(Side::A), app.reader(Side::B)];
    let options = &mut view.concordance;
    let name = analysis.mentions.entities[entity as usize].name.clone();
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&name).strong());
        ui.separator();
        for (scope, label) in [
            (ConcordanceScope::Readers, "A and B"),
            (ConcordanceScope::A, "A only"),
            (ConcordanceScope::B, "B only"),
            (ConcordanceScope::Corpus, "Whole corpus"),
        ] {
            ui.selectable_value(&mut options.scope, scope, label);
        }
        ui.separator();
        for (sort, label) in [
            (ConcordanceSort::Article, "Sort by article"),
            (ConcordanceSort::Left, "Sort by left context"),
            (ConcordanceSort::Right, "Sort by right context"),
        ] {
            ui.selectable_value(&mut options.sort, sort, label);
        }
    });
    let key = ConcordanceKey {
        entity,
        scope: options.scope,
        sort: options.sort,
        readers,
    };
    if options.lines.as_ref().is_none_or(|(k, _)| *k != key) {
        // Built in the background; the last lines stay until the new ones are there.
        if app.concordance_pending() != Some(key) {
            let docs: Option<Vec<usize>> = match options.scope {
                ConcordanceScope::Readers => {
                    Some(dedup(readers.iter().flatten().copied().collect()))
                }
                ConcordanceScope::A => Some(readers[0].into_iter().collect()),
                ConcordanceScope::B => Some(readers[1].into_iter().collect()),
                ConcordanceScope::Corpus => None,
            };
            commands.push(Command::BuildConcordance(ConcordanceRequest { key, docs }));
        }
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!("Finding every mention of {name}…"));
            if ui.button("Stop").clicked() {
                commands.push(Command::CancelConcordance);
            }
        });
    }
    let Some((_, lines)) = options.lines.as_ref() else {
        return;
    };
    ui.horizontal(|ui| {
        let count = lines.len();
        ui.label(format!(
            "{} {}",
            thousands(count),
            if count == 1 { "line" } else { "lines" }
        ));
        if ui.button("Export concordance (CSV)…").clicked() {
            let mut bytes = Vec::new();
            let result =
                export::concordance_csv(&mut bytes, app.corpus(), &analysis.mentions, lines);
            debug_assert!(result.is_ok(), "writing CSV to memory cannot fail");
            commands.push(Command::Export(Export::Csv {
                file_name: format!("concordance-{}.csv", file_safe(&name)),
                bytes,
            }));
        }
    });
    let corpus = app.corpus();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let strong = ui.visuals().strong_text_color();
    TableBuilder::new(ui)
        // egui's default (200 points) is taller than the panel's room at 1280×800, which made
        // the panel grow on this tab; the table scrolls within whatever height it is given.
        .min_scrolled_height(60.0)
        .id_salt("concordance_table")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(170.0).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(120.0).clip(true))
        .column(Column::auto().at_least(40.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .header(row_height, |mut header| {
            for title in ["Article", "Left context", "Mention", "Right context"] {
                header.col(|ui| {
                    ui.label(egui::RichText::new(title).small().weak());
                });
            }
        })
        .body(|body| {
            body.rows(row_height, lines.len(), |mut row| {
                let Some(line) = lines.get(row.index()) else {
                    return;
                };
                let article = corpus.articles.get(line.doc);
                let marker = match readers {
                    [Some(a), _] if a == line.doc => "A · ",
                    [_, Some(b)] if b == line.doc => "B · ",
                    _ => "",
                };
                let name = article
                    .map(crate::ui::format::article_name)
                    .unwrap_or_default();
                row.col(|ui| {
                    // The row's own tooltip names the article in full.
                    ui.add(
                        egui::Label::new(format!("{marker}{name}"))
                            .truncate()
                            .show_tooltip_when_elided(false)
                            .selectable(false),
                    );
                });
                row.col(|ui| {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(line.left.trim_start())
                                .selectable(false)
                                .wrap_mode(egui::TextWrapMode::Extend),
                        );
                    });
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(egui::RichText::new(&line.matched).strong().color(strong))
                            .selectable(false),
                    );
                });
                row.col(|ui| {
                    ui.add(
                        egui::Label::new(line.right.trim_end())
                            .selectable(false)
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                });
                // An article neither reader shows goes to reader A, and the line says so
                // before the click; reader B is a right-click away.
                let shown_in = match readers {
                    [Some(a), _] if a == line.doc => Some("A"),
                    [_, Some(b)] if b == line.doc => Some("B"),
                    _ => None,
                };
                let hint = match shown_in {
                    Some(side) => format!("{name}\nShow this mention in reader {side}"),
                    None => format!(
                        "{name}\nClick: open this article in reader A, in place of “{}”\n\
                         Right-click: choose reader A or B",
                        readers[0]
                            .and_then(|d| corpus.articles.get(d))
                            .map_or("nothing", |a| a.title.as_str())
                    ),
                };
                let response = row.response();
                let (doc, start) = (line.doc, line.mention.start);
                response.context_menu(|ui| {
                    for side in Side::BOTH {
                        if ui
                            .button(format!("Open in reader {}", side.letter()))
                            .clicked()
                        {
                            commands.push(Command::ShowMentionIn { side, doc, start });
                            ui.close();
                        }
                    }
                });
                if response.on_hover_text(hint).clicked() {
                    commands.push(Command::ShowMention { doc, start });
                }
            });
        });
}

fn dedup(mut docs: Vec<usize>) -> Vec<usize> {
    docs.dedup();
    docs
}

/// A name made safe for a file name.
pub fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim_matches('-')
        .to_owned()
}

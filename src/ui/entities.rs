//! The entity table: every entity of the corpus with its numbers, sortable and filterable,
//! and the user-lexicon actions (confirm, rename, merge, hide).

use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::format::thousands;
use super::{EntityOrderKey, ViewState};
use crate::analysis::{EntityColumn, EntityStat, EntityType, entity_order, export};
use crate::app::{Analysis, Command, Export, LexiconEdit, ParallaxApp};

/// Which lexicon action the dialog is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexiconAction {
    /// Confirm a discovered name with a type.
    Confirm,
    /// Give an entity another display name.
    Rename,
    /// Fold an entity into another.
    Merge,
}

/// The small window of a lexicon action.
#[derive(Debug, Clone)]
pub struct LexiconDialog {
    /// The action.
    pub action: LexiconAction,
    /// The entity's name.
    pub name: String,
    /// The new name, or the entity to merge into.
    pub text: String,
    /// The type to confirm with.
    pub etype: EntityType,
    /// Whether the text field has had the keyboard focus once.
    pub focused: bool,
}

const COLUMNS: [&str; 6] = [
    "Entity",
    "Type",
    "Mentions",
    "Articles",
    "Per 1,000 words",
    "Source",
];

/// Draws the entity table tab.
pub fn entities_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let mentions = &analysis.mentions;
    let table = &mut view.entities;
    ui.horizontal(|ui| {
        let label = ui.label("Find entity");
        ui.add(
            egui::TextEdit::singleline(&mut table.filter)
                .hint_text("name")
                .desired_width(180.0),
        )
        .labelled_by(label.id);
        let type_label = ui.label("Type");
        egui::ComboBox::from_id_salt("entity_type_filter")
            .selected_text(table.etype.map_or("all", |t| t.as_str()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut table.etype, None, "all");
                for t in EntityType::ALL {
                    ui.selectable_value(&mut table.etype, Some(t), t.as_str());
                }
            })
            .response
            .labelled_by(type_label.id);
        ui.separator();
        if ui
            .add_enabled(
                app.can_undo_lexicon_edit(),
                egui::Button::new("Undo last edit"),
            )
            .on_hover_text(
                "Take back the last confirm, rename, merge, hide or show of this session",
            )
            .clicked()
        {
            commands.push(Command::EditLexicon(LexiconEdit::Undo));
        }
        let hidden = &app.user_lexicon().hide;
        if !hidden.is_empty() {
            ui.menu_button(format!("Hidden ({})", hidden.len()), |ui| {
                for name in hidden {
                    if ui.button(format!("Show {name} again")).clicked() {
                        commands.push(Command::EditLexicon(LexiconEdit::Unhide(name.clone())));
                        ui.close();
                    }
                }
            });
        }
    });
    let key = EntityOrderKey {
        analysis: analysis.generation,
        filter: table.filter.clone(),
        etype: table.etype,
        sort: table.sort,
        reversed: table.reversed,
    };
    if table.order.as_ref().is_none_or(|(k, _)| *k != key) {
        let order = entity_order(
            mentions,
            &analysis.stats,
            &table.filter,
            table.etype,
            table.sort,
            table.reversed,
        );
        table.order = Some((key, order));
    }
    let rows: &[usize] = table.order.as_ref().map_or(&[], |(_, o)| o.as_slice());
    let (sort, reversed) = (table.sort, table.reversed);
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} of {} entities",
            thousands(rows.len()),
            thousands(analysis.stats.len())
        ));
        if ui.button("Export entity table (CSV)…").clicked() {
            let stats: Vec<EntityStat> = rows.iter().map(|&i| analysis.stats[i].clone()).collect();
            let mut bytes = Vec::new();
            let result = export::entity_table_csv(&mut bytes, mentions, &stats);
            debug_assert!(result.is_ok(), "writing CSV to memory cannot fail");
            commands.push(Command::Export(Export::Csv {
                file_name: "entities.csv".to_owned(),
                bytes,
            }));
        }
        if !app.user_lexicon().add.is_empty()
            || !app.user_lexicon().rename.is_empty()
            || !app.user_lexicon().merge.is_empty()
            || !app.user_lexicon().hide.is_empty()
        {
            let u = app.user_lexicon();
            ui.label(
                egui::RichText::new(format!(
                    "User lexicon: {} added, {} renamed, {} merged, {} hidden",
                    u.add.len(),
                    u.rename.len(),
                    u.merge.len(),
                    u.hide.len()
                ))
                .weak(),
            );
        }
    });
    let selected = app.selected_entity();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let mut sort_click = None;
    TableBuilder::new(ui)
        // egui's default (200 points) is taller than the panel's room at 1280×800, which made
        // the panel grow on this tab; the table scrolls within whatever height it is given.
        .min_scrolled_height(60.0)
        .id_salt("entity_table")
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::remainder().at_least(140.0).clip(true))
        .column(Column::initial(70.0))
        .column(Column::initial(76.0))
        .column(Column::initial(70.0))
        .column(Column::initial(112.0))
        .column(Column::initial(86.0))
        .column(Column::initial(64.0))
        .header(row_height, |mut header| {
            for (column, title) in EntityColumn::ALL.into_iter().zip(COLUMNS) {
                header.col(|ui| {
                    let mark = if column == sort {
                        if reversed { " ▲" } else { " ▼" }
                    } else {
                        ""
                    };
                    if ui
                        .add(
                            egui::Button::new(
                                egui::RichText::new(format!("{title}{mark}")).strong(),
                            )
                            .frame(false),
                        )
                        .clicked()
                    {
                        sort_click = Some(column);
                    }
                });
            }
            header.col(|ui| {
                ui.label(egui::RichText::new("Lexicon").small().weak());
            });
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let Some(stat) = rows.get(row.index()).and_then(|&i| analysis.stats.get(i)) else {
                    return;
                };
                let e = &mentions.entities[stat.entity as usize];
                row.set_selected(selected == Some(stat.entity));
                row.col(|ui| {
                    ui.add(egui::Label::new(&e.name).truncate().selectable(false));
                });
                row.col(|ui| {
                    ui.add(egui::Label::new(e.etype.as_str()).selectable(false));
                });
                for value in [
                    thousands(stat.mentions),
                    thousands(stat.articles),
                    format!("{:.2}", stat.per_1000_words),
                ] {
                    row.col(|ui| {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.add(egui::Label::new(value).selectable(false));
                        });
                    });
                }
                row.col(|ui| {
                    let source = match (e.discovered, e.found_by) {
                        (true, Some(rule)) => format!("found: {}", rule.label()),
                        (true, None) => "found in the text".to_owned(),
                        (false, _) => "lexicon".to_owned(),
                    };
                    ui.add(egui::Label::new(source).truncate().selectable(false))
                        .on_hover_text(if e.discovered {
                            "Not in the lexicon: found in the text by this rule. Edit… confirms, renames, merges or hides it."
                        } else {
                            "Known to the lexicon"
                        });
                });
                row.col(|ui| {
                    ui.menu_button("Edit…", |ui| {
                        if e.discovered
                            && ui
                                .button("Confirm with a type…")
                                .on_hover_text("Add it to your lexicon")
                                .clicked()
                        {
                            view.lexicon_dialog = Some(LexiconDialog {
                                action: LexiconAction::Confirm,
                                name: e.name.clone(),
                                text: String::new(),
                                etype: e.etype,
                                focused: false,
                            });
                        }
                        if ui.button("Rename…").clicked() {
                            view.lexicon_dialog = Some(LexiconDialog {
                                action: LexiconAction::Rename,
                                name: e.name.clone(),
                                text: e.name.clone(),
                                etype: e.etype,
                                focused: false,
                            });
                        }
                        if ui
                            .button("Merge into…")
                            .on_hover_text("Count its mentions for another entity")
                            .clicked()
                        {
                            view.lexicon_dialog = Some(LexiconDialog {
                                action: LexiconAction::Merge,
                                name: e.name.clone(),
                                text: String::new(),
                                etype: e.etype,
                                focused: false,
                            });
                        }
                        if ui
                            .button("Hide")
                            .on_hover_text("Stop counting it (saved in your lexicon)")
                            .clicked()
                        {
                            commands.push(Command::EditLexicon(LexiconEdit::Hide(e.name.clone())));
                        }
                    });
                });
                if row.response().clicked() {
                    commands.push(Command::SelectEntity(Some(stat.entity)));
                }
            });
        });
    if let Some(column) = sort_click {
        let table = &mut view.entities;
        if table.sort == column {
            table.reversed = !table.reversed;
        } else {
            table.sort = column;
            table.reversed = false;
        }
    }
    lexicon_dialog_ui(ui.ctx(), view, analysis, commands);
}

fn lexicon_dialog_ui(
    ctx: &egui::Context,
    view: &mut ViewState,
    analysis: &Analysis,
    commands: &mut Vec<Command>,
) {
    let Some(dialog) = view.lexicon_dialog.as_mut() else {
        return;
    };
    let mut open = true;
    let mut done = false;
    let title = match dialog.action {
        LexiconAction::Confirm => "Confirm entity",
        LexiconAction::Rename => "Rename entity",
        LexiconAction::Merge => "Merge entity",
    };
    egui::Window::new(title)
        .id(egui::Id::unique("lexicon_dialog"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(egui::RichText::new(&dialog.name).strong());
            match dialog.action {
                LexiconAction::Confirm => {
                    ui.label("Count it from now on as:");
                    ui.horizontal(|ui| {
                        for t in [EntityType::Person, EntityType::Org, EntityType::Place] {
                            ui.radio_value(&mut dialog.etype, t, t.as_str());
                        }
                    });
                    if ui.button("Add to my lexicon").clicked() {
                        commands.push(Command::EditLexicon(LexiconEdit::Confirm {
                            name: dialog.name.clone(),
                            etype: dialog.etype,
                        }));
                        done = true;
                    }
                }
                LexiconAction::Rename => {
                    let label = ui.label("New name");
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut dialog.text).desired_width(280.0))
                        .labelled_by(label.id);
                    let entered = super::dialog_field(ui, &field, &mut dialog.focused);
                    let clicked = ui
                        .add_enabled(!dialog.text.trim().is_empty(), egui::Button::new("Rename"))
                        .clicked();
                    if (clicked || entered) && !dialog.text.trim().is_empty() {
                        commands.push(Command::EditLexicon(LexiconEdit::Rename {
                            from: dialog.name.clone(),
                            to: dialog.text.clone(),
                        }));
                        done = true;
                    }
                }
                LexiconAction::Merge => {
                    let label = ui.label("Merge into");
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut dialog.text)
                                .desired_width(280.0)
                                .hint_text("another entity's name"),
                        )
                        .labelled_by(label.id);
                    let entered = super::dialog_field(ui, &field, &mut dialog.focused);
                    let needle = dialog.text.to_lowercase();
                    if !needle.is_empty() {
                        for s in analysis
                            .stats
                            .iter()
                            .map(|s| &analysis.mentions.entities[s.entity as usize])
                            .filter(|e| {
                                e.name != dialog.name && e.name.to_lowercase().contains(&needle)
                            })
                            .take(6)
                        {
                            if ui.small_button(format!("Use {}", s.name)).clicked() {
                                dialog.text = s.name.clone();
                            }
                        }
                    }
                    let clicked = ui
                        .add_enabled(!dialog.text.trim().is_empty(), egui::Button::new("Merge"))
                        .clicked();
                    if (clicked || entered) && !dialog.text.trim().is_empty() {
                        commands.push(Command::EditLexicon(LexiconEdit::Merge {
                            from: dialog.name.clone(),
                            into: dialog.text.clone(),
                        }));
                        done = true;
                    }
                }
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                done = true;
            }
        });
    if !open || done {
        view.lexicon_dialog = None;
    }
}

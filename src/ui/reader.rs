//! A reader pane: pick an article, read it with its paragraphs, scrolling on its own.

use eframe::egui;

use super::format::thousands;
use super::{ViewState, highlight, theme};
use crate::analysis::{EntityType, mentions_of};
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
    // The picker above shows the title; one line of metadata keeps the height for the text.
    ui.add(
        egui::Label::new(egui::RichText::new(meta_line(article)).weak())
            .truncate()
            .show_tooltip_when_elided(false),
    )
    .on_hover_text(format!("{}\n{}", article.title, meta_line(article)));
    if let Some(doc) = app.reader(side) {
        occurrences_ui(ui, side, doc, app, view, commands);
    }
    ui.separator();
    let Some(doc) = app.reader(side) else { return };
    text_ui(ui, side, doc, article, app, view, commands);
}

/// "Donald Trump: 3 of 25" with previous and next buttons, for the selected entity.
fn occurrences_ui(
    ui: &mut egui::Ui,
    side: Side,
    doc: usize,
    app: &ParallaxApp,
    view: &ViewState,
    commands: &mut Vec<Command>,
) {
    let (Some(analysis), Some(entity)) = (app.analysis(), app.selected_entity()) else {
        return;
    };
    let starts: Vec<u32> = mentions_of(&analysis.mentions, doc, entity)
        .map(|m| m.start)
        .collect();
    let name = &analysis.mentions.entities[entity as usize].name;
    ui.horizontal_wrapped(|ui| {
        if starts.is_empty() {
            ui.label(egui::RichText::new(format!("{name}: not mentioned")).weak());
            return;
        }
        let current =
            view.jump[side.index()].and_then(|j| starts.iter().position(|&s| s == j.start));
        let letter = side.letter();
        let previous = current.map_or(starts.len() - 1, |c| (c + starts.len() - 1) % starts.len());
        let next = current.map_or(0, |c| (c + 1) % starts.len());
        if ui.small_button(format!("◀ Previous in {letter}")).clicked() {
            commands.push(Command::ShowMention {
                doc,
                start: starts[previous],
            });
        }
        if ui.small_button(format!("Next in {letter} ▶")).clicked() {
            commands.push(Command::ShowMention {
                doc,
                start: starts[next],
            });
        }
        let position = match current {
            Some(c) => format!("{name}: {} of {}", c + 1, starts.len()),
            None => format!("{name}: {} mentions", starts.len()),
        };
        ui.label(egui::RichText::new(position).strong());
    });
}

fn text_ui(
    ui: &mut egui::Ui,
    side: Side,
    doc: usize,
    article: &Article,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let mentions = app.analysis().map(|a| a.mentions.as_ref());
    let compared = app.comparison().filter(|_| view.compare_mode);
    let now = ui.input(|i| i.time);
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt(("reader_text", side))
        .auto_shrink([false, false]);
    // A newly chosen article opens at its top, not where the last one was left.
    if view.reader_layout[side.index()]
        .as_ref()
        .is_some_and(|l| l.key.doc != doc)
    {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show_viewport(ui, |ui, viewport| {
        // Lines much longer than ~100 characters are hard to follow on wide screens.
        let width = ui.clip_rect().width().min(ui.available_width()).min(760.0) - 4.0;
        let key = highlight::LayoutKey {
            doc,
            analysis: app.analysis().map_or(0, |a| a.generation),
            selected: app.selected_entity(),
            types: view.highlight_types,
            discovered: view.highlight_discovered,
            dark: ui.visuals().dark_mode,
            width: width as u32,
            compare: compared.map_or(0, |c| c.generation),
        };
        let slot = &mut view.reader_layout[side.index()];
        if slot.as_ref().is_none_or(|l| l.key != key) {
            let tints = compared.map_or_else(Vec::new, |c| {
                super::differences::sentence_tints(&c.comparison, side, ui.visuals().dark_mode)
            });
            *slot = Some(highlight::layout(ui, article, mentions, key, tints));
        }
        let Some(layout) = slot.as_mut() else { return };
        let jump = &mut view.jump[side.index()];
        // The piece a jump lands on is laid out first, so its place is exact when scrolled to.
        let jump_piece = jump.and_then(|j| layout.piece_at(j.start as usize));
        if let Some(i) = jump_piece {
            layout.ensure_laid_out(ui, article, mentions, i);
        }
        let origin = ui.max_rect().min;
        // Pieces up to a screen above and below the view are drawn, so a wheel turn never
        // shows a blank.
        let wanted = viewport.expand2(egui::vec2(0.0, viewport.height()));
        let mut y = 0.0;
        // The pieces drawn this frame, as first..=last; none yet.
        let mut drawn: Option<(usize, usize)> = None;
        for i in 0..layout.pieces.len() {
            y += layout.pieces[i].gap_before;
            let top = y;
            y += layout.pieces[i].height;
            let near = y >= wanted.min.y && top <= wanted.max.y;
            if near {
                drawn = Some((drawn.map_or(i, |(first, _)| first), i));
                layout.ensure_laid_out(ui, article, mentions, i);
            }
            // Every laid-out piece is in the accessibility tree (screen readers, tests); only
            // those near the view are painted.
            let Some(galley) = layout.pieces[i].galley.clone() else {
                continue;
            };
            // Laying out may have changed the height from its estimate.
            y = top + galley.size().y;
            let piece = &layout.pieces[i];
            let rect = egui::Rect::from_min_size(origin + egui::vec2(0.0, top), galley.size());
            let response = ui.interact(
                rect,
                ui.make_persistent_id(("reader_piece", piece.range.start)),
                egui::Sense::click(),
            );
            let text = &article.text[piece.range.clone()];
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
            if !near {
                continue;
            }
            ui.painter()
                .galley(rect.min, galley.clone(), ui.visuals().text_color());
            if let Some(j) = jump.as_mut()
                && jump_piece == Some(i)
            {
                let end = piece
                    .mentions
                    .iter()
                    .find(|m| m.start == j.start)
                    .map_or(j.start as usize + 1, |m| m.end as usize);
                let target = highlight::rect_of(article, piece, &galley, j.start as usize, end)
                    .translate(rect.min.to_vec2());
                if !j.scrolled {
                    ui.scroll_to_rect(target, Some(egui::Align::Center));
                    j.scrolled = true;
                }
                flash(ui, target, now - j.at);
            }
            let hovered = response.hover_pos().and_then(|pos| {
                let byte = highlight::byte_at(article, piece, &galley, pos - rect.min);
                piece
                    .mentions
                    .iter()
                    .find(|m| (m.start as usize..m.end as usize).contains(&byte))
                    .copied()
            });
            if let (Some(m), Some(all)) = (hovered, mentions) {
                mention_hover(ui, response, m, all, app, commands);
            }
        }
        // A jump to a piece off screen: scroll to its estimated place; it is drawn and
        // flashed exactly once it is in view.
        if let (Some(j), Some(i)) = (jump.as_mut(), jump_piece)
            && !j.scrolled
            && !drawn.is_some_and(|(first, last)| (first..=last).contains(&i))
        {
            let top: f32 = layout.pieces[..i]
                .iter()
                .map(|p| p.gap_before + p.height)
                .sum::<f32>()
                + layout.pieces[i].gap_before;
            let rect = egui::Rect::from_min_size(
                origin + egui::vec2(0.0, top),
                egui::vec2(width, layout.pieces[i].height),
            );
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
        }
        if let Some((first, last)) = drawn {
            layout.forget_far_from(first..last + 1);
        }
        ui.allocate_rect(
            egui::Rect::from_min_size(origin, egui::vec2(width, y + 12.0)),
            egui::Sense::hover(),
        );
    });
}

/// A mention under the pointer: its entity on hover, selected everywhere on click.
fn mention_hover(
    ui: &egui::Ui,
    response: egui::Response,
    m: crate::analysis::Mention,
    all: &crate::analysis::CorpusMentions,
    app: &ParallaxApp,
    commands: &mut Vec<Command>,
) {
    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    let entity = all.entity(&m);
    let kind = match (entity.etype, m.kind) {
        (_, Some(k)) => format!(" ({})", k.as_str()),
        (EntityType::Place, _) => entity
            .country
            .as_deref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let source = if entity.discovered {
        " · discovered"
    } else {
        ""
    };
    let tip = format!(
        "{} · {}{kind}{source}\nClick to select it everywhere",
        entity.name,
        entity.etype.as_str()
    );
    let clicked = response.clicked();
    response.on_hover_text_at_pointer(tip);
    if clicked {
        let again = app.selected_entity() == Some(m.entity);
        commands.push(Command::SelectEntity((!again).then_some(m.entity)));
    }
}

/// A fading outline around the mention a jump landed on.
fn flash(ui: &egui::Ui, rect: egui::Rect, age_secs: f64) {
    const FLASH_SECS: f64 = 1.6;
    if !(0.0..FLASH_SECS).contains(&age_secs) {
        return;
    }
    let alpha = (1.0 - age_secs / FLASH_SECS) as f32;
    let colour = ui.visuals().strong_text_color().gamma_multiply(alpha);
    ui.painter().rect_stroke(
        rect.expand(3.0),
        3.0,
        egui::Stroke::new(2.5, colour),
        egui::StrokeKind::Outside,
    );
    ui.ctx().request_repaint();
}

/// "Outlet · 2025-06-15 · 1,234 words · path".
fn meta_line(article: &Article) -> String {
    let mut parts = vec![article.outlet.clone()];
    if let Some(date) = &article.date {
        parts.push(date.clone());
    }
    parts.push(format!("{} words", thousands(article.word_count)));
    parts.push(article.origin.display.clone());
    if let Some(note) = article.origin.repair_note() {
        parts.push(format!("⚠ {note}"));
    }
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
        .selected_text(egui::RichText::new(selected_text).strong())
        .truncate()
        .width(width)
        .height(PICKER_ROWS * 26.0 + 40.0)
        .show_ui(ui, |ui| {
            let label = ui.label(format!("Find article for reader {}", side.letter()));
            let field = ui
                .add(
                    egui::TextEdit::singleline(filter)
                        .hint_text("title, outlet or date")
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
                    let a = &articles[i];
                    needle.is_empty()
                        || a.title.to_lowercase().contains(&needle)
                        || a.outlet.to_lowercase().contains(&needle)
                        || a.date.as_deref().is_some_and(|d| d.contains(&needle))
                })
                .collect();
            let row_height = ui.text_style_height(&egui::TextStyle::Button) + 8.0;
            egui::ScrollArea::vertical()
                .id_salt(("picker_rows", side))
                .max_height(PICKER_ROWS * row_height)
                .show_rows(ui, row_height, matches.len(), |ui, rows| {
                    for &i in &matches[rows] {
                        // Two versions of one report differ by outlet and date, not title.
                        let a = &articles[i];
                        let mut entry = egui::text::LayoutJob::default();
                        let style = ui.style();
                        egui::RichText::new(&a.title).append_to(
                            &mut entry,
                            style,
                            egui::FontSelection::Default,
                            egui::Align::Center,
                        );
                        let date = a.date.as_deref().unwrap_or("no date");
                        egui::RichText::new(format!("   {} · {date}", a.outlet))
                            .weak()
                            .small()
                            .append_to(
                                &mut entry,
                                style,
                                egui::FontSelection::Default,
                                egui::Align::Center,
                            );
                        if ui.selectable_label(current == Some(i), entry).clicked() {
                            commands.push(Command::ShowArticle(side, i));
                            ui.close();
                        }
                    }
                });
        });
    response.response.labelled_by(label_id);
}

//! The Quotes and Numbers tabs: who is quoted in A and in B, side by side by speaker, and
//! the numbers of the two reports, disagreements first. Every line clicks through to its
//! place in its reader.

use std::collections::BTreeMap;

use eframe::egui;

use super::theme;
use crate::app::{Command, ParallaxApp, Side};
use crate::compare::{Comparison, Number, Quote, one_line};
use crate::corpus::Article;

/// The readers' comparison and articles, or a word on why there is none.
fn compared<'a>(
    ui: &mut egui::Ui,
    app: &'a ParallaxApp,
) -> Option<(&'a Comparison, &'a Article, &'a Article)> {
    super::differences::compared(ui, app).map(|(pc, a, b)| (pc.comparison.as_ref(), a, b))
}

fn show(app: &ParallaxApp, side: Side, start: usize) -> Command {
    Command::ShowMentionIn {
        side,
        doc: app.reader(side).unwrap_or_default(),
        start: start as u32,
    }
}

/// The speaker a quote is grouped under: the entity's name, or the description as written.
fn speaker_key(q: &Quote) -> String {
    match q.kind {
        crate::compare::SpeakerKind::Unnamed => q.speaker.to_lowercase(),
        _ => q.speaker.clone(),
    }
}

/// The Quotes tab: one block per speaker, A's quotes left and B's right.
pub fn quotes_ui(ui: &mut egui::Ui, app: &ParallaxApp, commands: &mut Vec<Command>) {
    let Some((c, a, b)) = compared(ui, app) else {
        return;
    };
    let mut speakers: BTreeMap<String, (String, Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, q) in c.a.quotes.iter().enumerate() {
        speakers
            .entry(speaker_key(q))
            .or_insert_with(|| (q.speaker.clone(), Vec::new(), Vec::new()))
            .1
            .push(i);
    }
    for (j, q) in c.b.quotes.iter().enumerate() {
        speakers
            .entry(speaker_key(q))
            .or_insert_with(|| (q.speaker.clone(), Vec::new(), Vec::new()))
            .2
            .push(j);
    }
    // Speakers quoted most first; in both reports before one.
    let mut order: Vec<&(String, Vec<usize>, Vec<usize>)> = speakers.values().collect();
    order.sort_by_key(|(name, qa, qb)| {
        (
            std::cmp::Reverse(usize::from(!qa.is_empty() && !qb.is_empty())),
            std::cmp::Reverse(qa.len() + qb.len()),
            name.clone(),
        )
    });
    ui.label(
        egui::RichText::new(format!(
            "{} quotes in A, {} in B, from {} speakers; {} the same in both",
            c.a.quotes.len(),
            c.b.quotes.len(),
            order.len(),
            c.same_quotes.len()
        ))
        .strong(),
    );
    ui.separator();
    let dark = ui.visuals().dark_mode;
    egui::ScrollArea::vertical()
        .id_salt("quotes_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (name, qa, qb) in order {
                ui.add_space(6.0);
                ui.label(
                    egui::RichText::new(format!("{name} ({} in A, {} in B)", qa.len(), qb.len()))
                        .strong(),
                );
                ui.columns(2, |cols| {
                    for (col, side, article, list, quotes) in [
                        (0, Side::A, a, qa, &c.a.quotes),
                        (1, Side::B, b, qb, &c.b.quotes),
                    ] {
                        // Ragged right: a column's own layout would stretch the words.
                        let ui = &mut cols[col];
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            if list.is_empty() {
                                ui.label(
                                    egui::RichText::new(format!("not quoted in {}", side.letter()))
                                        .weak(),
                                );
                            }
                            for &k in list {
                                let q = &quotes[k];
                                let same = c.same_quotes.iter().any(|&(x, y)| match side {
                                    Side::A => x == k,
                                    Side::B => y == k,
                                });
                                let text = format!(
                                    "{}“{}”",
                                    if same { "= " } else { "" },
                                    one_line(&article.text[q.range.clone()])
                                );
                                let mut rich = egui::RichText::new(text)
                                    .color(theme::reader_colour(side, dark));
                                if same {
                                    rich = rich.strong();
                                }
                                let response = ui
                                    .add(egui::Label::new(rich).sense(egui::Sense::click()))
                                    .on_hover_text(if same {
                                        "The same quote in both reports; click to show it"
                                    } else {
                                        "Click to show it in its reader"
                                    });
                                if response.clicked() {
                                    commands.push(show(app, side, q.range.start));
                                }
                            }
                        });
                    }
                });
            }
        });
}

/// What a number says, for a list: "at least 70 [count]", "over 100 missiles [count]": the
/// word after a quantity when it is no small word.
fn number_text(article: &Article, n: &Number) -> String {
    use crate::compare::NumberKind;
    let text = one_line(&article.text[n.range.clone()]);
    let counted = matches!(
        n.kind,
        NumberKind::Count | NumberKind::Money | NumberKind::Other
    ) && !n.counted.is_empty()
        && !crate::compare::words::STOP_WORDS.contains(&n.counted.as_str());
    if counted {
        format!("{text} {} [{}]", n.counted, n.kind.as_str())
    } else {
        format!("{text} [{}]", n.kind.as_str())
    }
}

/// The Numbers tab: corresponding numbers, disagreements first, then each report's own.
pub fn numbers_ui(ui: &mut egui::Ui, app: &ParallaxApp, commands: &mut Vec<Command>) {
    let Some((c, a, b)) = compared(ui, app) else {
        return;
    };
    let disagree = c.number_pairs.iter().filter(|p| !p.2).count();
    ui.label(
        egui::RichText::new(format!(
            "{} numbers in A, {} in B; {} corresponding {}, {disagree} disagreeing",
            c.a.numbers.len(),
            c.b.numbers.len(),
            c.number_pairs.len(),
            if c.number_pairs.len() == 1 {
                "pair"
            } else {
                "pairs"
            }
        ))
        .strong(),
    );
    ui.separator();
    let dark = ui.visuals().dark_mode;
    let mut pairs = c.number_pairs.clone();
    pairs.sort_by_key(|p| (p.2, p.0, p.1));
    egui::ScrollArea::vertical()
        .id_salt("numbers_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for &(i, j, agree) in &pairs {
                let (na, nb) = (&c.a.numbers[i], &c.b.numbers[j]);
                ui.horizontal_wrapped(|ui| {
                    let mark = if agree {
                        egui::RichText::new("agree").weak()
                    } else {
                        egui::RichText::new("disagree")
                            .strong()
                            .color(theme::type_colour(crate::analysis::EntityType::Person))
                    };
                    ui.label(mark);
                    for (side, article, n) in [(Side::A, a, na), (Side::B, b, nb)] {
                        let text = format!("{}: {}", side.letter(), number_text(article, n));
                        if ui
                            .add(
                                egui::Label::new(
                                    egui::RichText::new(text)
                                        .color(theme::reader_colour(side, dark)),
                                )
                                .sense(egui::Sense::click()),
                            )
                            .on_hover_text("Click to show it in its reader")
                            .clicked()
                        {
                            commands.push(show(app, side, n.range.start));
                        }
                    }
                });
            }
            for (side, article, numbers, paired) in [
                (
                    Side::A,
                    a,
                    &c.a.numbers,
                    pairs.iter().map(|p| p.0).collect::<Vec<_>>(),
                ),
                (
                    Side::B,
                    b,
                    &c.b.numbers,
                    pairs.iter().map(|p| p.1).collect::<Vec<_>>(),
                ),
            ] {
                let own: Vec<usize> = (0..numbers.len()).filter(|k| !paired.contains(k)).collect();
                ui.add_space(8.0);
                ui.label(
                    egui::RichText::new(format!("Only in {} ({})", side.letter(), own.len()))
                        .strong()
                        .color(theme::reader_colour(side, dark)),
                );
                ui.horizontal_wrapped(|ui| {
                    for k in own {
                        let n = &numbers[k];
                        if ui
                            .add(egui::Button::new(number_text(article, n)).small())
                            .on_hover_text(format!("Click to show it in reader {}", side.letter()))
                            .clicked()
                        {
                            commands.push(show(app, side, n.range.start));
                        }
                    }
                });
            }
        });
}

//! What the two reports both say and what only one says: the summary beside the Compare
//! toggle, the sentence tints of compare mode, and the Differences tab (linked sentences
//! with their differing words, then the sentences only in A and only in B).

use std::ops::Range;

use eframe::egui::{self, text::LayoutJob};

use super::{ViewState, theme};
use crate::app::{Command, Export, PairComparison, ParallaxApp, Side};
use crate::compare::{Comparison, diff, one_line};
use crate::corpus::Article;

/// The tint of every compared sentence of one side: shared or only in this report.
pub fn sentence_tints(
    c: &Comparison,
    side: Side,
    dark: bool,
) -> Vec<(Range<usize>, egui::Color32)> {
    let (report, linked): (_, Box<dyn Fn(usize) -> bool>) = match side {
        Side::A => (&c.a, Box::new(|i| c.links.iter().any(|l| l.a == i))),
        Side::B => (&c.b, Box::new(|j| c.links.iter().any(|l| l.b == j))),
    };
    report
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.boilerplate)
        .map(|(i, s)| (s.range.clone(), theme::sentence_tint(linked(i), dark)))
        .collect()
}

/// The comparison's summary ("26 % of A is in B · …"), or what is under way.
pub fn summary_ui(ui: &mut egui::Ui, app: &ParallaxApp) {
    if let Some(pc) = app.comparison() {
        ui.label(pc.comparison.summary());
    } else if app.comparing() {
        ui.spinner();
        ui.label(egui::RichText::new("Comparing…").weak());
    } else if app.reader(Side::A).is_some() && app.reader(Side::A) == app.reader(Side::B) {
        ui.label(egui::RichText::new("Both readers show the same article.").weak());
    }
}

/// The readers' comparison and articles; else says why there is none (being compared, the
/// same article twice, or a reader empty).
pub fn compared<'a>(
    ui: &mut egui::Ui,
    app: &'a ParallaxApp,
) -> Option<(&'a PairComparison, &'a Article, &'a Article)> {
    if let (Some(pc), Some(a), Some(b)) = (
        app.comparison(),
        app.reader_article(Side::A),
        app.reader_article(Side::B),
    ) {
        return Some((pc, a, b));
    }
    ui.horizontal(|ui| summary_ui(ui, app));
    if !app.comparing() {
        ui.label(
            egui::RichText::new("Put two different articles in readers A and B to compare them.")
                .weak(),
        );
    }
    None
}

/// The Differences tab.
pub fn differences_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let Some((pc, a, b)) = compared(ui, app) else {
        return;
    };
    let c = &pc.comparison;
    let (only_a, only_b) = (c.only_in_a(), c.only_in_b());
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(c.summary()).strong());
        if ui.button("Export differences (CSV)…").clicked() {
            commands.push(Command::Export(csv_export(pc, a, b)));
        }
        if !view.compare_mode
            && ui
                .button("Tint the readers")
                .on_hover_text("Compare mode (Ctrl+D)")
                .clicked()
        {
            view.compare_mode = true;
        }
    });
    ui.separator();
    let dark = ui.visuals().dark_mode;
    egui::ScrollArea::vertical()
        .id_salt("differences_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(format!(
                "Said in both ({} linked {}; the words that differ are marked)",
                c.links.len(),
                if c.links.len() == 1 { "pair" } else { "pairs" }
            ))
            .strong());
            for (claim, (claim_a, _)) in c.claims().iter().enumerate() {
                for (l, (pa, pb)) in c
                    .links
                    .iter()
                    .zip(&c.link_diffs)
                    .filter(|(l, _)| claim_a.contains(&l.a))
                {
                    let ra = c.a.sentences[l.a].range.clone();
                    let rb = c.b.sentences[l.b].range.clone();
                    ui.add_space(6.0);
                    for (side, text, pieces, range) in [
                        (Side::A, &a.text, pa, &ra),
                        (Side::B, &b.text, pb, &rb),
                    ] {
                        let job = diff_job(ui, side, text, pieces, dark);
                        if ui
                            .add(egui::Label::new(job).sense(egui::Sense::click()))
                            .on_hover_text(format!(
                                "Shared claim {} · similarity {:.2} · click to show it in reader {}",
                                claim + 1,
                                l.score,
                                side.letter()
                            ))
                            .clicked()
                        {
                            commands.push(show(app, side, range.start));
                        }
                    }
                }
            }
            for (side, article, report, only) in [
                (Side::A, a, &c.a, &only_a),
                (Side::B, b, &c.b, &only_b),
            ] {
                ui.add_space(10.0);
                ui.label(
                    egui::RichText::new(format!(
                        "Only in {} ({})",
                        side.letter(),
                        only.len()
                    ))
                    .strong()
                    .color(theme::reader_colour(side, dark)),
                );
                for &i in only {
                    let range = report.sentences[i].range.clone();
                    let text = one_line(&article.text[range.clone()]);
                    if ui
                        .add(egui::Label::new(text).sense(egui::Sense::click()))
                        .on_hover_text(format!("Click to show it in reader {}", side.letter()))
                        .clicked()
                    {
                        commands.push(show(app, side, range.start));
                    }
                }
            }
        });
}

fn show(app: &ParallaxApp, side: Side, start: usize) -> Command {
    Command::ShowMentionIn {
        side,
        doc: app.reader(side).unwrap_or_default(),
        start: start as u32,
    }
}

/// "A: …" with the words the other sentence lacks on the reader's colour.
fn diff_job(
    ui: &egui::Ui,
    side: Side,
    text: &str,
    pieces: &[diff::Piece],
    dark: bool,
) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = egui::TextFormat::simple(font.clone(), ui.visuals().text_color());
    let mut marked = egui::TextFormat::simple(font, theme::mention_text_colour(dark));
    marked.background =
        theme::reader_colour(side, dark).gamma_multiply(if dark { 0.45 } else { 0.30 });
    let label = egui::TextFormat::simple(
        egui::TextStyle::Body.resolve(ui.style()),
        theme::reader_colour(side, dark),
    );
    let mut job = LayoutJob::default();
    job.append(&format!("{}  ", side.letter()), 0.0, label);
    for p in pieces {
        let piece = one_line(&text[p.range.clone()]);
        let piece = if text[p.range.clone()].starts_with(char::is_whitespace) {
            format!(" {piece}")
        } else {
            piece
        };
        job.append(
            &piece,
            0.0,
            if p.same {
                plain.clone()
            } else {
                marked.clone()
            },
        );
    }
    job
}

/// The three lists as CSV: every linked pair, then the sentences only in A and only in B.
fn csv_export(pc: &PairComparison, a: &Article, b: &Article) -> Export {
    let c = &pc.comparison;
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<[String; 8]> = Vec::new();
    let cell = |article: &Article, r: &Range<usize>| one_line(&article.text[r.clone()]);
    for l in &c.links {
        let (ra, rb) = (&c.a.sentences[l.a].range, &c.b.sentences[l.b].range);
        rows.push([
            "both".into(),
            ra.start.to_string(),
            ra.end.to_string(),
            cell(a, ra),
            rb.start.to_string(),
            rb.end.to_string(),
            cell(b, rb),
            format!("{:.3}", l.score),
        ]);
    }
    for i in c.only_in_a() {
        let r = &c.a.sentences[i].range;
        rows.push([
            "only_a".into(),
            r.start.to_string(),
            r.end.to_string(),
            cell(a, r),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    for j in c.only_in_b() {
        let r = &c.b.sentences[j].range;
        rows.push([
            "only_b".into(),
            String::new(),
            String::new(),
            String::new(),
            r.start.to_string(),
            r.end.to_string(),
            cell(b, r),
            String::new(),
        ]);
    }
    let header = [
        "kind", "a_start", "a_end", "a_text", "b_start", "b_end", "b_text", "score",
    ];
    let written = w
        .write_record(header)
        .and_then(|()| rows.iter().try_for_each(|r| w.write_record(r)));
    debug_assert!(written.is_ok(), "writing CSV to memory cannot fail");
    Export::Csv {
        file_name: "differences.csv".to_owned(),
        bytes: w.into_inner().unwrap_or_default(),
    }
}

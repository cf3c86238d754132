//! The dispersion plot: where in reports A and B the leading entities are mentioned, one
//! barcode per entity and article, position along the text from 0 to 1.

use eframe::egui;
use egui_plot::{Line, PlotPoints};

use super::{plots, theme};
use crate::analysis::{dispersion, leading_entities};
use crate::app::{Analysis, Command, ParallaxApp, Side};

/// How many entities besides the selected one.
const LEADING: usize = 5;

/// Draws the dispersion tab.
pub fn dispersion_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    commands: &mut Vec<Command>,
) {
    let readers: Vec<(Side, usize)> = Side::BOTH
        .iter()
        .filter_map(|&s| app.reader(s).map(|d| (s, d)))
        .collect();
    if readers.is_empty() {
        ui.label(
            egui::RichText::new(
                "Choose an article for a reader to see where entities are mentioned.",
            )
            .weak(),
        );
        return;
    }
    // The selected entity, then the most mentioned in the two readers.
    let docs: Vec<usize> = readers.iter().map(|&(_, d)| d).collect();
    let mut entities: Vec<u32> = app.selected_entity().into_iter().collect();
    entities.extend(
        leading_entities(&analysis.mentions, &docs, LEADING + 1)
            .into_iter()
            .filter(|e| Some(*e) != app.selected_entity())
            .take(LEADING),
    );
    ui.label(
        egui::RichText::new("Each mark is one mention, placed by where it falls in the article (0 = start, 1 = end). Click a mark to read it.")
            .weak(),
    );
    let rows: Vec<(u32, Side, usize)> = entities
        .iter()
        .flat_map(|&e| readers.iter().map(move |&(s, d)| (e, s, d)))
        .collect();
    let n = rows.len();
    let y = |i: usize| plots::row_y(i, n);
    let labels: Vec<String> = rows
        .iter()
        .map(|(e, s, _)| {
            format!(
                "{} · {}",
                shorten(&analysis.mentions.entities[*e as usize].name),
                s.letter()
            )
        })
        .collect();
    let dark = ui.visuals().dark_mode;
    let height = plots::fit_height(ui, n, 22.0);
    let marks: Vec<Vec<(f64, u32)>> = rows
        .iter()
        .map(|&(e, _, d)| {
            dispersion(app.corpus(), &analysis.mentions, d, e)
                .into_iter()
                .map(|(x, m)| (x, m.start))
                .collect()
        })
        .collect();
    let response = plots::row_plot("dispersion_plot", labels, height, "position in the article")
        .include_x(1.0)
        .show(ui, |plot_ui| {
            for (i, ((_, side, _), marks)) in rows.iter().zip(&marks).enumerate() {
                let colour = theme::reader_colour(*side, dark);
                for &(x, _) in marks {
                    plot_ui.line(
                        Line::new(
                            format!("Report {}", side.letter()),
                            PlotPoints::new(vec![[x, y(i) - 0.35], [x, y(i) + 0.35]]),
                        )
                        .color(colour)
                        .width(2.0),
                    );
                }
            }
        });
    // The mark under the pointer: which mention it is, and the words around it.
    if let Some(pos) = response.response.hover_pos() {
        let p = response.transform.value_from_position(pos);
        if let Some(i) = plots::row_at(p.y, n)
            && let Some((k, &(x, start))) = marks[i]
                .iter()
                .enumerate()
                .min_by(|a, b| (a.1.0 - p.x).abs().total_cmp(&(b.1.0 - p.x).abs()))
        {
            let at = response
                .transform
                .position_from_point(&egui_plot::PlotPoint::new(x, p.y));
            if (at.x - pos.x).abs() <= 8.0 {
                let (entity, side, doc) = rows[i];
                let name = &analysis.mentions.entities[entity as usize].name;
                let snippet = app
                    .corpus()
                    .articles
                    .get(doc)
                    .map(|a| context(&a.text, start as usize))
                    .unwrap_or_default();
                let tip = format!(
                    "{name} · report {}\nmention {} of {}, {:.0} % into the article\n“{snippet}”\nClick to read it",
                    side.letter(),
                    k + 1,
                    marks[i].len(),
                    x * 100.0
                );
                response.response.clone().on_hover_text_at_pointer(tip);
            }
        }
    }
    if response.response.clicked()
        && let Some(pos) = response.response.interact_pointer_pos()
    {
        let p = response.transform.value_from_position(pos);
        if let Some(i) = plots::row_at(p.y, n) {
            let nearest = marks[i]
                .iter()
                .min_by(|a, b| (a.0 - p.x).abs().total_cmp(&(b.0 - p.x).abs()));
            if let Some(&(_, start)) = nearest {
                commands.push(Command::SelectEntity(Some(rows[i].0)));
                commands.push(Command::ShowMention {
                    doc: rows[i].2,
                    start,
                });
            }
        }
    }
}

/// About ten words either side of byte `at`, on one line.
fn context(text: &str, at: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(at.saturating_sub(70));
    let to = floor(at + 80);
    let snippet = text[from..to]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}{snippet}{}",
        if from > 0 { "…" } else { "" },
        if to < text.len() { "…" } else { "" }
    )
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 22 {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(21).collect::<String>())
    }
}

//! The Distinctive words tab: a diverging bar chart of the words that set report A and
//! report B apart (log-likelihood G², A's to the left, B's to the right), with the counts on
//! hover; a click shows the word's next occurrence in the reader of the side that uses it.

use eframe::egui;
use egui_plot::{Bar, BarChart};

use super::{ViewState, plots, theme};
use crate::app::{Command, ParallaxApp, Side};
use crate::compare::keyness::{self, Keyword};

/// Draws the tab.
pub fn distinctive_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    let Some((pc, _, _)) = super::differences::compared(ui, app) else {
        return;
    };
    let words: &[Keyword] = &pc.comparison.distinctive;
    if words.is_empty() {
        ui.label(
            egui::RichText::new(
                "No word is used much more in one report than in the other (G² ≥ 3.84, two uses at least).",
            )
            .weak(),
        );
        return;
    }
    ui.label(
        egui::RichText::new(
            "Words used far more in one report, by log-likelihood G²: A's to the left, B's to the right. Hover for the counts; click to read the next use.",
        )
        .weak(),
    );
    // A's words first, strongest on top, then B's.
    let mut rows: Vec<&Keyword> = words.iter().collect();
    rows.sort_by(|x, y| {
        (y.g2 > 0.0)
            .cmp(&(x.g2 > 0.0))
            .then(y.g2.abs().total_cmp(&x.g2.abs()))
    });
    let n = rows.len();
    let labels: Vec<String> = rows.iter().map(|k| k.word.clone()).collect();
    let dark = ui.visuals().dark_mode;
    let height = plots::fit_height(ui, n, 22.0);
    let longest = rows.iter().map(|k| k.g2.abs()).fold(0.0, f64::max);
    let plot = plots::row_plot(
        "distinctive_plot",
        labels,
        height,
        "G² (report A ←  → report B)",
    )
    .show_grid([true, false])
    .include_x(-longest * 1.2)
    .include_x(longest * 1.2)
    .x_axis_formatter(|mark, _| format!("{:.0}", mark.value.abs()));
    let response = plot.show(ui, |plot_ui| {
        for (side, sign) in [(Side::A, -1.0), (Side::B, 1.0)] {
            let bars: Vec<Bar> = rows
                .iter()
                .enumerate()
                .filter(|(_, k)| (k.g2 > 0.0) == (side == Side::A))
                .map(|(i, k)| {
                    Bar::new(plots::row_y(i, n), sign * k.g2.abs())
                        .width(0.7)
                        .name(&k.word)
                        .fill(theme::reader_colour(side, dark))
                })
                .collect();
            plot_ui.bar_chart(
                BarChart::new(format!("Report {}", side.letter()), bars)
                    .color(theme::reader_colour(side, dark))
                    .horizontal(),
            );
        }
    });
    let row = response
        .response
        .hover_pos()
        .and_then(|pos| plots::row_at(response.transform.value_from_position(pos).y, n));
    if let Some(row) = row {
        let k = rows[row];
        response.response.clone().on_hover_text_at_pointer(format!(
            "{}\nReport A: {} · Report B: {}\nG² {:.1}\nClick to read the next use in report {}",
            k.word,
            k.count_a,
            k.count_b,
            k.g2.abs(),
            if k.g2 > 0.0 { "A" } else { "B" }
        ));
    }
    if response.response.clicked()
        && let Some(row) = response
            .response
            .interact_pointer_pos()
            .and_then(|pos| plots::row_at(response.transform.value_from_position(pos).y, n))
    {
        let k = rows[row];
        let side = if k.g2 > 0.0 { Side::A } else { Side::B };
        if let (Some(doc), Some(article)) = (app.reader(side), app.reader_article(side)) {
            let uses = keyness::uses(&article.text, &k.word);
            let (last_word, count) = &mut view.keyword_clicks;
            if *last_word != k.word {
                *last_word = k.word.clone();
                *count = 0;
            }
            if !uses.is_empty() {
                let start = uses[*count % uses.len()];
                *count += 1;
                commands.push(Command::ShowMentionIn {
                    side,
                    doc,
                    start: start as u32,
                });
            }
        }
    }
}

//! The Actors and Countries charts: horizontal grouped bars per entity (report A against
//! report B, or the corpus), with their controls and exports.

use eframe::egui;
use egui_plot::{Bar, BarChart, PlotPoint};

use super::{ChartOptions, Tab, ViewState, chart_export, plots, theme};
use crate::analysis::{
    ArticleStack, ChartQuery, ChartRow, ChartSort, EntityType, chart_rows, stacked_by_article,
};
use crate::app::{Analysis, Command, Export, ParallaxApp, Side};

/// Which chart a tab shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    /// People and organisations.
    Actors,
    /// Countries, and places beside them.
    Countries,
}

/// Rows of a chart, kept until what they depend on changes (corpus mode walks every article).
#[derive(Default)]
pub struct ChartCache {
    entries: Vec<(CacheKey, Vec<ChartRow>, Vec<ArticleStack>)>,
}

impl ChartCache {
    /// The rows last computed for the chart `id`.
    pub(super) fn rows(&self, id: &str) -> Option<&[ChartRow]> {
        self.get(id).map(|(rows, _)| rows)
    }

    /// The rows and stacks last computed for the chart `id`.
    pub(super) fn get(&self, id: &str) -> Option<(&[ChartRow], &[ArticleStack])> {
        self.entries
            .iter()
            .find(|(k, _, _)| k.id == id)
            .map(|(_, rows, stacks)| (rows.as_slice(), stacks.as_slice()))
    }
}

#[derive(Debug, Clone, PartialEq)]
struct CacheKey {
    id: &'static str,
    analysis: u64,
    options: ChartOptions,
    pair: Option<(usize, usize)>,
    readers: [Option<usize>; 2],
}

/// Articles given a segment of their own in stacked bars, the readers' included: as many as
/// there are colours told apart (the two reader colours and four more).
const STACK_ARTICLES: usize = 6;

/// Draws a chart tab.
pub fn charts_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
    chart: Chart,
) {
    controls_ui(ui, app, view);
    let pair = match (app.reader(Side::A), app.reader(Side::B)) {
        (Some(a), Some(b)) if !view.chart.corpus_mode => Some((a, b)),
        _ => None,
    };
    ui.horizontal_wrapped(|ui| exports_ui(ui, app, analysis, view, chart, pair, commands));
    view.bar_positions.clear();
    let plots: &[(&'static str, &str, &[EntityType])] = match chart {
        Chart::Actors => &[(
            "actors",
            "People and organisations",
            &[EntityType::Person, EntityType::Org],
        )],
        Chart::Countries => &[
            ("countries", "Countries", &[EntityType::Country]),
            ("places", "Places", &[EntityType::Place]),
        ],
    };
    let mut exports = Vec::new();
    let mut chart_rect: Option<egui::Rect> = None;
    ui.columns(plots.len(), |columns| {
        for (column, (id, title, types)) in columns.iter_mut().zip(plots) {
            let (rows, stacks) = rows_for(view, app, analysis, id, types, pair);
            column.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(*title).strong());
                legend_ui(ui, app, pair);
                stack_legend_ui(ui, app, &stacks);
            });
            if rows.is_empty() {
                column.label(egui::RichText::new("No mentions of this kind.").weak());
                continue;
            }
            let response = bar_plot(column, app, analysis, view, id, &rows, &stacks, pair);
            // The whole chart as seen: its title and legend, the names, the bars and the
            // axis (the plot's own rect is the bar area alone), as far as it is on screen.
            let visible = column.min_rect().intersect(column.clip_rect());
            chart_rect = Some(chart_rect.map_or(visible, |r: egui::Rect| r.union(visible)));
            if let Some(entity) = response.clicked {
                commands.push(Command::SelectEntity(Some(entity)));
                view.tab = Tab::Concordance;
            }
            exports.push(*id);
        }
    });
    view.chart_rect = chart_rect;
    view.chart_exports = exports;
}

/// The export buttons, above the chart so they stay in view however tall it is. The CSV is
/// written from the chart's cached rows when a button is clicked, not every frame.
fn exports_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &ViewState,
    chart: Chart,
    pair: Option<(usize, usize)>,
    commands: &mut Vec<Command>,
) {
    for id in &view.chart_exports {
        if ui.button(format!("Export {id} data (CSV)…")).clicked()
            && let Some(rows) = view.chart_cache.rows(id)
        {
            commands.push(Command::Export(chart_export::csv_export(
                app, analysis, view.chart, id, rows, pair,
            )));
        }
    }
    if let Some(rect) = view.chart_rect
        && ui.button("Save chart as PNG…").clicked()
    {
        let ids: &[(&str, &str)] = match chart {
            Chart::Actors => &[("actors", "People and organisations")],
            Chart::Countries => &[("countries", "Countries"), ("places", "Places")],
        };
        let image = chart_export::chart_image(
            app,
            analysis,
            view,
            chart,
            ids,
            pair,
            rect.width(),
            ui.visuals(),
        );
        let name = if chart == Chart::Actors {
            "actors"
        } else {
            "countries"
        };
        commands.push(Command::Export(Export::Png {
            file_name: format!("{name}-chart.png"),
            chart: image,
            // Print wants at least twice the pixels the screen shows.
            scale: 2.0 * ui.ctx().pixels_per_point(),
        }));
    }
}

/// Which colour is which report, drawn above the plot so it never covers a bar.
fn legend_ui(ui: &mut egui::Ui, app: &ParallaxApp, pair: Option<(usize, usize)>) {
    let Some((a, b)) = pair else { return };
    let dark = ui.visuals().dark_mode;
    for (side, doc) in [(Side::A, a), (Side::B, b)] {
        let name = app
            .corpus()
            .articles
            .get(doc)
            .map(crate::ui::format::article_name)
            .unwrap_or_default();
        let text = format!("{}: {}", side.letter(), short(&name, 56));
        legend_entry(ui, theme::reader_colour(side, dark), &text).on_hover_text(name);
    }
}

/// The colour of each stacked segment: a reader's article keeps its reader's colour, the
/// others take the next of the remaining ones, the rest is grey.
pub(super) fn stack_colours(
    app: &ParallaxApp,
    stacks: &[ArticleStack],
    dark: bool,
) -> Vec<egui::Color32> {
    let mut next = 0;
    stacks
        .iter()
        .map(|stack| match stack.doc {
            Some(d) if app.reader(Side::A) == Some(d) => theme::reader_colour(Side::A, dark),
            Some(d) if app.reader(Side::B) == Some(d) => theme::reader_colour(Side::B, dark),
            Some(_) => {
                next += 1;
                theme::series_colour(next - 1, false)
            }
            None => theme::series_colour(0, true),
        })
        .collect()
}

/// What each stacked segment is, above the plot so it never covers a bar.
fn stack_legend_ui(ui: &mut egui::Ui, app: &ParallaxApp, stacks: &[ArticleStack]) {
    let dark = ui.visuals().dark_mode;
    let corpus = app.corpus();
    for (stack, colour) in stacks.iter().zip(stack_colours(app, stacks, dark)) {
        let (label, hover) = match stack.doc.and_then(|d| Some((d, corpus.articles.get(d)?))) {
            Some((d, a)) => {
                let reader = if app.reader(Side::A) == Some(d) {
                    "A: "
                } else if app.reader(Side::B) == Some(d) {
                    "B: "
                } else {
                    ""
                };
                (
                    format!("{reader}{}", short(&a.title, 28)),
                    format!(
                        "{}\n{} · {}",
                        a.title,
                        a.outlet,
                        a.date.as_deref().unwrap_or("no date")
                    ),
                )
            }
            None => {
                let n = stack.articles;
                let text = format!(
                    "{} other {}",
                    crate::ui::format::thousands(n),
                    if n == 1 { "article" } else { "articles" }
                );
                (text.clone(), text)
            }
        };
        legend_entry(ui, colour, &label).on_hover_text(hover);
    }
}

/// A swatch and its text as one label, so that a wrapping legend never leaves a swatch at
/// the end of one line and its text on the next.
fn legend_entry(ui: &mut egui::Ui, colour: egui::Color32, text: &str) -> egui::Response {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let mut job = egui::text::LayoutJob::default();
    job.append("■ ", 0.0, egui::TextFormat::simple(font.clone(), colour));
    job.append(
        text,
        0.0,
        egui::TextFormat::simple(font, ui.visuals().text_color()),
    );
    ui.add(
        egui::Label::new(job)
            .truncate()
            .show_tooltip_when_elided(false),
    )
}

fn controls_ui(ui: &mut egui::Ui, app: &ParallaxApp, view: &mut ViewState) {
    let options = &mut view.chart;
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut options.corpus_mode, false, "Reports A and B");
        ui.selectable_value(&mut options.corpus_mode, true, "Whole corpus");
        if options.corpus_mode {
            ui.checkbox(&mut options.stacked, "Stacked by article");
        }
        ui.separator();
        let top = ui.label("Top");
        ui.add(egui::DragValue::new(&mut options.top_n).range(3..=40))
            .labelled_by(top.id);
        ui.separator();
        let sort_label = ui.label("Sort");
        egui::ComboBox::from_id_salt("chart_sort")
            .selected_text(options.sort.label())
            .show_ui(ui, |ui| {
                for sort in ChartSort::ALL {
                    if options.corpus_mode
                        && matches!(sort, ChartSort::A | ChartSort::B | ChartSort::Difference)
                    {
                        continue;
                    }
                    ui.selectable_value(&mut options.sort, sort, sort.label());
                }
            })
            .response
            .labelled_by(sort_label.id);
        ui.separator();
        ui.checkbox(&mut options.per_1000_words, "Per 1,000 words");
        // Rates do not add up across articles, so the two cannot be drawn together.
        if options.corpus_mode && options.stacked && options.per_1000_words {
            ui.label(
                egui::RichText::new("Stacks show counts: per 1,000 words draws one bar each.")
                    .weak(),
            );
        }
        if app.corpus().articles.len() < 2 && !options.corpus_mode {
            ui.label(egui::RichText::new("Both readers show the same article.").weak());
        }
    });
    if options.corpus_mode
        && matches!(
            options.sort,
            ChartSort::A | ChartSort::B | ChartSort::Difference
        )
    {
        options.sort = ChartSort::Total;
    }
}

fn rows_for(
    view: &mut ViewState,
    app: &ParallaxApp,
    analysis: &Analysis,
    id: &'static str,
    types: &[EntityType],
    pair: Option<(usize, usize)>,
) -> (Vec<ChartRow>, Vec<ArticleStack>) {
    let readers = [app.reader(Side::A), app.reader(Side::B)];
    let key = CacheKey {
        id,
        analysis: analysis.generation,
        options: view.chart,
        pair,
        readers,
    };
    if let Some((_, rows, stacks)) = view.chart_cache.entries.iter().find(|(k, _, _)| *k == key) {
        return (rows.clone(), stacks.clone());
    }
    let query = ChartQuery {
        types,
        pair,
        top_n: view.chart.top_n,
        sort: view.chart.sort,
        per_1000_words: view.chart.per_1000_words,
    };
    let rows = chart_rows(app.corpus(), &analysis.mentions, query);
    let stacks = if pair.is_none() && view.chart.stacked && !view.chart.per_1000_words {
        let first: Vec<usize> = readers.iter().flatten().copied().collect();
        stacked_by_article(&analysis.mentions, &rows, STACK_ARTICLES, &first)
    } else {
        Vec::new()
    };
    view.chart_cache.entries.retain(|(k, _, _)| k.id != id);
    view.chart_cache
        .entries
        .push((key, rows.clone(), stacks.clone()));
    (rows, stacks)
}

struct PlotOutcome {
    clicked: Option<u32>,
}

pub(super) fn unit(options: ChartOptions) -> &'static str {
    if options.per_1000_words {
        "mentions per 1,000 words"
    } else {
        "mentions"
    }
}

pub(super) fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    }
}

#[allow(clippy::too_many_arguments)]
fn bar_plot(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &mut ViewState,
    id: &'static str,
    rows: &[ChartRow],
    stacks: &[ArticleStack],
    pair: Option<(usize, usize)>,
) -> PlotOutcome {
    let n = rows.len();
    let y = |i: usize| plots::row_y(i, n);
    let names: Vec<String> = rows
        .iter()
        .map(|r| short(&analysis.mentions.entities[r.entity as usize].name, 26))
        .collect();
    let dark = ui.visuals().dark_mode;
    let height = plots::fit_height(ui, n, 24.0);
    let label_names = names.clone();
    let options = view.chart;
    let value_text = move |v: f64| {
        if options.per_1000_words {
            format!("{v:.2}")
        } else {
            format!("{v:.0}")
        }
    };
    let whole = !options.per_1000_words;
    let longest = rows
        .iter()
        .map(|r| if stacks.is_empty() { r.a.max(r.b) } else { r.a })
        .fold(0.0, f64::max);
    let plot = plots::row_plot(("bar_plot", id), label_names, height, unit(options))
        .show_grid([true, false])
        .x_grid_spacer(move |input| plots::count_marks(input, whole))
        // Room after the longest bar for its value.
        .include_x(longest * 1.15 + if whole { 1.0 } else { 0.0 });
    let corpus = app.corpus();
    let response = plot.show(ui, |plot_ui| match pair {
        Some((a, b)) => {
            let title =
                |d: usize| short(corpus.articles.get(d).map_or("", |x| x.title.as_str()), 34);
            for (side, offset, doc) in [(Side::A, 0.19, a), (Side::B, -0.19, b)] {
                let bars = rows
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let v = if side == Side::A { r.a } else { r.b };
                        Bar::new(y(i) + offset, v)
                            .width(0.36)
                            .name(&names[i])
                            .fill(theme::reader_colour(side, dark))
                    })
                    .collect();
                let formatter = value_text;
                let series = format!("{}: {}", side.letter(), title(doc));
                let letter = side.letter();
                for (i, r) in rows.iter().enumerate() {
                    let v = if side == Side::A { r.a } else { r.b };
                    plot_ui.text(value_label(
                        ("value", id, letter, i),
                        v,
                        y(i) + offset,
                        formatter(v),
                    ));
                }
                plot_ui.bar_chart(
                    BarChart::new(series, bars)
                        .id(("bars", id, side.letter()))
                        .color(theme::reader_colour(side, dark))
                        .horizontal()
                        .element_formatter(Box::new(move |bar, _| {
                            format!("{}\nReport {letter}: {}", bar.name, formatter(bar.value))
                        })),
                );
            }
        }
        None if !stacks.is_empty() => {
            let mut charts: Vec<BarChart> = Vec::new();
            let colours = stack_colours(app, stacks, dark);
            for (k, (stack, colour)) in stacks.iter().zip(colours).enumerate() {
                let name = match stack.doc {
                    Some(d) => short(corpus.articles.get(d).map_or("", |x| x.title.as_str()), 30),
                    None => format!("{} other articles", stack.articles),
                };
                let bars = stack
                    .values
                    .iter()
                    .enumerate()
                    .map(|(i, v)| Bar::new(y(i), *v).width(0.7).name(&names[i]).fill(colour))
                    .collect();
                let refs: Vec<&BarChart> = charts.iter().collect();
                let series = name.clone();
                let chart = BarChart::new(name, bars)
                    .id(("stack", id, k))
                    .color(colour)
                    .horizontal()
                    .element_formatter(Box::new(move |bar, _| {
                        format!("{}\n{series}: {:.0}", bar.name, bar.value)
                    }))
                    .stack_on(&refs);
                charts.push(chart);
            }
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
            for (i, r) in rows.iter().enumerate() {
                plot_ui.text(value_label(("total", id, i), r.a, y(i), value_text(r.a)));
            }
        }
        None => {
            let bars = rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let etype = analysis.mentions.entities[r.entity as usize].etype;
                    Bar::new(y(i), r.a)
                        .width(0.7)
                        .name(&names[i])
                        .fill(theme::type_colour(etype))
                })
                .collect();
            let formatter = value_text;
            for (i, r) in rows.iter().enumerate() {
                plot_ui.text(value_label(("value", id, i), r.a, y(i), formatter(r.a)));
            }
            plot_ui.bar_chart(
                BarChart::new("Whole corpus", bars)
                    .id(("corpus", id))
                    .color(theme::reader_colour(Side::A, dark))
                    .horizontal()
                    .element_formatter(Box::new(move |bar, _| {
                        format!("{}\nWhole corpus: {}", bar.name, formatter(bar.value))
                    })),
            );
        }
    });
    for (i, r) in rows.iter().enumerate() {
        let value = if pair.is_some() { r.a.max(r.b) } else { r.a };
        let centre = response
            .transform
            .position_from_point(&PlotPoint::new(value / 2.0, y(i)));
        view.bar_positions.push((id, r.entity, centre));
    }
    // The exact values of the row under the pointer, whatever part of it is hovered.
    if let Some(pos) = response.response.hover_pos()
        && let Some(row) = plots::row_at(response.transform.value_from_position(pos).y, n)
    {
        let text = hover_text(app, analysis, &rows[row], row, stacks, pair, value_text);
        response.response.clone().on_hover_text_at_pointer(text);
    }
    let clicked = response
        .response
        .clicked()
        .then(|| response.response.interact_pointer_pos())
        .flatten()
        .and_then(|pos| plots::row_at(response.transform.value_from_position(pos).y, n))
        .map(|row| rows[row].entity);
    PlotOutcome { clicked }
}

/// A value written just after the end of its bar. `id` makes the item unique; the name is
/// then cleared so the label stays out of the legend.
fn value_label(id: impl std::fmt::Debug, value: f64, y: f64, text: String) -> egui_plot::Text {
    egui_plot::Text::new(
        format!("{id:?}"),
        PlotPoint::new(value, y),
        egui::RichText::new(format!(" {text}")).small(),
    )
    .name("")
    .allow_hover(false)
    .anchor(egui::Align2::LEFT_CENTER)
}

/// What hovering a row says: the entity and every value drawn for it, exactly.
fn hover_text(
    app: &ParallaxApp,
    analysis: &Analysis,
    row: &ChartRow,
    index: usize,
    stacks: &[ArticleStack],
    pair: Option<(usize, usize)>,
    value_text: impl Fn(f64) -> String,
) -> String {
    let name = &analysis.mentions.entities[row.entity as usize].name;
    let corpus = app.corpus();
    let title = |d: usize| corpus.articles.get(d).map_or("", |a| a.title.as_str());
    let mut lines = vec![name.clone()];
    match pair {
        Some((a, b)) => {
            lines.push(format!(
                "Report A: {} ({})",
                value_text(row.a),
                short(title(a), 40)
            ));
            lines.push(format!(
                "Report B: {} ({})",
                value_text(row.b),
                short(title(b), 40)
            ));
        }
        None => {
            lines.push(format!("Whole corpus: {}", value_text(row.a)));
            for stack in stacks {
                let v = stack.values.get(index).copied().unwrap_or(0.0);
                if v > 0.0 {
                    let label = stack.doc.map_or_else(
                        || format!("{} other articles", stack.articles),
                        |d| short(title(d), 40),
                    );
                    lines.push(format!("  {label}: {}", value_text(v)));
                }
            }
        }
    }
    lines.push("Click for every mention in context".to_owned());
    lines.join("\n")
}

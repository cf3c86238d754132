//! What the chart tabs export: the CSV of a chart's rows, and the description of the whole
//! chart that `analysis::chart_image` draws to a PNG.

use eframe::egui;

use super::charts::{Chart, short, stack_colours, unit};
use super::{ChartOptions, ViewState, theme};
use crate::analysis::chart_image::{
    ChartImage, ChartImageRow, ChartPanel, ImageBar, Palette, Rgba,
};
use crate::analysis::{ArticleStack, ChartRow, EntityType, export};
use crate::app::{Analysis, Export, ParallaxApp, Side};

/// The chart as the tab shows it, every row of it, for "Save chart as PNG…": `plots` are
/// the (id, title) of its panels, `width` its width on screen in points.
#[allow(clippy::too_many_arguments)]
pub(super) fn chart_image(
    app: &ParallaxApp,
    analysis: &Analysis,
    view: &ViewState,
    chart: Chart,
    plots: &[(&str, &str)],
    pair: Option<(usize, usize)>,
    width: f32,
    visuals: &egui::Visuals,
) -> ChartImage {
    let panels = plots
        .iter()
        .map(|(id, title)| {
            let (rows, stacks) = view.chart_cache.get(id).unwrap_or((&[], &[]));
            let (legend, rows) = match pair {
                Some(pair) => pair_rows(app, analysis, view.chart, rows, pair, visuals.dark_mode),
                None if !stacks.is_empty() => {
                    stacked_rows(app, analysis, view.chart, rows, stacks, visuals.dark_mode)
                }
                None => corpus_rows(analysis, view.chart, rows),
            };
            ChartPanel {
                title: (*title).to_owned(),
                legend,
                axis_label: unit(view.chart).to_owned(),
                whole: !view.chart.per_1000_words,
                rows,
            }
        })
        .collect();
    ChartImage {
        title: chart_title(app, chart, view.chart, pair),
        panels,
        palette: Palette {
            background: rgba(visuals.panel_fill),
            text: rgba(visuals.strong_text_color()),
            weak_text: rgba(visuals.weak_text_color()),
            grid: rgba(visuals.widgets.noninteractive.bg_stroke.color),
        },
        width_points: width,
    }
}

type Legend = Vec<(String, Rgba)>;

/// Two bars a row, A over B, in the readers' colours.
fn pair_rows(
    app: &ParallaxApp,
    analysis: &Analysis,
    options: ChartOptions,
    rows: &[ChartRow],
    (a, b): (usize, usize),
    dark: bool,
) -> (Legend, Vec<ChartImageRow>) {
    let colour = |side| rgba(theme::reader_colour(side, dark));
    let legend = vec![
        (
            format!("A: {}", short(&title_of(app, a), 60)),
            colour(Side::A),
        ),
        (
            format!("B: {}", short(&title_of(app, b), 60)),
            colour(Side::B),
        ),
    ];
    let rows = rows
        .iter()
        .map(|r| ChartImageRow {
            label: name_of(analysis, r),
            bars: [(r.a, Side::A), (r.b, Side::B)]
                .into_iter()
                .map(|(v, side)| ImageBar {
                    segments: vec![(v, colour(side))],
                    value_text: value_text(options, v),
                })
                .collect(),
        })
        .collect();
    (legend, rows)
}

/// One bar a row, a segment per article given its own colour and one for the rest.
fn stacked_rows(
    app: &ParallaxApp,
    analysis: &Analysis,
    options: ChartOptions,
    rows: &[ChartRow],
    stacks: &[ArticleStack],
    dark: bool,
) -> (Legend, Vec<ChartImageRow>) {
    let colours: Vec<Rgba> = stack_colours(app, stacks, dark)
        .into_iter()
        .map(rgba)
        .collect();
    let legend = stacks
        .iter()
        .zip(&colours)
        .map(|(stack, colour)| {
            let label = match stack.doc {
                Some(d) => {
                    let reader = if app.reader(Side::A) == Some(d) {
                        "A: "
                    } else if app.reader(Side::B) == Some(d) {
                        "B: "
                    } else {
                        ""
                    };
                    format!("{reader}{}", short(&title_of(app, d), 40))
                }
                None => format!(
                    "{} other {}",
                    super::format::thousands(stack.articles),
                    if stack.articles == 1 {
                        "article"
                    } else {
                        "articles"
                    }
                ),
            };
            (label, *colour)
        })
        .collect();
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, r)| ChartImageRow {
            label: name_of(analysis, r),
            bars: vec![ImageBar {
                segments: stacks
                    .iter()
                    .zip(&colours)
                    .map(|(s, c)| (s.values.get(i).copied().unwrap_or(0.0), *c))
                    .collect(),
                value_text: value_text(options, r.a),
            }],
        })
        .collect();
    (legend, rows)
}

/// One bar a row over the whole corpus, in the colour of the entity's type.
fn corpus_rows(
    analysis: &Analysis,
    options: ChartOptions,
    rows: &[ChartRow],
) -> (Legend, Vec<ChartImageRow>) {
    let type_of = |r: &ChartRow| analysis.mentions.entities[r.entity as usize].etype;
    let mut types: Vec<EntityType> = rows.iter().map(type_of).collect();
    types.sort();
    types.dedup();
    let legend = types
        .iter()
        .map(|t| (type_name(*t).to_owned(), rgba(theme::type_colour(*t))))
        .collect();
    let rows = rows
        .iter()
        .map(|r| ChartImageRow {
            label: name_of(analysis, r),
            bars: vec![ImageBar {
                segments: vec![(r.a, rgba(theme::type_colour(type_of(r))))],
                value_text: value_text(options, r.a),
            }],
        })
        .collect();
    (legend, rows)
}

fn title_of(app: &ParallaxApp, doc: usize) -> String {
    app.corpus()
        .articles
        .get(doc)
        .map_or_else(String::new, |a| a.title.clone())
}

fn name_of(analysis: &Analysis, row: &ChartRow) -> String {
    analysis
        .mentions
        .entities
        .get(row.entity as usize)
        .map_or_else(String::new, |e| e.name.clone())
}

fn value_text(options: ChartOptions, v: f64) -> String {
    if options.per_1000_words {
        format!("{v:.2}")
    } else {
        format!("{v:.0}")
    }
}

/// What the chart counts and over what, as one line.
fn chart_title(
    app: &ParallaxApp,
    chart: Chart,
    options: ChartOptions,
    pair: Option<(usize, usize)>,
) -> String {
    let what = match chart {
        Chart::Actors => "Actors",
        Chart::Countries => "Countries and places",
    };
    let over = match pair {
        Some(_) => "reports A and B".to_owned(),
        None => {
            let n = app.corpus().articles.len();
            format!(
                "whole corpus of {} {}",
                super::format::thousands(n),
                if n == 1 { "article" } else { "articles" }
            )
        }
    };
    format!(
        "{what}: {unit}, {over}, top {top} {sort}",
        unit = unit(options),
        top = options.top_n,
        sort = options.sort.label()
    )
}

fn type_name(etype: EntityType) -> &'static str {
    match etype {
        EntityType::Country => "country",
        EntityType::Person => "person",
        EntityType::Org => "organisation",
        EntityType::Place => "place",
    }
}

fn rgba(colour: egui::Color32) -> Rgba {
    colour.to_srgba_unmultiplied()
}

/// The CSV of a chart's rows, as the chart shows them.
pub(super) fn csv_export(
    app: &ParallaxApp,
    analysis: &Analysis,
    options: ChartOptions,
    id: &str,
    rows: &[ChartRow],
    pair: Option<(usize, usize)>,
) -> Export {
    let unit = if options.per_1000_words {
        "per_1000_words"
    } else {
        "mentions"
    };
    let corpus = app.corpus();
    // Title, outlet and date: two versions of one report differ by the last two.
    let title = |d: usize| {
        corpus
            .articles
            .get(d)
            .map_or(String::new(), crate::ui::format::article_name)
    };
    let (a, b) = match pair {
        Some((a, b)) => (format!("A: {}", title(a)), Some(format!("B: {}", title(b)))),
        None => ("corpus".to_owned(), None),
    };
    let mut bytes = Vec::new();
    let result = export::chart_csv(
        &mut bytes,
        &analysis.mentions,
        rows,
        (&a, b.as_deref()),
        unit,
    );
    debug_assert!(result.is_ok(), "writing CSV to memory cannot fail");
    Export::Csv {
        file_name: format!("{id}-chart.csv"),
        bytes,
    }
}

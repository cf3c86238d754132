//! A bar chart drawn to a PNG on the CPU, for "Save chart as PNG": every row of the chart,
//! not only those scrolled into view, with its titles, legend, names, values and axis, at a
//! scale fit for print. The window describes what it shows as a [`ChartImage`]; this file
//! lays it out and draws it (tiny-skia for shapes, ab_glyph for text). No egui here.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use tiny_skia::{Paint, Pixmap, Rect, Transform};

/// A colour as straight (not premultiplied) RGBA.
pub type Rgba = [u8; 4];

/// A chart as the window shows it: one or more panels side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartImage {
    /// The line above everything: what is counted, and where.
    pub title: String,
    /// The panels, left to right (Countries shows countries and places).
    pub panels: Vec<ChartPanel>,
    /// Background, text, weak text and grid colours of the theme in use.
    pub palette: Palette,
    /// Width of the whole picture in points, as wide as the chart on screen.
    pub width_points: f32,
}

/// The colours around the bars.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Behind everything.
    pub background: Rgba,
    /// Titles, names and values.
    pub text: Rgba,
    /// The axis's marks and label.
    pub weak_text: Rgba,
    /// The vertical lines at each axis mark.
    pub grid: Rgba,
}

/// One plot with its own title, legend, rows and axis.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPanel {
    /// Above the legend.
    pub title: String,
    /// Swatches and what they stand for.
    pub legend: Vec<(String, Rgba)>,
    /// Under the axis marks: the unit counted.
    pub axis_label: String,
    /// True when values are counts, so the axis has no marks between whole numbers.
    pub whole: bool,
    /// Top to bottom.
    pub rows: Vec<ChartImageRow>,
}

/// An entity's row: one bar per series (two when reports A and B are compared).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartImageRow {
    /// The entity's name, left of the bars.
    pub label: String,
    /// Top to bottom within the row.
    pub bars: Vec<ImageBar>,
}

/// A bar made of segments laid end to end (one segment unless stacked by article).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageBar {
    /// Lengths and colours, from the axis outwards.
    pub segments: Vec<(f64, Rgba)>,
    /// Written just after the end of the bar.
    pub value_text: String,
}

impl ImageBar {
    fn length(&self) -> f64 {
        self.segments.iter().map(|(v, _)| v.max(0.0)).sum()
    }
}

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartImageError {
    /// No usable font among those given.
    #[error("no font could be read to write the chart's text")]
    NoFont,
    /// The picture would be empty or too large to allocate.
    #[error("a chart of {0}×{1} pixels cannot be drawn")]
    Size(u32, u32),
    /// PNG encoding failed.
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

/// Rows are as tall on paper as on screen.
const ROW: f32 = 24.0;
const MARGIN: f32 = 16.0;
const TITLE_SIZE: f32 = 17.0;
const PANEL_TITLE_SIZE: f32 = 14.0;
const TEXT_SIZE: f32 = 12.0;
const SMALL_SIZE: f32 = 11.0;
/// Names longer than this are cut with an ellipsis, as on screen.
const NAME_COLUMN_MAX: f32 = 200.0;

/// Draws `chart` at `scale` pixels per point and encodes it as PNG. `fonts` are tried in
/// order for each character, so later fonts fill in scripts the first lacks.
pub fn render_png(
    chart: &ChartImage,
    fonts: &[&[u8]],
    scale: f32,
) -> Result<Vec<u8>, ChartImageError> {
    let pixmap = render(chart, fonts, scale)?;
    pixmap
        .encode_png()
        .map_err(|e| ChartImageError::Encode(e.to_string()))
}

/// Draws `chart` into a pixmap at `scale` pixels per point.
pub fn render(chart: &ChartImage, fonts: &[&[u8]], scale: f32) -> Result<Pixmap, ChartImageError> {
    let fonts: Vec<FontRef> = fonts
        .iter()
        .filter_map(|bytes| FontRef::try_from_slice(bytes).ok())
        .collect();
    if fonts.is_empty() {
        return Err(ChartImageError::NoFont);
    }
    let text = Text { fonts, scale };
    let width = chart.width_points.max(480.0);
    let panel_width = (width - MARGIN) / chart.panels.len().max(1) as f32;
    let layouts: Vec<PanelLayout> = chart
        .panels
        .iter()
        .map(|p| PanelLayout::new(p, &text, panel_width - MARGIN))
        .collect();
    let header = MARGIN + TITLE_SIZE * 1.4;
    let height = header + layouts.iter().map(|l| l.height).fold(0.0, f32::max) + MARGIN;
    let (w_px, h_px) = (
        (width * scale).ceil() as u32,
        (height * scale).ceil() as u32,
    );
    let mut pixmap = Pixmap::new(w_px, h_px).ok_or(ChartImageError::Size(w_px, h_px))?;
    let mut canvas = Canvas {
        pixmap: &mut pixmap,
        scale,
    };
    canvas.fill(chart.palette.background);
    text.draw(
        &mut canvas,
        &chart.title,
        MARGIN,
        MARGIN + TITLE_SIZE,
        TITLE_SIZE,
        chart.palette.text,
        Align::Left,
    );
    for (k, (panel, layout)) in chart.panels.iter().zip(&layouts).enumerate() {
        let left = MARGIN + k as f32 * panel_width;
        layout.draw(panel, &text, &mut canvas, left, header, chart.palette);
    }
    Ok(pixmap)
}

/// Where a panel's parts go, in points from the panel's top left corner.
struct PanelLayout {
    /// Legend lines: each entry's x offset and the line it is on.
    legend: Vec<(f32, usize)>,
    legend_lines: usize,
    name_column: f32,
    plot_width: f32,
    /// Largest value the axis reaches.
    axis_max: f64,
    ticks: Vec<f64>,
    height: f32,
}

impl PanelLayout {
    fn new(panel: &ChartPanel, text: &Text, width: f32) -> Self {
        let mut legend = Vec::new();
        let (mut x, mut line) = (0.0, 0);
        for (label, _) in &panel.legend {
            let entry = 14.0 + text.width(label, SMALL_SIZE) + 14.0;
            if x > 0.0 && x + entry > width {
                x = 0.0;
                line += 1;
            }
            legend.push((x, line));
            x += entry;
        }
        let legend_lines = if panel.legend.is_empty() { 0 } else { line + 1 };
        let name_column = panel
            .rows
            .iter()
            .map(|r| text.width(&r.label, TEXT_SIZE))
            .fold(60.0, f32::max)
            .min(NAME_COLUMN_MAX)
            + 10.0;
        let longest = panel
            .rows
            .iter()
            .flat_map(|r| r.bars.iter().map(ImageBar::length))
            .fold(0.0, f64::max);
        let ticks = nice_ticks(longest, panel.whole);
        // Room after the longest bar for its value, as on screen.
        let axis_max = ticks
            .last()
            .copied()
            .unwrap_or(1.0)
            .max(longest * 1.15 + if panel.whole { 1.0 } else { 0.0 });
        let ticks = ticks.into_iter().filter(|t| *t <= axis_max).collect();
        let rows_height = panel.rows.len() as f32 * ROW;
        let height = Self::top_of_rows(legend_lines) + rows_height;
        Self {
            legend,
            legend_lines,
            name_column,
            plot_width: (width - name_column).max(80.0),
            axis_max,
            ticks,
            height,
        }
    }

    /// Title, legend, axis label and marks come before the rows.
    fn top_of_rows(legend_lines: usize) -> f32 {
        PANEL_TITLE_SIZE * 1.6 + legend_lines as f32 * 18.0 + 8.0 + SMALL_SIZE * 3.0 + 8.0
    }

    fn draw(
        &self,
        panel: &ChartPanel,
        text: &Text,
        canvas: &mut Canvas,
        left: f32,
        top: f32,
        palette: Palette,
    ) {
        text.draw(
            canvas,
            &panel.title,
            left,
            top + PANEL_TITLE_SIZE,
            PANEL_TITLE_SIZE,
            palette.text,
            Align::Left,
        );
        let legend_top = top + PANEL_TITLE_SIZE * 1.6;
        for ((label, colour), (x, line)) in panel.legend.iter().zip(&self.legend) {
            let y = legend_top + *line as f32 * 18.0;
            canvas.rect(left + x, y + 2.0, 10.0, 10.0, *colour);
            text.draw(
                canvas,
                label,
                left + x + 14.0,
                y + SMALL_SIZE,
                SMALL_SIZE,
                palette.text,
                Align::Left,
            );
        }
        let plot_left = left + self.name_column;
        let axis_top = legend_top + self.legend_lines as f32 * 18.0 + 8.0;
        text.draw(
            canvas,
            &panel.axis_label,
            plot_left + self.plot_width / 2.0,
            axis_top + SMALL_SIZE,
            SMALL_SIZE,
            palette.weak_text,
            Align::Centre,
        );
        let rows_top = top + Self::top_of_rows(self.legend_lines);
        let rows_bottom = rows_top + panel.rows.len() as f32 * ROW;
        let x_of = |v: f64| plot_left + (v / self.axis_max) as f32 * self.plot_width;
        for tick in &self.ticks {
            let x = x_of(*tick);
            canvas.rect(
                x - 0.5,
                rows_top - 4.0,
                1.0,
                rows_bottom - rows_top + 4.0,
                palette.grid,
            );
            text.draw(
                canvas,
                &tick_text(*tick, panel.whole),
                x,
                rows_top - 8.0,
                SMALL_SIZE,
                palette.weak_text,
                Align::Centre,
            );
        }
        for (i, row) in panel.rows.iter().enumerate() {
            let row_top = rows_top + i as f32 * ROW;
            let label = text.fit(&row.label, TEXT_SIZE, self.name_column - 10.0);
            text.draw(
                canvas,
                &label,
                plot_left - 8.0,
                row_top + ROW / 2.0 + TEXT_SIZE * 0.35,
                TEXT_SIZE,
                palette.text,
                Align::Right,
            );
            let bar_height = ROW * 0.72 / row.bars.len().max(1) as f32;
            let mut y = row_top + ROW * 0.14;
            for bar in &row.bars {
                let mut start = 0.0;
                for (value, colour) in &bar.segments {
                    let end = start + value.max(0.0);
                    if end > start {
                        canvas.rect(x_of(start), y, x_of(end) - x_of(start), bar_height, *colour);
                    }
                    start = end;
                }
                text.draw(
                    canvas,
                    &bar.value_text,
                    x_of(start) + 4.0,
                    y + bar_height / 2.0 + SMALL_SIZE * 0.35,
                    SMALL_SIZE,
                    palette.text,
                    Align::Left,
                );
                y += bar_height;
            }
        }
        // The axis line, at the bars' start.
        canvas.rect(
            plot_left - 0.5,
            rows_top - 4.0,
            1.0,
            rows_bottom - rows_top + 4.0,
            palette.weak_text,
        );
    }
}

fn tick_text(v: f64, whole: bool) -> String {
    if whole || v.fract().abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        // "0.50" reads "0.5"; a mark finer than the hundredths keeps enough digits to differ
        // from its neighbours ("0.005", not "0.").
        let text = format!("{v:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Axis marks from 0 to at least `max` at a round step (1, 2 or 5 times a power of ten),
/// about six of them; counts never get a step under 1.
pub fn nice_ticks(max: f64, whole: bool) -> Vec<f64> {
    let step = nice_step(0.0, max.max(f64::EPSILON), whole);
    let last = (max / step - 1e-9).ceil().max(1.0) as i64;
    (0..=last).map(|k| k as f64 * step).collect()
}

/// A round step giving about six marks over `min..max`.
pub fn nice_step(min: f64, max: f64, whole: bool) -> f64 {
    let span = (max - min).max(f64::EPSILON);
    let rough = span / 6.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(power * 10.0);
    if whole { step.max(1.0) } else { step }
}

/// A pixmap drawn in points.
struct Canvas<'a> {
    pixmap: &'a mut Pixmap,
    scale: f32,
}

impl Canvas<'_> {
    fn fill(&mut self, colour: Rgba) {
        self.pixmap.fill(tiny_skia::Color::from_rgba8(
            colour[0], colour[1], colour[2], colour[3],
        ));
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Rgba) {
        // Edges on whole pixels: crisp bars, and bars that touch leave no blended seam.
        let s = self.scale;
        let (x0, y0) = ((x * s).round(), (y * s).round());
        let (x1, y1) = (((x + w) * s).round(), ((y + h) * s).round());
        let Some(rect) = Rect::from_ltrb(x0, y0, x1.max(x0 + 1.0), y1.max(y0 + 1.0)) else {
            return;
        };
        let mut paint = Paint::default();
        paint.set_color_rgba8(colour[0], colour[1], colour[2], colour[3]);
        paint.anti_alias = false;
        self.pixmap
            .fill_rect(rect, &paint, Transform::identity(), None);
    }

    /// Lays `coverage` of `colour` over the pixel at (x, y), in pixels.
    fn blend(&mut self, x: i64, y: i64, colour: Rgba, coverage: f32) {
        let (w, h) = (self.pixmap.width() as i64, self.pixmap.height() as i64);
        if x < 0 || y < 0 || x >= w || y >= h {
            return;
        }
        let alpha = coverage.clamp(0.0, 1.0) * f32::from(colour[3]) / 255.0;
        let index = ((y * w + x) * 4) as usize;
        let data = self.pixmap.data_mut();
        // Premultiplied source over premultiplied destination.
        for c in 0..3 {
            let dst = f32::from(data[index + c]);
            data[index + c] = (f32::from(colour[c]) * alpha + dst * (1.0 - alpha)).round() as u8;
        }
        let dst = f32::from(data[index + 3]);
        data[index + 3] = (255.0 * alpha + dst * (1.0 - alpha)).round() as u8;
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// Text in the bundled fonts, each character from the first font that has it.
struct Text<'f> {
    fonts: Vec<FontRef<'f>>,
    scale: f32,
}

impl Text<'_> {
    fn font_for(&self, c: char) -> &FontRef<'_> {
        self.fonts
            .iter()
            .find(|f| f.glyph_id(c).0 != 0)
            .unwrap_or(&self.fonts[0])
    }

    /// Width in points of `s` at `size` points.
    fn width(&self, s: &str, size: f32) -> f32 {
        s.chars()
            .map(|c| {
                let font = self.font_for(c);
                font.as_scaled(PxScale::from(size))
                    .h_advance(font.glyph_id(c))
            })
            .sum()
    }

    /// `s`, cut with an ellipsis to fit `max` points.
    fn fit(&self, s: &str, size: f32, max: f32) -> String {
        if self.width(s, size) <= max {
            return s.to_owned();
        }
        let mut out = String::new();
        for c in s.chars() {
            if self.width(&out, size) + self.width(&format!("{c}…"), size) > max {
                break;
            }
            out.push(c);
        }
        format!("{}…", out.trim_end())
    }

    /// Writes `s` with its baseline at `baseline`, anchored at `x` by `align`.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &self,
        canvas: &mut Canvas,
        s: &str,
        x: f32,
        baseline: f32,
        size: f32,
        colour: Rgba,
        align: Align,
    ) {
        let width = self.width(s, size);
        let mut pen = match align {
            Align::Left => x,
            Align::Centre => x - width / 2.0,
            Align::Right => x - width,
        } * self.scale;
        let px = PxScale::from(size * self.scale);
        let baseline = baseline * self.scale;
        for c in s.chars() {
            let font = self.font_for(c);
            let scaled = font.as_scaled(px);
            let glyph = font
                .glyph_id(c)
                .with_scale_and_position(px, ab_glyph::point(pen, baseline));
            pen += scaled.h_advance(glyph.id);
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                canvas.blend(
                    bounds.min.x as i64 + i64::from(gx),
                    bounds.min.y as i64 + i64::from(gy),
                    colour,
                    coverage,
                );
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
    const WHITE: Rgba = [255, 255, 255, 255];
    const BLUE: Rgba = [0, 99, 156, 255];
    const ORANGE: Rgba = [166, 95, 0, 255];

    fn chart(rows: usize) -> ChartImage {
        ChartImage {
            title: "Actors: reports A and B".into(),
            palette: Palette {
                background: WHITE,
                text: [20, 20, 20, 255],
                weak_text: [90, 90, 90, 255],
                grid: [225, 225, 225, 255],
            },
            width_points: 800.0,
            panels: vec![ChartPanel {
                title: "People and organisations".into(),
                legend: vec![("A: first".into(), BLUE), ("B: second".into(), ORANGE)],
                axis_label: "mentions".into(),
                whole: true,
                rows: (0..rows)
                    .map(|i| ChartImageRow {
                        label: format!("Entity number {i}"),
                        bars: vec![
                            ImageBar {
                                segments: vec![(50.0 - i as f64, BLUE)],
                                value_text: format!("{}", 50 - i),
                            },
                            ImageBar {
                                segments: vec![(10.0, ORANGE)],
                                value_text: "10".into(),
                            },
                        ],
                    })
                    .collect(),
            }],
        }
    }

    fn count(pixmap: &Pixmap, colour: Rgba) -> usize {
        pixmap
            .pixels()
            .iter()
            .filter(|p| [p.red(), p.green(), p.blue()] == colour[..3])
            .count()
    }

    #[test]
    fn every_row_is_drawn_at_the_asked_scale() {
        let small = render(&chart(10), &[FONT], 2.0).unwrap();
        let tall = render(&chart(40), &[FONT], 2.0).unwrap();
        assert_eq!(small.width(), 1600);
        // Thirty more rows of 24 points at two pixels a point.
        assert_eq!(tall.height() - small.height(), 30 * 24 * 2);
        // Bars of A shrink by one each row, B's stay at 10: A's colour covers more.
        assert!(count(&tall, BLUE) > count(&tall, ORANGE));
        assert!(count(&tall, ORANGE) > 40 * 100);
    }

    #[test]
    fn bars_are_as_long_as_their_values() {
        let mut one = chart(1);
        one.panels[0].rows[0].bars[0].segments = vec![(20.0, BLUE)];
        one.panels[0].rows[0].bars[1].segments = vec![(5.0, ORANGE)];
        let pixmap = render(&one, &[FONT], 2.0).unwrap();
        let ratio = longest_run(&pixmap, BLUE) as f64 / longest_run(&pixmap, ORANGE) as f64;
        assert!((ratio - 4.0).abs() < 0.05, "A/B length ratio {ratio}");
    }

    /// The longest horizontal run of `colour`, in pixels.
    fn longest_run(pixmap: &Pixmap, colour: Rgba) -> usize {
        let width = pixmap.width() as usize;
        pixmap
            .pixels()
            .chunks(width)
            .map(|row| {
                let (mut best, mut run) = (0, 0);
                for p in row {
                    run = if [p.red(), p.green(), p.blue()] == colour[..3] {
                        run + 1
                    } else {
                        0
                    };
                    best = usize::max(best, run);
                }
                best
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn names_and_titles_are_inked() {
        let pixmap = render(&chart(3), &[FONT], 2.0).unwrap();
        let inked = |x0: u32, x1: u32, y0: u32, y1: u32| {
            (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    pixmap
                        .pixel(x, y)
                        .is_some_and(|p| p.red() < 128 && p.green() < 128 && p.blue() < 128)
                })
                .count()
        };
        // The title across the top, the names in the left column.
        assert!(inked(0, 800, 0, 60) > 500);
        let h = pixmap.height();
        assert!(inked(0, 240, h - 150, h) > 500);
    }

    #[test]
    fn without_a_font_it_says_so() {
        assert!(matches!(
            render(&chart(1), &[b"not a font"], 2.0),
            Err(ChartImageError::NoFont)
        ));
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(
            nice_ticks(27.0, true),
            [0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0]
        );
        assert_eq!(nice_ticks(3.0, true), [0.0, 1.0, 2.0, 3.0]);
        assert_eq!(tick_text(0.4, false), "0.4");
        assert_eq!(tick_text(0.005, false), "0.005");
    }
}

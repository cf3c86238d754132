//! What the bar charts and the dispersion plot share: one labelled row per entity, top to
//! bottom, in a plot that stays put (no zoom or pan: the rows are the point).

use eframe::egui;
use egui_plot::{GridInput, GridMark, Plot};

/// A plot whose integer y positions are the rows `labels` (the first on top), with
/// `x_label` under the x axis.
pub fn row_plot<'a>(
    id: impl egui::AsIdSalt,
    labels: Vec<String>,
    height: f32,
    x_label: &str,
) -> Plot<'a> {
    let n = labels.len();
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(0.0)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .x_axis_label(x_label.to_owned())
        // On top, right under the title: when more rows than fit make the panel scroll, the
        // axis is still in view with the first (largest) rows.
        .x_axis_position(egui_plot::VPlacement::Top)
        .y_axis_min_width(150.0)
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .y_axis_formatter(move |mark: GridMark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 0.05 && k >= 0.0 && (k as usize) < n {
                labels[n - 1 - k as usize].clone()
            } else {
                String::new()
            }
        })
        // Coordinates mean nothing here: the charts show each row's exact values on hover
        // themselves (egui_plot's own hover is off when both of these are).
        .show_x(false)
        .show_y(false)
}

/// The height of a row plot of `rows` rows: the room left in view, so the whole plot and
/// its axis show without scrolling, unless that would squeeze a row under `min_row` points
/// (below about 20 the axis drops the rows' names); then as tall as the rows need, and the
/// panel scrolls.
pub fn fit_height(ui: &egui::Ui, rows: usize, min_row: f32) -> f32 {
    // Axis, its label and margins.
    const CHROME: f32 = 64.0;
    let room = ui.clip_rect().bottom() - ui.cursor().top() - 6.0;
    let needed = rows as f32 * min_row + CHROME;
    room.max(needed).max(120.0)
}

/// Count-axis marks at a round step (1, 2 or 5 times a power of ten) giving about six marks
/// over the visible range: egui_plot's own spacer often shows only "0" and "10". Counts
/// never get a step under 1.
pub fn count_marks(input: GridInput, whole: bool) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let step = crate::analysis::chart_image::nice_step(min, max, whole);
    // A hair of slack so that 1.2 / 0.2 = 5.999… still reaches its last mark.
    let first = (min / step - 1e-9).ceil() as i64;
    let last = (max / step + 1e-9).floor() as i64;
    (first..=last)
        .map(|k| GridMark {
            value: k as f64 * step,
            step_size: step,
        })
        .collect()
}

/// The row under a plot y coordinate, counted from the top, if any.
pub fn row_at(y: f64, rows: usize) -> Option<usize> {
    let k = y.round();
    (k >= 0.0 && (k as usize) < rows).then(|| rows - 1 - k as usize)
}

/// The plot y of a row counted from the top.
pub fn row_y(row: usize, rows: usize) -> f64 {
    (rows - 1 - row) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(min: f64, max: f64, whole: bool) -> Vec<f64> {
        count_marks(
            GridInput {
                bounds: (min, max),
                base_step_size: 0.1,
            },
            whole,
        )
        .into_iter()
        .map(|m| (m.value * 1e6).round() / 1e6)
        .collect()
    }

    #[test]
    fn count_axes_get_about_six_round_marks() {
        assert_eq!(marks(0.0, 27.0, true), [0.0, 5.0, 10.0, 15.0, 20.0, 25.0]);
        assert_eq!(marks(0.0, 3.0, true), [0.0, 1.0, 2.0, 3.0]);
        assert_eq!(marks(0.0, 1.2, false), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2]);
        assert_eq!(marks(0.0, 1_000_000.0, true).len(), 6);
    }
}

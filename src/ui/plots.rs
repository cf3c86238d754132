//! What the bar charts and the dispersion plot share: one labelled row per entity, top to
//! bottom, in a plot that stays put (no zoom or pan: the rows are the point).

use eframe::egui;
use egui_plot::{GridMark, Plot};

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
        // Hovering shows the bars' own labels, not coordinates.
        .show_x(false)
        .show_y(false)
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

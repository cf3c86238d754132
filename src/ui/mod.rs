//! Drawing: one file per panel. Everything here reads the app and returns [`Command`]s;
//! nothing here parses, counts or touches the disk.

mod corpus_table;
pub mod format;
mod menu;
mod notices;
mod reader;
mod shortcuts;
mod status_bar;
pub mod theme;
mod windows;

use eframe::egui;

use crate::app::{Command, ParallaxApp, Side};
use crate::corpus::Sort;

/// What the widgets remember between frames that is not the app's business.
#[derive(Default)]
pub struct ViewState {
    /// The corpus table's filter text.
    pub filter: String,
    /// The corpus table's sort.
    pub sort: Sort,
    /// Row order for the table, recomputed when the corpus, filter or sort change.
    pub order: Option<OrderCache>,
    /// Each reader picker's filter text.
    pub picker_filter: [String; 2],
    /// Whether the skipped-files window is open.
    pub show_skipped: bool,
    /// The "type a path" window, when open.
    pub path_prompt: Option<PathPrompt>,
}

/// The table's row order and what it was computed for.
pub struct OrderCache {
    /// Sort it was made with.
    pub sort: Sort,
    /// Filter it was made with.
    pub filter: String,
    /// Indices into the corpus's articles.
    pub rows: Vec<usize>,
}

impl ViewState {
    /// Forgets what depended on the previous corpus.
    pub fn corpus_changed(&mut self) {
        self.order = None;
        self.picker_filter = Default::default();
    }
}

/// The window for typing a path, shown on request or when no dialog is available.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathPrompt {
    /// What the user typed.
    pub text: String,
    /// Why the prompt is shown instead of a dialog, if that is why.
    pub reason: Option<String>,
}

/// Draws the whole window and returns what the user asked for.
pub fn app_ui(ui: &mut egui::Ui, app: &ParallaxApp, view: &mut ViewState) -> Vec<Command> {
    let mut commands = Vec::new();
    shortcuts::handle(ui.ctx(), app, &mut commands);

    egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, app, view, &mut commands));
    if !app.notices().is_empty() || app.load_status().is_some() {
        egui::Panel::top("notices")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(10, 6)),
            )
            .show(ui, |ui| notices::notices_ui(ui, app, &mut commands));
    }
    egui::Panel::bottom("status_bar")
        .show(ui, |ui| status_bar::status_bar_ui(ui, app, &mut commands));
    egui::Panel::left("corpus_panel")
        .resizable(true)
        .default_size(460.0)
        .size_range(260.0..=900.0)
        .show(ui, |ui| {
            corpus_table::corpus_panel_ui(ui, app, view, &mut commands)
        });
    egui::CentralPanel::default().show(ui, |ui| readers_ui(ui, app, view, &mut commands));

    windows::skipped_window(ui.ctx(), app, view, &mut commands);
    windows::path_prompt_window(ui.ctx(), view, &mut commands);
    windows::drop_overlay(ui.ctx());
    commands
}

fn readers_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    if app.corpus().articles.is_empty() {
        ui.centered_and_justified(|ui| {
            let text = if app.load_status().is_some() {
                "Loading articles…"
            } else {
                "No articles. Open a folder (Ctrl+O), open files, or drop them on this window."
            };
            ui.label(egui::RichText::new(text).size(16.0).weak());
        });
        return;
    }
    ui.horizontal(|ui| {
        if ui
            .button("Swap A ⇄ B")
            .on_hover_text("Swap readers (Ctrl+E)")
            .clicked()
        {
            commands.push(Command::SwapReaders);
        }
        ui.label(
            egui::RichText::new(
                "Pick an article in each reader, or use the A and B buttons in the table.",
            )
            .weak(),
        );
    });
    ui.separator();
    egui_extras::StripBuilder::new(ui)
        .size(egui_extras::Size::remainder())
        .size(egui_extras::Size::exact(17.0))
        .size(egui_extras::Size::remainder())
        .horizontal(|mut strip| {
            strip.cell(|ui| reader::reader_ui(ui, Side::A, app, view, commands));
            strip.cell(|ui| {
                ui.vertical_centered(|ui| {
                    ui.add(egui::Separator::default().vertical());
                });
            });
            strip.cell(|ui| reader::reader_ui(ui, Side::B, app, view, commands));
        });
}

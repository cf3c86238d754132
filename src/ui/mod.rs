//! Drawing: one file per panel. Everything here reads the app and returns [`Command`]s;
//! nothing here parses, counts or touches the disk.

mod chart_export;
mod charts;
mod concordance;
mod corpus_table;
mod differences;
mod dispersion;
mod distinctive;
mod entities;
pub mod format;
pub mod highlight;
mod menu;
mod notices;
mod plots;
mod quotes_numbers;
mod reader;
mod shortcuts;
mod status_bar;
pub mod theme;
mod windows;

use eframe::egui;

use crate::analysis::{ChartSort, ConcordanceLine, ConcordanceSort, EntityColumn, EntityType};
use crate::app::{Command, ParallaxApp, Side};
use crate::corpus::Sort;

/// What the widgets remember between frames that is not the app's business.
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
    /// The analysis tab shown under the readers.
    pub tab: Tab,
    /// Which entity types the readers highlight (country, person, org, place).
    pub highlight_types: [bool; 4],
    /// Whether discovered names are highlighted.
    pub highlight_discovered: bool,
    /// Compare mode: the readers tint each sentence as shared or only in their report.
    pub compare_mode: bool,
    /// The distinctive word clicked last and how many of its uses were shown.
    pub keyword_clicks: (String, usize),
    /// The charts' settings.
    pub chart: ChartOptions,
    /// The concordance's settings and lines.
    pub concordance: ConcordanceView,
    /// The entity table's filter and sort.
    pub entities: EntityTableView,
    /// Each reader's laid-out text with highlights, rebuilt when something it shows changes.
    pub reader_layout: [Option<highlight::ReaderLayout>; 2],
    /// A mention each reader should scroll to and flash.
    pub jump: [Option<Jump>; 2],
    /// Where each chart's bars were drawn last frame: (chart id, entity, centre).
    pub bar_positions: Vec<(&'static str, u32, egui::Pos2)>,
    /// The chart's area last frame, for PNG export.
    pub chart_rect: Option<egui::Rect>,
    /// The rename/merge/confirm window of the entity table, when open.
    pub lexicon_dialog: Option<entities::LexiconDialog>,
    /// The window correcting an article's title, outlet and date, when open.
    pub metadata_dialog: Option<corpus_table::MetadataDialog>,
    /// Chart rows, kept until what they depend on changes.
    pub chart_cache: charts::ChartCache,
    /// The charts drawn last frame, each with an export button.
    pub chart_exports: Vec<&'static str>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            filter: String::new(),
            sort: Sort::default(),
            order: None,
            picker_filter: Default::default(),
            show_skipped: false,
            path_prompt: None,
            tab: Tab::default(),
            highlight_types: [true; 4],
            highlight_discovered: true,
            compare_mode: false,
            keyword_clicks: (String::new(), 0),
            chart: ChartOptions::default(),
            concordance: ConcordanceView::default(),
            entities: EntityTableView::default(),
            reader_layout: [None, None],
            jump: [None, None],
            bar_positions: Vec::new(),
            chart_rect: None,
            lexicon_dialog: None,
            metadata_dialog: None,
            chart_cache: charts::ChartCache::default(),
            chart_exports: Vec::new(),
        }
    }
}

/// The analysis tabs under the readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// People and organisations.
    #[default]
    Actors,
    /// Countries, with places beside them.
    Countries,
    /// Where entities are mentioned along each article.
    Dispersion,
    /// Every mention of the selected entity in context.
    Concordance,
    /// Every entity of the corpus.
    Entities,
    /// What the two reports both say and what only one says.
    Differences,
    /// Who is quoted in each report, by speaker.
    Quotes,
    /// The numbers of the two reports, disagreements first.
    Numbers,
    /// The words that set the two reports apart.
    Distinctive,
}

impl Tab {
    /// All tabs, in order.
    pub const ALL: [Tab; 9] = [
        Tab::Actors,
        Tab::Countries,
        Tab::Dispersion,
        Tab::Concordance,
        Tab::Entities,
        Tab::Differences,
        Tab::Quotes,
        Tab::Numbers,
        Tab::Distinctive,
    ];

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            Tab::Actors => "Actors",
            Tab::Countries => "Countries and places",
            Tab::Dispersion => "Dispersion",
            Tab::Concordance => "Concordance",
            Tab::Entities => "Entities",
            Tab::Differences => "Differences",
            Tab::Quotes => "Quotes",
            Tab::Numbers => "Numbers",
            Tab::Distinctive => "Distinctive words",
        }
    }
}

/// The charts' settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartOptions {
    /// Whole corpus instead of reports A and B.
    pub corpus_mode: bool,
    /// In corpus mode, stack each bar by article.
    pub stacked: bool,
    /// How many entities.
    pub top_n: usize,
    /// Their order.
    pub sort: ChartSort,
    /// Mentions per 1,000 words instead of counts.
    pub per_1000_words: bool,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            corpus_mode: false,
            stacked: false,
            top_n: 10,
            sort: ChartSort::Total,
            per_1000_words: false,
        }
    }
}

/// Which articles the concordance covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConcordanceScope {
    /// Reports A and B.
    #[default]
    Readers,
    /// Report A.
    A,
    /// Report B.
    B,
    /// Every article.
    Corpus,
}

/// The concordance's settings and its lines for them.
#[derive(Debug, Clone, Default)]
pub struct ConcordanceView {
    /// Which articles.
    pub scope: ConcordanceScope,
    /// Line order.
    pub sort: ConcordanceSort,
    /// The lines, with what they were computed for.
    pub lines: Option<(ConcordanceKey, Vec<ConcordanceLine>)>,
}

/// What a set of concordance lines was computed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConcordanceKey {
    /// The entity.
    pub entity: u32,
    /// The articles.
    pub scope: ConcordanceScope,
    /// The order.
    pub sort: ConcordanceSort,
    /// The readers' articles then.
    pub readers: [Option<usize>; 2],
}

/// The entity table's settings, and its row order for them.
#[derive(Debug, Clone, Default)]
pub struct EntityTableView {
    /// Words to find in the name.
    pub filter: String,
    /// Only this type.
    pub etype: Option<EntityType>,
    /// The sort column (most mentioned first, as the table opens).
    pub sort: EntityColumn,
    /// The column's natural order reversed.
    pub reversed: bool,
    /// Indices into the analysis's entity stats, with what they were computed for.
    pub order: Option<(EntityOrderKey, Vec<usize>)>,
}

/// What an entity-table order was computed for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityOrderKey {
    /// The analysis, by its generation.
    pub analysis: u64,
    /// The filter.
    pub filter: String,
    /// The type shown.
    pub etype: Option<EntityType>,
    /// The sort column.
    pub sort: EntityColumn,
    /// Reversed.
    pub reversed: bool,
}

/// A mention a reader should bring into view and flash.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Jump {
    /// The mention's first byte.
    pub start: u32,
    /// When the jump was asked for (egui time), for the flash.
    pub at: f64,
    /// Whether the reader has scrolled there yet.
    pub scrolled: bool,
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
        self.analysis_changed();
    }

    /// Forgets what depended on the previous counts.
    pub fn analysis_changed(&mut self) {
        self.reader_layout = [None, None];
        self.chart_cache = Default::default();
        self.concordance.lines = None;
        self.entities.order = None;
        self.jump = [None, None];
    }

    /// Asks a reader to scroll to a mention and flash it.
    pub fn jump_to(&mut self, side: Side, start: u32, now: f64) {
        self.jump[side.index()] = Some(Jump {
            start,
            at: now,
            scrolled: false,
        });
    }
}

/// The window for typing a path, shown on request or when no dialog is available.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathPrompt {
    /// What the user typed.
    pub text: String,
    /// Why the prompt is shown instead of a dialog, if that is why.
    pub reason: Option<String>,
    /// Whether the field has been given the keyboard focus once (on opening).
    pub focused: bool,
}

/// A dialog's text field: takes the keyboard until it has it (a window is sized in its
/// first frame, unseen, and that frame drops focus requests), and says whether Enter was
/// pressed in it.
pub(crate) fn dialog_field(ui: &egui::Ui, field: &egui::Response, focused: &mut bool) -> bool {
    if !*focused {
        field.request_focus();
        *focused = field.has_focus();
    }
    field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// Draws the whole window and returns what the user asked for.
pub fn app_ui(ui: &mut egui::Ui, app: &ParallaxApp, view: &mut ViewState) -> Vec<Command> {
    let mut commands = Vec::new();
    shortcuts::handle(ui.ctx(), app, &mut commands);

    egui::Panel::top("menu_bar").show(ui, |ui| menu::menu_bar_ui(ui, app, view, &mut commands));
    if !app.notices().is_empty() || app.load_status().is_some() {
        // Floating under the menu bar: a notice or a load never moves the layout under it.
        let width = (ui.ctx().content_rect().width() - 48.0).clamp(300.0, 820.0);
        egui::Area::new(egui::Id::unique("notices"))
            .anchor(egui::Align2::CENTER_TOP, [0.0, 34.0])
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(egui::Margin::symmetric(12, 8))
                    .show(ui, |ui| {
                        ui.set_width(width);
                        notices::notices_ui(ui, app, &mut commands);
                    });
            });
    }
    egui::Panel::bottom("status_bar")
        .show(ui, |ui| status_bar::status_bar_ui(ui, app, &mut commands));
    egui::Panel::left("corpus_panel")
        .resizable(true)
        .default_size(380.0)
        .size_range(260.0..=900.0)
        .show(ui, |ui| {
            corpus_table::corpus_panel_ui(ui, app, view, &mut commands)
        });
    egui::CentralPanel::default().show(ui, |ui| readers_ui(ui, app, view, &mut commands));

    windows::skipped_window(ui.ctx(), app, view, &mut commands);
    windows::path_prompt_window(ui.ctx(), view, &mut commands);
    corpus_table::metadata_window(ui.ctx(), view, &mut commands);
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
    egui::Panel::top("reader_toolbar").show(ui, |ui| toolbar_ui(ui, app, view, commands));
    egui::Panel::bottom("analysis_panel")
        .resizable(true)
        // Nearly half the height at first, room for ten bars at 1280×800; the user drags it
        // from there and the choice is kept.
        .default_size((ui.available_height() * 0.46).clamp(220.0, 520.0))
        .size_range(160.0..=720.0)
        .show(ui, |ui| {
            analysis_ui(ui, app, view, commands);
            // Take the whole panel whatever the tab drew: a panel sizes itself to its content,
            // so a short tab (an empty concordance) made it shrink and the readers jump.
            let rest = ui.available_size();
            if rest.y > 0.0 {
                ui.allocate_space(rest);
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
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
    });
}

/// Swap, and the legend whose entries toggle each type's highlight.
fn toolbar_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    if ui.input_mut(|i| i.consume_shortcut(&shortcuts::COMPARE)) {
        view.compare_mode = !view.compare_mode;
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Swap A ⇄ B")
            .on_hover_text("Swap readers (Ctrl+E)")
            .clicked()
        {
            commands.push(Command::SwapReaders);
        }
        toggle_ui(
            ui,
            &mut view.compare_mode,
            "Compare",
            "Tint each sentence: yellow when the other report says it too, grey when only this one does (Ctrl+D)",
        );
        if view.compare_mode {
            differences::summary_ui(ui, app);
        }
        ui.separator();
        ui.label(egui::RichText::new("Highlight:").weak());
        let dark = ui.visuals().dark_mode;
        for (i, (etype, name)) in [
            (EntityType::Country, "Countries"),
            (EntityType::Person, "People"),
            (EntityType::Org, "Organisations"),
            (EntityType::Place, "Places"),
        ]
        .into_iter()
        .enumerate()
        {
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            let fill = if view.highlight_types[i] {
                theme::type_colour(etype)
            } else {
                theme::mention_background(etype, dark, true)
            };
            ui.painter().rect_filled(swatch, 2.0, fill);
            if ui
                .selectable_label(view.highlight_types[i], name)
                .on_hover_text(format!(
                    "Show or hide the highlights of {}",
                    name.to_lowercase()
                ))
                .clicked()
            {
                view.highlight_types[i] = !view.highlight_types[i];
            }
        }
        let (swatch, _) = ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
        ui.painter().hline(
            swatch.x_range(),
            swatch.bottom() - 1.0,
            egui::Stroke::new(1.5, ui.visuals().text_color()),
        );
        toggle_ui(
            ui,
            &mut view.highlight_discovered,
            "Discovered names",
            "Names Parallax found in the text rather than in its lexicon, underlined",
        );
    });
}

/// A label that turns `on` on and off when clicked.
fn toggle_ui(ui: &mut egui::Ui, on: &mut bool, label: &str, hover: &str) {
    if ui
        .selectable_label(*on, label)
        .on_hover_text(hover)
        .clicked()
    {
        *on = !*on;
    }
}

/// The tabs under the readers: charts, dispersion, concordance and entities.
fn analysis_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &mut ViewState,
    commands: &mut Vec<Command>,
) {
    ui.add_space(4.0);
    // Wrapped: on a narrow window the tabs take two rows rather than run off its edge.
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            ui.selectable_value(&mut view.tab, tab, tab.label());
        }
        if app.analysing() {
            ui.add_space(12.0);
            ui.spinner();
            ui.label(egui::RichText::new("Counting mentions…").weak());
        }
    });
    ui.separator();
    let Some(analysis) = app.analysis() else {
        ui.centered_and_justified(|ui| {
            ui.label(egui::RichText::new("Counting mentions…").weak());
        });
        return;
    };
    match view.tab {
        Tab::Actors | Tab::Countries => {
            let chart = if view.tab == Tab::Actors {
                charts::Chart::Actors
            } else {
                charts::Chart::Countries
            };
            egui::ScrollArea::vertical()
                .id_salt("chart_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    charts::charts_ui(ui, app, analysis, view, commands, chart)
                });
        }
        // The panel keeps the height the user gave it on every tab: what does not fit
        // scrolls inside it.
        Tab::Dispersion => {
            egui::ScrollArea::vertical()
                .id_salt("dispersion_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    dispersion::dispersion_ui(ui, app, analysis, commands)
                });
        }
        Tab::Concordance => concordance::concordance_ui(ui, app, analysis, view, commands),
        Tab::Entities => entities::entities_ui(ui, app, analysis, view, commands),
        Tab::Differences => differences::differences_ui(ui, app, view, commands),
        Tab::Quotes => quotes_numbers::quotes_ui(ui, app, commands),
        Tab::Numbers => quotes_numbers::numbers_ui(ui, app, commands),
        Tab::Distinctive => {
            egui::ScrollArea::vertical()
                .id_salt("distinctive_scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    distinctive::distinctive_ui(ui, app, view, commands)
                });
        }
    }
}

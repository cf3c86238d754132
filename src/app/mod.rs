//! The eframe application: state, commands, background jobs and persistence.
//!
//! The UI ([`crate::ui`]) draws from [`ParallaxApp`] and returns [`Command`]s; this module
//! applies them, usually by starting a background job whose result arrives in a later frame.

mod analysis_job;
mod command;
mod compare_job;
mod concordance_job;
mod dialog;
pub mod fonts;
mod job;
mod loading;
mod mentions;
mod settings;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;

pub use analysis_job::Analysis;
pub use command::{Command, Export, LexiconEdit, Side};
pub use compare_job::PairComparison;
pub use concordance_job::{CONTEXT_CHARS, ConcordanceRequest};
pub use dialog::{DialogAwareLogger, DialogKind, DialogOutcome, FileDialog, SystemDialog};
pub use settings::{
    FileCheck, Settings, ThemeChoice, check_file as check_settings_file,
    parse_file as parse_settings_file,
};

use crate::analysis::{Lexicon, UserLexicon, default_user_lexicon_path};
use crate::corpus::{
    Article, Corpus, Corrections, LoadOptions, ProgressSnapshot, Skipped, corrections_beside,
};
use crate::ui;
use crate::ui::ConcordanceKey;
use analysis_job::AnalysisJob;
use dialog::PendingDialog;
use loading::LoadJob;

/// The reader-choice key of the built-in seed articles.
const SEEDS_KEY: &str = "seeds";

/// How the app starts: what to open and which dialog to use.
pub struct Startup {
    /// Files and folders to load; empty means the built-in seed articles.
    pub paths: Vec<PathBuf>,
    /// The file dialog (the system one, or a stand-in in tests).
    pub dialog: Arc<dyn FileDialog>,
    /// Where the user lexicon lives (read at start, written by the entity table's actions);
    /// `None` keeps the user's edits for this run only.
    pub user_lexicon: Option<PathBuf>,
    /// What the check of the settings file before start found wrong with it, if anything.
    pub settings_notice: Option<String>,
}

impl Default for Startup {
    fn default() -> Self {
        Startup {
            paths: Vec::new(),
            dialog: Arc::new(SystemDialog),
            user_lexicon: default_user_lexicon_path(),
            settings_notice: None,
        }
    }
}

/// What a file dialog was opened for.
enum DialogPurpose {
    /// Open articles.
    Open,
    /// Save an export.
    Export(Export),
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Something finished or changed.
    Info,
    /// Something went partly wrong.
    Warning,
    /// Something failed.
    Error,
}

/// A message shown under the menu bar until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How serious it is.
    pub level: NoticeLevel,
    /// What to tell the user.
    pub text: String,
}

/// A load in progress, as the UI shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadStatus {
    /// What is being opened, for the label.
    pub what: String,
    /// The counts so far.
    pub progress: ProgressSnapshot,
    /// Seconds since it started.
    pub elapsed_secs: f32,
}

/// A corpus table order under way: for which sort and filter, of which corpus.
type OrderJob = (
    crate::corpus::Sort,
    String,
    Arc<crate::corpus::Corpus>,
    job::Job<Vec<usize>>,
);

/// Parallax's window.
pub struct ParallaxApp {
    settings: Settings,
    corpus: Arc<Corpus>,
    skipped: Vec<Skipped>,
    lexicon: Arc<Lexicon>,
    user_lexicon: UserLexicon,
    user_lexicon_path: Option<PathBuf>,
    /// The user lexicon before each edit of this session, for Undo.
    lexicon_undo: Vec<UserLexicon>,
    /// The user's corrections of titles, outlets and dates, and where they are kept.
    corrections: Corrections,
    corrections_path: Option<PathBuf>,
    analysis: Option<Analysis>,
    analysis_job: Option<AnalysisJob>,
    /// The concordance being built, if any.
    concordance_job: Option<concordance_job::ConcordanceJob>,
    /// The readers' articles compared, and other pairs compared before.
    comparisons: compare_job::Comparisons,
    /// The corpus table's order being computed: for which sort and filter, and of which
    /// corpus (a new corpus makes it moot).
    order_job: Option<OrderJob>,
    selected: Option<u32>,
    exports: std::sync::mpsc::Sender<Result<PathBuf, String>>,
    export_results: std::sync::mpsc::Receiver<Result<PathBuf, String>>,
    readers: [Option<usize>; 2],
    load: Option<LoadJob>,
    load_options: LoadOptions,
    last_load_secs: Option<f32>,
    dialog: Arc<dyn FileDialog>,
    pending_dialog: Option<(PendingDialog, DialogPurpose)>,
    notices: Vec<Notice>,
    /// What the corpus shown was opened from, as [`settings::corpus_key`] makes it.
    corpus_key: String,
    view: ui::ViewState,
    window_title: String,
    ctx: egui::Context,
}

impl ParallaxApp {
    /// Builds the app: fonts, style, remembered settings, then the seeds or `startup.paths`.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        fonts::install(&cc.egui_ctx);
        ui::theme::apply_style(&cc.egui_ctx);
        let (settings, restore_notice) = settings::restore(cc.storage);
        // The file check already said why when it set the damaged file aside.
        let notice = startup.settings_notice.or(restore_notice);
        let mut lexicon_notice = None;
        let user_lexicon = match startup.user_lexicon.as_deref().map(UserLexicon::load) {
            Some(Ok(user)) => user,
            Some(Err(err)) => {
                lexicon_notice = Some(format!("The user lexicon was not used: {err}"));
                UserLexicon::default()
            }
            None => UserLexicon::default(),
        };
        let lexicon = match Lexicon::with_user(user_lexicon.clone()) {
            Ok(lexicon) => lexicon,
            Err(err) => {
                lexicon_notice = Some(format!("The user lexicon was not used: {err}"));
                // The shipped lexicon is built into the binary and covered by tests.
                Lexicon::shipped().unwrap_or_else(|e| unreachable!("shipped lexicon: {e}"))
            }
        };
        let corrections_path = startup.user_lexicon.as_deref().map(corrections_beside);
        let (corrections, corrections_notice) =
            match corrections_path.as_deref().map(Corrections::load) {
                Some(Ok(c)) => (c, None),
                Some(Err(err)) => (
                    Corrections::default(),
                    Some(format!(
                        "Your corrections of titles and dates were not used: {err}"
                    )),
                ),
                None => (Corrections::default(), None),
            };
        let (exports, export_results) = std::sync::mpsc::channel();
        let mut app = ParallaxApp {
            settings,
            corpus: Arc::new(Corpus::default()),
            skipped: Vec::new(),
            lexicon: Arc::new(lexicon),
            user_lexicon,
            user_lexicon_path: startup.user_lexicon,
            lexicon_undo: Vec::new(),
            corrections,
            corrections_path,
            analysis: None,
            analysis_job: None,
            concordance_job: None,
            comparisons: compare_job::Comparisons::default(),
            order_job: None,
            selected: None,
            exports,
            export_results,
            readers: [None, None],
            load: None,
            load_options: LoadOptions::default(),
            last_load_secs: None,
            dialog: startup.dialog,
            pending_dialog: None,
            notices: Vec::new(),
            corpus_key: String::new(),
            view: ui::ViewState::default(),
            window_title: String::new(),
            ctx: cc.egui_ctx.clone(),
        };
        app.apply_theme();
        let lexicon_warnings = app.user_lexicon.warnings();
        for text in [notice, lexicon_notice, corrections_notice]
            .into_iter()
            .flatten()
            .chain(lexicon_warnings)
        {
            app.notify(NoticeLevel::Warning, text);
        }
        if startup.paths.is_empty() {
            app.set_corpus(Corpus::seeds(), Vec::new(), SEEDS_KEY.to_owned());
        } else {
            app.open(startup.paths);
        }
        app
    }

    /// What the window shows beyond the model (tab, chart bars, jumps), as of the last frame.
    pub fn view(&self) -> &ui::ViewState {
        &self.view
    }

    /// The articles loaded now.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// Whether a lexicon edit of this session can be taken back.
    pub fn can_undo_lexicon_edit(&self) -> bool {
        !self.lexicon_undo.is_empty()
    }

    /// Files and records left out of the last load.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Index of the article a reader shows.
    pub fn reader(&self, side: Side) -> Option<usize> {
        self.readers[side.index()]
    }

    /// The article a reader shows.
    pub fn reader_article(&self, side: Side) -> Option<&Article> {
        self.reader(side).and_then(|i| self.corpus.articles.get(i))
    }

    /// Notices not yet dismissed.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The load under way, if any.
    pub fn load_status(&self) -> Option<LoadStatus> {
        self.load.as_ref().map(|job| LoadStatus {
            what: describe_paths(&job.paths),
            progress: job.progress.snapshot(),
            elapsed_secs: job.started.elapsed().as_secs_f32(),
        })
    }

    /// Seconds the last completed load took.
    pub fn last_load_secs(&self) -> Option<f32> {
        self.last_load_secs
    }

    /// Whether a file dialog is open.
    pub fn dialog_open(&self) -> bool {
        self.pending_dialog.is_some()
    }

    /// The window title for the corpus shown: `Parallax — <name> · <N> articles`, or what
    /// is being opened while nothing is shown yet.
    pub fn window_title(&self) -> String {
        if self.corpus.articles.is_empty()
            && let Some(job) = &self.load
        {
            return format!("Parallax — opening {}…", describe_paths(&job.paths));
        }
        let n = self.corpus.articles.len();
        let noun = if n == 1 { "article" } else { "articles" };
        format!(
            "Parallax — {} · {} {noun}",
            self.corpus.name,
            ui::format::thousands(n)
        )
    }

    /// Applies one command; the UI gathers them during a frame and they run after it.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::PickFolder => self.start_dialog(DialogKind::Folder, DialogPurpose::Open),
            Command::PickFiles => self.start_dialog(DialogKind::Files, DialogPurpose::Open),
            Command::Open(paths) => self.open(paths),
            Command::OpenSeeds => {
                self.cancel_load();
                self.set_corpus(Corpus::seeds(), Vec::new(), SEEDS_KEY.to_owned());
            }
            Command::CancelLoad => self.cancel_load(),
            Command::ShowArticle(side, index) => {
                if index < self.corpus.articles.len() {
                    self.readers[side.index()] = Some(index);
                    self.remember_readers();
                }
            }
            Command::SwapReaders => {
                self.readers.swap(0, 1);
                self.remember_readers();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.apply_theme();
            }
            Command::ShowSkipped(show) => self.view.show_skipped = show,
            Command::ShowPathPrompt(show) => {
                self.view.path_prompt = show.then(ui::PathPrompt::default);
            }
            Command::ClearRecent => self.settings.recent.clear(),
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::SelectEntity(entity) => self.selected = entity,
            Command::ShowMention { doc, start } => self.show_mention(doc, start),
            Command::ShowMentionIn { side, doc, start } => {
                if doc < self.corpus.articles.len() {
                    self.readers[side.index()] = Some(doc);
                    self.remember_readers();
                    self.view.jump_to(side, start, self.ctx.input(|i| i.time));
                }
            }
            Command::Export(export) => {
                let file_name = match &export {
                    Export::Csv { file_name, .. } | Export::Png { file_name, .. } => {
                        file_name.clone()
                    }
                };
                self.start_dialog(
                    DialogKind::Save { file_name },
                    DialogPurpose::Export(export),
                );
            }
            Command::EditLexicon(edit) => self.edit_lexicon(edit),
            Command::BuildConcordance(request) => self.build_concordance(request),
            Command::CancelConcordance => self.concordance_job = None,
            Command::OrderTable { sort, filter } => self.order_table(sort, filter),
            Command::CorrectArticle {
                index,
                title,
                outlet,
                date,
            } => self.correct_article(index, &title, &outlet, &date),
        }
    }

    fn build_concordance(&mut self, request: ConcordanceRequest) {
        if self
            .concordance_job
            .as_ref()
            .is_some_and(|j| j.key == request.key)
        {
            return;
        }
        let Some(analysis) = &self.analysis else {
            return;
        };
        let mentions = Arc::clone(&analysis.mentions);
        match concordance_job::ConcordanceJob::start(
            request,
            Arc::clone(&self.corpus),
            mentions,
            self.ctx.clone(),
        ) {
            Ok(job) => self.concordance_job = Some(job),
            Err(err) => self.notify(
                NoticeLevel::Error,
                format!("Could not start the concordance: {err}"),
            ),
        }
    }

    fn order_table(&mut self, sort: crate::corpus::Sort, filter: String) {
        let corpus = Arc::clone(&self.corpus);
        // The corpus itself, not its address: held here, it cannot be freed and another
        // allocated in its place.
        let corpus_id = Arc::clone(&corpus);
        let wanted = filter.clone();
        match job::Job::spawn("table-order", self.ctx.clone(), move || {
            crate::corpus::article_order(&corpus.articles, sort, &wanted)
        }) {
            // A newer request replaces an older one, whose result is then dropped.
            Ok(job) => self.order_job = Some((sort, filter, corpus_id, job)),
            Err(err) => self.notify(NoticeLevel::Error, format!("Could not sort: {err}")),
        }
    }

    /// The corpus table order being computed, if one is.
    pub fn table_order_pending(&self) -> Option<(crate::corpus::Sort, &str)> {
        self.order_job
            .as_ref()
            .map(|(sort, filter, _, _)| (*sort, filter.as_str()))
    }

    fn drain_table_order(&mut self) {
        let Some((_, _, corpus_id, job)) = &self.order_job else {
            return;
        };
        let Some(result) = job.poll() else {
            return;
        };
        let same_corpus = Arc::ptr_eq(corpus_id, &self.corpus);
        if let (Some((sort, filter, _, _)), Ok(rows)) = (self.order_job.take(), result)
            && same_corpus
        {
            self.view.order = Some(ui::OrderCache { sort, filter, rows });
        }
    }

    /// The concordance being built, if one is.
    pub fn concordance_pending(&self) -> Option<ConcordanceKey> {
        self.concordance_job.as_ref().map(|j| j.key)
    }

    /// Takes a finished concordance into the view; drops lines and work no view shows, so
    /// a million lines do not stay in memory once the tab is left.
    fn drain_concordance(&mut self) {
        if self.view.tab != ui::Tab::Concordance {
            self.concordance_job = None;
            if self.view.concordance.lines.take().is_some() {
                give_back_freed_memory();
            }
            return;
        }
        let Some(job) = &self.concordance_job else {
            return;
        };
        let Some(result) = job.try_finish() else {
            return;
        };
        let key = job.key;
        self.concordance_job = None;
        if let Some(lines) = result {
            self.view.concordance.lines = Some((key, lines));
        }
    }

    fn correct_article(&mut self, index: usize, title: &str, outlet: &str, date: &str) {
        // Copies the corpus only if a background job still holds it; corrections are rare.
        let corpus = Arc::make_mut(&mut self.corpus);
        let Some(article) = corpus.articles.get_mut(index) else {
            return;
        };
        if let Err(bad) = self.corrections.correct(article, title, outlet, date) {
            self.notify(NoticeLevel::Error, bad.to_string());
            return;
        }
        let name = article.title.clone();
        self.view.order = None;
        self.view.metadata_dialog = None;
        match &self.corrections_path {
            Some(path) => match self.corrections.save(path) {
                Ok(()) => self.notify(
                    NoticeLevel::Info,
                    format!("Corrected “{name}”; kept in {}", path.display()),
                ),
                Err(err) => self.notify(
                    NoticeLevel::Error,
                    format!("The correction could not be saved: {err}"),
                ),
            },
            None => self.notify(
                NoticeLevel::Info,
                format!("Corrected “{name}” for this session"),
            ),
        }
    }

    fn notify(&mut self, level: NoticeLevel, text: impl Into<String>) {
        let text = text.into();
        // Keep the strip short: the newest few, no repeats.
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice { level, text });
        if self.notices.len() > 4 {
            self.notices.remove(0);
        }
    }

    fn apply_theme(&self) {
        self.ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }

    fn start_dialog(&mut self, kind: DialogKind, purpose: DialogPurpose) {
        if self.pending_dialog.is_some() {
            return;
        }
        // Start beside the last folder opened, so its siblings are one click away; else at
        // home. Portals that do not support a start folder open where they like.
        let start = self
            .settings
            .recent
            .first()
            .and_then(|p| p.parent())
            .filter(|p| p.is_dir())
            .map(PathBuf::from)
            .or_else(std::env::home_dir);
        let ctx = self.ctx.clone();
        match PendingDialog::start(Arc::clone(&self.dialog), kind, start, ctx) {
            Ok(pending) => self.pending_dialog = Some((pending, purpose)),
            Err(err) => {
                self.dialog_unavailable(format!("The file dialog could not be started: {err}"))
            }
        }
    }

    fn dialog_unavailable(&mut self, why: String) {
        self.view.path_prompt = Some(ui::PathPrompt {
            reason: Some(why),
            ..ui::PathPrompt::default()
        });
    }

    fn open(&mut self, paths: Vec<PathBuf>) {
        let (present, missing): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| p.exists());
        for path in &missing {
            self.notify(
                NoticeLevel::Error,
                format!("No such file or folder: {}", path.display()),
            );
        }
        if present.is_empty() {
            return;
        }
        self.cancel_load();
        self.view.path_prompt = None;
        let ctx = self.ctx.clone();
        match LoadJob::start(present, self.load_options, ctx) {
            Ok(job) => self.load = Some(job),
            Err(err) => self.notify(
                NoticeLevel::Error,
                format!("Could not start loading: {err}"),
            ),
        }
    }

    fn cancel_load(&mut self) {
        if let Some(job) = &self.load {
            job.progress.cancel();
        }
    }

    /// Shows `corpus`, opened from what `key` names ([`settings::corpus_key`]), with the
    /// readers last chosen in it, however it was opened (command line, recent, dialog).
    fn set_corpus(&mut self, mut corpus: Corpus, skipped: Vec<Skipped>, key: String) {
        self.corrections.apply(&mut corpus);
        let corpus = Arc::new(corpus);
        let find = |display: &Option<String>| {
            display
                .as_ref()
                .and_then(|d| corpus.articles.iter().position(|a| &a.origin.display == d))
        };
        let remembered = self
            .settings
            .reader_choice(&key)
            .map_or([None, None], |[a, b]| [find(a), find(b)]);
        self.corpus_key = key;
        let n = corpus.articles.len();
        self.readers = [
            remembered[0].or((n > 0).then_some(0)),
            remembered[1]
                .or((n > 1).then_some(1))
                .or((n > 0).then_some(0)),
        ];
        self.corpus = corpus;
        self.forget_comparisons();
        self.skipped = skipped;
        self.selected = None;
        self.analysis = None;
        self.start_analysis(None);
        self.view.corpus_changed();
        self.remember_readers();
    }

    fn remember_readers(&mut self) {
        let readers = self.readers.map(|r| {
            r.and_then(|i| self.corpus.articles.get(i))
                .map(|a| a.origin.display.clone())
        });
        self.settings.remember_readers(&self.corpus_key, readers);
    }

    /// Takes the results of background jobs that finished since the last frame.
    fn drain_jobs(&mut self) {
        if let Some(outcome) = self.pending_dialog.as_ref().and_then(|(p, _)| p.try_take())
            && let Some((_, purpose)) = self.pending_dialog.take()
        {
            match (outcome, purpose) {
                (DialogOutcome::Picked(paths), DialogPurpose::Open) => self.open(paths),
                (DialogOutcome::Picked(paths), DialogPurpose::Export(export)) => {
                    if let Some(path) = paths.into_iter().next() {
                        self.write_export(export, path);
                    }
                }
                (DialogOutcome::Cancelled, _) => {}
                (DialogOutcome::Unavailable(why), DialogPurpose::Open) => {
                    self.dialog_unavailable(why)
                }
                (DialogOutcome::Unavailable(why), DialogPurpose::Export(_)) => {
                    self.notify(NoticeLevel::Error, why)
                }
            }
        }
        self.drain_analysis();
        let Some(outcome) = self.load.as_ref().and_then(LoadJob::try_finish) else {
            return;
        };
        let Some(job) = self.load.take() else { return };
        for skip in &outcome.skipped {
            eprintln!("parallax: skipped {skip}");
        }
        if outcome.cancelled {
            self.notify(
                NoticeLevel::Info,
                format!("Loading {} was cancelled.", describe_paths(&job.paths)),
            );
            return;
        }
        let skipped = outcome.skipped.len();
        if outcome.corpus.articles.is_empty() {
            self.notify(
                NoticeLevel::Error,
                format!(
                    "No articles could be read from {}.",
                    describe_paths(&job.paths)
                ),
            );
        } else if skipped > 0 {
            let files = if skipped == 1 {
                "file was"
            } else {
                "files were"
            };
            self.notify(
                NoticeLevel::Warning,
                format!("{skipped} {files} skipped. See the list for reasons."),
            );
        }
        let repaired: Vec<String> = outcome
            .corpus
            .articles
            .iter()
            .filter_map(|a| Some(format!("{}: {}", a.origin.display, a.origin.repair_note()?)))
            .collect();
        for note in &repaired {
            eprintln!("parallax: repaired {note}");
        }
        match repaired.as_slice() {
            [] => {}
            [one] => self.notify(NoticeLevel::Warning, format!("Read with repairs: {one}.")),
            [first, rest @ ..] => self.notify(
                NoticeLevel::Warning,
                format!(
                    "{} files were read with malformed bytes replaced by U+FFFD, such as {first}.",
                    rest.len() + 1
                ),
            ),
        }
        self.last_load_secs = Some(job.started.elapsed().as_secs_f32());
        self.settings.remember_opened(&job.paths);
        self.set_corpus(
            outcome.corpus,
            outcome.skipped,
            settings::corpus_key(&job.paths),
        );
    }

    fn update_window_title(&mut self) {
        let title = self.window_title();
        if title != self.window_title {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// Returns freed heap pages to the system, so that closing a view of a million lines shows
/// in the process's resident size (glibc keeps freed memory for reuse otherwise).
fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory at the top of glibc's heaps; it
    // touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}

fn describe_paths(paths: &[PathBuf]) -> String {
    match paths {
        [one] => one.display().to_string(),
        _ => format!("{} items", paths.len()),
    }
}

impl eframe::App for ParallaxApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.drain_jobs();
        self.drain_concordance();
        self.drain_table_order();
        self.update_comparison();
        self.drain_exports();
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.open(dropped);
        }
        if self.load.is_some() {
            // Progress is read from atomics; keep the bar moving without a busy loop.
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        self.update_window_title();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The view state is taken out for the frame so the UI can read the app while
        // changing its own widgets' state.
        let mut view = std::mem::take(&mut self.view);
        let commands = ui::app_ui(ui, self, &mut view);
        self.view = view;
        for command in commands {
            self.apply(command);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}

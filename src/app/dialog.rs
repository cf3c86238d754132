//! The system file dialogs, behind a trait so that tests can hand the app a path.

use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::job::Job;

/// What a dialog came back with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The user chose these paths.
    Picked(Vec<PathBuf>),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown; the text says why.
    Unavailable(String),
}

/// Which dialog to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose one folder.
    Folder,
    /// Choose one or more article files.
    Files,
    /// Choose where to save a new file, suggesting this name.
    Save {
        /// The suggested file name.
        file_name: String,
    },
}

/// Shows a file dialog and waits for the answer. Called on a worker thread, never on the
/// UI thread, so a slow or modal dialog does not freeze rendering.
pub trait FileDialog: Send + Sync {
    /// Shows the dialog of `kind`, starting in `start` when given.
    fn pick(&self, kind: DialogKind, start: Option<&Path>) -> DialogOutcome;
}

/// The native dialog through `rfd` (on Linux, the xdg-desktop-portal).
#[derive(Debug, Default)]
pub struct SystemDialog;

/// Extensions offered by the Open files dialog.
const EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson",
];

impl FileDialog for SystemDialog {
    fn pick(&self, kind: DialogKind, start: Option<&Path>) -> DialogOutcome {
        let errors_before = RFD_ERRORS.load(Ordering::Relaxed);
        let mut dialog = rfd::FileDialog::new();
        if let Some(start) = start {
            dialog = dialog.set_directory(start);
        }
        let picked = match kind {
            DialogKind::Save { file_name } => dialog
                .set_title("Save as")
                .set_file_name(file_name)
                .save_file()
                .map(|p| vec![p]),
            DialogKind::Folder => dialog
                .set_title("Open folder")
                .pick_folder()
                .map(|p| vec![p]),
            DialogKind::Files => dialog
                .set_title("Open files")
                .add_filter("Articles", EXTENSIONS)
                .pick_files(),
        };
        match picked {
            Some(paths) if !paths.is_empty() => DialogOutcome::Picked(paths),
            // rfd answers None both for "cancelled" and for "no dialog could be shown",
            // and tells the two apart only in its log.
            _ if RFD_ERRORS.load(Ordering::Relaxed) != errors_before => DialogOutcome::Unavailable(
                "No system file dialog is available (xdg-desktop-portal is not running)."
                    .to_owned(),
            ),
            _ => DialogOutcome::Cancelled,
        }
    }
}

/// Errors `rfd` has logged, counted by [`DialogAwareLogger`].
static RFD_ERRORS: AtomicUsize = AtomicUsize::new(0);

/// A logger that passes everything on and counts the errors `rfd` logs, the only sign it
/// gives that no dialog could be shown.
pub struct DialogAwareLogger<L> {
    inner: L,
}

impl<L: log::Log> DialogAwareLogger<L> {
    /// Wraps `inner`.
    pub fn new(inner: L) -> Self {
        DialogAwareLogger { inner }
    }
}

impl<L: log::Log> log::Log for DialogAwareLogger<L> {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("rfd") || self.inner.enabled(metadata)
    }

    fn log(&self, record: &log::Record<'_>) {
        if record.target().starts_with("rfd") && record.level() == log::Level::Error {
            RFD_ERRORS.fetch_add(1, Ordering::Relaxed);
        }
        if self.inner.enabled(record.metadata()) {
            self.inner.log(record);
        }
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

/// A dialog shown on its own thread; its answer arrives in a later frame.
pub struct PendingDialog {
    job: Job<DialogOutcome>,
}

impl PendingDialog {
    /// Shows the dialog on a thread named `file-dialog`.
    pub fn start(
        dialog: std::sync::Arc<dyn FileDialog>,
        kind: DialogKind,
        start: Option<PathBuf>,
        ctx: egui::Context,
    ) -> Result<PendingDialog, std::io::Error> {
        let job = Job::spawn("file-dialog", ctx, move || {
            dialog.pick(kind, start.as_deref())
        })?;
        Ok(PendingDialog { job })
    }

    /// The answer, once the dialog has closed.
    pub fn try_take(&self) -> Option<DialogOutcome> {
        self.job.poll().map(|r| {
            r.unwrap_or_else(|_| {
                DialogOutcome::Unavailable("The file dialog stopped unexpectedly.".to_owned())
            })
        })
    }
}

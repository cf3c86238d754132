//! A corpus load running on its own thread, drained by the app each frame.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;

use super::job::Job;
use crate::corpus::{LoadOptions, LoadOutcome, Progress, load_paths};

/// A load under way.
pub struct LoadJob {
    /// What is being opened.
    pub paths: Vec<PathBuf>,
    /// Counts shared with the loading thread; also how it is cancelled.
    pub progress: Arc<Progress>,
    /// When it started, for the status bar.
    pub started: Instant,
    job: Job<LoadOutcome>,
}

impl LoadJob {
    /// Starts loading `paths` on a thread named `corpus-loader`.
    pub fn start(
        paths: Vec<PathBuf>,
        options: LoadOptions,
        ctx: egui::Context,
    ) -> Result<LoadJob, std::io::Error> {
        let progress = Arc::new(Progress::default());
        let thread_progress = Arc::clone(&progress);
        let thread_paths = paths.clone();
        let job = Job::spawn("corpus-loader", ctx, move || {
            load_paths(&thread_paths, options, &thread_progress)
        })?;
        Ok(LoadJob {
            paths,
            progress,
            started: Instant::now(),
            job,
        })
    }

    /// The outcome, once the thread is done.
    pub fn try_finish(&self) -> Option<LoadOutcome> {
        // The loader cannot panic on input; should it die anyway, report an empty load.
        self.job.poll().map(|r| {
            r.unwrap_or_else(|_| LoadOutcome {
                cancelled: true,
                ..LoadOutcome::default()
            })
        })
    }
}

//! A corpus load running on its own thread, drained by the app each frame.

use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::Instant;

use crate::corpus::{LoadOptions, LoadOutcome, Progress, load_paths};

/// A load under way.
pub struct LoadJob {
    /// What is being opened.
    pub paths: Vec<PathBuf>,
    /// Counts shared with the loading thread; also how it is cancelled.
    pub progress: Arc<Progress>,
    /// When it started, for the status bar.
    pub started: Instant,
    receiver: mpsc::Receiver<LoadOutcome>,
}

impl LoadJob {
    /// Starts loading `paths` on a thread named `corpus-loader`; `on_done` runs when the
    /// outcome is ready (the app asks for a repaint there).
    pub fn start(
        paths: Vec<PathBuf>,
        options: LoadOptions,
        on_done: impl FnOnce() + Send + 'static,
    ) -> Result<LoadJob, std::io::Error> {
        let progress = Arc::new(Progress::default());
        let (sender, receiver) = mpsc::channel();
        let thread_progress = Arc::clone(&progress);
        let thread_paths = paths.clone();
        std::thread::Builder::new()
            .name("corpus-loader".to_owned())
            .spawn(move || {
                let outcome = load_paths(&thread_paths, options, &thread_progress);
                // The app may have started another load meanwhile and dropped this one.
                let _ = sender.send(outcome);
                on_done();
            })?;
        Ok(LoadJob {
            paths,
            progress,
            started: Instant::now(),
            receiver,
        })
    }

    /// The outcome, once the thread is done.
    pub fn try_finish(&self) -> Option<LoadOutcome> {
        match self.receiver.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => None,
            // The loader cannot panic on input; should it die anyway, report an empty load.
            Err(mpsc::TryRecvError::Disconnected) => Some(LoadOutcome {
                cancelled: true,
                ..LoadOutcome::default()
            }),
        }
    }
}

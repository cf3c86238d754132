//! Work on a named thread of its own, whose result the app takes in a later frame: loads,
//! file dialogs and mention counts all run this way so rendering never waits for them.

use std::sync::mpsc;

use eframe::egui;

/// The thread ended without a result (it panicked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobDied;

/// A result on its way from a worker thread.
pub struct Job<T> {
    receiver: mpsc::Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a thread called `name` and asks `ctx` for a repaint when it is done,
    /// so the next frame picks the result up.
    pub fn spawn(
        name: &str,
        ctx: egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<Job<T>, std::io::Error> {
        let (sender, receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // Nobody listens when the app replaced or dropped this job meanwhile.
                let _ = sender.send(work());
                ctx.request_repaint();
            })?;
        Ok(Job { receiver })
    }

    /// The result once the work is done; `None` while it runs.
    pub fn poll(&self) -> Option<Result<T, JobDied>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(Ok(result)),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Err(JobDied)),
        }
    }
}

//! The concordance of an entity, built and sorted on a thread of its own: over a whole
//! corpus a frequent entity has a million lines, seconds of work the window must not wait on.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui;

use super::job::Job;
use crate::analysis::{
    ConcordanceLine, ConcordanceSort, CorpusMentions, concordance_until, sort_concordance,
};
use crate::corpus::Corpus;
use crate::ui::ConcordanceKey;

/// Characters of context on each side of a mention.
pub const CONTEXT_CHARS: usize = 70;

/// What to build: the lines of `entity` in `docs` (all when `None`), in `sort` order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcordanceRequest {
    /// What the lines are for, as the view names it.
    pub key: ConcordanceKey,
    /// The articles.
    pub docs: Option<Vec<usize>>,
}

/// A concordance under way; dropping it stops the work.
pub struct ConcordanceJob {
    /// What it is building.
    pub key: ConcordanceKey,
    job: Job<Option<Vec<ConcordanceLine>>>,
    cancelled: Arc<AtomicBool>,
}

impl Drop for ConcordanceJob {
    fn drop(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

impl ConcordanceJob {
    /// Starts building on a thread named `concordance`.
    pub fn start(
        request: ConcordanceRequest,
        corpus: Arc<Corpus>,
        mentions: Arc<CorpusMentions>,
        ctx: egui::Context,
    ) -> Result<ConcordanceJob, std::io::Error> {
        let cancelled = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancelled);
        let ConcordanceRequest { key, docs } = request;
        let sort: ConcordanceSort = key.sort;
        let entity = key.entity;
        let job = Job::spawn("concordance", ctx, move || {
            let mut lines = concordance_until(
                &corpus,
                &mentions,
                entity,
                docs.as_deref(),
                CONTEXT_CHARS,
                &stop,
            )?;
            sort_concordance(&mut lines, sort);
            (!stop.load(Ordering::Relaxed)).then_some(lines)
        })?;
        Ok(ConcordanceJob {
            key,
            job,
            cancelled,
        })
    }

    /// The lines once built; `Some(None)` when the work stopped without them.
    pub fn try_finish(&self) -> Option<Option<Vec<ConcordanceLine>>> {
        self.job.poll().map(|r| r.ok().flatten())
    }
}

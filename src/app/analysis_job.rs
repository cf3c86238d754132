//! Counting mentions on a thread of its own, after every load and every lexicon edit.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui;

use super::job::Job;

use crate::analysis::{
    CorpusMentions, EntityStat, Lexicon, LexiconError, UserLexicon, analyze_corpus_until,
    entity_stats,
};
use crate::corpus::Corpus;

/// A finished analysis: the mentions, the corpus-wide numbers, and the lexicon it used.
pub struct Analysis {
    /// Every mention, by article.
    pub mentions: Arc<CorpusMentions>,
    /// Entity numbers, most mentioned first.
    pub stats: Arc<Vec<EntityStat>>,
    /// The lexicon it was counted with.
    pub lexicon: Arc<Lexicon>,
}

/// An analysis under way.
pub struct AnalysisJob {
    job: Job<Result<Analysis, AnalysisError>>,
    /// Set when the job is dropped: a superseded count stops instead of keeping a core busy.
    cancelled: Arc<AtomicBool>,
}

impl Drop for AnalysisJob {
    fn drop(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

/// What the job starts from: an existing lexicon, or a user lexicon to build one with.
pub enum LexiconSource {
    /// The lexicon already built.
    Built(Arc<Lexicon>),
    /// Build the shipped lexicon with these user edits first.
    Rebuild(UserLexicon),
}

impl AnalysisJob {
    /// Counts the mentions of `corpus` on a thread named `mention-analysis`.
    pub fn start(
        corpus: Arc<Corpus>,
        lexicon: LexiconSource,
        ctx: egui::Context,
    ) -> Result<AnalysisJob, std::io::Error> {
        let cancelled = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancelled);
        let job = Job::spawn("mention-analysis", ctx, move || {
            let lexicon = match lexicon {
                LexiconSource::Built(l) => l,
                LexiconSource::Rebuild(user) => Arc::new(Lexicon::with_user(user)?),
            };
            let mentions =
                analyze_corpus_until(&lexicon, &corpus, &stop).ok_or(AnalysisError::Cancelled)?;
            let stats = entity_stats(&corpus, &mentions);
            Ok(Analysis {
                mentions: Arc::new(mentions),
                stats: Arc::new(stats),
                lexicon,
            })
        })?;
        Ok(AnalysisJob { job, cancelled })
    }

    /// The result, once ready.
    pub fn try_finish(&self) -> Option<Result<Analysis, AnalysisError>> {
        self.job
            .poll()
            .map(|r| r.unwrap_or(Err(AnalysisError::Stopped)))
    }
}

/// Why counting failed.
#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    /// The user lexicon could not be built into a lexicon.
    #[error("the lexicon could not be built: {0}")]
    Lexicon(#[from] LexiconError),
    /// The job was superseded before it finished.
    #[error("counting was cancelled")]
    Cancelled,
    /// The counting thread stopped without a result.
    #[error("counting stopped unexpectedly")]
    Stopped,
}

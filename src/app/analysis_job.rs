//! Counting mentions on a thread of its own, after every load and every lexicon edit.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui;

use super::job::Job;

use crate::analysis::incremental::recount_changed_names;
use crate::analysis::{
    CorpusMentions, EntityStat, Lexicon, LexiconError, UserLexicon, analyze_corpus_raw_until,
    entity_stats, with_user_edits,
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
    /// The mentions before the user's renames, merges and hides, which an edit of those
    /// re-applies to instead of counting again.
    pub raw: Arc<CorpusMentions>,
    /// Told apart from every other analysis of the session, for caches of what is drawn from
    /// it: an address is not enough, as a new analysis may be allocated where an old one was.
    pub generation: u64,
}

static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

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
    /// Only renames, merges or hides changed: apply these edits to mentions already
    /// counted with the same names.
    Reapply {
        /// The user's edits now.
        user: UserLexicon,
        /// The mentions counted before any rename, merge or hide.
        raw: Arc<CorpusMentions>,
    },
    /// Names were added to the lexicon or taken back: count again only the articles that
    /// contain a word of one of them.
    NamesChanged {
        /// The user's edits now.
        user: UserLexicon,
        /// The lexicon `raw` was counted with.
        old_lexicon: Arc<Lexicon>,
        /// The mentions counted before any rename, merge or hide.
        raw: Arc<CorpusMentions>,
        /// The names added, taken back, or given another type.
        changed: Vec<String>,
    },
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
            let (lexicon, raw) = match lexicon {
                LexiconSource::Built(l) => (l, None),
                LexiconSource::Rebuild(user) => (Arc::new(Lexicon::with_user(user)?), None),
                LexiconSource::Reapply { user, raw } => {
                    (Arc::new(Lexicon::with_user(user)?), Some(raw))
                }
                LexiconSource::NamesChanged {
                    user,
                    old_lexicon,
                    raw,
                    changed,
                } => {
                    let lexicon = Lexicon::with_user(user)?;
                    let raw = recount_changed_names(
                        &lexicon,
                        &old_lexicon,
                        &raw,
                        &corpus,
                        &changed,
                        &stop,
                    )
                    .ok_or(AnalysisError::Cancelled)?;
                    (Arc::new(lexicon), Some(Arc::new(raw)))
                }
            };
            let raw = match raw {
                Some(raw) => raw,
                None => Arc::new(
                    analyze_corpus_raw_until(&lexicon, &corpus, &stop)
                        .ok_or(AnalysisError::Cancelled)?,
                ),
            };
            // Without edits the two are one and the same, held once.
            let mentions = if lexicon.has_user_edits() {
                Arc::new(with_user_edits(&lexicon, &raw))
            } else {
                Arc::clone(&raw)
            };
            let stats = entity_stats(&corpus, &mentions);
            Ok(Analysis {
                mentions,
                stats: Arc::new(stats),
                lexicon,
                raw,
                generation: GENERATIONS.fetch_add(1, Ordering::Relaxed),
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

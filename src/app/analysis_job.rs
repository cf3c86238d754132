//! Counting mentions on a thread of its own, after every load and every lexicon edit.

use std::sync::{Arc, mpsc};

use crate::analysis::{
    CorpusMentions, EntityStat, Lexicon, LexiconError, UserLexicon, analyze_corpus, entity_stats,
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
    receiver: mpsc::Receiver<Result<Analysis, LexiconError>>,
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
        on_done: impl FnOnce() + Send + 'static,
    ) -> Result<AnalysisJob, std::io::Error> {
        let (sender, receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name("mention-analysis".to_owned())
            .spawn(move || {
                let result = match lexicon {
                    LexiconSource::Built(l) => Ok(l),
                    LexiconSource::Rebuild(user) => Lexicon::with_user(user).map(Arc::new),
                }
                .map(|lexicon| {
                    let mentions = analyze_corpus(&lexicon, &corpus);
                    let stats = entity_stats(&corpus, &mentions);
                    Analysis {
                        mentions: Arc::new(mentions),
                        stats: Arc::new(stats),
                        lexicon,
                    }
                });
                // Nobody listens when a newer analysis replaced this one.
                let _ = sender.send(result);
                on_done();
            })?;
        Ok(AnalysisJob { receiver })
    }

    /// The result, once ready.
    pub fn try_finish(&self) -> Option<Result<Analysis, LexiconError>> {
        self.receiver.try_recv().ok()
    }
}

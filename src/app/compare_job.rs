//! The comparison of the two reports in the readers, computed on a thread of its own when
//! either reader changes and kept per pair, so that going back to a pair is instant and the
//! window never waits on it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::job::Job;
use super::{NoticeLevel, ParallaxApp};
use crate::compare::{Comparison, compare};

/// Pairs whose comparison is kept.
const KEPT: usize = 8;

/// A comparison of the articles `a` and `b` of the corpus shown.
pub struct PairComparison {
    /// Report A's article.
    pub a: usize,
    /// Report B's article.
    pub b: usize,
    /// A number no other comparison of this session has: what reader layouts key on.
    pub generation: u64,
    /// What it found.
    pub comparison: Arc<Comparison>,
}

/// The comparisons done and the one under way.
#[derive(Default)]
pub struct Comparisons {
    done: Vec<PairComparison>,
    running: Option<((usize, usize), Job<Comparison>)>,
    /// Pairs whose comparison stopped unexpectedly: not tried again this corpus.
    failed: Vec<(usize, usize)>,
}

static GENERATION: AtomicU64 = AtomicU64::new(1);

impl ParallaxApp {
    /// The comparison of the readers' articles, once computed.
    pub fn comparison(&self) -> Option<&PairComparison> {
        let (Some(a), Some(b)) = (self.readers[0], self.readers[1]) else {
            return None;
        };
        self.comparisons.done.iter().find(|c| (c.a, c.b) == (a, b))
    }

    /// Whether the readers' articles are being compared.
    pub fn comparing(&self) -> bool {
        self.comparisons.running.is_some()
    }

    /// Takes a finished comparison and starts the readers' one if it is neither done nor
    /// under way.
    pub(super) fn update_comparison(&mut self) {
        if let Some((pair, job)) = &self.comparisons.running
            && let Some(result) = job.poll()
        {
            let pair = *pair;
            self.comparisons.running = None;
            match result {
                Ok(comparison) => {
                    if self.comparisons.done.len() >= KEPT {
                        self.comparisons.done.remove(0);
                    }
                    self.comparisons.done.push(PairComparison {
                        a: pair.0,
                        b: pair.1,
                        generation: GENERATION.fetch_add(1, Ordering::Relaxed),
                        comparison: Arc::new(comparison),
                    });
                }
                Err(_) => {
                    self.comparisons.failed.push(pair);
                    self.notify(
                        NoticeLevel::Error,
                        "Comparing the two reports stopped unexpectedly.".to_owned(),
                    );
                }
            }
        }
        let (Some(a), Some(b)) = (self.readers[0], self.readers[1]) else {
            return;
        };
        let busy = self.comparisons.running.as_ref().map(|(p, _)| *p);
        if busy.is_some()
            || self.comparison().is_some()
            || a == b
            || self.comparisons.failed.contains(&(a, b))
        {
            return;
        }
        if a >= self.corpus.articles.len() || b >= self.corpus.articles.len() {
            return;
        }
        // The job holds the corpus, not copies of two texts that may be megabytes each.
        let corpus = Arc::clone(&self.corpus);
        let lexicon = Arc::clone(&self.lexicon);
        match Job::spawn("compare", self.ctx.clone(), move || {
            compare(&lexicon, &corpus.articles[a].text, &corpus.articles[b].text)
        }) {
            Ok(job) => self.comparisons.running = Some(((a, b), job)),
            Err(err) => self.notify(
                NoticeLevel::Error,
                format!("The two reports could not be compared: {err}"),
            ),
        }
    }

    /// Forgets every comparison: the articles they index are gone.
    pub(super) fn forget_comparisons(&mut self) {
        self.comparisons = Comparisons::default();
    }
}

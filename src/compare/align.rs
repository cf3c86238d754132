//! Links between the sentences of two reports that state the same piece of information
//! (spec/compare.md, section 2).
//!
//! Each compared sentence becomes a set of terms: its content words (stemmed, news synonyms
//! brought together), the entities the mention engine found in it ("Tehran", "Iranian" and
//! "Iran" are one term), and its numbers. A term weighs its rarity over both reports (inverse
//! document frequency, each sentence a document), so "Iran" in a story about Iran counts
//! little and "Oman" or "70" much. Two sentences score the weight they share over the
//! geometric mean of their weights (a cosine); they must share two terms at least, and a
//! pair where only one side is negated scores less. A sentence links to its best partner
//! when that scores above the threshold, and to any other partner within reach of the best,
//! so a fact told in one sentence here and two there links to both.

use std::collections::{HashMap, HashSet};

/// A sentence as the alignment sees it.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Distinct terms.
    pub terms: HashSet<String>,
    /// It says "not", "no", "never" or "n't": opposite stances on one question share their
    /// words but are no shared claim.
    pub negated: bool,
}

/// A link between sentence `a` of report A and sentence `b` of report B (indices into the
/// reports' compared sentences).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceLink {
    /// Index into A's sentences.
    pub a: usize,
    /// Index into B's sentences.
    pub b: usize,
    /// How much they share, 0 to 1.
    pub score: f64,
}

/// Below this score two sentences are about the same topic at best.
pub const THRESHOLD: f64 = 0.15;
/// A second partner links when it scores this share of the best one.
const NEAR_BEST: f64 = 0.9;
/// Two sentences must share this many terms: one rare word in common is a topic, not a claim.
const MIN_SHARED_TERMS: usize = 2;
/// A pair where only one sentence is negated keeps this share of its score.
const ONE_SIDED_NEGATION: f64 = 0.6;

/// Links between `a` and `b`; `None` entries are sentences not compared (site furniture).
/// Only pairs that share a term are scored (an index from each term to B's sentences), so
/// two long reports cost what their shared words cost, not every pair of sentences.
pub fn align(a: &[Option<Terms>], b: &[Option<Terms>]) -> Vec<SentenceLink> {
    let docs = a.iter().chain(b).flatten().count().max(1) as f64;
    let mut df: HashMap<&str, usize> = HashMap::new();
    for t in a.iter().chain(b).flatten() {
        for term in &t.terms {
            *df.entry(term.as_str()).or_default() += 1;
        }
    }
    let idf = |term: &str| (1.0 + docs / df.get(term).copied().unwrap_or(1) as f64).ln();
    let norm = |t: &Terms| t.terms.iter().map(|x| idf(x).powi(2)).sum::<f64>();
    let norms_b: Vec<f64> = b.iter().map(|t| t.as_ref().map_or(0.0, norm)).collect();
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, t) in b.iter().enumerate() {
        for term in t.iter().flat_map(|t| &t.terms) {
            index.entry(term.as_str()).or_default().push(j);
        }
    }

    // Scores of the pairs that share terms: (i, j, score).
    let mut scored: Vec<(usize, usize, f64)> = Vec::new();
    for (i, ta) in a.iter().enumerate() {
        let Some(ta) = ta else { continue };
        let norm_a = norm(ta);
        let mut shared: HashMap<usize, (f64, usize)> = HashMap::new();
        for term in &ta.terms {
            let w = idf(term).powi(2);
            for &j in index.get(term.as_str()).map_or(&[][..], Vec::as_slice) {
                let s = shared.entry(j).or_default();
                s.0 += w;
                s.1 += 1;
            }
        }
        for (j, (weight, count)) in shared {
            if count < MIN_SHARED_TERMS || norm_a == 0.0 || norms_b[j] == 0.0 {
                continue;
            }
            let mut score = weight / (norm_a * norms_b[j]).sqrt();
            if b[j].as_ref().is_some_and(|tb| tb.negated != ta.negated) {
                score *= ONE_SIDED_NEGATION;
            }
            scored.push((i, j, score));
        }
    }
    let mut best_a = vec![0.0f64; a.len()];
    let mut best_b = vec![0.0f64; b.len()];
    for &(i, j, s) in &scored {
        best_a[i] = best_a[i].max(s);
        best_b[j] = best_b[j].max(s);
    }
    // A pair links when it is (near) the best of either of its sentences.
    let mut links: Vec<SentenceLink> = scored
        .into_iter()
        .filter(|&(i, j, s)| {
            s >= THRESHOLD && (s >= best_a[i] * NEAR_BEST || s >= best_b[j] * NEAR_BEST)
        })
        .map(|(a, b, score)| SentenceLink { a, b, score })
        .collect();
    links.sort_by_key(|l| (l.a, l.b));
    links
}

//! Links between the sentences of two reports that state the same piece of information
//! (spec/compare.md, section 2).
//!
//! Each compared sentence becomes a set of terms: its content words (stemmed, news synonyms
//! brought together), the entities the mention engine found in it ("Tehran", "Iranian" and
//! "Iran" are one term), and its numbers. A term weighs its rarity over both reports (inverse
//! document frequency, each sentence a document), so "Iran" in a story about Iran counts
//! little and "Oman" or "70" much. Two sentences score the weight they share over the
//! geometric mean of their weights (a cosine), with a floor of shared weight so that two
//! short sentences sharing one word do not link. A sentence links to its best partner when
//! that scores above the threshold, and to any other partner within reach of the best, so a
//! fact told in one sentence here and two there links to both.

use std::collections::{HashMap, HashSet};

/// A sentence as the alignment sees it.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// Distinct terms.
    pub terms: HashSet<String>,
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
/// The shared weight two sentences need at least, whatever their length.
const MIN_SHARED: f64 = 2.0;

/// Links between `a` and `b`; `None` entries are sentences not compared (site furniture).
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
    let norms_a: Vec<f64> = a.iter().map(|t| t.as_ref().map_or(0.0, norm)).collect();
    let norms_b: Vec<f64> = b.iter().map(|t| t.as_ref().map_or(0.0, norm)).collect();

    let mut scores = vec![vec![0.0; b.len()]; a.len()];
    for (i, ta) in a.iter().enumerate() {
        let Some(ta) = ta else { continue };
        for (j, tb) in b.iter().enumerate() {
            let Some(tb) = tb else { continue };
            let shared: f64 = ta
                .terms
                .iter()
                .filter(|x| tb.terms.contains(*x))
                .map(|x| idf(x).powi(2))
                .sum();
            if shared < MIN_SHARED || norms_a[i] == 0.0 || norms_b[j] == 0.0 {
                continue;
            }
            scores[i][j] = shared / (norms_a[i] * norms_b[j]).sqrt();
        }
    }

    let mut links: Vec<SentenceLink> = Vec::new();
    let mut add = |i: usize, j: usize, score: f64| {
        if !links.iter().any(|l| l.a == i && l.b == j) {
            links.push(SentenceLink { a: i, b: j, score });
        }
    };
    for (i, row) in scores.iter().enumerate() {
        let best = row.iter().copied().fold(0.0, f64::max);
        if best < THRESHOLD {
            continue;
        }
        for (j, &s) in row.iter().enumerate() {
            if s >= THRESHOLD && s >= best * NEAR_BEST {
                add(i, j, s);
            }
        }
    }
    for j in 0..b.len() {
        let best = (0..a.len()).map(|i| scores[i][j]).fold(0.0, f64::max);
        if best < THRESHOLD {
            continue;
        }
        for (i, row) in scores.iter().enumerate() {
            if row[j] >= THRESHOLD && row[j] >= best * NEAR_BEST {
                add(i, j, row[j]);
            }
        }
    }
    links.sort_by_key(|l| (l.a, l.b));
    links
}

//! Words that set two texts (or two groups of articles) apart (spec/compare.md, section 5):
//! lower-cased word forms without stop words, ranked by Dunning's log-likelihood G², the
//! sign saying which side uses the word more.

use std::collections::HashMap;

/// A word used far more on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    /// The lower-cased word form.
    pub word: String,
    /// Occurrences on side A and side B.
    pub count_a: usize,
    /// Occurrences on side B.
    pub count_b: usize,
    /// G², positive when A uses it more (relative to its size), negative for B.
    pub g2: f64,
}

/// The words of each side with their counts (stop words and single characters left out).
pub fn frequencies<'t>(texts: impl IntoIterator<Item = &'t str>) -> HashMap<String, usize> {
    let normaliser = super::words::Normaliser::default();
    let mut counts = HashMap::new();
    for text in texts {
        for (_, w) in super::words::words(text) {
            let w = w.trim_end_matches("’s").trim_end_matches("'s").to_owned();
            if w.chars().count() < 2
                || normaliser.is_stop(&w)
                || w.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

/// Where `word` (a distinctive word's form) is used in `text`: the byte offsets of its uses,
/// a possessive counting as a use.
pub fn uses(text: &str, word: &str) -> Vec<usize> {
    super::words::words(text)
        .into_iter()
        .filter(|(_, w)| w.trim_end_matches("’s").trim_end_matches("'s") == word)
        .map(|(r, _)| r.start)
        .collect()
}

/// Words ranked by |G²|, at most `top` a side, only those significant at p < 0.05
/// (G² ≥ 3.84) and used at least `min_count` times on their side.
pub fn distinctive(
    a: &HashMap<String, usize>,
    b: &HashMap<String, usize>,
    top: usize,
    min_count: usize,
) -> Vec<Keyword> {
    let total_a: usize = a.values().sum();
    let total_b: usize = b.values().sum();
    if total_a == 0 || total_b == 0 {
        return Vec::new();
    }
    let mut words: Vec<&String> = a.keys().chain(b.keys()).collect();
    words.sort();
    words.dedup();
    let mut out: Vec<Keyword> = words
        .into_iter()
        .filter_map(|w| {
            let ca = a.get(w).copied().unwrap_or(0);
            let cb = b.get(w).copied().unwrap_or(0);
            let g2 = g2(ca, total_a, cb, total_b);
            let (count, sign) = if ca as f64 / total_a as f64 >= cb as f64 / total_b as f64 {
                (ca, 1.0)
            } else {
                (cb, -1.0)
            };
            (g2 >= 3.84 && count >= min_count).then(|| Keyword {
                word: w.clone(),
                count_a: ca,
                count_b: cb,
                g2: sign * g2,
            })
        })
        .collect();
    out.sort_by(|x, y| {
        y.g2.abs()
            .total_cmp(&x.g2.abs())
            .then_with(|| x.word.cmp(&y.word))
    });
    let mut kept_a = 0;
    let mut kept_b = 0;
    out.retain(|k| {
        let kept = if k.g2 > 0.0 { &mut kept_a } else { &mut kept_b };
        *kept += 1;
        *kept <= top
    });
    out
}

/// Dunning's log-likelihood of a word seen `a` times in `na` words and `b` times in `nb`.
pub fn g2(a: usize, na: usize, b: usize, nb: usize) -> f64 {
    let (a, na, b, nb) = (a as f64, na as f64, b as f64, nb as f64);
    let ea = na * (a + b) / (na + nb);
    let eb = nb * (a + b) / (na + nb);
    let term = |o: f64, e: f64| if o > 0.0 { o * (o / e).ln() } else { 0.0 };
    2.0 * (term(a, ea) + term(b, eb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g2_matches_the_textbook_value() {
        // Rayson & Garside's worked example: 50 in 10,000 words against 10 in 10,000.
        assert!((g2(50, 10_000, 10, 10_000) - 29.1).abs() < 0.1);
        assert_eq!(g2(0, 100, 0, 100), 0.0);
    }

    #[test]
    fn each_side_gets_its_own_words() {
        let a = frequencies(["missiles missiles missiles missiles missiles strike Iran Iran"]);
        let b = frequencies(["talks talks talks talks talks Oman Iran Iran"]);
        let words = distinctive(&a, &b, 10, 2);
        let side = |w: &str| words.iter().find(|k| k.word == w).map(|k| k.g2.signum());
        assert_eq!(side("missiles"), Some(1.0));
        assert_eq!(side("talks"), Some(-1.0));
        assert_eq!(side("iran"), None);
        let text = "Missiles hit. The missile’s range and missiles";
        assert_eq!(uses(text, "missiles"), [0, text.rfind("missiles").unwrap()]);
    }
}

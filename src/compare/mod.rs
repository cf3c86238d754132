//! Two reports side by side (spec/compare.md): their sentences, the links between sentences
//! that state the same piece of information, what only one of them says, the words that
//! differ within a linked pair, and the words that set the two apart. No egui here; the
//! window and `parallax compare` share all of it.

pub mod align;
pub mod diff;
pub mod keyness;
pub mod numbers;
pub mod quotes;
pub mod sentences;
pub mod words;

use std::ops::Range;

use crate::analysis::{EntityType, Lexicon, analyze_text};

pub use align::SentenceLink;
pub use numbers::{Number, NumberKind};
pub use quotes::{Quote, SpeakerKind};
pub use sentences::Sentence;

/// One report's side of a comparison.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportSide {
    /// Every unit of the text, site furniture included (marked).
    pub sentences: Vec<Sentence>,
    /// Words (runs of letters and digits) in compared sentences that link to the other side,
    /// over the words in all compared sentences.
    pub shared_fraction: f64,
    /// Attributed quotes, in text order.
    pub quotes: Vec<Quote>,
    /// Stated quantities, in text order.
    pub numbers: Vec<Number>,
}

impl ReportSide {
    /// Indices of the compared sentences with no link.
    pub fn only_here(&self, linked: impl Fn(usize) -> bool) -> Vec<usize> {
        (0..self.sentences.len())
            .filter(|&i| !self.sentences[i].boilerplate && !linked(i))
            .collect()
    }
}

/// Two reports compared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Report A.
    pub a: ReportSide,
    /// Report B.
    pub b: ReportSide,
    /// Links between A's and B's sentences (indices into `a.sentences` and `b.sentences`).
    pub links: Vec<SentenceLink>,
    /// Quotes of A and B that are the same quote (indices into `a.quotes` and `b.quotes`).
    pub same_quotes: Vec<(usize, usize)>,
    /// The word diff of each link, A's pieces and B's, in the order of `links`.
    pub link_diffs: Vec<(Vec<diff::Piece>, Vec<diff::Piece>)>,
    /// Numbers of A and B that quantify the same thing in linked sentences (indices into
    /// `a.numbers` and `b.numbers`), and whether they agree.
    pub number_pairs: Vec<(usize, usize, bool)>,
    /// The words that set A and B apart, by G² (positive for A).
    pub distinctive: Vec<keyness::Keyword>,
}

impl Comparison {
    /// "26 % of A is in B · 37 % of B is in A · 10 shared claims".
    pub fn summary(&self) -> String {
        let claims = self.claims().len();
        format!(
            "{:.0} % of A is in B · {:.0} % of B is in A · {claims} shared {}",
            self.a.shared_fraction * 100.0,
            self.b.shared_fraction * 100.0,
            if claims == 1 { "claim" } else { "claims" }
        )
    }

    /// Sentences of A that link to nothing in B.
    pub fn only_in_a(&self) -> Vec<usize> {
        self.a.only_here(|i| self.links.iter().any(|l| l.a == i))
    }

    /// Sentences of B that link to nothing in A.
    pub fn only_in_b(&self) -> Vec<usize> {
        self.b.only_here(|j| self.links.iter().any(|l| l.b == j))
    }

    /// The shared claims: groups of linked sentences, each with A's and B's sentences in
    /// text order. Two links that share a sentence are one claim.
    pub fn claims(&self) -> Vec<(Vec<usize>, Vec<usize>)> {
        let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        for l in &self.links {
            let hit: Vec<usize> = (0..groups.len())
                .filter(|&g| groups[g].0.contains(&l.a) || groups[g].1.contains(&l.b))
                .collect();
            let mut group = (vec![l.a], vec![l.b]);
            for &g in hit.iter().rev() {
                let (ga, gb) = groups.remove(g);
                group.0.extend(ga);
                group.1.extend(gb);
            }
            group.0.sort_unstable();
            group.0.dedup();
            group.1.sort_unstable();
            group.1.dedup();
            groups.push(group);
        }
        groups.sort_by_key(|g| (g.0.first().copied(), g.1.first().copied()));
        groups
    }
}

/// A stretch of text on one line, its white space runs made single spaces: how lists and
/// exports show a sentence or a quote.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares two texts: sentences, links, shared fractions. The mention engine (with
/// `lexicon`) gives each sentence its entities, so that "Tehran" meets "Iran".
pub fn compare(lexicon: &Lexicon, text_a: &str, text_b: &str) -> Comparison {
    let normaliser = words::Normaliser::default();
    let side = |text: &str| {
        let sentences = sentences::split(text);
        let mentions = analyze_text(lexicon, text);
        let terms = sentence_terms(&mentions, &normaliser, text, &sentences);
        let quotes = quotes::quotes(text, &sentences, &mentions);
        (sentences, terms, quotes, numbers::numbers(text))
    };
    let (sa, ta, qa, na) = side(text_a);
    let (sb, tb, qb, nb) = side(text_b);
    let links = align::align(&ta, &tb);
    let fraction = |text: &str, sentences: &[Sentence], linked: &dyn Fn(usize) -> bool| {
        let (mut shared, mut all) = (0usize, 0usize);
        for (i, s) in sentences.iter().enumerate() {
            if s.boilerplate {
                continue;
            }
            let n = words::words(&text[s.range.clone()]).len();
            all += n;
            if linked(i) {
                shared += n;
            }
        }
        shared as f64 / all.max(1) as f64
    };
    let fa = fraction(text_a, &sa, &|i| links.iter().any(|l| l.a == i));
    let fb = fraction(text_b, &sb, &|j| links.iter().any(|l| l.b == j));
    let same_quotes = same_quotes(text_a, &qa, text_b, &qb);
    let link_diffs = links
        .iter()
        .map(|l| diff::word_diff(text_a, sa[l.a].range.clone(), text_b, sb[l.b].range.clone()))
        .collect();
    let number_pairs = number_pairs(text_a, &sa, &na, text_b, &sb, &nb, &links);
    Comparison {
        a: ReportSide {
            sentences: sa,
            shared_fraction: fa,
            quotes: qa,
            numbers: na,
        },
        b: ReportSide {
            sentences: sb,
            shared_fraction: fb,
            quotes: qb,
            numbers: nb,
        },
        links,
        same_quotes,
        link_diffs,
        number_pairs,
        distinctive: keyness::distinctive(
            &keyness::frequencies([text_a]),
            &keyness::frequencies([text_b]),
            DISTINCTIVE_WORDS,
            2,
        ),
    }
}

/// Distinctive words kept for each side.
const DISTINCTIVE_WORDS: usize = 12;

/// Numbers that correspond across linked sentences (section 4), each pair once.
#[allow(clippy::too_many_arguments)]
fn number_pairs(
    text_a: &str,
    sa: &[Sentence],
    na: &[Number],
    text_b: &str,
    sb: &[Sentence],
    nb: &[Number],
    links: &[SentenceLink],
) -> Vec<(usize, usize, bool)> {
    let inside =
        |n: &Number, s: &Sentence| s.range.start <= n.range.start && n.range.end <= s.range.end;
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for l in links {
        for (i, a) in na.iter().enumerate().filter(|(_, n)| inside(n, &sa[l.a])) {
            for (j, b) in nb.iter().enumerate().filter(|(_, n)| inside(n, &sb[l.b])) {
                if numbers::correspond(text_a, a, text_b, b)
                    && !out.iter().any(|&(x, y, _)| (x, y) == (i, j))
                {
                    out.push((i, j, numbers::agree(text_a, a, text_b, b)));
                }
            }
        }
    }
    out
}

/// Pairs of the same quote (section 3): same words by containment or a shared run of eight;
/// two named speakers must be the same.
fn same_quotes(text_a: &str, qa: &[Quote], text_b: &str, qb: &[Quote]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, a) in qa.iter().enumerate() {
        for (j, b) in qb.iter().enumerate() {
            let named = |q: &Quote| q.kind != SpeakerKind::Unnamed;
            if named(a) && named(b) && a.speaker != b.speaker {
                continue;
            }
            if quotes::same_quote(&text_a[a.range.clone()], &text_b[b.range.clone()]) {
                out.push((i, j));
            }
        }
    }
    out
}

/// The terms of each sentence (`None` for site furniture): content words, entities and
/// numbers.
fn sentence_terms(
    mentions: &crate::analysis::CorpusMentions,
    normaliser: &words::Normaliser,
    text: &str,
    sentences: &[Sentence],
) -> Vec<Option<align::Terms>> {
    let doc = mentions.docs.first().map(Vec::as_slice).unwrap_or(&[]);
    sentences
        .iter()
        .map(|s| {
            if s.boilerplate {
                return None;
            }
            let mut terms = align::Terms::default();
            let range: Range<usize> = s.range.clone();
            for (_, w) in words::words(&text[range.clone()]) {
                if matches!(w.as_str(), "not" | "no" | "never" | "nor")
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
                {
                    terms.negated = true;
                }
                if let Some(t) = normaliser.term(&w) {
                    terms.terms.insert(t);
                }
            }
            for m in doc
                .iter()
                .filter(|m| range.start <= m.start as usize && m.end as usize <= range.end)
            {
                let e = mentions.entity(m);
                // A person is known by the family name as much as the full name.
                let key = if e.etype == EntityType::Person {
                    e.name
                        .split_whitespace()
                        .last()
                        .unwrap_or(&e.name)
                        .to_lowercase()
                } else {
                    e.id.to_lowercase()
                };
                terms.terms.insert(format!("entity:{key}"));
            }
            Some(terms)
        })
        .collect()
}

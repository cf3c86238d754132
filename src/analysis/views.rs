//! What the charts, the entity table, the concordance and the dispersion plot show, computed
//! from the mentions: plain data the UI draws and the exports write.

use std::collections::HashMap;

use super::{CorpusMentions, EntityType, Mention};
use crate::corpus::Corpus;

/// One entity's corpus-wide numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityStat {
    /// Index into the entity table.
    pub entity: u32,
    /// Mentions over the corpus.
    pub mentions: usize,
    /// Articles that mention it.
    pub articles: usize,
    /// Mentions per 1,000 words of the corpus.
    pub per_1000_words: f64,
}

/// Every mentioned entity's numbers, most mentioned first.
pub fn entity_stats(corpus: &Corpus, mentions: &CorpusMentions) -> Vec<EntityStat> {
    let words = corpus.word_count().max(1) as f64;
    let mut counts: HashMap<u32, (usize, usize)> = HashMap::new();
    for doc in &mentions.docs {
        let mut seen = std::collections::HashSet::new();
        for m in doc {
            let c = counts.entry(m.entity).or_default();
            c.0 += 1;
            if seen.insert(m.entity) {
                c.1 += 1;
            }
        }
    }
    let mut stats: Vec<EntityStat> = counts
        .into_iter()
        .map(|(entity, (mentions, articles))| EntityStat {
            entity,
            mentions,
            articles,
            per_1000_words: mentions as f64 * 1000.0 / words,
        })
        .collect();
    stats.sort_by(|a, b| {
        b.mentions.cmp(&a.mentions).then_with(|| {
            mentions.entities[a.entity as usize]
                .name
                .cmp(&mentions.entities[b.entity as usize].name)
        })
    });
    stats
}

/// A column the entity table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntityColumn {
    /// Name, A to Z.
    Name,
    /// Type.
    Type,
    /// Mentions, most first.
    #[default]
    Mentions,
    /// Articles, most first.
    Articles,
    /// Mentions per 1,000 words, most first.
    Per1000Words,
    /// Lexicon entries before discovered names.
    Source,
}

impl EntityColumn {
    /// The columns, in table order.
    pub const ALL: [EntityColumn; 6] = [
        EntityColumn::Name,
        EntityColumn::Type,
        EntityColumn::Mentions,
        EntityColumn::Articles,
        EntityColumn::Per1000Words,
        EntityColumn::Source,
    ];
}

/// Indices into `stats` of the entities whose name contains `filter` (ignoring case) and
/// whose type is `etype` when given, ordered by `column` in its natural direction (or
/// reversed when `reversed`); ties go to the most mentioned, then by name.
pub fn entity_order(
    mentions: &CorpusMentions,
    stats: &[EntityStat],
    filter: &str,
    etype: Option<EntityType>,
    column: EntityColumn,
    reversed: bool,
) -> Vec<usize> {
    let needle = filter.to_lowercase();
    let entity = |s: &EntityStat| &mentions.entities[s.entity as usize];
    let mut order: Vec<usize> = (0..stats.len())
        .filter(|&i| {
            let e = entity(&stats[i]);
            etype.is_none_or(|t| t == e.etype)
                && (needle.is_empty() || e.name.to_lowercase().contains(&needle))
        })
        .collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&stats[i], &stats[j]);
        let (ea, eb) = (entity(a), entity(b));
        let natural = match column {
            EntityColumn::Name => ea.name.to_lowercase().cmp(&eb.name.to_lowercase()),
            EntityColumn::Type => ea.etype.cmp(&eb.etype),
            EntityColumn::Mentions => b.mentions.cmp(&a.mentions),
            EntityColumn::Articles => b.articles.cmp(&a.articles),
            EntityColumn::Per1000Words => b.per_1000_words.total_cmp(&a.per_1000_words),
            EntityColumn::Source => ea.discovered.cmp(&eb.discovered),
        };
        let natural = if reversed { natural.reverse() } else { natural };
        natural
            .then_with(|| b.mentions.cmp(&a.mentions))
            .then_with(|| ea.name.cmp(&eb.name))
    });
    order
}

/// How the bars of a chart are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartSort {
    /// By A + B (or the corpus total).
    #[default]
    Total,
    /// By report A.
    A,
    /// By report B.
    B,
    /// By |A − B|, the entities the two reports disagree on most first.
    Difference,
}

impl ChartSort {
    /// All orders, as the chart's menu lists them.
    pub const ALL: [ChartSort; 4] = [
        ChartSort::Total,
        ChartSort::A,
        ChartSort::B,
        ChartSort::Difference,
    ];

    /// The menu label.
    pub fn label(self) -> &'static str {
        match self {
            ChartSort::Total => "by total",
            ChartSort::A => "by A",
            ChartSort::B => "by B",
            ChartSort::Difference => "by difference",
        }
    }
}

/// One bar group: an entity's value in report A and report B (or over the corpus, in `a`).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    /// Index into the entity table.
    pub entity: u32,
    /// Report A's value (the corpus total in corpus mode).
    pub a: f64,
    /// Report B's value (0 in corpus mode).
    pub b: f64,
}

/// What a chart compares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartQuery<'a> {
    /// Which entity types it shows.
    pub types: &'a [EntityType],
    /// The two articles compared, or `None` for the whole corpus.
    pub pair: Option<(usize, usize)>,
    /// How many bars at most.
    pub top_n: usize,
    /// Their order.
    pub sort: ChartSort,
    /// Mentions per 1,000 words of the article (or corpus) instead of raw counts.
    pub per_1000_words: bool,
}

/// The bars of a chart: for a pair of articles, each entity's count in A and in B; for the
/// corpus, its total. Entities mentioned nowhere in scope are left out.
pub fn chart_rows(
    corpus: &Corpus,
    mentions: &CorpusMentions,
    query: ChartQuery<'_>,
) -> Vec<ChartRow> {
    let wanted = |m: &Mention| {
        query
            .types
            .contains(&mentions.entities[m.entity as usize].etype)
    };
    let mut rows: HashMap<u32, ChartRow> = HashMap::new();
    let mut add = |doc: usize, slot: usize| {
        for m in mentions
            .docs
            .get(doc)
            .into_iter()
            .flatten()
            .filter(|m| wanted(m))
        {
            let row = rows.entry(m.entity).or_insert(ChartRow {
                entity: m.entity,
                a: 0.0,
                b: 0.0,
            });
            if slot == 0 {
                row.a += 1.0
            } else {
                row.b += 1.0
            }
        }
    };
    let (words_a, words_b) = match query.pair {
        Some((a, b)) => {
            add(a, 0);
            add(b, 1);
            (words(corpus, a), words(corpus, b))
        }
        None => {
            for d in 0..mentions.docs.len() {
                add(d, 0);
            }
            (corpus.word_count().max(1) as f64, 1.0)
        }
    };
    let mut rows: Vec<ChartRow> = rows.into_values().collect();
    if query.per_1000_words {
        for r in &mut rows {
            r.a *= 1000.0 / words_a;
            r.b *= 1000.0 / words_b;
        }
    }
    let key = |r: &ChartRow| match query.sort {
        ChartSort::Total => r.a + r.b,
        ChartSort::A => r.a,
        ChartSort::B => r.b,
        ChartSort::Difference => (r.a - r.b).abs(),
    };
    rows.sort_by(|x, y| {
        key(y)
            .total_cmp(&key(x))
            .then_with(|| (y.a + y.b).total_cmp(&(x.a + x.b)))
            .then_with(|| {
                mentions.entities[x.entity as usize]
                    .name
                    .cmp(&mentions.entities[y.entity as usize].name)
            })
    });
    rows.truncate(query.top_n);
    rows
}

fn words(corpus: &Corpus, doc: usize) -> f64 {
    corpus.articles.get(doc).map_or(1, |a| a.word_count.max(1)) as f64
}

/// One segment of every stacked corpus bar: an article, or the rest together.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleStack {
    /// The article; `None` for all the other articles together.
    pub doc: Option<usize>,
    /// How many articles the segment stands for (1 for an article).
    pub articles: usize,
    /// Its count for each bar, in bar order.
    pub values: Vec<f64>,
}

/// For stacked corpus bars: each shown entity's count in the articles `first` (the readers'
/// articles, which keep their own colours) and in the others that mention the shown
/// entities most, up to `max_articles` in all; the rest summed as one segment.
pub fn stacked_by_article(
    mentions: &CorpusMentions,
    rows: &[ChartRow],
    max_articles: usize,
    first: &[usize],
) -> Vec<ArticleStack> {
    let index: HashMap<u32, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.entity, i))
        .collect();
    let mut per_doc: Vec<(usize, Vec<f64>)> = mentions
        .docs
        .iter()
        .enumerate()
        .filter_map(|(d, doc)| {
            let mut v = vec![0.0; rows.len()];
            for m in doc {
                if let Some(&i) = index.get(&m.entity) {
                    v[i] += 1.0;
                }
            }
            v.iter().any(|x| *x > 0.0).then_some((d, v))
        })
        .collect();
    let rank = |d: usize| first.iter().position(|&f| f == d).unwrap_or(usize::MAX);
    per_doc.sort_by(|a, b| {
        rank(a.0).cmp(&rank(b.0)).then(
            b.1.iter()
                .sum::<f64>()
                .total_cmp(&a.1.iter().sum::<f64>())
                .then(a.0.cmp(&b.0)),
        )
    });
    let mut out: Vec<ArticleStack> = Vec::new();
    let mut other = vec![0.0; rows.len()];
    let mut others = 0;
    for (k, (d, v)) in per_doc.into_iter().enumerate() {
        if k < max_articles {
            out.push(ArticleStack {
                doc: Some(d),
                articles: 1,
                values: v,
            });
        } else {
            other.iter_mut().zip(v).for_each(|(o, x)| *o += x);
            others += 1;
        }
    }
    if others > 0 {
        out.push(ArticleStack {
            doc: None,
            articles: others,
            values: other,
        });
    }
    out
}

/// A line of the concordance: one mention with its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConcordanceLine {
    /// The article's index in the corpus.
    pub doc: usize,
    /// The mention.
    pub mention: Mention,
    /// Text before it, on the same paragraph, at most about `context` characters.
    pub left: String,
    /// The mention's text.
    pub matched: String,
    /// Text after it.
    pub right: String,
}

/// How concordance lines are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConcordanceSort {
    /// By article, then position.
    #[default]
    Article,
    /// By the words to the left, nearest word first.
    Left,
    /// By the words to the right.
    Right,
}

/// Every mention of `entity` in `docs` (all articles when `None`), with about `context`
/// characters of its paragraph on each side, in article order.
pub fn concordance(
    corpus: &Corpus,
    mentions: &CorpusMentions,
    entity: u32,
    docs: Option<&[usize]>,
    context: usize,
) -> Vec<ConcordanceLine> {
    concordance_until(
        corpus,
        mentions,
        entity,
        docs,
        context,
        &std::sync::atomic::AtomicBool::new(false),
    )
    .unwrap_or_default()
}

/// Like [`concordance`], built in parallel, giving up (`None`) once `cancelled` is set:
/// over a whole corpus a frequent entity has a million lines.
pub fn concordance_until(
    corpus: &Corpus,
    mentions: &CorpusMentions,
    entity: u32,
    docs: Option<&[usize]>,
    context: usize,
    cancelled: &std::sync::atomic::AtomicBool,
) -> Option<Vec<ConcordanceLine>> {
    use rayon::prelude::*;
    use std::sync::atomic::Ordering;
    let all: Vec<usize>;
    let docs = match docs {
        Some(d) => d,
        None => {
            all = (0..mentions.docs.len()).collect();
            &all
        }
    };
    let per_doc: Option<Vec<Vec<ConcordanceLine>>> = docs
        .par_iter()
        .map(|&d| {
            if cancelled.load(Ordering::Relaxed) {
                return None;
            }
            let Some(article) = corpus.articles.get(d) else {
                return Some(Vec::new());
            };
            Some(
                mentions_of(mentions, d, entity)
                    .map(|m| concordance_line(&article.text, d, *m, context))
                    .collect(),
            )
        })
        .collect();
    Some(per_doc?.into_iter().flatten().collect())
}

/// One line: the mention and the words of its paragraph around it. Only a few times the
/// context is searched for the paragraph's ends, so a 20 MB paragraph costs no more.
fn concordance_line(text: &str, doc: usize, m: Mention, context: usize) -> ConcordanceLine {
    let range = m.range();
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let window_start = floor(range.start.saturating_sub(context * 4));
    let before = &text[window_start..range.start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let left: String = before[line_start..]
        .chars()
        .rev()
        .take(context)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let window_end = floor((range.end + context * 4).min(text.len()));
    let after = &text[range.end..window_end];
    let line_end = after.find('\n').unwrap_or(after.len());
    let right: String = after[..line_end].chars().take(context).collect();
    ConcordanceLine {
        doc,
        mention: m,
        left,
        matched: text[range].to_owned(),
        right,
    }
}

/// Sorts concordance lines; ties keep article order. Each line's key (its nearest words,
/// lowercased) is made once, not once per comparison: sorting a million lines by left
/// context took 44 s when every comparison split and lowercased both lines.
pub fn sort_concordance(lines: &mut [ConcordanceLine], sort: ConcordanceSort) {
    use rayon::prelude::*;
    /// Words that decide an order in practice; more only costs memory.
    const KEY_WORDS: usize = 8;
    let place = |l: &ConcordanceLine| (l.doc, l.mention.start);
    match sort {
        ConcordanceSort::Article => lines.par_sort_by_key(place),
        ConcordanceSort::Left => lines.par_sort_by_cached_key(|l| {
            let words: Vec<String> = l
                .left
                .split_whitespace()
                .rev()
                .take(KEY_WORDS)
                .map(str::to_lowercase)
                .collect();
            (words, place(l))
        }),
        ConcordanceSort::Right => lines.par_sort_by_cached_key(|l| {
            let words: Vec<String> = l
                .right
                .split_whitespace()
                .take(KEY_WORDS)
                .map(str::to_lowercase)
                .collect();
            (words, place(l))
        }),
    }
}

/// Where in an article an entity is mentioned: (relative position 0..1, the mention).
pub fn dispersion(
    corpus: &Corpus,
    mentions: &CorpusMentions,
    doc: usize,
    entity: u32,
) -> Vec<(f64, Mention)> {
    let len = corpus.articles.get(doc).map_or(1, |a| a.text.len().max(1)) as f64;
    mentions_of(mentions, doc, entity)
        .map(|m| (m.start as f64 / len, *m))
        .collect()
}

/// The mentions of `entity` in article `doc`, in text order.
pub fn mentions_of(
    mentions: &CorpusMentions,
    doc: usize,
    entity: u32,
) -> impl Iterator<Item = &Mention> {
    mentions
        .docs
        .get(doc)
        .into_iter()
        .flatten()
        .filter(move |m| m.entity == entity)
}

/// The `n` entities mentioned most in `docs`, most first (ties by name).
pub fn leading_entities(mentions: &CorpusMentions, docs: &[usize], n: usize) -> Vec<u32> {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for &d in docs {
        for m in mentions.docs.get(d).into_iter().flatten() {
            *counts.entry(m.entity).or_default() += 1;
        }
    }
    let mut leading: Vec<(u32, usize)> = counts.into_iter().collect();
    leading.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| {
            mentions.entities[a.0 as usize]
                .name
                .cmp(&mentions.entities[b.0 as usize].name)
        })
    });
    leading.into_iter().take(n).map(|(e, _)| e).collect()
}

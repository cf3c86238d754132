//! One pass per document: lexicon matches, family names resolved, discovered names, and the
//! user's edits; documents run in parallel and share one entity table.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use super::discovery;
use super::lexicon::Lexicon;
use super::matcher::{self, LexMatch};
use super::{CountryKind, Entity, EntityType, Mention};
use crate::corpus::Corpus;

/// The mentions of one document before its discovered names join the corpus table.
#[derive(Debug, Clone, Default)]
pub struct DocMentions {
    /// Mentions whose entity indexes the lexicon (`< lexicon entities`) or, above that,
    /// `discovered`.
    pub mentions: Vec<Mention>,
    /// Names discovered in this document.
    pub discovered: Vec<Entity>,
}

/// Every mention in a corpus, by document, with one entity table.
#[derive(Debug, Clone, Default)]
pub struct CorpusMentions {
    /// Known and discovered entities; mentions index it.
    pub entities: Vec<Entity>,
    /// The mentions of each article, in the corpus's order, sorted by position.
    pub docs: Vec<Vec<Mention>>,
}

impl CorpusMentions {
    /// The entity a mention refers to.
    pub fn entity(&self, mention: &Mention) -> &Entity {
        &self.entities[mention.entity as usize]
    }

    /// Total mentions.
    pub fn mention_count(&self) -> usize {
        self.docs.iter().map(Vec::len).sum()
    }
}

/// Analyses one text alone (its discovered names get their own table).
pub fn analyze_text(lexicon: &Lexicon, text: &str) -> CorpusMentions {
    merge_documents(lexicon, vec![analyze_document(lexicon, text)])
}

/// Analyses every article of `corpus`, in parallel.
pub fn analyze_corpus(lexicon: &Lexicon, corpus: &Corpus) -> CorpusMentions {
    let docs: Vec<DocMentions> = corpus
        .articles
        .par_iter()
        .map(|a| analyze_document(lexicon, &a.text))
        .collect();
    merge_documents(lexicon, docs)
}

/// Like [`analyze_corpus`], but gives up between documents once `cancelled` is set, so a
/// count that the user superseded (another folder, another edit) frees its cores at once.
pub fn analyze_corpus_until(
    lexicon: &Lexicon,
    corpus: &Corpus,
    cancelled: &AtomicBool,
) -> Option<CorpusMentions> {
    let raw = analyze_corpus_raw_until(lexicon, corpus, cancelled)?;
    Some(with_user_edits(lexicon, &raw))
}

/// The mentions of a corpus before the user's renames, merges and hides: what
/// [`with_user_edits`] starts from, so that such an edit needs no recount.
pub fn analyze_corpus_raw_until(
    lexicon: &Lexicon,
    corpus: &Corpus,
    cancelled: &AtomicBool,
) -> Option<CorpusMentions> {
    let docs: Option<Vec<DocMentions>> = corpus
        .articles
        .par_iter()
        .map(|a| (!cancelled.load(Ordering::Relaxed)).then(|| analyze_document(lexicon, &a.text)))
        .collect();
    Some(merge_documents_raw(lexicon, docs?))
}

/// The lexicon's user edits (renames, merges, hides) applied to mentions counted before
/// them. Linear in the mentions: a hide over 100,000 articles takes a fraction of a second
/// instead of a recount, as long as the names the matcher looks for are the same.
pub fn with_user_edits(lexicon: &Lexicon, raw: &CorpusMentions) -> CorpusMentions {
    let mut mentions = raw.clone();
    lexicon
        .user
        .apply(&mut mentions.entities, &mut mentions.docs);
    mentions
}

/// Analyses one document; [`merge_documents`] joins several into one table. Callers that
/// stream articles (and drop their texts) use the two directly.
pub fn analyze_document(lexicon: &Lexicon, text: &str) -> DocMentions {
    let words = &lexicon.words;
    let matches = matcher::find(lexicon, text);
    let mut mentions = Vec::with_capacity(matches.len());
    let known = lexicon.entities.len() as u32;

    // Where each person is named in full, so a shared family name goes to the one named last.
    let mut full_names: HashMap<u32, Vec<usize>> = HashMap::new();
    for m in &matches {
        let p = &lexicon.patterns[m.pattern];
        if let Some(&target) = p.targets.first()
            && !p.short
            && lexicon.entities[target as usize].etype == EntityType::Person
        {
            full_names.entry(target).or_default().push(m.start);
        }
    }
    for m in &matches {
        if let Some(entity) = resolve(lexicon, m, &full_names) {
            mentions.push(Mention {
                start: m.start as u32,
                end: m.end as u32,
                entity,
                kind: lexicon.patterns[m.pattern].kind,
            });
        }
    }

    let covered: Vec<discovery::Covered> = matches
        .iter()
        .filter(|m| !m.nested)
        .map(|m| {
            let kind = lexicon.patterns[m.pattern].kind;
            let country_word = matches!(kind, Some(CountryKind::Name | CountryKind::Demonym));
            let place = lexicon.patterns[m.pattern]
                .targets
                .first()
                .is_some_and(|&t| lexicon.entities[t as usize].etype == EntityType::Place);
            (m.start, m.end, country_word, place)
        })
        .collect();
    let mut discovered: Vec<Entity> = Vec::new();
    let mut discovered_index: HashMap<(EntityType, String), usize> = HashMap::new();
    let found = discovery::discover(words, text, &covered);
    // A city inside a discovered organisation's name is part of that name, not a mention
    // of the city ("Irving Police Department"); a country word inside still counts.
    let mut org_spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.etype == EntityType::Org)
        .map(|f| (f.start, f.end))
        .collect();
    org_spans.sort_unstable();
    if !org_spans.is_empty() {
        mentions.retain(|m| {
            if lexicon.entities[m.entity as usize].etype != EntityType::Place {
                return true;
            }
            // The discovered names do not overlap: the last one starting at or before the
            // mention is the only one that can hold it.
            let k = org_spans.partition_point(|&(s, _)| s <= m.start as usize);
            k.checked_sub(1)
                .is_none_or(|k| m.end as usize > org_spans[k].1)
        });
    }
    for f in found {
        let index = *discovered_index
            .entry((f.etype, f.name.clone()))
            .or_insert_with(|| {
                discovered.push(Entity {
                    id: f.name.clone(),
                    name: f.name.clone(),
                    etype: f.etype,
                    country: None,
                    discovered: true,
                    found_by: Some(f.rule),
                });
                discovered.len() - 1
            });
        mentions.push(Mention {
            start: f.start as u32,
            end: f.end as u32,
            entity: known + index as u32,
            kind: None,
        });
    }
    // At one start, the organisation before the country word inside it.
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    DocMentions {
        mentions,
        discovered,
    }
}

/// The entity a match counts for: the candidate named in full last before it, else the one
/// named first after it; `None` for a family name no one in the text was named with.
/// `full_names` holds each person's positions in text order.
fn resolve(lexicon: &Lexicon, m: &LexMatch, full_names: &HashMap<u32, Vec<usize>>) -> Option<u32> {
    let p = &lexicon.patterns[m.pattern];
    match p.targets.as_slice() {
        [] => None,
        [only] => Some(*only),
        candidates => {
            let named = || {
                candidates
                    .iter()
                    .filter_map(|e| full_names.get(e).map(|at| (e, at)))
            };
            let last_before = named()
                .filter_map(|(e, at)| {
                    let before = at.partition_point(|&a| a < m.start);
                    before.checked_sub(1).map(|i| (at[i], *e))
                })
                .max();
            let first_anywhere = || named().map(|(e, at)| (at[0], *e)).min();
            last_before.or_else(first_anywhere).map(|(_, e)| e)
        }
    }
}

/// Joins per-document results, in order, into one table, then applies the user's renames,
/// merges and hides.
pub fn merge_documents(lexicon: &Lexicon, docs: Vec<DocMentions>) -> CorpusMentions {
    let raw = merge_documents_raw(lexicon, docs);
    let mut mentions = raw;
    lexicon
        .user
        .apply(&mut mentions.entities, &mut mentions.docs);
    mentions
}

/// Joins per-document results, in order, into one table, without the user's edits.
fn merge_documents_raw(lexicon: &Lexicon, docs: Vec<DocMentions>) -> CorpusMentions {
    let mut table = EntityTable::new(lexicon);
    let out_docs = docs
        .into_iter()
        .map(|doc| table.add_document(doc))
        .collect();
    CorpusMentions {
        entities: table.entities,
        docs: out_docs,
    }
}

/// The corpus-wide entity table as documents join it: the lexicon's entities first, then
/// each discovered name in the order it is first met.
pub(super) struct EntityTable {
    known: u32,
    pub(super) entities: Vec<Entity>,
    index: HashMap<(EntityType, String), u32>,
}

impl EntityTable {
    pub(super) fn new(lexicon: &Lexicon) -> EntityTable {
        let entities = lexicon.entities.clone();
        let index = entities
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.etype, e.name.clone()), i as u32))
            .collect();
        EntityTable {
            known: lexicon.entities.len() as u32,
            entities,
            index,
        }
    }

    /// The table index of a discovered name, added if new. A discovered name that the
    /// lexicon knows under the same type stays known.
    pub(super) fn discovered(&mut self, e: &Entity) -> u32 {
        if let Some(&i) = self.index.get(&(e.etype, e.name.clone())) {
            return i;
        }
        self.entities.push(e.clone());
        let i = (self.entities.len() - 1) as u32;
        self.index.insert((e.etype, e.name.clone()), i);
        i
    }

    /// One document's mentions with their entities in this table.
    pub(super) fn add_document(&mut self, doc: DocMentions) -> Vec<Mention> {
        let local: Vec<u32> = doc.discovered.iter().map(|e| self.discovered(e)).collect();
        let known = self.known;
        doc.mentions
            .into_iter()
            .map(|mut m| {
                if m.entity >= known {
                    m.entity = local[(m.entity - known) as usize];
                }
                m
            })
            .collect()
    }
}

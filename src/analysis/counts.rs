//! Mention counts per entity, over the corpus or per document.

use std::collections::BTreeMap;

use super::{CorpusMentions, EntityType};

/// How counts are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountBy {
    /// One row per entity, summed over the corpus.
    Corpus,
    /// One row per document and entity.
    Doc,
}

/// One row of counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountRow {
    /// The document's index, for per-document counts.
    pub doc: Option<usize>,
    /// Index into the entity table.
    pub entity: u32,
    /// Mentions.
    pub mentions: usize,
    /// Of which as a name, demonym and capital (countries only).
    pub by_kind: [usize; 3],
    /// Documents that mention it at least once.
    pub docs: usize,
}

/// Counts, largest first (then by entity name), restricted to `types` when not empty.
pub fn count_rows(mentions: &CorpusMentions, by: CountBy, types: &[EntityType]) -> Vec<CountRow> {
    let wanted = |e: u32| types.is_empty() || types.contains(&mentions.entities[e as usize].etype);
    let mut rows: BTreeMap<(Option<usize>, u32), CountRow> = BTreeMap::new();
    for (d, doc) in mentions.docs.iter().enumerate() {
        let mut seen_here = std::collections::HashSet::new();
        for m in doc.iter().filter(|m| wanted(m.entity)) {
            let key = (if by == CountBy::Doc { Some(d) } else { None }, m.entity);
            let row = rows.entry(key).or_insert(CountRow {
                doc: key.0,
                entity: m.entity,
                mentions: 0,
                by_kind: [0; 3],
                docs: 0,
            });
            row.mentions += 1;
            if let Some(kind) = m.kind {
                row.by_kind[kind as usize] += 1;
            }
            if seen_here.insert(m.entity) {
                row.docs += 1;
            }
        }
    }
    let mut rows: Vec<CountRow> = rows.into_values().collect();
    rows.sort_by(|a, b| {
        a.doc
            .cmp(&b.doc)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| {
                mentions.entities[a.entity as usize]
                    .name
                    .cmp(&mentions.entities[b.entity as usize].name)
            })
    });
    rows
}

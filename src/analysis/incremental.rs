//! Counting again after the user adds a name to the lexicon, or takes one back: only the
//! articles that contain a word of a changed name can count differently, so only they are
//! read again. Confirming a name over 100,000 articles then costs a text search, not a
//! recount.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use aho_corasick::AhoCorasick;
use rayon::prelude::*;

use super::engine::{CorpusMentions, EntityTable, analyze_document};
use super::lexicon::Lexicon;
use super::{Entity, EntityType, Mention};
use crate::corpus::Corpus;

/// The mentions of `corpus` under `lexicon`, before the user's renames, merges and hides,
/// from `old`: the same mentions counted with `old_lexicon`, which differs from `lexicon`
/// only in the names `changed` (added, taken back or given another type) and in the order
/// of the user's additions. The result is
/// what a full recount gives. `None` once `cancelled` is set.
pub fn recount_changed_names(
    lexicon: &Lexicon,
    old_lexicon: &Lexicon,
    old: &CorpusMentions,
    corpus: &Corpus,
    changed: &[String],
    cancelled: &AtomicBool,
) -> Option<CorpusMentions> {
    let old_known = old_lexicon.entities.len();
    let known_now = known_entity_map(&old_lexicon.entities, &lexicon.entities);
    let reread = match name_words(changed) {
        None => Reread::All,
        Some(words) if words.is_empty() => Reread::None,
        Some(words) => AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&words)
            .map_or(Reread::All, Reread::Containing),
    };

    let docs: Option<Vec<Option<_>>> = corpus
        .articles
        .par_iter()
        .zip(old.docs.par_iter())
        .map(|(article, mentions)| {
            if cancelled.load(Ordering::Relaxed) {
                return None;
            }
            let contains_name = reread.includes(&article.text);
            // A known entity that is gone (a name taken back) leaves the article to be read.
            let lost_entity = || {
                mentions.iter().any(|m| {
                    (m.entity as usize) < old_known && known_now[m.entity as usize].is_none()
                })
            };
            Some((contains_name || lost_entity()).then(|| analyze_document(lexicon, &article.text)))
        })
        .collect();

    let mut table = EntityTable::new(lexicon);
    let mut old_to_new: Vec<Option<u32>> = known_now;
    old_to_new.resize(old.entities.len(), None);
    let out = docs?
        .into_iter()
        .zip(&old.docs)
        .map(|(fresh, kept)| match fresh {
            Some(doc) => table.add_document(doc),
            None => kept
                .iter()
                .map(|m| {
                    let i = m.entity as usize;
                    let entity =
                        *old_to_new[i].get_or_insert_with(|| table.discovered(&old.entities[i]));
                    Mention { entity, ..*m }
                })
                .collect(),
        })
        .collect();
    Some(CorpusMentions {
        entities: table.entities,
        docs: out,
    })
}

/// Which articles are read again.
enum Reread {
    /// None: only the order of the additions changed.
    None,
    /// Every one: a name has no word to search for.
    All,
    /// Those that contain one of these words.
    Containing(AhoCorasick),
}

impl Reread {
    fn includes(&self, text: &str) -> bool {
        match self {
            Reread::None => false,
            Reread::All => true,
            Reread::Containing(words) => words.is_match(text),
        }
    }
}

/// Where each entity of the old lexicon sits in the new one; `None` for one that is gone.
/// Entities match by type, key and name, the n-th of a kind to the n-th.
fn known_entity_map(old: &[Entity], new: &[Entity]) -> Vec<Option<u32>> {
    type Key<'a> = (EntityType, &'a str, &'a str);
    let mut places: HashMap<Key, Vec<u32>> = HashMap::new();
    for (i, e) in new.iter().enumerate().rev() {
        places
            .entry((e.etype, &e.id, &e.name))
            .or_default()
            .push(i as u32);
    }
    old.iter()
        .map(|e| {
            places
                .get_mut(&(e.etype, &e.id, &e.name))
                .and_then(Vec::pop)
        })
        .collect()
}

/// The words of the names that an article must contain for one of the names (or a family
/// name or possessive made from it) to be found in it; `None`, meaning "read every
/// article", when a name has no word of two letters or more to look for.
fn name_words(names: &[String]) -> Option<Vec<String>> {
    let words_of = |n: &'_ str| -> Vec<String> {
        n.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_owned)
            .collect()
    };
    let mut words = Vec::new();
    for name in names {
        let mine = words_of(name);
        if mine.is_empty() {
            return None;
        }
        words.extend(mine);
    }
    words.sort();
    words.dedup();
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_searched_for_by_its_words() {
        let names = ["Jean-Luc O’Brien".to_owned(), "ACME Corp.".to_owned()];
        assert_eq!(
            name_words(&names),
            Some(
                ["ACME", "Brien", "Corp", "Jean", "Luc"]
                    .map(String::from)
                    .to_vec()
            )
        );
        assert_eq!(name_words(&["X".to_owned()]), None);
        assert_eq!(name_words(&[]), Some(Vec::new()));
    }
}

#[cfg(test)]
mod equals_a_recount {
    use std::sync::atomic::AtomicBool;

    use super::recount_changed_names;
    use crate::analysis::{
        Added, EntityType, Lexicon, UserLexicon, analyze_corpus_raw_until, lexicon_entry,
    };
    use crate::corpus::Corpus;

    fn corpus() -> Corpus {
        let mut corpus = Corpus::seeds();
        let template = corpus.articles[0].clone();
        for text in [
            "Jean Dupont met officials in Lyon. Dupont said Acme Widgets would pay. Iran was silent.",
            "Marta Quispe of Acme Widgets spoke in Lima on Tuesday. Quispe thanked Peru.",
            "Nothing here but Israel, Tehran and the Pentagon.",
            "DUPONT and acme widgets in capitals; Dupont's plan.",
        ] {
            let mut article = template.clone();
            article.text = text.to_owned();
            corpus.articles.push(article);
        }
        corpus
    }

    fn added(name: &str, etype: EntityType) -> Added {
        Added {
            etype,
            data: lexicon_entry(name),
        }
    }

    /// Counts with `before`, edits to `after`, and checks the incremental count against a
    /// full one.
    fn check(before: Vec<Added>, after: Vec<Added>, changed: &[&str]) {
        let corpus = corpus();
        let go = AtomicBool::new(false);
        let old_lexicon = Lexicon::with_user(UserLexicon {
            add: before,
            ..UserLexicon::default()
        })
        .unwrap();
        let old = analyze_corpus_raw_until(&old_lexicon, &corpus, &go).unwrap();
        let lexicon = Lexicon::with_user(UserLexicon {
            add: after,
            ..UserLexicon::default()
        })
        .unwrap();
        let changed: Vec<String> = changed.iter().map(|s| s.to_string()).collect();
        let incremental =
            recount_changed_names(&lexicon, &old_lexicon, &old, &corpus, &changed, &go).unwrap();
        let full = analyze_corpus_raw_until(&lexicon, &corpus, &go).unwrap();
        assert_eq!(incremental.entities, full.entities);
        assert_eq!(incremental.docs, full.docs);
    }

    #[test]
    fn confirming_a_name_counts_as_a_recount_would() {
        check(
            Vec::new(),
            vec![added("Jean Dupont", EntityType::Person)],
            &["Jean Dupont"],
        );
    }

    #[test]
    fn taking_a_name_back_and_adding_another_counts_as_a_recount_would() {
        check(
            vec![
                added("Jean Dupont", EntityType::Person),
                added("Lyon", EntityType::Place),
            ],
            vec![
                added("Lyon", EntityType::Place),
                added("Acme Widgets", EntityType::Org),
            ],
            &["Acme Widgets", "Jean Dupont"],
        );
    }

    #[test]
    fn a_new_type_for_a_name_and_a_new_order_count_as_a_recount_would() {
        check(
            vec![
                added("Marta Quispe", EntityType::Org),
                added("Lyon", EntityType::Place),
            ],
            vec![
                added("Lyon", EntityType::Place),
                added("Marta Quispe", EntityType::Person),
            ],
            &["Marta Quispe"],
        );
        check(
            vec![
                added("Marta Quispe", EntityType::Person),
                added("Lyon", EntityType::Place),
            ],
            vec![
                added("Lyon", EntityType::Place),
                added("Marta Quispe", EntityType::Person),
            ],
            &[],
        );
    }

    #[test]
    fn a_cancelled_recount_gives_nothing() {
        let corpus = corpus();
        let lexicon = Lexicon::shipped().unwrap();
        let old = analyze_corpus_raw_until(&lexicon, &corpus, &AtomicBool::new(false)).unwrap();
        let stop = AtomicBool::new(true);
        let none =
            recount_changed_names(&lexicon, &lexicon, &old, &corpus, &["Iran".into()], &stop);
        assert!(none.is_none());
    }
}

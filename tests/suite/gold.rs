//! The engine scored against the hand-annotated seeds (`../shared/gold/seeds`), at count
//! level as a mention plot shows it: per document and entity, true positives are
//! min(predicted, gold). Entities are keyed as `shared/tools/eval_mentions.py` keys them.

use std::collections::HashMap;
use std::path::PathBuf;

use parallax::analysis::{EntityType, Lexicon, analyze_corpus};
use parallax::corpus::{LoadOptions, Progress, load_paths};

struct GoldRow {
    text: String,
    etype: String,
    entity: String,
}

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/seeds")
}

fn load_gold() -> HashMap<String, Vec<GoldRow>> {
    let dir = gold_dir();
    let mut gold = HashMap::new();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the gold annotations live in ../shared)",
            dir.display()
        )
    });
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let rows = text
            .lines()
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                GoldRow {
                    text: f[2].to_owned(),
                    etype: f[3].to_owned(),
                    entity: f[4].to_owned(),
                }
            })
            .collect();
        gold.insert(
            path.file_stem().unwrap().to_string_lossy().into_owned(),
            rows,
        );
    }
    gold
}

/// The scorer's normal form of a name: straight apostrophe, no possessive, no title, lowercase.
fn norm(s: &str) -> String {
    let mut s = s.replace('\u{2019}', "'").trim().to_owned();
    if let Some(stripped) = s.strip_suffix("'s") {
        s = stripped.to_owned();
    }
    let lower = s.to_lowercase();
    for title in [
        "president ",
        "prime minister ",
        "secretary ",
        "senator ",
        "sen. ",
        "gen. ",
        "general ",
        "mr. ",
        "mrs. ",
        "ms. ",
        "dr. ",
        "foreign minister ",
        "minister ",
        "adviser ",
        "advisor ",
        "ayatollah ",
        "supreme leader ",
    ] {
        if lower.starts_with(title) {
            s = s[title.len()..].to_owned();
            break;
        }
    }
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_matches([' ', '.', ','])
        .to_owned()
}

#[test]
fn engine_matches_the_gold_annotations_of_the_seeds() {
    let gold = load_gold();
    assert_eq!(gold.len(), 2, "two annotated seeds");
    // Surface forms and family names the gold uses, per type.
    let mut surf: HashMap<(String, String), String> = HashMap::new();
    let mut family: HashMap<String, Vec<String>> = HashMap::new();
    for rows in gold.values() {
        for r in rows {
            surf.insert((r.etype.clone(), norm(&r.text)), r.entity.clone());
            surf.insert((r.etype.clone(), norm(&r.entity)), r.entity.clone());
            if r.etype == "person" {
                let fam = norm(r.text.split_whitespace().last().unwrap_or(""));
                let list = family.entry(fam).or_default();
                if !list.contains(&r.entity) {
                    list.push(r.entity.clone());
                }
            }
        }
    }

    let outcome = load_paths(
        &[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")],
        LoadOptions::default(),
        &Progress::default(),
    );
    let lexicon = Lexicon::shipped().unwrap();
    let found = analyze_corpus(&lexicon, &outcome.corpus);

    let types = ["country", "person", "org", "place"];
    let mut table = Vec::new();
    let (mut all_tp, mut all_pred, mut all_gold) = (0, 0, 0);
    for t in types {
        let (mut tp, mut npred, mut ngold) = (0, 0, 0);
        for (article, doc) in outcome.corpus.articles.iter().zip(&found.docs) {
            let stem = article.origin.display.trim_end_matches(".txt");
            let gold_rows = &gold[stem];
            let mut g: HashMap<String, usize> = HashMap::new();
            for r in gold_rows.iter().filter(|r| r.etype == t) {
                *g.entry(r.entity.clone()).or_default() += 1;
            }
            let mut p: HashMap<String, usize> = HashMap::new();
            for m in doc {
                let e = found.entity(m);
                if e.etype.as_str() != t {
                    continue;
                }
                let text = &article.text[m.range()];
                let key = if e.etype == EntityType::Country {
                    e.id.clone()
                } else {
                    [norm(&e.name), norm(text)]
                        .iter()
                        .find_map(|c| surf.get(&(t.to_owned(), c.clone())).cloned())
                        .or_else(|| {
                            (e.etype == EntityType::Person).then(|| {
                                let fam = norm(text.split_whitespace().last().unwrap_or(""));
                                family
                                    .get(&fam)
                                    .filter(|l| l.len() == 1)
                                    .map(|l| l[0].clone())
                            })?
                        })
                        .unwrap_or_else(|| format!("?{}", norm(&e.name)))
                };
                *p.entry(key).or_default() += 1;
            }
            tp += g
                .iter()
                .map(|(k, n)| (*n).min(p.get(k).copied().unwrap_or(0)))
                .sum::<usize>();
            npred += p.values().sum::<usize>();
            ngold += g.values().sum::<usize>();
        }
        let precision = tp as f64 / npred.max(1) as f64;
        let recall = tp as f64 / ngold.max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        table.push((t, ngold, npred, precision, recall, f1));
        all_tp += tp;
        all_pred += npred;
        all_gold += ngold;
    }
    let precision = all_tp as f64 / all_pred.max(1) as f64;
    let recall = all_tp as f64 / all_gold.max(1) as f64;
    let micro = 2.0 * precision * recall / (precision + recall);
    println!("type      gold  pred  precision  recall  F1");
    for (t, g, p, pr, re, f) in &table {
        println!("{t:8} {g:5} {p:5}  {pr:9.3}  {re:6.3}  {f:.3}");
    }
    println!("all      {all_gold:5} {all_pred:5}  {precision:9.3}  {recall:6.3}  {micro:.3}");
    assert!(micro >= 0.97, "micro F1 {micro:.3} < 0.97");
    for (t, _, _, _, _, f) in &table {
        assert!(*f >= 0.93, "{t} F1 {f:.3} < 0.93");
    }
}

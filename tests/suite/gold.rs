//! The engine scored against hand-annotated articles, at count level as a mention plot
//! shows it: per document and entity, true positives are min(predicted, gold). Entities are
//! keyed as `shared/tools/eval_mentions.py` keys them. The seeds (`../shared/gold/seeds`)
//! and our own development and held-out sets (`tests/gold/`, other topics, outlets and
//! years; sources in `tests/gold/SOURCES.md`).

use std::collections::HashMap;
use std::path::PathBuf;

use parallax::analysis::{EntityType, Lexicon, analyze_corpus};
use parallax::corpus::{LoadOptions, Progress, load_paths};

struct GoldRow {
    text: String,
    etype: String,
    entity: String,
}

fn seeds_gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/seeds")
}

fn own_gold_dir(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gold")
        .join(set)
}

fn load_gold(dir: &std::path::Path) -> HashMap<String, Vec<GoldRow>> {
    let mut gold = HashMap::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the seeds' gold lives in ../shared, ours in tests/gold)",
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

/// Per type (country, person, org, place, then all): gold, predicted, precision, recall, F1.
type Scores = Vec<(&'static str, usize, usize, f64, f64, f64)>;

/// Scores the engine on the `.txt` files of `texts` against `gold` (keyed by file stem).
fn score(gold: &HashMap<String, Vec<GoldRow>>, texts: &[PathBuf]) -> Scores {
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

    let outcome = load_paths(texts, LoadOptions::default(), &Progress::default());
    let lexicon = Lexicon::shipped().unwrap();
    let found = analyze_corpus(&lexicon, &outcome.corpus);

    let types = ["country", "person", "org", "place"];
    let mut table = Vec::new();
    let (mut all_tp, mut all_pred, mut all_gold) = (0, 0, 0);
    for t in types {
        let (mut tp, mut npred, mut ngold) = (0, 0, 0);
        for (article, doc) in outcome.corpus.articles.iter().zip(&found.docs) {
            let stem = article.origin.display.trim_end_matches(".txt");
            let stem = stem.rsplit('/').next().unwrap_or(stem);
            let Some(gold_rows) = gold.get(stem) else {
                continue;
            };
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
        table.push(row(t, tp, npred, ngold));
        all_tp += tp;
        all_pred += npred;
        all_gold += ngold;
    }
    table.push(row("all", all_tp, all_pred, all_gold));
    table
}

fn row(
    t: &'static str,
    tp: usize,
    npred: usize,
    ngold: usize,
) -> (&'static str, usize, usize, f64, f64, f64) {
    let precision = tp as f64 / npred.max(1) as f64;
    let recall = tp as f64 / ngold.max(1) as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (t, ngold, npred, precision, recall, f1)
}

fn print(title: &str, table: &Scores) {
    println!("\nmention scores, {title}:");
    println!("type      gold  pred  precision  recall  F1");
    for (t, g, p, pr, re, f) in table {
        println!("{t:8} {g:5} {p:5}  {pr:9.3}  {re:6.3}  {f:.3}");
    }
}

#[test]
fn engine_matches_the_gold_annotations_of_the_seeds() {
    let gold = load_gold(&seeds_gold_dir());
    assert_eq!(gold.len(), 2, "two annotated seeds");
    let table = score(
        &gold,
        &[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")],
    );
    print("seeds", &table);
    for (t, _, _, _, _, f) in &table {
        assert!(*f >= 0.999, "{t} F1 {f:.3} on the seeds < 1.000");
    }
}

/// Our own annotated articles on other topics (issue 9): the scores are printed by the
/// test command, and a drop below today's marks fails. The held-out set is never tuned on.
#[test]
fn engine_scores_on_the_development_and_held_out_sets() {
    for (set, floor) in [("dev", 0.82), ("holdout", 0.75)] {
        let dir = own_gold_dir(set);
        let gold = load_gold(&dir);
        assert!(gold.len() >= 6, "{set}: {} annotated articles", gold.len());
        let texts: Vec<PathBuf> = gold
            .keys()
            .map(|stem| dir.join(format!("{stem}.txt")))
            .collect();
        let table = score(&gold, &texts);
        print(set, &table);
        let micro = table.last().map_or(0.0, |r| r.5);
        assert!(micro >= floor, "{set}: micro F1 {micro:.3} < {floor}");
    }
}

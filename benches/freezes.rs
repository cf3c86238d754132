//! What froze the window at 100,000 articles (issue 7), timed before and after in one run:
//! the "before" is the old way, kept here as the named baseline, the "after" is the code
//! the app runs. Run with `cargo bench --bench freezes`; it makes the corpus with the shared
//! `bench/make_corpus.py` (in `target/bench/corpus-100000`) when it is not there yet.

// A bench that cannot load its corpus should stop.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use parallax::analysis::incremental::recount_changed_names;
use parallax::analysis::{
    Added, ConcordanceLine, ConcordanceSort, Lexicon, UserLexicon, analyze_corpus,
    analyze_corpus_raw_until, concordance, entity_stats, lexicon_entry, mentions_of,
    sort_concordance, with_user_edits,
};
use parallax::corpus::{
    Article, Corpus, LoadOptions, Progress, Sort, SortKey, article_order, load_paths,
};

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench/corpus-100000");
    if !dir.exists() {
        let made = std::process::Command::new("python3")
            .arg("../shared/bench/make_corpus.py")
            .arg(&dir)
            .args(["--docs", "100000"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("python3 runs make_corpus.py");
        assert!(made.success(), "make_corpus.py failed");
    }
    let started = Instant::now();
    let outcome = load_paths(&[dir], LoadOptions::default(), &Progress::default());
    let corpus = outcome.corpus;
    let lexicon = Lexicon::shipped().expect("shipped lexicon");
    let mentions = analyze_corpus(&lexicon, &corpus);
    let stats = entity_stats(&corpus, &mentions);
    println!(
        "corpus: {} articles, {} mentions, loaded and counted in {:.1} s; cores: {}",
        corpus.articles.len(),
        mentions.mention_count(),
        started.elapsed().as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // 1. The corpus table sorted by title.
    let before = time(|| title_order_per_comparison(&corpus.articles));
    let after = time(|| {
        article_order(
            &corpus.articles,
            Sort {
                key: SortKey::Title,
                descending: false,
            },
            "",
        )
    });
    report("sort the corpus table by title", before, after);

    // 2. The whole-corpus concordance of the most mentioned entity, sorted by left context.
    let top = stats[0].entity;
    let name = &mentions.entities[top as usize].name;
    let before = time(|| {
        let mut lines = concordance_sequential(&corpus, &mentions, top);
        lines.sort_by(|a, b| {
            words_rev(&a.left)
                .cmp(&words_rev(&b.left))
                .then((a.doc, a.mention.start).cmp(&(b.doc, b.mention.start)))
        });
        lines.len()
    });
    let after = time(|| {
        let mut lines = concordance(&corpus, &mentions, top, None, 70);
        sort_concordance(&mut lines, ConcordanceSort::Left);
        lines.len()
    });
    report(
        &format!("concordance of {name}, sorted by left context"),
        before,
        after,
    );

    // 3. Hiding a country: the baseline counts the corpus again with the edited lexicon;
    // the app re-applies the edit to the mentions it has (the names looked for are the same).
    let user = UserLexicon {
        hide: vec!["Iran".into()],
        ..UserLexicon::default()
    };
    let edited = Lexicon::with_user(user).expect("lexicon");
    let before = time(|| analyze_corpus(&edited, &corpus).mention_count());
    let raw = analyze_corpus_raw_until(&lexicon, &corpus, &AtomicBool::new(false)).unwrap();
    let after = time(|| {
        let mentions = with_user_edits(&edited, &raw);
        entity_stats(&corpus, &mentions).len()
    });
    report("hide a country", before, after);

    // 4. Confirming a discovered name with a type: the baseline counts the corpus again;
    // the app reads again only the articles that contain a word of the name. The name is
    // the most mentioned discovered one, the case where the most articles are read again.
    let stats = entity_stats(&corpus, &raw);
    let name = stats
        .iter()
        .find(|s| raw.entities[s.entity as usize].discovered)
        .map(|s| raw.entities[s.entity as usize].clone())
        .expect("a discovered name");
    let user = UserLexicon {
        add: vec![Added {
            etype: name.etype,
            data: lexicon_entry(&name.name),
        }],
        ..UserLexicon::default()
    };
    let confirmed = Lexicon::with_user(user).expect("lexicon");
    let before = time(|| analyze_corpus(&confirmed, &corpus).mention_count());
    let after = time(|| {
        recount_changed_names(
            &confirmed,
            &lexicon,
            &raw,
            &corpus,
            std::slice::from_ref(&name.name),
            &AtomicBool::new(false),
        )
        .unwrap()
        .mention_count()
    });
    report(
        &format!("confirm \"{}\" as a name", name.name),
        before,
        after,
    );
}

fn time<T>(work: impl Fn() -> T) -> f64 {
    let started = Instant::now();
    black_box(work());
    started.elapsed().as_secs_f64()
}

fn report(what: &str, before: f64, after: f64) {
    println!(
        "{what:<58} before {before:>8.2} s   after {after:>8.3} s   ratio {:.3}",
        after / before
    );
}

/// The baseline: every comparison lowercased both titles.
fn title_order_per_comparison(articles: &[Article]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&i, &j| {
        articles[i]
            .title
            .to_lowercase()
            .cmp(&articles[j].title.to_lowercase())
            .then(i.cmp(&j))
    });
    order
}

fn words_rev(s: &str) -> Vec<String> {
    s.split_whitespace().rev().map(str::to_lowercase).collect()
}

/// The baseline: one thread, and each line's paragraph searched back to its start.
fn concordance_sequential(
    corpus: &Corpus,
    mentions: &parallax::analysis::CorpusMentions,
    entity: u32,
) -> Vec<ConcordanceLine> {
    let mut lines = Vec::new();
    for (d, article) in corpus.articles.iter().enumerate() {
        let text = &article.text;
        for m in mentions_of(mentions, d, entity) {
            let range = m.range();
            let before = &text[..range.start];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let left: String = before[line_start..]
                .chars()
                .rev()
                .take(70)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after = &text[range.end..];
            let line_end = after.find('\n').unwrap_or(after.len());
            let right: String = after[..line_end].chars().take(70).collect();
            lines.push(ConcordanceLine {
                doc: d,
                mention: *m,
                left,
                matched: text[range].to_owned(),
                right,
            });
        }
    }
    lines
}

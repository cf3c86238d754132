//! Loading real files: every format and encoding, and every kind of bad file.

use std::path::PathBuf;

use parallax::corpus::{Corpus, Format, LoadOptions, Progress, SkipReason, load_paths};

use crate::util::fixture;

fn load(paths: &[PathBuf]) -> parallax::corpus::LoadOutcome {
    load_paths(paths, LoadOptions::default(), &Progress::default())
}

fn article<'a>(corpus: &'a Corpus, display: &str) -> &'a parallax::corpus::Article {
    corpus
        .articles
        .iter()
        .find(|a| a.origin.display == display)
        .unwrap_or_else(|| {
            panic!(
                "no article {display}; have {:?}",
                corpus
                    .articles
                    .iter()
                    .map(|a| &a.origin.display)
                    .collect::<Vec<_>>()
            )
        })
}

#[test]
fn mixed_folder_loads_the_good_and_lists_the_bad() {
    let outcome = load(&[fixture("mixed")]);
    let displays: Vec<&str> = outcome
        .corpus
        .articles
        .iter()
        .map(|a| a.origin.display.as_str())
        .collect();
    assert_eq!(
        displays,
        [
            "batch.json#1",
            "batch.json#2",
            "cp1252.txt",
            "feed.jsonl#1",
            "feed.jsonl#3",
            "invalid_utf8.txt",
            "nested/brief.md",
            "page.htm",
            "utf16.txt",
            "utf8_bom.txt",
        ]
    );
    let skipped: Vec<(String, SkipReason)> = outcome
        .skipped
        .iter()
        .map(|s| (s.display.clone(), s.reason.clone()))
        .collect();
    assert_eq!(skipped.len(), 5, "{skipped:?}");
    assert_eq!(skipped[0], ("binary.txt".into(), SkipReason::Binary));
    assert!(matches!(&skipped[1], (d, SkipReason::BrokenJson(_)) if d == "broken.json"));
    assert_eq!(skipped[2], ("empty.txt".into(), SkipReason::Empty));
    assert!(matches!(&skipped[3], (d, SkipReason::BrokenJson(_)) if d == "feed.jsonl line 2"));
    assert_eq!(
        skipped[4],
        (
            "photo.png".into(),
            SkipReason::UnknownExtension(".png".into())
        )
    );
    assert!(!outcome.cancelled);
    assert_eq!(outcome.corpus.name, "mixed");
}

#[test]
fn legacy_and_unicode_encodings_come_out_right() {
    let corpus = load(&[fixture("mixed")]).corpus;
    let cp1252 = article(&corpus, "cp1252.txt");
    assert_eq!(cp1252.origin.encoding, "windows-1252");
    assert!(cp1252.text.contains(
        "“We paved the way to Tehran,” Netanyahu said. It’s the Israel–Iran war’s second week."
    ));
    assert_eq!(cp1252.title, "Windows-1252 report on Israel–Iran");

    let utf16 = article(&corpus, "utf16.txt");
    assert_eq!(utf16.origin.encoding, "UTF-16LE");
    assert_eq!(utf16.title, "UTF-16 report from Be’er Sheva");
    assert!(!utf16.text.starts_with('\u{feff}'));

    let bom = article(&corpus, "utf8_bom.txt");
    assert_eq!(bom.origin.encoding, "UTF-8");
    assert!(
        bom.text.starts_with("BOM headline"),
        "BOM must not stay in the text"
    );

    let invalid = article(&corpus, "invalid_utf8.txt");
    assert!(invalid.text.contains("in Tehran."));
}

#[test]
fn html_gives_the_article_without_page_chrome() {
    let corpus = load(&[fixture("mixed")]).corpus;
    let page = article(&corpus, "page.htm");
    assert_eq!(page.origin.format, Format::Html);
    assert_eq!(
        page.text,
        "Strikes continue overnight\n\nIsraeli jets struck targets near Isfahan “overnight”.\n\nSirens in Haifa\n\nTalks in Oman postponed"
    );
    assert_eq!(page.title, "Strikes continue overnight");
    assert_eq!(page.outlet, "Daily Example");

    let good = load(&[fixture("good")]).corpus;
    let html = article(&good, "mediation.html");
    assert_eq!(html.outlet, "Example Times");
    assert_eq!(html.date.as_deref(), Some("2025-06-15"));
    assert!(!html.text.contains("Home") && !html.text.contains("©"));
}

#[test]
fn json_and_jsonl_fields_become_metadata() {
    let corpus = load(&[fixture("mixed")]).corpus;
    let one = article(&corpus, "batch.json#1");
    assert_eq!(
        (
            one.title.as_str(),
            one.outlet.as_str(),
            one.date.as_deref(),
            one.url.as_deref()
        ),
        (
            "JSON headline one",
            "Wire One",
            Some("2025-06-16"),
            Some("https://example.org/1")
        )
    );
    assert_eq!(one.text, "Body one mentions Iran.");
    let two = article(&corpus, "batch.json#2");
    assert_eq!(
        (two.title.as_str(), two.outlet.as_str()),
        ("JSON headline two", "Wire Two")
    );
    let line = article(&corpus, "feed.jsonl#3");
    assert_eq!(
        (line.title.as_str(), line.outlet.as_str(), line.word_count),
        ("Line three", "L3", 3)
    );
}

#[test]
fn plain_text_metadata_and_fallbacks() {
    let corpus = load(&[fixture("good")]).corpus;
    let txt = article(&corpus, "strikes.txt");
    assert_eq!(txt.title, "Israel strikes Iranian nuclear sites");
    assert_eq!(txt.date.as_deref(), Some("2025-06-13"));
    assert_eq!(
        txt.outlet, "strikes",
        "no outlet stated: the file name stands in"
    );
    let md = article(&corpus, "retaliation.md");
    assert_eq!(
        (md.outlet.as_str(), md.date.as_deref()),
        ("Example Wire", Some("2025-06-14"))
    );
}

#[test]
fn files_over_the_limit_are_skipped_with_sizes() {
    let outcome = load_paths(
        &[fixture("good")],
        LoadOptions {
            max_file_bytes: 100,
        },
        &Progress::default(),
    );
    assert!(outcome.corpus.articles.is_empty());
    assert_eq!(outcome.skipped.len(), 3);
    assert!(
        outcome
            .skipped
            .iter()
            .all(|s| matches!(s.reason, SkipReason::TooLarge { limit: 100, .. }))
    );
    assert!(outcome.skipped[0].to_string().contains("too large"));
}

#[test]
fn a_single_file_and_several_roots() {
    let one = load(&[fixture("good/strikes.txt")]);
    assert_eq!(one.corpus.name, "strikes.txt");
    assert_eq!(one.corpus.articles[0].origin.display, "strikes.txt");
    let both = load(&[fixture("good"), fixture("mixed/nested")]);
    assert_eq!(both.corpus.name, "good + 1 more");
    assert!(
        both.corpus
            .articles
            .iter()
            .any(|a| a.origin.display == "nested/brief.md")
    );
    assert!(
        both.corpus
            .articles
            .iter()
            .any(|a| a.origin.display == "good/strikes.txt")
    );
}

#[test]
fn progress_counts_every_file_and_byte() {
    let progress = Progress::default();
    let outcome = load_paths(&[fixture("mixed")], LoadOptions::default(), &progress);
    let p = progress.snapshot();
    assert!(p.listing_done);
    assert_eq!(p.files_total, 12, "hidden files are not counted");
    assert_eq!(p.files_done, p.files_total);
    assert_eq!(p.bytes_done, p.bytes_total);
    assert_eq!(p.fraction(), 1.0);
    assert_eq!(outcome.corpus.articles.len(), 10);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.txt"), "A fine headline here\n\nBody.").unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("link.txt")).unwrap();
    let outcome = load(&[dir.path().to_path_buf()]);
    assert_eq!(outcome.corpus.articles.len(), 1);
    assert_eq!(outcome.skipped.len(), 1);
    assert!(matches!(
        outcome.skipped[0].reason,
        SkipReason::Unreadable(_)
    ));
}

/// Arbitrary bytes under every extension: the loader reports or reads, never panics.
#[test]
fn arbitrary_bytes_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let seeds: [&[u8]; 5] = [
        b"<html><p>",
        b"{\"text\":",
        b"[{\"body\":\"",
        b"\xff\xfe",
        b"---\ntitle:",
    ];
    for i in 0..300 {
        let ext = ["txt", "md", "html", "json", "jsonl"][i % 5];
        let mut bytes = seeds[i % 5].to_vec();
        let len = (next() % 600) as usize;
        bytes.extend((0..len).map(|_| {
            let r = next();
            // Mostly text-like bytes, with some of everything.
            if r % 4 == 0 {
                (r >> 8) as u8
            } else {
                b"<>{}[]\":,ab \n\xc3\xa9\x93"[(r >> 16) as usize % 16]
            }
        }));
        std::fs::write(dir.path().join(format!("f{i}.{ext}")), bytes).unwrap();
    }
    let progress = Progress::default();
    let outcome = load_paths(
        &[dir.path().to_path_buf()],
        LoadOptions::default(),
        &progress,
    );
    assert_eq!(progress.snapshot().files_done, 300);
    assert!(
        !outcome.corpus.articles.is_empty(),
        "text-like files should load"
    );
}

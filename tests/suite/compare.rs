//! Comparing two reports (issue 10): the seeds against their compare gold
//! (`../shared/gold/compare/seeds`), a report against its own later version, and
//! `parallax compare` as a user runs it.

use std::path::PathBuf;

use parallax::analysis::Lexicon;
use parallax::compare::{Comparison, compare};

use crate::util::parallax;

fn seed(name: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(name),
    )
    .unwrap()
}

const A: &str = "000_814b0d2deb047309.txt";
const B: &str = "001_7b0bdb3f118030b6.txt";

fn seeds_compared() -> (String, String, Comparison) {
    let (a, b) = (seed(A), seed(B));
    let c = compare(&Lexicon::shipped().unwrap(), &a, &b);
    (a, b, c)
}

#[test]
fn the_seeds_are_cut_into_the_gold_units() {
    // ../shared/gold/compare/seeds/COUNTS.md: 72 units (66 compared) and 54 (49 compared).
    // The spec now keeps a speaker tag after a closing quote in its sentence; the gold keeps
    // its older cut of "…conflict!!!” | Trump wrote on Truth Social." (DECISIONS.md, "Spec
    // problems"), so B has one unit fewer here.
    let (_, b, c) = seeds_compared();
    let compared =
        |s: &parallax::compare::ReportSide| s.sentences.iter().filter(|x| !x.boilerplate).count();
    assert_eq!((c.a.sentences.len(), compared(&c.a)), (72, 66));
    assert_eq!((c.b.sentences.len(), compared(&c.b)), (53, 48));
    assert!(
        c.b.sentences
            .iter()
            .any(|s| b[s.range.clone()].ends_with("conflict!!!” Trump wrote on Truth Social."))
    );
}

/// Byte ranges of one report's sentences.
type Spans = Vec<(usize, usize)>;

/// Two byte ranges overlap as `eval_compare.py` counts it: by half the shorter one.
fn overlap(p: (usize, usize), g: (usize, usize)) -> bool {
    let (lo, hi) = (p.0.max(g.0), p.1.min(g.1));
    hi > lo && (hi - lo) as f64 >= 0.5 * (p.1 - p.0).min(g.1 - g.0) as f64
}

#[test]
fn links_on_the_seeds_are_scored_against_the_gold_claims() {
    let (_, _, c) = seeds_compared();
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/gold/compare/seeds/pair.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let spans = |v: &serde_json::Value| -> Spans {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s[0].as_u64().unwrap() as usize,
                    s[1].as_u64().unwrap() as usize,
                )
            })
            .collect()
    };
    let claims: Vec<(Spans, Spans)> = gold["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (spans(&c["a"]), spans(&c["b"])))
        .collect();
    let mut correct = 0;
    let mut found = std::collections::HashSet::new();
    for l in &c.links {
        let ra = &c.a.sentences[l.a].range;
        let rb = &c.b.sentences[l.b].range;
        let mut hit = false;
        for (k, (ga, gb)) in claims.iter().enumerate() {
            if ga.iter().any(|g| overlap((ra.start, ra.end), *g))
                && gb.iter().any(|g| overlap((rb.start, rb.end), *g))
            {
                found.insert(k);
                hit = true;
            }
        }
        correct += usize::from(hit);
    }
    let precision = correct as f64 / c.links.len().max(1) as f64;
    let recall = found.len() as f64 / claims.len() as f64;
    println!(
        "\nlinks on the seeds: {} predicted, {} gold claims, precision {precision:.3}, recall {recall:.3}",
        c.links.len(),
        claims.len()
    );
    // Today's marks (issue 10 asks for 0.80 each; see the README): a drop fails.
    assert!(precision >= 0.33, "precision {precision:.3}");
    assert!(recall >= 0.60, "recall {recall:.3}");
}

#[test]
fn a_later_version_of_a_report_links_sentence_for_sentence() {
    let first = seed(B);
    let second = first
        .replace("At least 70 were killed", "At least 78 were killed")
        .replace(
            "At least seven people were killed and nearly 200 injured in the attacks, according to Magen David Adom, Israel’s national emergency service.",
            "",
        )
        + "\nOfficials from both sides met in Geneva on Monday to discuss a ceasefire.\n";
    let c = compare(&Lexicon::shipped().unwrap(), &first, &second);
    let text_a = |i: usize| &first[c.a.sentences[i].range.clone()];
    let text_b = |j: usize| &second[c.b.sentences[j].range.clone()];
    let only_a: Vec<&str> = c.only_in_a().into_iter().map(text_a).collect();
    let only_b: Vec<&str> = c.only_in_b().into_iter().map(text_b).collect();
    assert_eq!(
        only_a,
        [
            "At least seven people were killed and nearly 200 injured in the attacks, according to Magen David Adom, Israel’s national emergency service."
        ]
    );
    assert_eq!(
        only_b,
        ["Officials from both sides met in Geneva on Monday to discuss a ceasefire."]
    );
    // The changed number still links its sentence to the earlier one.
    assert!(
        c.links
            .iter()
            .any(|l| text_a(l.a).starts_with("At least 70 were killed")
                && text_b(l.b).starts_with("At least 78 were killed"))
    );
    assert!(c.a.shared_fraction > 0.95, "{}", c.a.shared_fraction);
}

#[test]
fn parallax_compare_prints_the_scorers_json_and_readable_text() {
    let (code, out, _) = parallax(&["compare", &format!("seeds/{A}"), &format!("seeds/{B}")]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["a"]["doc"], A);
    assert_eq!(json["a"]["sentences"].as_array().unwrap().len(), 72);
    assert_eq!(
        json["b"]["sentences"][0],
        serde_json::json!([0, 7]),
        "“Actions”"
    );
    let link = &json["links"][0];
    assert!(link["a"][1].as_u64() > link["a"][0].as_u64() && link["score"].as_f64() > Some(0.0));
    for key in ["same_quotes", "number_pairs"] {
        assert!(json[key].is_array(), "{key}");
    }
    // A folder and two names give the same comparison.
    let (code, by_name, _) =
        parallax(&["compare", "seeds", "--a", "000_814b0d2deb047309", "--b", B]);
    assert_eq!(code, 0);
    assert_eq!(by_name, out);
    let (code, text, _) = parallax(&[
        "compare",
        &format!("seeds/{A}"),
        &format!("seeds/{B}"),
        "--format",
        "text",
    ]);
    assert_eq!(code, 0);
    assert!(text.contains("% of A is in B"), "{text}");
    assert!(text.contains("Only in A ("), "{text}");
    let (code, _, _) = parallax(&["compare", "seeds", "--a", "nothing", "--b", B]);
    assert_eq!(code, 1);
}

mod window {
    use egui_kittest::kittest::Queryable;
    use parallax::app::{DialogOutcome, Side};
    use parallax::ui::Tab;

    use crate::util::{FakeDialog, analysed_harness, click, startup, step_until};

    fn compared() -> egui_kittest::Harness<'static, parallax::app::ParallaxApp> {
        let mut harness = analysed_harness(startup());
        step_until(&mut harness, "the readers to be compared", |app| {
            app.comparison().is_some()
        });
        harness
    }

    #[test]
    fn compare_mode_tints_the_readers_and_says_how_much_is_shared() {
        let mut harness = compared();
        assert_eq!(
            harness.state().view().reader_layout[0]
                .as_ref()
                .map(|l| l.key.compare),
            Some(0),
            "no tints before compare mode"
        );
        click(&mut harness, "Compare");
        harness.get_by_label_contains("% of A is in B");
        let generation = harness.state().comparison().unwrap().generation;
        for side in [0, 1] {
            assert_eq!(
                harness.state().view().reader_layout[side]
                    .as_ref()
                    .map(|l| l.key.compare),
                Some(generation)
            );
        }
    }

    #[test]
    fn the_differences_tab_lists_shared_and_one_sided_sentences_and_clicks_through() {
        let mut harness = compared();
        click(&mut harness, "Differences");
        assert_eq!(harness.state().view().tab, Tab::Differences);
        harness.get_by_label_contains("Said in both (");
        let c = harness.state().comparison().unwrap().comparison.clone();
        harness.get_by_label(&format!("Only in A ({})", c.only_in_a().len()));
        harness.get_by_label(&format!("Only in B ({})", c.only_in_b().len()));
        // The B line of the first linked pair, clicked, scrolls reader B to its sentence.
        let article = harness.state().reader_article(Side::B).unwrap().clone();
        let first = c.claims()[0].0[0];
        let link = c.links.iter().find(|l| l.a == first).unwrap();
        let range = c.b.sentences[link.b].range.clone();
        let words: Vec<&str> = article.text[range.clone()].split_whitespace().collect();
        let line = format!("B  {}", words.join(" "));
        harness
            .query_all_by_label(&line)
            .next()
            .unwrap_or_else(|| panic!("no line {line:?}"))
            .click();
        harness.step();
        assert_eq!(
            harness.state().view().jump[1].map(|j| j.start as usize),
            Some(range.start)
        );
    }

    #[test]
    fn the_quotes_tab_groups_quotes_by_speaker_and_clicks_through() {
        let mut harness = compared();
        click(&mut harness, "Quotes");
        let c = harness.state().comparison().unwrap().comparison.clone();
        harness.get_by_label_contains(&format!(
            "{} quotes in A, {} in B",
            c.a.quotes.len(),
            c.b.quotes.len()
        ));
        let trump_a =
            c.a.quotes
                .iter()
                .filter(|q| q.speaker == "Donald Trump")
                .count();
        let trump_b =
            c.b.quotes
                .iter()
                .filter(|q| q.speaker == "Donald Trump")
                .count();
        harness.get_by_label(&format!("Donald Trump ({trump_a} in A, {trump_b} in B)"));
        let q = c.a.quotes[0].clone();
        let article = harness.state().reader_article(Side::A).unwrap().clone();
        let words: Vec<&str> = article.text[q.range.clone()].split_whitespace().collect();
        harness
            .query_all_by_label(&format!("“{}”", words.join(" ")))
            .next()
            .unwrap()
            .click();
        harness.step();
        assert_eq!(
            harness.state().view().jump[0].map(|j| j.start as usize),
            Some(q.range.start)
        );
    }

    #[test]
    fn the_numbers_tab_lists_pairs_and_each_reports_own_numbers() {
        let mut harness = compared();
        click(&mut harness, "Numbers");
        let c = harness.state().comparison().unwrap().comparison.clone();
        harness.get_by_label_contains(&format!(
            "{} numbers in A, {} in B",
            c.a.numbers.len(),
            c.b.numbers.len()
        ));
        let paired_b = c
            .number_pairs
            .iter()
            .map(|p| p.1)
            .collect::<std::collections::HashSet<_>>();
        harness.get_by_label(&format!(
            "Only in B ({})",
            c.b.numbers.len() - paired_b.len()
        ));
        harness.get_by_label("At least 70 [count]").click();
        harness.step();
        let seventy = c.b.numbers.iter().find(|n| n.value == "70").unwrap();
        assert_eq!(
            harness.state().view().jump[1].map(|j| j.start as usize),
            Some(seventy.range.start)
        );
    }

    #[test]
    fn the_distinctive_words_tab_charts_each_reports_own_words() {
        let mut harness = compared();
        click(&mut harness, "Distinctive words");
        harness.get_by_label_contains("Words used far more in one report");
        let c = harness.state().comparison().unwrap().comparison.clone();
        let side = |w: &str| {
            c.distinctive
                .iter()
                .find(|k| k.word == w)
                .map(|k| k.g2 > 0.0)
        };
        // "assets" is in A four times and never in B.
        assert_eq!(side("assets"), Some(true));
        let k = c.distinctive.iter().find(|k| k.word == "assets").unwrap();
        assert_eq!((k.count_a, k.count_b), (4, 0));
        assert!(
            c.distinctive.iter().any(|k| k.g2 < 0.0),
            "B has words of its own"
        );
    }

    #[test]
    fn the_differences_export_writes_every_pair_and_one_sided_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("differences.csv");
        let mut harness = analysed_harness(parallax::app::Startup {
            dialog: FakeDialog::answering(DialogOutcome::Picked(vec![csv.clone()])),
            ..startup()
        });
        step_until(&mut harness, "the readers to be compared", |app| {
            app.comparison().is_some()
        });
        click(&mut harness, "Differences");
        harness.get_by_label("Export differences (CSV)…").click();
        step_until(&mut harness, "the CSV to be written", |_| csv.exists());
        let c = harness.state().comparison().unwrap().comparison.clone();
        let text = std::fs::read_to_string(&csv).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("kind,a_start,a_end,a_text,b_start,b_end,b_text,score")
        );
        let rows: Vec<csv::StringRecord> = csv::Reader::from_path(&csv)
            .unwrap()
            .records()
            .map(Result::unwrap)
            .collect();
        let count = |k: &str| rows.iter().filter(|r| &r[0] == k).count();
        assert_eq!(count("both"), c.links.len());
        assert_eq!(count("only_a"), c.only_in_a().len());
        assert_eq!(count("only_b"), c.only_in_b().len());
        assert!(rows[0][3].len() > 10 && rows[0][6].len() > 10);
    }
}

/// Rows of a gold TSV of `../shared/gold/compare/seeds` as maps of column to value.
fn gold_rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/gold/compare/seeds")
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, v)| ((*h).to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn span(row: &std::collections::HashMap<String, String>) -> (usize, usize) {
    (row["start"].parse().unwrap(), row["end"].parse().unwrap())
}

#[test]
fn quotes_and_numbers_of_the_seeds_against_their_gold() {
    let (_, _, c) = seeds_compared();
    let (mut q_found, mut q_gold, mut q_pred, mut speakers) = (0, 0, 0, 0);
    let (mut n_found, mut n_gold, mut n_pred, mut kinds) = (0, 0, 0, 0);
    for (stem, side) in [
        ("000_814b0d2deb047309", &c.a),
        ("001_7b0bdb3f118030b6", &c.b),
    ] {
        let gold = gold_rows(&format!("{stem}.quotes.tsv"));
        q_gold += gold.len();
        q_pred += side.quotes.len();
        for g in &gold {
            if let Some(q) = side
                .quotes
                .iter()
                .find(|q| overlap((q.range.start, q.range.end), span(g)))
            {
                q_found += 1;
                let family = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
                speakers += usize::from(if g["speaker_kind"] == "unnamed" {
                    q.speaker_range.as_ref().is_some_and(|r| {
                        let gs = (
                            g["speaker_start"].parse().unwrap(),
                            g["speaker_end"].parse().unwrap(),
                        );
                        overlap((r.start, r.end), gs)
                    })
                } else {
                    family(&q.speaker) == family(&g["speaker"])
                        || q.speaker == g["speaker"]
                        || (g["speaker_kind"] == "country"
                            && q.kind == parallax::compare::SpeakerKind::Country)
                });
            }
        }
        let gold = gold_rows(&format!("{stem}.numbers.tsv"));
        n_gold += gold.len();
        n_pred += side.numbers.len();
        for g in &gold {
            if let Some(n) = side
                .numbers
                .iter()
                .find(|n| overlap((n.range.start, n.range.end), span(g)))
            {
                n_found += 1;
                kinds += usize::from(n.kind.as_str() == g["kind"]);
            }
        }
    }
    println!(
        "\nquotes on the seeds: {q_pred} found, {q_gold} gold, {q_found} matched, speakers right {speakers}\n\
         numbers on the seeds: {n_pred} found, {n_gold} gold, {n_found} matched, kinds right {kinds}"
    );
    assert!(
        q_found * 10 >= q_gold * 8,
        "quote recall {q_found}/{q_gold}"
    );
    assert!(
        q_found * 10 >= q_pred * 9,
        "quote precision {q_found}/{q_pred}"
    );
    assert!(speakers * 4 >= q_found * 3, "speakers {speakers}/{q_found}");
    assert!(
        n_found * 10 >= n_gold * 9 && n_found * 10 >= n_pred * 9,
        "numbers {n_found}/{n_gold}/{n_pred}"
    );
    assert!(kinds * 10 >= n_found * 9, "kinds {kinds}/{n_found}");
}

#[test]
fn parallax_quotes_lists_every_quote_with_its_speaker() {
    let (code, out, _) = parallax(&["quotes", "seeds"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("doc,start,end,text,speaker,speaker_kind,speaker_start,speaker_end")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 30, "the quotes compare finds in the seeds");
    assert!(rows.contains(
        &"000_814b0d2deb047309.txt,741,779,it’s possible we could get involved.,Donald Trump,person,636,641"
    ));
    let (code, jsonl, _) = parallax(&["quotes", "seeds", "--format", "jsonl"]);
    assert_eq!(code, 0);
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["speaker"], "Donald Trump");
}

//! The command line, run as a user would: the real binary, its output and exit codes.

use std::process::Command;

use crate::util::{fixture, parallax};

#[test]
fn mentions_prints_one_json_row_per_mention() {
    let (code, out, _) = parallax(&["mentions", "seeds"]);
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 289, "the gold has 289 mentions in the seeds");
    let first = &rows[0];
    assert_eq!(first["doc"], "000_814b0d2deb047309.txt");
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(
        (
            first["text"].as_str(),
            first["type"].as_str(),
            first["entity"].as_str()
        ),
        (Some("Trump"), Some("person"), Some("Donald Trump"))
    );
    let natanz = rows.iter().find(|r| r["text"] == "Natanz").unwrap();
    assert_eq!(
        (natanz["type"].as_str(), natanz["kind"].as_str()),
        (Some("place"), Some("IRN"))
    );
    let ledeen = rows.iter().find(|r| r["text"] == "Simone Ledeen").unwrap();
    assert_eq!(ledeen["discovered"], true);
    assert_eq!(ledeen["found_by"], "given name");
}

#[test]
fn mentions_as_csv_has_a_header_and_the_same_rows() {
    let (code, out, _) = parallax(&["mentions", "seeds", "--format", "csv"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("doc,start,end,text,type,entity,kind,discovered,found_by")
    );
    assert_eq!(lines.count(), 289);
}

#[test]
fn counts_by_corpus_and_by_document() {
    let (code, out, _) = parallax(&["counts", "seeds", "--type", "country"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "entity,name,type,mentions,articles,name_mentions,demonym_mentions,capital_mentions,discovered,found_by"
        )
    );
    assert_eq!(lines.next(), Some("IRN,Iran,country,60,2,46,10,4,false,"));
    let (_, json, _) = parallax(&[
        "counts", "seeds", "--by", "doc", "--format", "json", "--type", "person",
    ]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let trump: Vec<u64> = rows
        .iter()
        .filter(|r| r["entity"] == "Donald Trump")
        .map(|r| r["mentions"].as_u64().unwrap())
        .collect();
    assert_eq!(trump, [25, 16]);
}

#[test]
fn errors_are_clear_and_exit_non_zero() {
    let (code, _, err) = parallax(&["counts", "no/such/folder"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no such file or folder: no/such/folder"),
        "{err}"
    );
    let (code, _, err) = parallax(&["counts", "seeds", "--type", "planet"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown type 'planet'"), "{err}");
    let (code, _, err) = parallax(&[
        "mentions",
        &fixture("mixed/empty.txt").display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("skipped empty.txt: empty file") && err.contains("no articles could be read"),
        "{err}"
    );
}

#[test]
fn a_user_lexicon_file_changes_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("mine.json");
    std::fs::write(
        &lexicon,
        r#"{"hide": ["Donald Trump"], "rename": [{"from": "Vladimir Putin", "to": "Putin"}]}"#,
    )
    .unwrap();
    let (code, out, _) = parallax(&[
        "counts",
        "seeds",
        "--type",
        "person",
        "--lexicon",
        &lexicon.display().to_string(),
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("Donald Trump"));
    assert!(out.contains("\nPutin,Putin,person,9,2,"), "{out}");
    let (code, _, err) = parallax(&["counts", "seeds", "--lexicon", "missing.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("no such lexicon file: missing.json"));
}

/// Issue 8: a lexicon that is a device, a pipe, damaged or too eager is refused or warned
/// about at once, each reason said once.
#[test]
fn bad_user_lexicons_are_refused_with_one_clear_reason() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for (lexicon, reason) in [
        (
            "/dev/zero".to_owned(),
            "/dev/zero: not a regular file (a device)",
        ),
        (
            fifo.display().to_string(),
            "pipe.json: not a regular file (a named pipe)",
        ),
    ] {
        let (code, _, err) = parallax(&["counts", "seeds", "--lexicon", &lexicon]);
        assert_eq!(code, 1);
        assert!(err.contains(reason), "{err}");
    }
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, r#"{"add": ["#).unwrap();
    let (code, _, err) = parallax(&["counts", "seeds", "--lexicon", broken.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(err.matches("EOF while parsing").count(), 1, "{err}");
    let eager = dir.path().join("eager.json");
    std::fs::write(&eager, r#"{"add": [{"type": "org", "name": "a"}]}"#).unwrap();
    let (code, _, err) = parallax(&["counts", "seeds", "--lexicon", eager.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(err.contains("shorter than two letters"), "{err}");
}

#[test]
fn an_empty_result_still_has_its_csv_header() {
    let (code, out, _) = parallax(&[
        "counts",
        &fixture("good/strikes.txt").display().to_string(),
        "--type",
        "org",
        "--by",
        "doc",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "doc,entity,name,type,mentions,articles,name_mentions,demonym_mentions,\
         capital_mentions,discovered,found_by\n"
    );
    let (_, out, err) = parallax(&[
        "articles",
        &fixture("good/strikes.txt").display().to_string(),
    ]);
    assert_eq!(out.lines().count(), 1);
    assert!(err.ends_with("1 article, 0 skipped\n"), "{err}");
}

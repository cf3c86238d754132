//! What a hostile corpus does (issue 8): the committed files of `tests/fixtures/hostile/`
//! plus the large and special ones made here at test time (deep nesting of every block
//! element, dense and one-line articles of megabytes, a named pipe, a device, loops,
//! newlines in names). Every file is read or listed with a reason, nothing aborts or hangs,
//! and no input file is changed by loading, counting or exporting.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use parallax::analysis::{Lexicon, analyze_corpus};
use parallax::corpus::{LoadOptions, Progress, load_paths};

use crate::util::fixture;

/// Block and container elements nested 100,000 levels deep, one file each.
const NESTED: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dd",
    "table",
    "td",
    "p",
    "pre",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "span",
    "b",
    "a",
    "font",
];

/// Makes the hostile corpus in a fresh folder: the committed files, then the generated ones.
fn hostile_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for entry in std::fs::read_dir(fixture("hostile")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), root.join(entry.file_name())).unwrap();
    }
    let levels = 100_000;
    for tag in NESTED {
        let page = format!(
            "<html><body>{}<p>Iran</p>{}</body></html>",
            format!("<{tag}>").repeat(levels),
            format!("</{tag}>").repeat(levels)
        );
        std::fs::write(root.join(format!("nested_{tag}.html")), page).unwrap();
    }
    let deep_html = format!(
        "{}<p>Iran</p>{}",
        "<div>".repeat(levels),
        "</div>".repeat(levels)
    );
    let json = serde_json::json!({ "title": "Deep", "text": deep_html });
    std::fs::write(root.join("deep_html_in.json"), json.to_string()).unwrap();
    std::fs::write(
        root.join("deep_html_in.jsonl"),
        format!(
            "{json}\n{}\n",
            serde_json::json!({"title": "Fine", "text": "Israel and Iran."})
        ),
    )
    .unwrap();
    std::fs::write(
        root.join("deep_arrays.json"),
        format!("{}{}", "[".repeat(200_000), "]".repeat(200_000)),
    )
    .unwrap();
    // Dense mentions: counting once grew with the square of this.
    let sentence = "Benjamin Netanyahu told Reuters that Iran and Israel would talk; Mary Smith, \
                    a spokeswoman, said Smith and Netanyahu met Vladimir Putin in Moscow. ";
    std::fs::write(
        root.join("dense_5mb.txt"),
        format!(
            "Dense report\n\n{}",
            sentence.repeat(5_000_000 / sentence.len())
        ),
    )
    .unwrap();
    // One paragraph of 20 MB: the reader must not lay it out whole.
    let line = "Iran said Israel struck Natanz again on Friday and Tehran answered at night ";
    std::fs::write(
        root.join("one_line_20mb.txt"),
        format!("One line\n\n{}", line.repeat(20_000_000 / line.len())),
    )
    .unwrap();
    // No space at all for 300 KB.
    std::fs::write(root.join("one_word.txt"), "Iran".repeat(75_000)).unwrap();
    let items: Vec<serde_json::Value> = (0..100_000)
        .map(|i| serde_json::json!({"title": format!("Item {i}"), "text": "Iran and Israel."}))
        .collect();
    std::fs::write(
        root.join("many_items.json"),
        serde_json::to_string(&items).unwrap(),
    )
    .unwrap();
    std::fs::write(root.join("empty.json"), "").unwrap();
    std::fs::write(
        root.join("tab\tand\nnewline.txt"),
        "A name that breaks lines\n\nIran.",
    )
    .unwrap();
    special_files(root);
    dir
}

#[cfg(unix)]
fn special_files(root: &Path) {
    let made = Command::new("mkfifo")
        .arg(root.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", root.join("zero.txt")).unwrap();
    std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
    std::fs::create_dir(root.join("loop")).unwrap();
    std::os::unix::fs::symlink(root.join("loop"), root.join("loop/again")).unwrap();
}

#[cfg(not(unix))]
fn special_files(_root: &Path) {}

/// Runs the real binary with a hang guard; returns exit code, stdout, stderr and seconds.
fn run_guarded(args: &[&str]) -> (i32, String, String, f64) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut s).unwrap();
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut s).unwrap();
        s
    });
    let limit = Duration::from_secs(300);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("parallax {args:?} hung for over {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned();
    let err = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    (
        status.code().unwrap_or(-1),
        out,
        err,
        started.elapsed().as_secs_f64(),
    )
}

/// The largest resident size of any child process so far, in MiB.
fn children_peak_mib() -> f64 {
    // SAFETY: getrusage only writes into the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    usage.ru_maxrss as f64 / 1024.0
}

/// This process's resident size now, in MiB.
fn resident_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The files of the corpus as the loader names them (relative paths), hidden ones left out.
fn corpus_files(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            out.push(name);
        }
    }
    out.sort();
    out
}

#[test]
fn the_cli_reads_or_names_every_hostile_file_and_never_aborts() {
    let corpus = hostile_corpus();
    let root = corpus.path().to_str().unwrap();
    let started = Instant::now();
    let (code, out, err, secs) = run_guarded(&["articles", root]);
    println!("parallax articles: {secs:.1} s");
    assert_eq!(code, 0, "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("overflow"),
        "{err}"
    );
    // One line of six fields per article, whatever the file names hold.
    for line in out.lines() {
        assert_eq!(line.split('\t').count(), 6, "{line:?}");
    }
    assert!(out.contains("tab\\tand\\nnewline.txt\t"), "escaped path");
    for name in corpus_files(corpus.path()) {
        let read = out.lines().any(|l| {
            let path = l.split('\t').next().unwrap_or("");
            path == name || path.starts_with(&format!("{name}#")) || name.contains(['\t', '\n'])
        });
        let skipped = err.contains(&format!("skipped {name}"));
        assert!(
            read || skipped,
            "{name} was neither read nor listed:\n{err}"
        );
    }
    for (file, reason) in [
        ("pipe.txt", "not a regular file (a named pipe)"),
        ("zero.txt", "not a regular file (a device)"),
        ("nested_div.html", "HTML nested too deeply"),
        ("deep_html_in.json", "HTML nested too deeply"),
        ("deep_arrays.json", "recursion limit exceeded"),
        ("control_bytes.txt", "binary content"),
        ("only_vt_ff.txt", "no article text found"),
        ("zero_width.txt", "no article text found"),
        ("empty.json", "empty file"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("skipped {file}")) && l.contains(reason)),
            "{file}: expected \"{reason}\" in\n{err}"
        );
    }
    assert!(err.contains("repaired one_bad_byte.txt: 1 malformed byte sequence"));
    assert!(
        out.contains("utf32le_bom.txt\tutf32le_bom\t-\t9\tUTF-32LE\tUTF-32 report from Tehran")
    );
    assert!(out.contains("bom_twice.txt\tbom_twice\t-\t9\tUTF-8\tTwice-marked report on Iran"));
    assert!(out.contains("one_line_20mb.txt\t") && out.contains("dense_5mb.txt\t"));
    assert!(out.contains("many_items.json#100000\t"));

    for args in [
        vec!["counts", root],
        vec!["mentions", root, "--format", "csv"],
    ] {
        let (code, out, err, secs) = run_guarded(&args);
        println!("parallax {}: {secs:.1} s, {} bytes out", args[0], out.len());
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    println!(
        "hostile corpus through the CLI: {:.1} s in all, peak memory of one run {:.0} MiB",
        started.elapsed().as_secs_f64(),
        children_peak_mib()
    );
}

#[test]
fn the_model_reads_or_names_every_hostile_file() {
    let corpus = hostile_corpus();
    let started = Instant::now();
    let outcome = load_paths(
        &[corpus.path().to_path_buf()],
        LoadOptions::default(),
        &Progress::default(),
    );
    let loaded = started.elapsed().as_secs_f64();
    for name in corpus_files(corpus.path()) {
        let read =
            outcome.corpus.articles.iter().any(|a| {
                a.origin.display == name || a.origin.display.starts_with(&format!("{name}#"))
            });
        let skipped = outcome.skipped.iter().any(|s| s.display.starts_with(&name));
        assert!(read || skipped, "{name} was neither read nor listed");
    }
    assert!(
        outcome
            .skipped
            .iter()
            .any(|s| s.display.starts_with("loop") || s.reason.to_string().contains("loop")),
        "the link loop is named: {:?}",
        outcome.skipped
    );
    let lexicon = Lexicon::shipped().unwrap();
    let mentions = analyze_corpus(&lexicon, &outcome.corpus);
    let index = |name: &str| {
        outcome
            .corpus
            .articles
            .iter()
            .position(|a| a.origin.display == name)
            .unwrap()
    };
    // The 20 MB line is counted whole: 4 names in each of its ~263,000 repeats.
    let one_line = &mentions.docs[index("one_line_20mb.txt")];
    assert!(one_line.len() > 1_000_000, "{}", one_line.len());
    println!(
        "hostile corpus through the model: {} articles, {} skipped, loaded in {loaded:.1} s, \
         counted in {:.1} s; {:.0} MiB resident",
        outcome.corpus.articles.len(),
        outcome.skipped.len(),
        started.elapsed().as_secs_f64() - loaded,
        resident_mib()
    );
}

/// The file contents and modification times of every file below `root`.
fn fingerprint(roots: &[PathBuf]) -> BTreeMap<PathBuf, (u64, Vec<u8>, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    for root in roots {
        for entry in walkdir::WalkDir::new(root) {
            let Ok(entry) = entry else { continue };
            if !entry.file_type().is_file() {
                continue;
            }
            let meta = entry.metadata().unwrap();
            let bytes = std::fs::read(entry.path()).unwrap();
            let hash = {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                bytes.hash(&mut h);
                h.finish()
            };
            out.insert(
                entry.path().to_path_buf(),
                (
                    hash,
                    bytes[..bytes.len().min(64)].to_vec(),
                    meta.modified().unwrap(),
                ),
            );
        }
    }
    out
}

#[test]
fn loading_counting_and_exporting_never_change_an_input_file() {
    use egui_kittest::kittest::Queryable;
    let inputs = [
        fixture("good"),
        fixture("mixed"),
        fixture("hostile"),
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    ];
    let before = fingerprint(&inputs);
    assert!(before.len() > 30, "{} files", before.len());
    for dir in &inputs {
        let dir = dir.to_str().unwrap();
        for args in [
            vec!["articles", dir],
            vec!["mentions", dir],
            vec!["counts", dir, "--by", "doc"],
        ] {
            let (code, _, err, _) = run_guarded(&args);
            assert!(code == 0 || code == 1, "{args:?}: {err}");
        }
    }
    // The window: open everything, count, and export a chart's CSV next to nothing it read.
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("actors.csv");
    let dialog =
        crate::util::FakeDialog::answering(parallax::app::DialogOutcome::Picked(vec![csv.clone()]));
    let mut harness = crate::util::harness(parallax::app::Startup {
        paths: inputs.to_vec(),
        dialog,
        ..crate::util::startup()
    });
    crate::util::analysed(&mut harness);
    harness.get_by_label("Export actors data (CSV)…").click();
    crate::util::step_until(&mut harness, "the export to be written", |_| csv.exists());
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("entity,type,")
    );
    assert_eq!(fingerprint(&inputs), before, "an input file changed");
}

#[test]
fn a_twenty_megabyte_paragraph_is_read_a_screenful_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Iran said Israel struck Natanz again on Friday and Tehran answered at night ";
    let text = format!("One line\n\n{}", line.repeat(20_000_000 / line.len()));
    std::fs::write(dir.path().join("one_line.txt"), &text).unwrap();
    let before = resident_mib();
    let started = Instant::now();
    let mut harness = crate::util::harness(parallax::app::Startup {
        paths: vec![dir.path().to_path_buf()],
        ..crate::util::startup()
    });
    crate::util::analysed(&mut harness);
    harness.run_steps(4);
    let layout = harness.state().view().reader_layout[0]
        .as_ref()
        .expect("reader A shows the article");
    assert!(
        layout.pieces.len() > 9_000,
        "{} pieces",
        layout.pieces.len()
    );
    assert!(
        layout.laid_out_bytes() <= 1024 * 1024,
        "{} bytes laid out",
        layout.laid_out_bytes()
    );
    let grown = resident_mib() - before;
    println!(
        "20 MB paragraph in the window: shown and counted in {:.1} s, resident memory grew \
         {grown:.0} MiB",
        started.elapsed().as_secs_f64()
    );
    // The text, its million mentions and the pieces, not gigabytes of glyphs.
    assert!(grown < 400.0, "memory grew {grown:.0} MiB");
}

//! What the analysis subcommands share: loading the corpus and the lexicon, with progress.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::analysis::{Lexicon, UserLexicon, default_user_lexicon_path};
use crate::corpus::{Article, Corpus, LoadOptions, Progress, Scan, scan_paths};

/// Options every analysis subcommand takes.
#[derive(clap::Args, Debug, Clone)]
pub struct CorpusArgs {
    /// Folders or files to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// A user lexicon (JSON) to use instead of the one in the config directory.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

/// Reads the corpus (skipped files reported on stderr) and the lexicon.
pub fn load(args: &CorpusArgs) -> anyhow::Result<(Corpus, Lexicon)> {
    let lexicon = lexicon(args)?;
    let scan = scan(&args.paths, |article| article)?;
    Ok((
        Corpus {
            name: scan.name,
            articles: scan.items,
        },
        lexicon,
    ))
}

/// The user lexicon (from `--lexicon` or the config directory) over the shipped one.
pub fn lexicon(args: &CorpusArgs) -> anyhow::Result<Lexicon> {
    let user = match &args.lexicon {
        Some(path) => {
            if !path.exists() {
                anyhow::bail!("no such lexicon file: {}", path.display());
            }
            UserLexicon::load(path)?
        }
        None => match default_user_lexicon_path() {
            Some(path) => UserLexicon::load(&path)
                .with_context(|| "reading the user lexicon (pass --lexicon to use another)")?,
            None => UserLexicon::default(),
        },
    };
    for warning in user.warnings() {
        eprintln!("parallax: warning: {warning}");
    }
    Ok(Lexicon::with_user(user)?)
}

/// Reads the corpus through `map` in parallel, with progress on stderr when it is a terminal
/// and the skipped files listed there.
pub fn scan<T: Send>(
    paths: &[PathBuf],
    map: impl Fn(Article) -> T + Sync + Send,
) -> anyhow::Result<Scan<T>> {
    for path in paths {
        if !path.exists() {
            anyhow::bail!("no such file or folder: {}", path.display());
        }
    }
    let progress = Progress::default();
    // Each article's repair note travels with what `map` makes of it, since `map` takes the
    // article and its text is not kept.
    let with_notes = |article: Article| {
        let note = article
            .origin
            .repair_note()
            .map(|note| format!("{}: {note}", article.origin.display));
        (map(article), note)
    };
    let outcome = std::thread::scope(|scope| {
        let loading =
            scope.spawn(|| scan_paths(paths, LoadOptions::default(), &progress, with_notes));
        if std::io::stderr().is_terminal() {
            let started = Instant::now();
            while !loading.is_finished() {
                std::thread::sleep(Duration::from_millis(200));
                let p = progress.snapshot();
                if started.elapsed() > Duration::from_millis(500) {
                    eprint!("\rreading {} of {} files", p.files_done, p.files_total);
                }
            }
            if started.elapsed() > Duration::from_millis(500) {
                eprintln!();
            }
        }
        loading.join()
    });
    let outcome = outcome.map_err(|_| anyhow::anyhow!("the loader stopped unexpectedly"))?;
    for skip in &outcome.skipped {
        eprintln!("skipped {skip}");
    }
    let mut items = Vec::with_capacity(outcome.items.len());
    for (item, note) in outcome.items {
        if let Some(note) = note {
            eprintln!("repaired {note}");
        }
        items.push(item);
    }
    let outcome = Scan {
        name: outcome.name,
        items,
        skipped: outcome.skipped,
        cancelled: outcome.cancelled,
    };
    if outcome.items.is_empty() {
        anyhow::bail!(
            "no articles could be read from {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(outcome)
}

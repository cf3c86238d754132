//! `parallax articles PATH…`: the articles read, one per line, and the skipped files on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::corpus::{LoadOptions, Progress, load_paths};

/// Arguments of `parallax articles`.
#[derive(clap::Args, Debug)]
pub struct ArticlesArgs {
    /// Folders or files to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Prints `path<TAB>outlet<TAB>date<TAB>words<TAB>encoding<TAB>title` for each article.
/// Exit code 0 when at least one article was read, 1 otherwise.
pub fn run(args: &ArticlesArgs) -> anyhow::Result<ExitCode> {
    for path in &args.paths {
        if !path.exists() {
            anyhow::bail!("no such file or folder: {}", path.display());
        }
    }
    let outcome = load_paths(&args.paths, LoadOptions::default(), &Progress::default());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for a in &outcome.corpus.articles {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            a.origin.display,
            a.outlet,
            a.date.as_deref().unwrap_or("-"),
            a.word_count,
            a.origin.encoding,
            a.title
        )?;
    }
    out.flush()?;
    for skip in &outcome.skipped {
        eprintln!("skipped {skip}");
    }
    eprintln!(
        "{} articles, {} skipped",
        outcome.corpus.articles.len(),
        outcome.skipped.len()
    );
    Ok(if outcome.corpus.articles.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

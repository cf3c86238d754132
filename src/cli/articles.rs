//! `parallax articles PATH…`: the articles read, one per line, and the skipped files on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::common::scan;

/// Arguments of `parallax articles`.
#[derive(clap::Args, Debug)]
pub struct ArticlesArgs {
    /// Folders or files to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Prints `path<TAB>outlet<TAB>date<TAB>words<TAB>encoding<TAB>title` for each article.
/// Exit code 0 when at least one article was read; otherwise an error (exit code 1).
pub fn run(args: &ArticlesArgs) -> anyhow::Result<ExitCode> {
    // Each article becomes its output line as it is read; its text is not kept.
    let scan = scan(&args.paths, |a| {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            a.origin.display,
            a.outlet,
            a.date.as_deref().unwrap_or("-"),
            a.word_count,
            a.origin.encoding,
            a.title
        )
    })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in &scan.items {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprintln!(
        "{} articles, {} skipped",
        scan.items.len(),
        scan.skipped.len()
    );
    Ok(ExitCode::SUCCESS)
}

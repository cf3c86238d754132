//! `parallax aliases`: the strings the matcher looks for, for benchmarks against grep tools.

use std::io::Write;
use std::process::ExitCode;

use crate::analysis::Lexicon;

/// Prints every alias (with its spelling variants) of the shipped lexicon, one per line.
pub fn run() -> anyhow::Result<ExitCode> {
    let lexicon = Lexicon::shipped()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for alias in lexicon.aliases() {
        writeln!(out, "{alias}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

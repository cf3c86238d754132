//! `parallax quotes PATH…`: every attributed quote of a corpus, one row each, with its
//! speaker, document and byte range.

use std::io::Write;
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;

use super::common::{CorpusArgs, load};
use crate::analysis::analyze_text;
use crate::compare::{quotes, sentences};

/// Output formats of quotes.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotesFormat {
    /// Comma-separated values with a header.
    Csv,
    /// One JSON object a line.
    Jsonl,
}

/// Arguments of `parallax quotes`.
#[derive(clap::Args, Debug)]
pub struct QuotesArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: QuotesFormat,
}

#[derive(Serialize)]
struct Row {
    doc: String,
    start: usize,
    end: usize,
    text: String,
    speaker: String,
    speaker_kind: &'static str,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
}

/// Runs `parallax quotes`.
pub fn run(args: &QuotesArgs) -> anyhow::Result<ExitCode> {
    let (corpus, lexicon) = load(&args.corpus)?;
    let per_article: Vec<Vec<Row>> = corpus
        .articles
        .par_iter()
        .map(|article| {
            let text = &article.text;
            let mentions = analyze_text(&lexicon, text);
            let units = sentences::split(text);
            quotes::quotes(text, &units, &mentions)
                .into_iter()
                .map(|q| Row {
                    doc: article.origin.display.clone(),
                    start: q.range.start,
                    end: q.range.end,
                    text: text[q.range.clone()]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    speaker_kind: q.kind.as_str(),
                    speaker: q.speaker,
                    speaker_start: q.speaker_range.as_ref().map(|r| r.start),
                    speaker_end: q.speaker_range.as_ref().map(|r| r.end),
                })
                .collect()
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        QuotesFormat::Jsonl => {
            for row in per_article.iter().flatten() {
                serde_json::to_writer(&mut out, row)?;
                writeln!(out)?;
            }
        }
        QuotesFormat::Csv => {
            // The header is written by hand so that no quotes still give one.
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(out);
            w.write_record([
                "doc",
                "start",
                "end",
                "text",
                "speaker",
                "speaker_kind",
                "speaker_start",
                "speaker_end",
            ])?;
            for row in per_article.iter().flatten() {
                w.serialize(row)?;
            }
            w.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

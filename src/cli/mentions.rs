//! `parallax mentions PATH…`: every mention, one row each.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::common::{CorpusArgs, load};
use crate::analysis::{CorpusMentions, EntityType, analyze_corpus};
use crate::corpus::Corpus;

/// Output formats for mentions.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

/// Arguments of `parallax mentions`.
#[derive(clap::Args, Debug)]
pub struct MentionsArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: MentionFormat,
}

/// The CSV columns, in the order of [`Row`]'s fields.
const CSV_HEADER: [&str; 9] = [
    "doc",
    "start",
    "end",
    "text",
    "type",
    "entity",
    "kind",
    "discovered",
    "found_by",
];

/// One mention as printed.
#[derive(Serialize)]
struct Row<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    etype: &'static str,
    entity: &'a str,
    kind: &'a str,
    discovered: bool,
    /// For a discovered name, the rule that found it.
    found_by: &'static str,
}

fn rows<'a>(corpus: &'a Corpus, mentions: &'a CorpusMentions) -> impl Iterator<Item = Row<'a>> {
    corpus
        .articles
        .iter()
        .zip(&mentions.docs)
        .flat_map(move |(article, doc)| {
            doc.iter().map(move |m| {
                let e = mentions.entity(m);
                let kind = match e.etype {
                    EntityType::Country => m.kind.map_or("", |k| k.as_str()),
                    EntityType::Place => e.country.as_deref().unwrap_or(""),
                    _ => "",
                };
                Row {
                    doc: &article.origin.display,
                    start: m.start as usize,
                    end: m.end as usize,
                    text: &article.text[m.range()],
                    etype: e.etype.as_str(),
                    entity: &e.id,
                    kind,
                    discovered: e.discovered,
                    found_by: e.found_by.map_or("", crate::analysis::FoundBy::label),
                }
            })
        })
}

/// Prints every mention of the corpus.
pub fn run(args: &MentionsArgs) -> anyhow::Result<ExitCode> {
    let (corpus, lexicon) = load(&args.corpus)?;
    let mentions = analyze_corpus(&lexicon, &corpus);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        MentionFormat::Jsonl => {
            for row in rows(&corpus, &mentions) {
                serde_json::to_writer(&mut out, &row)?;
                out.write_all(b"\n")?;
            }
        }
        MentionFormat::Csv => {
            // The header is written even when there is no row, so a script reading the
            // output always finds its columns.
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(out);
            w.write_record(CSV_HEADER)?;
            for row in rows(&corpus, &mentions) {
                w.serialize(row)?;
            }
            w.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

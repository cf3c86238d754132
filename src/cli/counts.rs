//! `parallax counts PATH…`: mentions per entity, over the corpus or per document.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use super::common::{CorpusArgs, lexicon, scan};
use crate::analysis::{CountBy, EntityType, analyze_document, count_rows, merge_documents};

/// Output formats for counts.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountFormat {
    /// Comma-separated values with a header.
    Csv,
    /// A JSON array of objects.
    Json,
}

/// Grouping of counts.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// One row per entity over the whole corpus.
    Corpus,
    /// One row per document and entity.
    Doc,
}

/// Arguments of `parallax counts`.
#[derive(clap::Args, Debug)]
pub struct CountsArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: CountFormat,
    /// Count over the corpus or per document.
    #[arg(long, value_enum, default_value = "corpus")]
    by: By,
    /// Only these types (country, person, org, place), comma-separated.
    #[arg(long = "type", value_delimiter = ',', value_parser = parse_type)]
    types: Vec<EntityType>,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type '{s}': use country, person, org or place"))
}

/// The CSV columns after `doc` (which only `--by doc` has), in the order of [`Row`]'s fields.
const CSV_COLUMNS: [&str; 10] = [
    "entity",
    "name",
    "type",
    "mentions",
    "articles",
    "name_mentions",
    "demonym_mentions",
    "capital_mentions",
    "discovered",
    "found_by",
];

#[derive(Serialize)]
struct Row<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a str>,
    entity: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    etype: &'static str,
    mentions: usize,
    articles: usize,
    name_mentions: usize,
    demonym_mentions: usize,
    capital_mentions: usize,
    discovered: bool,
    /// For a discovered name, the rule that found it.
    found_by: &'static str,
}

/// Prints the counts.
pub fn run(args: &CountsArgs) -> anyhow::Result<ExitCode> {
    // Each article is analysed as it is read and its text dropped: only mentions are kept.
    let lexicon = lexicon(&args.corpus)?;
    let scan = scan(&args.corpus.paths, |article| {
        (
            article.origin.display,
            analyze_document(&lexicon, &article.text),
        )
    })?;
    let (docs, analyses): (Vec<String>, Vec<_>) = scan.items.into_iter().unzip();
    let mentions = merge_documents(&lexicon, analyses);
    let by = match args.by {
        By::Corpus => CountBy::Corpus,
        By::Doc => CountBy::Doc,
    };
    let counted = count_rows(&mentions, by, &args.types);
    let rows = counted.iter().map(|r| {
        let e = &mentions.entities[r.entity as usize];
        Row {
            doc: r.doc.map(|d| docs[d].as_str()),
            entity: &e.id,
            name: &e.name,
            etype: e.etype.as_str(),
            mentions: r.mentions,
            articles: r.docs,
            name_mentions: r.by_kind[0],
            demonym_mentions: r.by_kind[1],
            capital_mentions: r.by_kind[2],
            discovered: e.discovered,
            found_by: e.found_by.map_or("", crate::analysis::FoundBy::label),
        }
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        CountFormat::Csv => {
            // The header is written even when there is no row, so a script reading the
            // output always finds its columns.
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
            let doc_column = (args.by == By::Doc).then_some("doc");
            w.write_record(doc_column.iter().chain(&CSV_COLUMNS))?;
            for row in rows {
                w.serialize(row)?;
            }
            w.flush()?;
        }
        CountFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &rows.collect::<Vec<_>>())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

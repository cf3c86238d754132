//! `parallax compare A B`: two reports compared, as JSON (the schema of the shared
//! `tools/eval_compare.py`: sentences, links, quotes, numbers, same quotes, number pairs)
//! or as text a person reads.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;

use super::common::{CorpusArgs, lexicon, scan};
use crate::compare::{Comparison, compare, diff, one_line};
use crate::corpus::Article;

/// Output formats of a comparison.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareFormat {
    /// The JSON that `eval_compare.py` scores.
    Json,
    /// The shared fraction, each linked pair of sentences as an A line over a B line with the
    /// differing words in [brackets], then what only one report says.
    Text,
}

/// Arguments of `parallax compare`.
#[derive(clap::Args, Debug)]
pub struct CompareArgs {
    /// Two files (reports A and B), or one folder with --a and --b.
    #[arg(required = true, num_args = 1..=2)]
    paths: Vec<PathBuf>,
    /// In a folder, report A: its file name, path in the folder, or title.
    #[arg(long)]
    a: Option<String>,
    /// In a folder, report B.
    #[arg(long)]
    b: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    format: CompareFormat,
    /// A user lexicon (JSON) to use instead of the one in the config directory.
    #[arg(long, value_name = "FILE")]
    lexicon: Option<PathBuf>,
}

/// Runs `parallax compare`.
pub fn run(args: &CompareArgs) -> anyhow::Result<ExitCode> {
    let corpus_args = CorpusArgs {
        paths: args.paths.clone(),
        lexicon: args.lexicon.clone(),
    };
    let lexicon = lexicon(&corpus_args)?;
    let (a, b) = pick(args)?;
    let comparison = compare(&lexicon, &a.text, &b.text);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        CompareFormat::Json => {
            serde_json::to_writer(&mut out, &json(&a, &b, &comparison))?;
            writeln!(out)?;
        }
        CompareFormat::Text => write_text(&mut out, &a, &b, &comparison)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The two articles: one per file, or the two named in a folder.
fn pick(args: &CompareArgs) -> anyhow::Result<(Article, Article)> {
    match (&args.paths[..], &args.a, &args.b) {
        ([file_a, file_b], None, None) => Ok((first(file_a)?, first(file_b)?)),
        ([folder], Some(a), Some(b)) => {
            let articles = scan(std::slice::from_ref(folder), |article| article)?.items;
            let find = |name: &str| {
                articles
                    .iter()
                    .find(|x| {
                        x.origin.display == name
                            || x.origin.display.trim_end_matches(".txt") == name
                            || std::path::Path::new(&x.origin.display)
                                .file_stem()
                                .is_some_and(|s| s == name)
                            || x.title == name
                    })
                    .cloned()
                    .with_context(|| format!("no article called '{name}' in {}", folder.display()))
            };
            Ok((find(a)?, find(b)?))
        }
        _ => anyhow::bail!("give two files, or one folder with --a NAME and --b NAME"),
    }
}

fn first(path: &std::path::Path) -> anyhow::Result<Article> {
    scan(&[path.to_path_buf()], |article| article)?
        .items
        .into_iter()
        .next()
        .with_context(|| format!("no article in {}", path.display()))
}

#[derive(Serialize)]
struct Json<'a> {
    a: Side<'a>,
    b: Side<'a>,
    links: Vec<Link>,
    same_quotes: Vec<Pair>,
    number_pairs: Vec<NumberPair>,
}

#[derive(Serialize)]
struct NumberPair {
    a: [usize; 2],
    b: [usize; 2],
    agree: bool,
}

#[derive(Serialize)]
struct Side<'a> {
    doc: &'a str,
    sentences: Vec<[usize; 2]>,
    quotes: Vec<QuoteRow>,
    numbers: Vec<NumberRow>,
}

#[derive(Serialize)]
struct Link {
    a: [usize; 2],
    b: [usize; 2],
    score: f64,
}

#[derive(Serialize)]
struct Pair {
    a: [usize; 2],
    b: [usize; 2],
}

#[derive(Serialize)]
struct QuoteRow {
    start: usize,
    end: usize,
    speaker: String,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    speaker_kind: &'static str,
}

#[derive(Serialize)]
struct NumberRow {
    start: usize,
    end: usize,
    kind: &'static str,
    value: String,
    counted: String,
}

fn json<'a>(a: &'a Article, b: &'a Article, c: &Comparison) -> Json<'a> {
    let side = |article: &'a Article, s: &crate::compare::ReportSide| Side {
        doc: &article.origin.display,
        sentences: s
            .sentences
            .iter()
            .map(|x| [x.range.start, x.range.end])
            .collect(),
        quotes: s
            .quotes
            .iter()
            .map(|q| QuoteRow {
                start: q.range.start,
                end: q.range.end,
                speaker: q.speaker.clone(),
                speaker_start: q.speaker_range.as_ref().map(|r| r.start),
                speaker_end: q.speaker_range.as_ref().map(|r| r.end),
                speaker_kind: q.kind.as_str(),
            })
            .collect(),
        numbers: s
            .numbers
            .iter()
            .map(|n| NumberRow {
                start: n.range.start,
                end: n.range.end,
                kind: n.kind.as_str(),
                value: n.value.clone(),
                counted: n.counted.clone(),
            })
            .collect(),
    };
    let range = |s: &crate::compare::ReportSide, i: usize| {
        let r = &s.sentences[i].range;
        [r.start, r.end]
    };
    Json {
        a: side(a, &c.a),
        b: side(b, &c.b),
        links: c
            .links
            .iter()
            .map(|l| Link {
                a: range(&c.a, l.a),
                b: range(&c.b, l.b),
                score: (l.score * 1000.0).round() / 1000.0,
            })
            .collect(),
        same_quotes: c
            .same_quotes
            .iter()
            .map(|&(i, j)| {
                let (qa, qb) = (&c.a.quotes[i].range, &c.b.quotes[j].range);
                Pair {
                    a: [qa.start, qa.end],
                    b: [qb.start, qb.end],
                }
            })
            .collect(),
        number_pairs: c
            .number_pairs
            .iter()
            .map(|&(i, j, agree)| {
                let (na, nb) = (&c.a.numbers[i].range, &c.b.numbers[j].range);
                NumberPair {
                    a: [na.start, na.end],
                    b: [nb.start, nb.end],
                    agree,
                }
            })
            .collect(),
    }
}

fn write_text(
    out: &mut impl Write,
    a: &Article,
    b: &Article,
    c: &Comparison,
) -> std::io::Result<()> {
    writeln!(out, "A: {} ({})", a.title, a.origin.display)?;
    writeln!(out, "B: {} ({})", b.title, b.origin.display)?;
    writeln!(out, "{}", c.summary())?;
    writeln!(out, "\nShared (differing words in [brackets]):")?;
    for (pa, pb) in &c.link_diffs {
        writeln!(out, "\n  A: {}", marked(&a.text, pa))?;
        writeln!(out, "  B: {}", marked(&b.text, pb))?;
    }
    for (title, text, side, only) in [
        ("Only in A", &a.text, &c.a, c.only_in_a()),
        ("Only in B", &b.text, &c.b, c.only_in_b()),
    ] {
        writeln!(out, "\n{title} ({}):", only.len())?;
        for i in only {
            writeln!(
                out,
                "  - {}",
                one_line(&text[side.sentences[i].range.clone()])
            )?;
        }
    }
    Ok(())
}

/// The sentence with its differing stretches in brackets.
fn marked(text: &str, pieces: &[diff::Piece]) -> String {
    let mut s = String::new();
    for p in pieces {
        let piece = &text[p.range.clone()];
        if p.same {
            s.push_str(piece);
        } else {
            let lead = piece.len() - piece.trim_start().len();
            s.push_str(&piece[..lead]);
            s.push('[');
            s.push_str(piece.trim());
            s.push(']');
        }
    }
    one_line(&s)
}

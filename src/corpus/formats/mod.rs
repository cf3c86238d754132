//! The file formats Parallax reads, and how each becomes one or more [`Article`]s.

mod html;
mod json;
mod nesting;

use std::path::Path;

use super::loader::SkipReason;
use super::metadata::{
    date_from_file_name, date_from_text, outlet_from_text, outlet_from_url, shorten,
    title_from_text, word_count,
};
use super::{Article, Origin};

pub(super) use html::declared_charset;

/// How a file is parsed, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.txt`: the text as it is.
    Text,
    /// `.md`, `.markdown`: the text as it is, with YAML front matter read as metadata.
    Markdown,
    /// `.html`, `.htm`, `.xhtml`: the article's headings, paragraphs and list items.
    Html,
    /// `.json`: one article object, an array of them, or an object holding such an array.
    Json,
    /// `.jsonl`, `.ndjson`: one article object per line.
    JsonLines,
}

impl Format {
    /// Every format, in the order of the README's table.
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::JsonLines,
    ];

    /// The format for a file name's extension, or `None` when Parallax does not read it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => return None,
        })
    }

    /// A short name for the user, such as `HTML`.
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::JsonLines => "JSON Lines",
        }
    }
}

/// One article parsed from a file, or why one record of the file was not an article.
pub(super) type Parsed = Result<Article, Problem>;

/// A record of a file that could not become an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Problem {
    /// The 1-based line (JSONL) or record (JSON array) it concerns, if not the whole file.
    pub item: Option<usize>,
    /// What was wrong.
    pub reason: SkipReason,
}

/// Metadata found for an article before its fallbacks are applied.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// Parses decoded `text` of a file at `path` (shown to the user as `display`).
pub(super) fn parse(
    format: Format,
    text: String,
    (encoding, replaced): (&'static str, usize),
    path: &Path,
    display: &str,
) -> Vec<Parsed> {
    let origin = |display: String| Origin {
        path: path.to_path_buf(),
        display,
        format,
        encoding,
        replaced,
    };
    let file_stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.to_owned());
    match format {
        Format::Text => vec![finish(
            text,
            Found::default(),
            &file_stem,
            origin(display.to_owned()),
        )],
        Format::Markdown => {
            let (found, body) = split_front_matter(&text);
            vec![finish(
                body.to_owned(),
                found,
                &file_stem,
                origin(display.to_owned()),
            )]
        }
        Format::Html => match html::extract(&text) {
            Ok((found, body)) => vec![finish(body, found, &file_stem, origin(display.to_owned()))],
            Err(reason) => vec![Err(Problem { item: None, reason })],
        },
        Format::Json | Format::JsonLines => json::parse(format, &text)
            .into_iter()
            .map(|record| {
                let record = record?;
                let shown = match record.index {
                    Some(n) => format!("{display}#{n}"),
                    None => display.to_owned(),
                };
                finish(record.text, record.found, &file_stem, origin(shown)).map_err(|p| Problem {
                    item: record.index,
                    ..p
                })
            })
            .collect(),
    }
}

/// Fills in what metadata did not give from the text itself and the file name.
fn finish(text: String, found: Found, file_stem: &str, origin: Origin) -> Parsed {
    // Zero-width spaces and marks alone are not a text, though Unicode calls them no space.
    let word_count = word_count(&text);
    if word_count == 0 {
        return Err(Problem {
            item: None,
            reason: SkipReason::NoText,
        });
    }
    let title = found
        .title
        .filter(|t| !t.trim().is_empty())
        .or_else(|| title_from_text(&text))
        .unwrap_or_else(|| file_stem.to_owned());
    // The outlet: what the file says, a signature line, the site it was saved from, the
    // folder it was filed under (when inside what was opened), and last the file's name.
    let folder = origin
        .display
        .rsplit_once('/')
        .and_then(|(parent, _)| parent.rsplit('/').next())
        .filter(|f| !f.is_empty())
        .map(str::to_owned);
    let outlet = found
        .outlet
        .filter(|o| !o.trim().is_empty())
        .or_else(|| outlet_from_text(&text))
        .or_else(|| found.url.as_deref().and_then(outlet_from_url))
        .or(folder)
        .unwrap_or_else(|| file_stem.to_owned());
    let date = found
        .date
        .or_else(|| date_from_text(&text))
        .or_else(|| date_from_file_name(file_stem));
    // Metadata fields can hold anything; a name shown in a table row stays one line long.
    Ok(Article {
        title: shorten(&collapse_spaces(&title), 300),
        outlet: shorten(&collapse_spaces(&outlet), 120),
        date,
        url: found.url,
        word_count,
        text,
        origin,
    })
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads `key: value` lines of a leading `---` block as metadata; the text is what follows.
fn split_front_matter(text: &str) -> (Found, &str) {
    let mut found = Found::default();
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (found, text);
    };
    let Some(end) = rest.find("\n---") else {
        return (found, text);
    };
    let after = &rest[end + 4..];
    let body = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim().to_owned();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" | "headline" => found.title = Some(value),
            "source" | "outlet" | "publisher" | "site" => found.outlet = Some(value),
            "date" | "published" => found.date = super::find_date(&value),
            "url" | "link" => found.url = Some(value),
            _ => {}
        }
    }
    (found, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_front_matter_is_metadata_not_text() {
        let text = "---\ntitle: \"Strikes resume\"\nsource: Example Wire\ndate: 2025-06-14\n---\n# Strikes resume\n\nBody.\n";
        let articles = parse(
            Format::Markdown,
            text.into(),
            ("UTF-8", 0),
            Path::new("a.md"),
            "a.md",
        );
        let article = articles[0].as_ref().unwrap();
        assert_eq!(article.title, "Strikes resume");
        assert_eq!(article.outlet, "Example Wire");
        assert_eq!(article.date.as_deref(), Some("2025-06-14"));
        assert_eq!(article.text, "# Strikes resume\n\nBody.\n");
    }

    #[test]
    fn outlet_falls_back_to_file_name() {
        let articles = parse(
            Format::Text,
            "A plain headline here\n\nBody".into(),
            ("UTF-8", 0),
            Path::new("dir/report_7.txt"),
            "report_7.txt",
        );
        assert_eq!(articles[0].as_ref().unwrap().outlet, "report_7");
    }

    #[test]
    fn outlet_and_date_from_the_folder_and_the_file_name() {
        let articles = parse(
            Format::Text,
            "Statement on the strikes\n\nThe ministry spoke.".into(),
            ("UTF-8", 0),
            Path::new("news/state-dept/statement-2025-06-13.txt"),
            "state-dept/statement-2025-06-13.txt",
        );
        let article = articles[0].as_ref().unwrap();
        assert_eq!(article.outlet, "state-dept");
        assert_eq!(article.date.as_deref(), Some("2025-06-13"));
    }

    #[test]
    fn whitespace_only_text_is_a_problem() {
        let articles = parse(
            Format::Text,
            " \n\t\n".into(),
            ("UTF-8", 0),
            Path::new("e.txt"),
            "e.txt",
        );
        assert_eq!(articles[0].as_ref().unwrap_err().reason, SkipReason::NoText);
    }
}

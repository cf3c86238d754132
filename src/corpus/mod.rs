//! Articles and how they are read from disk: formats, encodings, metadata, background loading.
//!
//! Nothing here knows about egui; the window, the command line and the tests all load
//! corpora through [`load_paths`] or [`Corpus::seeds`].

mod corrections;
mod decode;
mod formats;
mod loader;
mod metadata;
mod order;

use std::ops::Range;
use std::path::PathBuf;

pub use corrections::{
    BadDate, Correction, Corrections, CorrectionsError, article_key, corrections_beside,
};
pub use decode::{DecodeError, Decoded, decode};
pub use formats::Format;
pub use loader::{
    LoadOptions, LoadOutcome, Progress, ProgressSnapshot, Scan, SkipReason, Skipped, human_bytes,
    load_paths, read_at_most, read_bytes, scan_paths, write_atomically,
};
pub use metadata::{find_date, word_count};
pub use order::{Sort, SortKey, article_order};

/// One news report: its text exactly as decoded, and what is known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Headline: a metadata field, `<h1>`/`<title>`, or the first line that reads like one.
    pub title: String,
    /// Who published it: metadata, a signature line, or else the file name.
    pub outlet: String,
    /// Publication date as `YYYY-MM-DD`, when the file states one.
    pub date: Option<String>,
    /// Address of the original, when the file states one.
    pub url: Option<String>,
    /// The article's text. Later analysis indexes it by byte range, so it is never altered.
    pub text: String,
    /// Words in `text` (runs of non-space characters that contain a letter or digit).
    pub word_count: usize,
    /// Where the article came from on disk.
    pub origin: Origin,
}

/// Where an article was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file on disk (for embedded seeds, the name they ship under).
    pub path: PathBuf,
    /// Path relative to the folder that was opened, or the file name; `#N` marks the Nth
    /// record of a JSON or JSONL file holding several articles.
    pub display: String,
    /// How the file was parsed.
    pub format: Format,
    /// The encoding the file was decoded from.
    pub encoding: &'static str,
    /// Malformed byte sequences of the file that became U+FFFD (0 for a clean file).
    pub replaced: usize,
}

impl Origin {
    /// "3 malformed bytes replaced with U+FFFD", when the file needed repairs.
    pub fn repair_note(&self) -> Option<String> {
        match self.replaced {
            0 => None,
            1 => Some(format!(
                "1 malformed byte sequence replaced with U+FFFD (read as {})",
                self.encoding
            )),
            n => Some(format!(
                "{n} malformed byte sequences replaced with U+FFFD (read as {})",
                self.encoding
            )),
        }
    }
}

impl Article {
    /// Byte ranges of the paragraphs of `text`: runs of lines separated by blank lines,
    /// trimmed of surrounding white space.
    pub fn paragraphs(&self) -> Vec<Range<usize>> {
        paragraph_ranges(&self.text)
    }
}

/// Byte ranges of the blank-line-separated paragraphs of `text`.
pub fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = start.take() {
                ranges.push(s..end);
            }
        } else {
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            end = offset + content.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        ranges.push(s..end);
    }
    ranges
}

/// A set of articles opened together, with a name for the window title.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    /// What the user opened: the folder's name, a file name, or "seeds".
    pub name: String,
    /// The articles, in path order.
    pub articles: Vec<Article>,
}

impl Corpus {
    /// The two seed reports built into the binary, so the app works from any directory.
    pub fn seeds() -> Corpus {
        const SEEDS: [(&str, &str); 2] = [
            (
                "000_814b0d2deb047309.txt",
                include_str!("../../seeds/000_814b0d2deb047309.txt"),
            ),
            (
                "001_7b0bdb3f118030b6.txt",
                include_str!("../../seeds/001_7b0bdb3f118030b6.txt"),
            ),
        ];
        let articles = SEEDS
            .iter()
            .flat_map(|(name, text)| {
                formats::parse(
                    Format::Text,
                    text.to_string(),
                    ("UTF-8", 0),
                    &PathBuf::from(name),
                    name,
                )
            })
            .filter_map(Result::ok)
            .collect();
        Corpus {
            name: "seeds".to_owned(),
            articles,
        }
    }

    /// Total words over all articles.
    pub fn word_count(&self) -> usize {
        self.articles.iter().map(|a| a.word_count).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines_and_keep_byte_ranges() {
        let text = "Title\r\n\r\n  First line\nsecond line  \n\n\nLast";
        let ranges = paragraph_ranges(text);
        let parts: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(parts, ["Title", "First line\nsecond line", "Last"]);
    }

    #[test]
    fn seeds_are_embedded_with_titles() {
        let corpus = Corpus::seeds();
        assert_eq!(corpus.articles.len(), 2);
        assert!(
            corpus.articles[0]
                .title
                .starts_with("Trump hints at U.S. missiles")
        );
        assert_eq!(corpus.articles[0].outlet, "Business-News-Today.com");
        assert_eq!(
            corpus.articles[1].title,
            "US walks difficult line amid escalating Israel-Iran conflict"
        );
        assert_eq!(
            corpus.articles[0].text,
            include_str!("../../seeds/000_814b0d2deb047309.txt")
        );
    }
}

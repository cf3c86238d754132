//! Articles stored as JSON objects: one object, an array, an object holding an array, or
//! one object per line (JSONL). Field names follow the common news-dump conventions.

use serde_json::{Map, Value};

use super::{Format, Found, Problem};
use crate::corpus::find_date;
use crate::corpus::loader::SkipReason;

const TITLE_KEYS: &[&str] = &["title", "headline", "name"];
const TEXT_KEYS: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "articleBody",
    "full_text",
    "fulltext",
    "story",
    "maintext",
    "description",
    "summary",
];
const OUTLET_KEYS: &[&str] = &[
    "source",
    "outlet",
    "publisher",
    "site_name",
    "siteName",
    "site",
    "publication",
    "media",
    "source_name",
    "domain",
];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubDate",
    "datePublished",
    "publish_date",
    "date_publish",
    "created_at",
    "time",
];
const URL_KEYS: &[&str] = &["url", "link", "href", "canonical_url", "source_url"];
/// Keys under which a JSON object commonly keeps its list of articles.
const LIST_KEYS: &[&str] = &[
    "articles",
    "items",
    "data",
    "results",
    "posts",
    "stories",
    "documents",
    "docs",
];

/// One article-like record: its text, metadata and 1-based position when the file has many.
pub(super) struct Record {
    pub index: Option<usize>,
    pub text: String,
    pub found: Found,
}

/// Parses a `.json` or `.jsonl` file's text into records; a broken line of a JSONL file
/// is a problem of its own and does not stop the other lines.
pub(super) fn parse(format: Format, text: &str) -> Vec<Result<Record, Problem>> {
    if format == Format::JsonLines {
        return text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                let line_no = i + 1;
                let value: Value = serde_json::from_str(line).map_err(|e| Problem {
                    item: Some(line_no),
                    reason: SkipReason::BrokenJson(format!(
                        "{} at column {}",
                        without_position(&e),
                        e.column()
                    )),
                })?;
                record(&value, Some(line_no))
            })
            .collect();
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return vec![Err(Problem {
                item: None,
                reason: SkipReason::BrokenJson(e.to_string()),
            })];
        }
    };
    let list = match &value {
        Value::Array(items) => Some(items),
        Value::Object(map) if field(map, TEXT_KEYS).is_none() => LIST_KEYS
            .iter()
            .find_map(|k| map.get(*k).and_then(Value::as_array)),
        _ => None,
    };
    match list {
        Some(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| record(item, Some(i + 1)))
            .collect(),
        None => vec![record(&value, None)],
    }
}

fn record(value: &Value, index: Option<usize>) -> Result<Record, Problem> {
    let problem = |reason| Problem {
        item: index,
        reason,
    };
    let Value::Object(map) = value else {
        return Err(problem(SkipReason::NoText));
    };
    let Some(raw_text) = field(map, TEXT_KEYS) else {
        return Err(problem(SkipReason::NoText));
    };
    // Many scrapers store the article body as HTML.
    let (html_found, text) = if looks_like_html(&raw_text) {
        super::html::extract(&raw_text).map_err(problem)?
    } else {
        (Found::default(), raw_text)
    };
    let found = Found {
        title: field(map, TITLE_KEYS).or(html_found.title),
        outlet: field(map, OUTLET_KEYS).or(html_found.outlet),
        date: field(map, DATE_KEYS)
            .and_then(|d| find_date(&d))
            .or(html_found.date),
        url: field(map, URL_KEYS).or(html_found.url),
    };
    Ok(Record { index, text, found })
}

/// serde_json's message without its " at line L column C" suffix.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

fn looks_like_html(text: &str) -> bool {
    ["<p>", "<p ", "<br", "<div", "</p>"]
        .iter()
        .any(|tag| text.contains(tag))
}

/// The first of `keys` (compared without case) holding a non-empty string, or an object
/// with such a `name` or `title` (as in `"source": {"name": "Reuters"}`).
fn field(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| {
        let value = map
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)?;
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Object(inner) => field(inner, &["name", "title"])?,
            _ => return None,
        };
        (!text.trim().is_empty()).then_some(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_broken_line_is_its_own_problem() {
        let text = "{\"title\":\"A\",\"text\":\"one\"}\n{broken\n\n{\"headline\":\"C\",\"body\":\"three\"}\n";
        let records = parse(Format::JsonLines, text);
        assert_eq!(records.len(), 3);
        assert!(records[0].is_ok());
        let problem = records[1].as_ref().err().unwrap();
        assert_eq!(problem.item, Some(2));
        assert_eq!(
            problem.reason,
            SkipReason::BrokenJson("key must be a string at column 2".into())
        );
        assert_eq!(records[2].as_ref().ok().unwrap().index, Some(4));
    }

    #[test]
    fn nested_source_and_article_list() {
        let text = r#"{"articles":[{"title":"T","content":"<p>Hello</p><p>World</p>","source":{"name":"Wire"},"publishedAt":"2025-06-14T08:00:00Z"}]}"#;
        let records = parse(Format::Json, text);
        let record = records[0].as_ref().ok().unwrap();
        assert_eq!(record.text, "Hello\n\nWorld");
        assert_eq!(record.found.outlet.as_deref(), Some("Wire"));
        assert_eq!(record.found.date.as_deref(), Some("2025-06-14"));
    }
}

//! Guessing an article's title, outlet and date from plain text, and counting its words.

use std::sync::LazyLock;

use regex::Regex;

/// Words in `text`: runs of non-space characters that contain a letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The most characters a headline has; a longer line is a paragraph, not a title.
const HEADLINE_MAX_CHARS: usize = 200;

/// The headline of a plain-text article: among the first non-empty lines, the first of three
/// to 25 words that is short enough to be one (scraped pages often start with one-word
/// chrome such as "Actions" or "Share", reports with a code), else the first short line,
/// else the start of the first line cut at a word.
pub fn title_from_text(text: &str) -> Option<String> {
    let lines = || {
        text.lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .filter(|l| !l.is_empty())
            .take(12)
    };
    let short =
        |l: &&str| l.len() <= HEADLINE_MAX_CHARS * 4 && l.chars().count() <= HEADLINE_MAX_CHARS;
    lines()
        .filter(short)
        .find(|l| (3..=25).contains(&l.split_whitespace().count()))
        .or_else(|| lines().find(short))
        .map(str::to_owned)
        .or_else(|| lines().next().map(|l| shorten(l, HEADLINE_MAX_CHARS)))
}

/// `s` cut to at most `max` characters at a word boundary, with an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    let Some((cut, _)) = s.char_indices().nth(max) else {
        return s.to_owned();
    };
    let head = &s[..cut];
    let at_word = head
        .rfind(char::is_whitespace)
        .filter(|&i| i > cut / 2)
        .unwrap_or(cut);
    format!("{}…", head[..at_word].trim_end())
}

/// The outlet named by a signature line such as "Discover more from X" or "Source: X".
pub fn outlet_from_text(text: &str) -> Option<String> {
    static SIGNATURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^\s*(?:Discover more from|Source:|Published by|Originally published (?:in|by|on))\s+(.{2,80}?)\s*$")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    SIGNATURE
        .captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim_end_matches('.').to_owned())
}

/// How far into a text a date still tells when it was written ("On June 13, 2025, the
/// ministry said…"); dates further down are what the story is about.
const OPENING_BYTES: usize = 1500;

/// The date of a plain-text article, as `YYYY-MM-DD`: a short line near the top (a
/// dateline), else the first date written in its opening.
pub fn date_from_text(text: &str) -> Option<String> {
    text.lines()
        .take(25)
        .map(str::trim)
        .filter(|l| !l.is_empty() && l.len() <= 80)
        .find_map(find_date)
        .or_else(|| {
            let mut end = text.len().min(OPENING_BYTES);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            find_date(&text[..end])
        })
}

/// A date in a file name such as `statement-2025-06-13.txt`, `20250613_report` or
/// `2025_06_13`, as `YYYY-MM-DD`.
pub fn date_from_file_name(stem: &str) -> Option<String> {
    static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?:$|[^0-9])")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    find_date(stem).or_else(|| {
        COMPACT.captures_iter(stem).find_map(|c| {
            let (month, day): (u32, u32) = (c[2].parse().ok()?, c[3].parse().ok()?);
            ((1..=12).contains(&month) && (1..=31).contains(&day))
                .then(|| format!("{}-{month:02}-{day:02}", &c[1]))
        })
    })
}

/// The outlet a web address names: `https://www.reuters.com/world/…` is `reuters.com`.
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') && !host.starts_with('.') && host.len() <= 80).then(|| host.to_owned())
}

/// The first date written in `s` as `2025-06-15`, `2025/06/15`, `June 15, 2025`,
/// `15 June 2025` or `Jun. 15 2025`, normalised to `YYYY-MM-DD`.
pub fn find_date(s: &str) -> Option<String> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let candidates = [
        ISO.captures(s).map(|c| {
            (
                c.get(0).map_or(0, |m| m.start()),
                c[1].to_owned(),
                c[2].parse().ok(),
                c[3].parse().ok(),
            )
        }),
        MONTH_FIRST.captures(s).map(|c| {
            (
                c.get(0).map_or(0, |m| m.start()),
                c[3].to_owned(),
                month_number(&c[1]),
                c[2].parse().ok(),
            )
        }),
        DAY_FIRST.captures(s).map(|c| {
            (
                c.get(0).map_or(0, |m| m.start()),
                c[3].to_owned(),
                month_number(&c[2]),
                c[1].parse().ok(),
            )
        }),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(
            |(at, year, month, day): (usize, String, Option<u32>, Option<u32>)| {
                let (month, day) = (month?, day?);
                ((1..=12).contains(&month) && (1..=31).contains(&day))
                    .then(|| (at, format!("{year}-{month:02}-{day:02}")))
            },
        )
        .min_by_key(|(at, _)| *at)
        .map(|(_, date)| date)
}

fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let prefix = name.get(..3)?.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == prefix)
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_shapes() {
        assert_eq!(
            find_date("Posted 2025-06-15T10:00Z").as_deref(),
            Some("2025-06-15")
        );
        assert_eq!(
            find_date("June 15, 2025, 5:00 PM").as_deref(),
            Some("2025-06-15")
        );
        assert_eq!(
            find_date("Sun 15th June 2025").as_deref(),
            Some("2025-06-15")
        );
        assert_eq!(find_date("Jun. 3 2025").as_deref(), Some("2025-06-03"));
        assert_eq!(find_date("on June 12, resulting in"), None);
        assert_eq!(find_date("2025-13-40"), None);
    }

    #[test]
    fn title_skips_one_word_chrome() {
        assert_eq!(
            title_from_text("Actions\n\nUS walks difficult line\nbody").as_deref(),
            Some("US walks difficult line")
        );
        assert_eq!(title_from_text("\n# Short\n").as_deref(), Some("Short"));
        assert_eq!(title_from_text("   \n"), None);
    }

    #[test]
    fn dates_from_the_opening_and_from_file_names() {
        let text = format!(
            "Statement by the Press Secretary on the strikes in the region today and what \
             follows next for everyone concerned. On June 13, 2025, the ministry said more. {}",
            "Later it cited March 2, 2020. ".repeat(100)
        );
        assert_eq!(date_from_text(&text).as_deref(), Some("2025-06-13"));
        assert_eq!(
            date_from_text(&format!("{} June 13, 2025", "x ".repeat(2000))),
            None
        );
        assert_eq!(
            date_from_file_name("crs-report-2025-06-13").as_deref(),
            Some("2025-06-13")
        );
        assert_eq!(
            date_from_file_name("20250613_statement").as_deref(),
            Some("2025-06-13")
        );
        assert_eq!(
            date_from_file_name("release_2025_06_13").as_deref(),
            Some("2025-06-13")
        );
        assert_eq!(date_from_file_name("report_7"), None);
        assert_eq!(date_from_file_name("id-20251399"), None);
    }

    #[test]
    fn outlets_from_addresses() {
        assert_eq!(
            outlet_from_url("https://www.reuters.com/world/x?a=1").as_deref(),
            Some("reuters.com")
        );
        assert_eq!(
            outlet_from_url("apnews.com/article/x").as_deref(),
            Some("apnews.com")
        );
        assert_eq!(outlet_from_url("not a url"), None);
    }

    #[test]
    fn a_paragraph_is_never_a_title() {
        let paragraph = "The committee met on Tuesday to discuss the budget. ".repeat(20);
        let text = format!("R-4521\n\n{paragraph}\n\nMore");
        assert_eq!(title_from_text(&text).as_deref(), Some("R-4521"));
        let text = format!("{paragraph}\n");
        let title = title_from_text(&text).unwrap();
        assert!(
            title.ends_with('…') && title.chars().count() <= 201,
            "{title}"
        );
        assert!(title.starts_with("The committee met on Tuesday"));
    }

    #[test]
    fn outlet_from_signature_line() {
        let text = "Body.\n\nDiscover more from Business-News-Today.com\n\nSubscribe";
        assert_eq!(
            outlet_from_text(text).as_deref(),
            Some("Business-News-Today.com")
        );
        assert_eq!(outlet_from_text("We discover more from them"), None);
    }

    #[test]
    fn words_ignore_punctuation_runs() {
        assert_eq!(word_count("Israel–Iran war — “it’s possible” 100 ."), 5);
    }
}

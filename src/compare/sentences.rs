//! Cutting a text into the units that are compared (spec/compare.md, section 1): sentences
//! inside a line, every line a unit of its own, and site furniture recognised and kept out
//! of the comparison.

use std::ops::Range;

/// A unit of text: a sentence, or a line without end punctuation (headline, caption).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the text, without surrounding white space.
    pub range: Range<usize>,
    /// Site furniture (TAGS, Share This, RELATED STORY | …): shown, never compared.
    pub boilerplate: bool,
}

/// Abbreviations after which a dot never ends a sentence inside a line.
/// The spec's list and titles that always come before a name; not "Inc." or "Jr.", which
/// often end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Cpl",
    "Maj", "Adm", "Cmdr", "Prof", "Rev", "Hon", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
];

/// Verbs of a speaker tag after a closing quote.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "added",
    "adds",
    "noted",
    "warned",
    "asked",
    "insisted",
    "replied",
    "posted",
    "tweeted",
    "continued",
    "explained",
    "stated",
];

/// The units of `text`, in order.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        split_line(text, line_start, line_start + body.len(), &mut out);
        line_start = line_end;
    }
    // A bare tag line ("Iran Israel Mideast Wars") is furniture only beside other
    // furniture: alone, a few capitalised words are a headline or a caption.
    let furniture: Vec<bool> = out.iter().map(|u| u.boilerplate).collect();
    for i in 0..out.len() {
        let beside = |j: Option<usize>| j.is_some_and(|j| furniture.get(j) == Some(&true));
        if !out[i].boilerplate
            && is_tag_line(&text[out[i].range.clone()])
            && (beside(i.checked_sub(1)) || beside(Some(i + 1)))
        {
            out[i].boilerplate = true;
        }
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let mut unit_start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        if matches!(chars[k].1, '.' | '!' | '?')
            && ends_sentence(line, &chars, k)
            && !speaker_tag_follows(line, &chars, k)
        {
            // Further marks, closing quotes and brackets belong to this sentence.
            let mut j = k + 1;
            while j < chars.len() && (is_closing(chars[j].1) || is_end_mark(chars[j].1)) {
                j += 1;
            }
            let cut = chars.get(j).map_or(line.len(), |&(i, _)| i);
            push(text, start + unit_start, start + cut, out);
            unit_start = cut;
            k = j;
            continue;
        }
        k += 1;
    }
    push(text, start + unit_start, end, out);
}

/// Whether the mark at `chars[k]` ends a sentence: closing quotes or brackets may follow,
/// then white space and a capital, a digit or an opening quote; not after an abbreviation,
/// an initial or a dotted acronym.
fn ends_sentence(line: &str, chars: &[(usize, char)], k: usize) -> bool {
    let mut j = k + 1;
    while j < chars.len() && (is_closing(chars[j].1) || is_end_mark(chars[j].1)) {
        j += 1;
    }
    if j >= chars.len() || !chars[j].1.is_whitespace() {
        return false;
    }
    while j < chars.len() && chars[j].1.is_whitespace() {
        j += 1;
    }
    let Some(&(_, next)) = chars.get(j) else {
        return false;
    };
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '“' | '"' | '”' | '‘'))
    {
        return false;
    }
    if chars[k].1 != '.' {
        return true;
    }
    // An ellipsis ("wait... Then") trails off; it does not end the sentence.
    if k > 0 && chars[k - 1].1 == '.' || chars.get(k + 1).is_some_and(|&(_, c)| c == '.') {
        return false;
    }
    let word_start = line[..chars[k].0]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .map_or(0, |i| {
            i + line[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &line[word_start..chars[k].0];
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S.", "a.m.": letters between dots; "0.5." is a number ending a sentence.
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    !(initial || dotted || ABBREVIATIONS.contains(&word))
}

/// Whether the mark at `chars[k]` is followed by a closing quote and its speaker tag ("…!!!”
/// Trump wrote on Truth Social."): then the tag stays in the sentence.
fn speaker_tag_follows(line: &str, chars: &[(usize, char)], k: usize) -> bool {
    let mut j = k + 1;
    let mut quoted = false;
    while j < chars.len() && (is_closing(chars[j].1) || is_end_mark(chars[j].1)) {
        quoted |= matches!(chars[j].1, '”' | '"');
        j += 1;
    }
    if !quoted {
        return false;
    }
    let rest = chars.get(j).map_or("", |&(i, _)| &line[i..]);
    rest.split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| SPEECH_VERBS.contains(&w))
}

fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»')
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let trimmed_start = start + (piece.len() - piece.trim_start().len());
    let trimmed_end = end - (piece.len() - piece.trim_end().len());
    if trimmed_start >= trimmed_end {
        return;
    }
    let unit = &text[trimmed_start..trimmed_end];
    out.push(Sentence {
        range: trimmed_start..trimmed_end,
        boilerplate: is_boilerplate(unit),
    });
}

/// Site furniture: section labels, sharing and subscription prompts, related-story links.
pub fn is_boilerplate(unit: &str) -> bool {
    const LABELS: &[&str] = &[
        "tags",
        "categories",
        "category",
        "actions",
        "share",
        "share this",
        "share this article",
        "share this story",
        "posted",
        "advertisement",
        "read more",
        "related",
        "related stories",
        "related articles",
        "comments",
        "print",
        "email",
        "menu",
        "search",
        "home",
        "topics",
        "more from",
        "most read",
        "trending",
        "follow us",
        "sign up",
        "log in",
        "skip to content",
    ];
    let lower = unit.trim().trim_end_matches(':').to_lowercase();
    if LABELS.contains(&lower.as_str()) {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "related story",
        "related:",
        "subscribe to",
        "discover more from",
        "read more:",
        "read more at",
        "sign up for",
        "follow us on",
        "click here",
        "copyright ©",
        "© ",
        "all rights reserved",
        "share on",
        "image:",
        "photo:",
        "getty images",
    ];
    if PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    false
}

/// A few capitalised words with no end mark and no small words ("Iran Israel Mideast Wars").
fn is_tag_line(unit: &str) -> bool {
    let words: Vec<&str> = unit.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && !unit.ends_with(['.', '!', '?', ':', '”', '"'])
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "and"
                    | "as"
                    | "is"
                    | "are"
                    | "was"
                    | "with"
                    | "by"
                    | "from"
                    | "after"
                    | "over"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.range.clone()]).collect()
    }

    #[test]
    fn a_sentence_ends_at_a_mark_before_a_capital_a_digit_or_a_quote() {
        assert_eq!(
            units("Israel struck. Iran replied! Why? 70 died. “No,” he said."),
            [
                "Israel struck.",
                "Iran replied!",
                "Why?",
                "70 died.",
                "“No,” he said."
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_a_sentence() {
        assert_eq!(
            units(
                "U.S. Armed Forces met Gen. Smith and Sen. J. Doe at 3.5 p.m. Monday in St. Louis. Next."
            ),
            [
                "U.S. Armed Forces met Gen. Smith and Sen. J. Doe at 3.5 p.m. Monday in St. Louis.",
                "Next."
            ]
        );
        assert_eq!(
            units("It rose 3.5 percent. No. 2 fell."),
            ["It rose 3.5 percent.", "No. 2 fell."]
        );
    }

    #[test]
    fn a_quote_keeps_its_speaker_tag() {
        assert_eq!(
            units("“…end this bloody conflict!!!” Trump wrote on Truth Social. Next."),
            [
                "“…end this bloody conflict!!!” Trump wrote on Truth Social.",
                "Next."
            ]
        );
        assert_eq!(
            units("“We are talking,” he said."),
            ["“We are talking,” he said."]
        );
        // Without a speech verb after it, a quote ending a sentence ends it.
        assert_eq!(
            units("He called it “over.” Then he left."),
            ["He called it “over.”", "Then he left."]
        );
    }

    #[test]
    fn numbers_and_company_suffixes_can_end_a_sentence() {
        assert_eq!(
            units("It rose 0.5. Then it fell."),
            ["It rose 0.5.", "Then it fell."]
        );
        assert_eq!(
            units("He joined Acme Inc. The shares rose."),
            ["He joined Acme Inc.", "The shares rose."]
        );
    }

    #[test]
    fn every_line_is_a_unit_and_furniture_is_marked() {
        let text = "Trump Threatens Iran\nBody one. Body two.\nTAGS\nIran Israel Mideast Wars\nRELATED STORY | More\n";
        let s = split(text);
        let shown: Vec<(&str, bool)> = s
            .iter()
            .map(|u| (&text[u.range.clone()], u.boilerplate))
            .collect();
        assert_eq!(
            shown,
            [
                ("Trump Threatens Iran", false),
                ("Body one.", false),
                ("Body two.", false),
                ("TAGS", true),
                ("Iran Israel Mideast Wars", true),
                ("RELATED STORY | More", true),
            ]
        );
    }
}

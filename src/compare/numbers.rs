//! Every quantity a text states (spec/compare.md, section 4): digits, number words,
//! ordinals, percents, money, dates and durations, with their qualifier ("at least",
//! "nearly", "over") and kind. Spans are byte ranges: the qualifier and the number, with the
//! unit for percents, money and durations and the time of day for dates, without the
//! counted noun.

use std::ops::Range;

/// What a number quantifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// over 100 missiles, four top security chiefs.
    Count,
    /// nearly 7 percent.
    Percent,
    /// $12.9bn.
    Money,
    /// June 12, Thursday night, 2025, the 1950s.
    Date,
    /// 60 days, three years ago.
    Duration,
    /// sixth round, 79th birthday.
    Ordinal,
    /// Ages, scores, measures.
    Other,
}

impl NumberKind {
    /// The name `eval_compare.py` and the gold use.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Count => "count",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Date => "date",
            NumberKind::Duration => "duration",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Other => "other",
        }
    }
}

/// A number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range: qualifier, number and unit.
    pub range: Range<usize>,
    /// What it quantifies.
    pub kind: NumberKind,
    /// Its value as written, normalised where that is plain: digits without separators
    /// ("1200"), a number word's value ("78"), a month and day ("June 12").
    pub value: String,
    /// The word after it: the counted thing's head, or what a date dates.
    pub counted: String,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTH_ABBREVIATIONS: [&str; 11] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const TIMES_OF_DAY: [&str; 6] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "midnight",
];
const UNITS: [&str; 20] = [
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "score",
];
const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fifteenth",
    "twentieth",
    "thirtieth",
    "fiftieth",
    "hundredth",
    "thousandth",
    "millionth",
];
const DURATIONS: [&str; 16] = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades",
];
const MEASURES: [&str; 16] = [
    "mile",
    "miles",
    "kilometers",
    "kilometres",
    "km",
    "meters",
    "metres",
    "feet",
    "foot",
    "tons",
    "tonnes",
    "pounds",
    "kg",
    "kilograms",
    "degrees",
    "acres",
];
const QUALIFIERS: [&[&str]; 14] = [
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["over"],
    &["some"],
    &["approximately"],
];

/// A word of the text: its bytes and text (punctuation around it left out, a possessive
/// kept apart).
#[derive(Debug, Clone)]
struct Word<'t> {
    range: Range<usize>,
    text: &'t str,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        let lead = trimmed.len()
            - trimmed
                .trim_start_matches(|c: char| {
                    !(c.is_alphanumeric() || c == '$' || c == '€' || c == '£')
                })
                .len();
        let mut body = &trimmed[lead..];
        body = body.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '%' || c == '.'));
        for suffix in ["’s", "'s"] {
            if let Some(b) = body.strip_suffix(suffix) {
                body = b;
            }
        }
        // A sentence's last dot is not part of a number or a word ("in 2025.").
        if body.ends_with('.') && !MONTH_ABBREVIATIONS.contains(&body) {
            body = &body[..body.len() - 1];
        }
        if !body.is_empty() {
            out.push(Word {
                range: start + lead..start + lead + body.len(),
                text: body,
            });
        }
    }
    out
}

fn lower(w: &Word<'_>) -> String {
    w.text.to_lowercase()
}

fn is_number_word(w: &str) -> bool {
    let w = w.to_lowercase();
    SMALL.contains(&w.as_str())
        || UNITS.contains(&w.as_str())
        || w.split_once('-').is_some_and(|(a, b)| {
            UNITS.contains(&a) && (SMALL.contains(&b) || ORDINALS.contains(&b))
        })
}

fn is_digits(w: &str) -> bool {
    let core = w
        .trim_start_matches(['$', '€', '£'])
        .trim_end_matches(['%']);
    let core = ["bn", "m", "k", "s", "th", "st", "nd", "rd"]
        .iter()
        .find_map(|s| core.strip_suffix(s))
        .unwrap_or(core);
    !core.is_empty()
        && core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn is_ordinal(w: &str) -> bool {
    let l = w.to_lowercase();
    ORDINALS.contains(&l.as_str())
        || (l.len() > 2
            && ["st", "nd", "rd", "th"].iter().any(|s| l.ends_with(s))
            && l[..l.len() - 2].chars().all(|c| c.is_ascii_digit())
            && !l[..l.len() - 2].is_empty())
}

/// Every number of `text`, in order.
pub fn numbers(text: &str) -> Vec<Number> {
    let ws = words(text);
    let mut out: Vec<Number> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some((kind, last)) = number_at(text, &ws, i) else {
            i += 1;
            continue;
        };
        // The qualifier before it.
        let mut first = i;
        for q in QUALIFIERS {
            if i >= q.len()
                && ws[i - q.len()..i]
                    .iter()
                    .zip(q.iter())
                    .all(|(w, q)| lower(w) == *q)
            {
                first = i - q.len();
                break;
            }
        }
        // "late Sunday", "early Monday".
        if kind == NumberKind::Date
            && i > 0
            && matches!(lower(&ws[i - 1]).as_str(), "late" | "early")
        {
            first = i - 1;
        }
        let range = ws[first].range.start..ws[last].range.end;
        let counted = ws
            .get(last + 1)
            .map(|w| w.text.to_lowercase())
            .unwrap_or_default();
        out.push(Number {
            value: text[ws[i].range.start..ws[last].range.end].replace(',', ""),
            range,
            kind,
            counted,
        });
        i = last + 1;
    }
    out
}

/// The number starting at word `i`: its kind and its last word.
fn number_at(text: &str, ws: &[Word<'_>], i: usize) -> Option<(NumberKind, usize)> {
    let w = ws[i].text;
    let next = |k: usize| ws.get(i + k).map(lower).unwrap_or_default();
    let adjacent = |k: usize| {
        ws.get(i + k).is_some_and(|n| {
            text[ws[i + k - 1].range.end..n.range.start]
                .trim()
                .is_empty()
        })
    };
    // Months and weekdays.
    if let Some(month) = MONTHS.iter().chain(&MONTH_ABBREVIATIONS).find(|m| **m == w) {
        // "May" alone is a verb too: a month needs a day or a year beside it.
        let day = adjacent(1) && is_digits(&next(1)) && next(1).len() <= 4;
        if !day && *month == "May" {
            return None;
        }
        let mut last = i;
        if day {
            last = i + 1;
            let year_follows = ws.get(i + 2).is_some_and(|n| {
                text[ws[i + 1].range.end..n.range.start]
                    .trim_matches(|c: char| c.is_whitespace() || c == ',')
                    .is_empty()
            });
            if year_follows && next(2).len() == 4 && is_digits(&next(2)) {
                last = i + 2;
            }
        }
        return Some((NumberKind::Date, last));
    }
    if WEEKDAYS.contains(&w) {
        let last = if adjacent(1) && TIMES_OF_DAY.contains(&next(1).as_str()) {
            i + 1
        } else {
            i
        };
        return Some((NumberKind::Date, last));
    }
    // "G7", "F-35": digits inside a name are not numbers.
    if w.chars().next().is_some_and(char::is_alphabetic)
        && w.chars().any(|c| c.is_ascii_digit())
        && !is_ordinal(w)
    {
        return None;
    }
    let digits = is_digits(w);
    let word = is_number_word(w) || (w.eq_ignore_ascii_case("a") && next(1) == "dozen");
    let ordinal = is_ordinal(w);
    if !(digits || word || ordinal) {
        return None;
    }
    let lw = w.to_lowercase();
    if lw == "one" && next(1) == "of" {
        return None;
    }
    if ordinal {
        return Some((NumberKind::Ordinal, i));
    }
    // The number's own words: "1.2 million", "seventy-eight", "a dozen", "two hundred".
    let mut last = i;
    while last + 1 < ws.len()
        && text[ws[last].range.end..ws[last + 1].range.start]
            .trim()
            .is_empty()
        && (is_number_word(ws[last + 1].text)
            || ["bn", "billion", "million"].contains(&ws[last + 1].text))
    {
        last += 1;
    }
    let after = ws.get(last + 1).map(lower).unwrap_or_default();
    let after2 = ws.get(last + 2).map(lower).unwrap_or_default();
    if w.starts_with(['$', '€', '£'])
        || ["dollars", "euros", "pounds", "yuan", "rupees"].contains(&after.as_str())
    {
        let end = if w.starts_with(['$', '€', '£']) {
            last
        } else {
            last + 1
        };
        return Some((NumberKind::Money, end));
    }
    if w.ends_with('%') {
        return Some((NumberKind::Percent, last));
    }
    if after == "percent" || (after == "per" && after2 == "cent") {
        return Some((
            NumberKind::Percent,
            if after == "per" { last + 2 } else { last + 1 },
        ));
    }
    if DURATIONS.contains(&after.as_str()) {
        let end = if after2 == "ago" { last + 2 } else { last + 1 };
        return Some((NumberKind::Duration, end));
    }
    // A year or a decade.
    let core = w.trim_end_matches('s');
    if digits
        && core.len() == 4
        && (core.starts_with("19") || core.starts_with("20"))
        && !w.contains(',')
    {
        return Some((NumberKind::Date, last));
    }
    if MEASURES.contains(&after.as_str())
        || after == "years-old"
        || (after == "years" && after2 == "old")
    {
        return Some((NumberKind::Other, last));
    }
    Some((NumberKind::Count, last))
}

/// A number's value as a quantity, when it has one: digits, or number words.
pub fn quantity(n: &Number) -> Option<f64> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    for word in n
        .value
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-')
    {
        let word = word
            .trim_start_matches(['$', '€', '£'])
            .trim_end_matches('%');
        if let Ok(v) = word.trim_end_matches("bn").parse::<f64>() {
            current += v * if word.ends_with("bn") { 1e9 } else { 1.0 };
            seen = true;
            continue;
        }
        if let Some(k) = SMALL.iter().position(|w| *w == word) {
            current += k as f64;
            seen = true;
        } else if let Some(k) = UNITS[..8].iter().position(|w| *w == word) {
            current += 20.0 + 10.0 * k as f64;
            seen = true;
        } else {
            let scale = match word {
                "dozen" => 12.0,
                "hundred" => 100.0,
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                _ => continue,
            };
            current = current.max(1.0) * scale;
            seen = true;
            if scale >= 1e3 {
                total += current;
                current = 0.0;
            }
        }
    }
    seen.then_some(total + current)
}

/// How a qualifier bounds a value: (lowest, highest) it allows.
fn bounds(text: &str, value: f64) -> (f64, f64) {
    let t = text.to_lowercase();
    if t.starts_with("at least") || t.starts_with("more than") || t.starts_with("over") {
        (value, f64::INFINITY)
    } else if t.starts_with("up to")
        || t.starts_with("at most")
        || t.starts_with("less than")
        || t.starts_with("fewer than")
    {
        (0.0, value)
    } else if t.starts_with("nearly") || t.starts_with("almost") {
        (value * 0.85, value)
    } else if ["about", "around", "roughly", "some", "approximately"]
        .iter()
        .any(|q| t.starts_with(q))
    {
        (value * 0.75, value * 1.25)
    } else {
        (value, value)
    }
}

/// Whether two corresponding quantities agree given their qualifiers ("over 100" and
/// "about 150" do; "70" and "78" do not).
pub fn agree(text_a: &str, a: &Number, text_b: &str, b: &Number) -> bool {
    match (quantity(a), quantity(b)) {
        (Some(va), Some(vb)) => {
            let (la, ha) = bounds(&text_a[a.range.clone()], va);
            let (lb, hb) = bounds(&text_b[b.range.clone()], vb);
            la <= hb && lb <= ha
        }
        _ => day_of(&text_a[a.range.clone()]) == day_of(&text_b[b.range.clone()]),
    }
}

/// A date as the day it names, without its time of day ("late Thursday night" → thursday).
fn day_of(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .filter(|w| !TIMES_OF_DAY.contains(w) && !matches!(*w, "late" | "early"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Numbers of two linked sentences that quantify the same thing: dates naming the same day,
/// or quantities of one kind counting the same word.
pub fn correspond(text_a: &str, a: &Number, text_b: &str, b: &Number) -> bool {
    if a.kind != b.kind {
        return false;
    }
    match a.kind {
        NumberKind::Date => day_of(&text_a[a.range.clone()]) == day_of(&text_b[b.range.clone()]),
        NumberKind::Ordinal => false,
        _ => !a.counted.is_empty() && a.counted == b.counted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &str)> {
        numbers(text)
            .into_iter()
            .map(|n| (&text[n.range.clone()], n.kind.as_str()))
            .collect()
    }

    #[test]
    fn the_spec_examples_get_their_spans_and_kinds() {
        assert_eq!(
            found(
                "Iran fired over 100 missiles; at least 70 were killed, including four top security chiefs."
            ),
            [
                ("over 100", "count"),
                ("at least 70", "count"),
                ("four", "count")
            ]
        );
        assert_eq!(
            found("Prices rose nearly 7 percent, or 40%."),
            [("nearly 7 percent", "percent"), ("40%", "percent")]
        );
        assert_eq!(found("It cost $12.9bn."), [("$12.9bn", "money")]);
        assert_eq!(
            found("Strikes began Thursday night, June 12, 2025; talks were set for late Sunday."),
            [
                ("Thursday night", "date"),
                ("June 12, 2025", "date"),
                ("late Sunday", "date")
            ]
        );
        assert_eq!(
            found("He gave Iran 60 days, three years ago."),
            [("60 days", "duration"), ("three years ago", "duration")]
        );
        assert_eq!(
            found("the sixth round on his 79th birthday"),
            [("sixth", "ordinal"), ("79th", "ordinal")]
        );
        assert_eq!(
            found("seventy-eight people and a dozen drones"),
            [("seventy-eight", "count"), ("a dozen", "count")]
        );
    }

    #[test]
    fn qualifiers_decide_whether_two_numbers_agree() {
        let pair = |a: &str, b: &str| {
            let (na, nb) = (numbers(a), numbers(b));
            (
                correspond(a, &na[0], b, &nb[0]),
                agree(a, &na[0], b, &nb[0]),
            )
        };
        assert_eq!(
            pair("over 100 missiles", "about 150 missiles"),
            (true, true)
        );
        assert_eq!(pair("70 killed", "78 killed"), (true, false));
        assert_eq!(pair("seventy-eight killed", "78 killed"), (true, true));
        assert_eq!(pair("on Thursday night", "late Thursday"), (true, true));
        assert_eq!(pair("40 killed", "40 injured"), (false, true));
    }

    #[test]
    fn names_pronouns_and_may_are_not_numbers() {
        assert!(found("The G7 met. One of the greatest. You may go.").is_empty());
        assert_eq!(found("in May 2025"), [("May 2025", "date")]);
    }
}

//! Finding the lexicon's names in a text: one leftmost-longest Aho–Corasick pass, then the
//! rules of the spec that a plain string search cannot know (word boundaries, context).

use aho_corasick::Input;

use super::CountryKind;
use super::lexicon::{Ambiguity, Lexicon};

/// A lexicon name found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LexMatch {
    pub start: usize,
    pub end: usize,
    /// Index into the lexicon's patterns.
    pub pattern: usize,
    /// Found inside a longer organisation name (a country word counted as well).
    pub nested: bool,
}

/// Every lexicon match in `text`, in order, nested country words included.
pub(crate) fn find(lexicon: &Lexicon, text: &str) -> Vec<LexMatch> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let Some(m) = lexicon
            .automaton
            .find(Input::new(text).span(pos..text.len()))
        else {
            break;
        };
        let (start, end) = (m.start(), m.end());
        let pattern = &lexicon.patterns[m.pattern().as_usize()];
        let is_place = pattern
            .targets
            .first()
            .is_some_and(|&t| lexicon.entities[t as usize].etype == super::EntityType::Place);
        if at_word_boundaries(text, start, end)
            && !rejected_by_context(lexicon, pattern.ambiguity, text, start, end)
            && !(is_place && inside_a_persons_name(lexicon, text, start, end))
        {
            out.push(LexMatch {
                start,
                end,
                pattern: m.pattern().as_usize(),
                nested: false,
            });
            let is_org = pattern.kind.is_none()
                && !pattern.short
                && pattern
                    .targets
                    .first()
                    .is_some_and(|&t| lexicon.entities[t as usize].etype == super::EntityType::Org);
            if is_org {
                nested_countries(lexicon, text, start, end, &mut out);
            }
            pos = end;
        } else {
            // A longer name that failed its boundary may hide a valid one starting inside it.
            pos = next_char(text, start);
        }
    }
    out
}

/// Country names and demonyms inside an organisation's name ("U.S. Central Command",
/// "Israeli Defense Force"). Capitals are left out: the Jerusalem Post is not Israel.
fn nested_countries(
    lexicon: &Lexicon,
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<LexMatch>,
) {
    let inner = &text[start..end];
    let mut found: Vec<LexMatch> = Vec::new();
    for m in lexicon.country_automaton.find_overlapping_iter(inner) {
        let (s, e) = (start + m.start(), start + m.end());
        let pattern = &lexicon.country_patterns[m.pattern().as_usize()];
        if pattern.kind == Some(CountryKind::Capital) || !at_word_boundaries(text, s, e) {
            continue;
        }
        // Keep the longest of overlapping names ("United States" over "States").
        found.retain(|f| !(f.start >= s && f.end <= e));
        if found.iter().any(|f| f.start <= s && f.end >= e) {
            continue;
        }
        found.push(LexMatch {
            start: s,
            end: e,
            pattern: m.pattern().as_usize(),
            nested: true,
        });
    }
    found.sort_by_key(|f| f.start);
    out.extend(found);
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
}

/// True when the match is a whole word: no letter or digit touches either end.
pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The word after `end` (skipping one space), if any.
fn next_word(text: &str, end: usize) -> &str {
    let rest = text[end..].strip_prefix(' ').unwrap_or("");
    let len = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The word before `start` (skipping one space), if any.
fn previous_word(text: &str, start: usize) -> &str {
    let head = text[..start].strip_suffix(' ').unwrap_or("");
    let from = head.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    &head[from..]
}

fn rejected_by_context(
    lexicon: &Lexicon,
    ambiguity: Option<Ambiguity>,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    let Some(ambiguity) = ambiguity else {
        return false;
    };
    match ambiguity {
        // "Jordan Peterson", "Chad Smith": a capitalised word that is not a weekday,
        // month or other common word follows the given name.
        Ambiguity::GivenName => {
            let next = next_word(text, end);
            next.starts_with(|c: char| c.is_uppercase())
                && next.chars().any(char::is_lowercase)
                && !lexicon.words.is_stopword(next)
        }
        Ambiguity::UsState => {
            let from = floor_char(text, start.saturating_sub(60));
            let to = floor_char(text, (end + 60).min(text.len()));
            let window = &text[from..to];
            [
                "Atlanta",
                "Savannah",
                "Augusta",
                "Macon",
                "Gov.",
                "Governor",
                "state of",
                "State of",
                "Peach",
                "Bulldogs",
                "state's",
                "state’s",
            ]
            .iter()
            .any(|w| window.contains(w))
        }
        Ambiguity::Bird => {
            let next = next_word(text, end);
            let previous = previous_word(text, start);
            [
                "dinner",
                "dinners",
                "sandwich",
                "sandwiches",
                "breast",
                "leg",
                "legs",
                "roast",
                "stuffing",
                "feathers",
                "farm",
                "farms",
                "hunt",
                "hunting",
                "pardon",
                "burger",
                "bacon",
                "day",
                "Day",
            ]
            .contains(&next)
                || [
                    "Thanksgiving",
                    "roast",
                    "roasted",
                    "wild",
                    "smoked",
                    "stuffed",
                ]
                .contains(&previous)
        }
        Ambiguity::American => [
            "Latin", "South", "Central", "North", "Native", "Pan", "Meso",
        ]
        .contains(&previous_word(text, start)),
        Ambiguity::Indian => {
            next_word(text, end) == "Ocean"
                || ["Native", "American", "West"].contains(&previous_word(text, start))
        }
    }
}

/// A city or region named like a person, where the words around make it one: "Abraham
/// Lincoln", "Whitney Houston" (a given name before it), "Madison Keys" (a given name
/// itself, followed by a capitalised word). Discovery then reads the whole name.
fn inside_a_persons_name(lexicon: &Lexicon, text: &str, start: usize, end: usize) -> bool {
    let words = &lexicon.words;
    let previous = previous_word(text, start);
    if previous.starts_with(char::is_uppercase)
        && words.is_given_name(previous)
        && !words.is_stopword(previous)
        && !text[..start].ends_with(". ")
    {
        return true;
    }
    // "Madison Keys", but not "Houston Mayor", "Denver Broncos" or "Orlando Airport": what
    // follows must look like a family name, not a title or an organisation's or site's word.
    let name = &text[start..end];
    let next = next_word(text, end);
    !name.contains(' ')
        && words.is_given_name(name)
        && next.starts_with(char::is_uppercase)
        && next.chars().any(char::is_lowercase)
        && !next.ends_with('.')
        && !words.is_stopword(next)
        && !words.is_name_word(next)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

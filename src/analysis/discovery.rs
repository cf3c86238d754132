//! Names the lexicon does not know, found from the text itself: runs of capitalised words
//! classified by what surrounds them (titles, speech verbs), what they contain (organisation
//! words) and how they start (given names). Sentence-initial common words, weekdays, months,
//! headings and regions are never actors.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::DiscoveryWords;
use super::{EntityType, FoundBy};

/// A discovered name: its span, guessed type and display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub etype: EntityType,
    pub name: String,
    pub rule: FoundBy,
}

/// The word lists as sets, built once per lexicon.
pub(crate) struct Words {
    titles: HashSet<String>,
    speech: HashSet<String>,
    org: HashSet<String>,
    connectors: HashSet<String>,
    given: HashSet<String>,
    stop: HashSet<String>,
    not_actors: Vec<Vec<String>>,
    not_acronyms: HashSet<String>,
    place_words: HashSet<String>,
    /// The last word of each title, in lower case ("minister" from "Prime Minister").
    roles: HashSet<String>,
}

impl Words {
    /// A common word that never starts a name (The, Sunday, June).
    pub(crate) fn is_stopword(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// Words shaped like an organisation's name: ending with an organisation word
    /// ("Irving Police Department") or built on one ("University of Sheffield").
    fn is_org_name(&self, texts: &[&str]) -> bool {
        texts.len() >= 2
            && (texts.last().is_some_and(|t| self.org.contains(*t))
                || texts
                    .windows(2)
                    .any(|w| self.org.contains(w[0]) && matches!(w[1], "of" | "on" | "for")))
    }

    /// A title or role written in lower case ("minister", "spokesman", "striker").
    fn is_role(&self, word: &str) -> bool {
        self.roles.contains(word)
    }

    /// A title, or a word that ends organisations' or sites' names ("Mayor", "Police",
    /// "Airport"): no family name.
    pub(crate) fn is_name_word(&self, word: &str) -> bool {
        self.titles.contains(word) || self.org.contains(word) || self.place_words.contains(word)
    }

    /// A given name ("Abraham", "Whitney"): what makes "Abraham Lincoln" a person.
    pub(crate) fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
    }

    pub(crate) fn new(words: &DiscoveryWords) -> Words {
        let set = |v: &[String]| v.iter().cloned().collect::<HashSet<_>>();
        Words {
            titles: set(&words.titles),
            speech: set(&words.speech_verbs),
            org: set(&words.org_words),
            connectors: set(&words.connectors),
            given: set(&words.given_names),
            stop: set(&words.stopwords),
            not_actors: words
                .not_actors
                .iter()
                .map(|p| p.split_whitespace().map(str::to_owned).collect())
                .collect(),
            not_acronyms: set(&words.not_acronyms),
            place_words: set(&words.place_words),
            roles: words
                .titles
                .iter()
                .filter_map(|t| t.split_whitespace().last())
                .map(|w| w.trim_end_matches('.').to_lowercase())
                // Titles whose last word is also an everyday word ("the general public").
                .filter(|w| {
                    w.len() > 2
                        && !matches!(
                            w.as_str(),
                            "general"
                                | "head"
                                | "acting"
                                | "forward"
                                | "resident"
                                | "deputy"
                                | "chief"
                                | "senior"
                                | "first"
                                | "second"
                        )
                })
                .collect(),
        }
    }
}

/// A word of the text with what discovery needs to know about it.
#[derive(Debug, Clone)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// Punctuation (other than a possessive or an abbreviation's dot) follows it.
    break_after: bool,
    /// It begins a sentence, a line or a quotation.
    sentence_start: bool,
    /// A comma follows it.
    comma_after: bool,
    /// Inside a lexicon match.
    covered: bool,
    /// Inside a lexicon match of a city or region.
    covered_place: bool,
    /// The last word of a country's name or demonym ("Indian", "South Korean"): where that
    /// name starts, since it can begin an organisation's name.
    country_word_from: Option<usize>,
}

/// A lexicon match discovery must not read again: its bytes, whether it is a country's
/// name or demonym, and whether it is a city or region (which may begin or sit inside an
/// organisation's name: "Irving Police Department", "University of Sheffield").
pub(crate) type Covered = (usize, usize, bool, bool);

/// The words of `text`; `covered` (the lexicon's matches) is in text order and does not
/// overlap, so one cursor walks it alongside the words and the pass stays linear.
fn tokens<'a>(text: &'a str, covered: &[Covered]) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'a>> = Vec::new();
    let mut next_covered = 0;
    let mut sentence_start = true;
    let mut offset = 0;
    for raw in text.split_inclusive(|c: char| c.is_whitespace()) {
        let raw_start = offset;
        offset += raw.len();
        let newline = raw.ends_with('\n');
        let word = raw.trim_end();
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let core = &word[lead..];
        let mut body = core.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '.'));
        let trailing = &core[body.len()..];
        // A dot ends a sentence unless the word is an abbreviation (Sen., Jr., U.S.).
        let abbreviation =
            body.ends_with('.') && (body.len() <= 4 || body[..body.len() - 1].contains('.'));
        if body.ends_with('.') && !abbreviation {
            body = &body[..body.len() - 1];
        }
        let mut possessive = false;
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(stripped) = body.strip_suffix(suffix) {
                body = stripped;
                possessive = true;
                break;
            }
        }
        if body.is_empty() {
            sentence_start |= newline || trailing.contains(['.', '!', '?', '“', '"', ':']);
            continue;
        }
        let start = raw_start + lead;
        let end = start + body.len();
        let ends_sentence =
            trailing.contains(['.', '!', '?']) || (core.ends_with('.') && !abbreviation);
        while covered
            .get(next_covered)
            .is_some_and(|&(_, e, _, _)| e <= start)
        {
            next_covered += 1;
        }
        out.push(Token {
            start,
            end,
            text: body,
            break_after: possessive
                || !trailing.is_empty() && trailing != "."
                || ends_sentence
                || newline,
            sentence_start,
            comma_after: trailing.starts_with(','),
            covered: covered
                .get(next_covered)
                .is_some_and(|&(s, e, _, _)| start < e && s < end),
            covered_place: covered
                .get(next_covered)
                .is_some_and(|&(s, e, _, place)| place && start < e && s < end),
            country_word_from: covered
                .get(next_covered)
                .filter(|&&(s, e, country, _)| country && s <= start && e == end)
                .map(|&(s, _, _, _)| s),
        });
        sentence_start = ends_sentence || newline || trailing.contains([':', '“', '"']);
        if word[..lead].contains(['“', '"', '('])
            && let Some(t) = out.last_mut()
        {
            t.sentence_start = true;
        }
    }
    out
}

fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Every name found in `text` outside the `covered` byte ranges (the lexicon's matches).
pub(crate) fn discover(words: &Words, text: &str, covered: &[Covered]) -> Vec<Found> {
    static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.(com|org|net|news|info|io|co\.uk|tv)$")
            .unwrap_or_else(|e| unreachable!("static regex: {e}"))
    });
    let toks = tokens(text, covered);
    // Where each line starts and whether it has a lower-case letter: a line without one is
    // a shouted headline, whose capitals are no acronyms. Once per text, not per word.
    let lines: Vec<(usize, bool)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line.chars().any(char::is_lowercase)))
        })
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.covered && is_acronym(words, &lines, &toks, i) {
            found.push(Found {
                start: t.start,
                end: t.end,
                etype: EntityType::Org,
                name: t.text.to_owned(),
                rule: FoundBy::AcronymRepeated,
            });
            i += 1;
            continue;
        }
        if (t.covered && !t.covered_place) || !(is_capitalised(t.text) || DOMAIN.is_match(t.text)) {
            i += 1;
            continue;
        }
        // The run: capitalised words, with connectors (al, bin, of) inside.
        let mut j = i;
        while j < toks.len()
            && (!toks[j].covered || toks[j].covered_place)
            && (j == i || !toks[j].sentence_start)
        {
            let w = toks[j].text;
            let ok =
                is_capitalised(w) || (j > i && words.connectors.contains(w)) || DOMAIN.is_match(w);
            if !ok {
                break;
            }
            j += 1;
            if toks[j - 1].break_after {
                break;
            }
        }
        let mut run: Vec<&Token<'_>> = toks[i..j].iter().collect();
        while run
            .last()
            .is_some_and(|t| words.connectors.contains(t.text))
        {
            run.pop();
        }
        // A known place is read again only as part of an organisation's name; otherwise
        // the run stops before it, as at any lexicon match.
        let texts: Vec<&str> = run.iter().map(|t| t.text).collect();
        let mut next_index = j.max(i + 1);
        if let Some(first_place) = run.iter().position(|t| t.covered)
            && !words.is_org_name(&texts)
        {
            if first_place == 0 {
                i += 1;
                continue;
            }
            run.truncate(first_place);
            next_index = i + first_place;
            // "Gov. Greg Abbott of | Texas": the name ends before its connectors.
            while run
                .last()
                .is_some_and(|t| words.connectors.contains(t.text))
            {
                run.pop();
            }
        }
        classify(words, &toks, i, &run, &DOMAIN, &mut found);
        i = next_index;
    }
    add_family_names(&toks, &mut found);
    found.sort_by_key(|f| f.start);
    let defined = name_defined_acronyms(text, &mut found);
    // An acronym the text neither defines nor uses twice is as likely jargon ("EVA", "DRAM").
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for f in &found {
        if f.etype == EntityType::Org && is_capitals(&f.name) {
            *uses.entry(f.name.as_str()).or_default() += 1;
        }
    }
    let single: HashSet<String> = uses
        .into_iter()
        .filter(|(_, n)| *n < 2)
        .map(|(name, _)| name.to_owned())
        .collect();
    found.retain(|f| {
        !(f.etype == EntityType::Org
            && single.contains(&f.name)
            && !defined.contains(&f.name)
            && text[f.start..f.end] == f.name)
    });
    found
}

fn is_capitals(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(char::is_lowercase) && !s.contains(' ')
}

/// An organisation's acronym: three capitals or more in at most eight characters (digits and
/// & inside allowed: "AT&T"), not a common abbreviation or roman numeral, on a line
/// that is not all capitals (a shouted headline).
fn is_acronym(words: &Words, lines: &[(usize, bool)], toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    // "RELATED STORY", "BREAKING NEWS": capitals beside capitals are shouting.
    let shouted = |k: Option<&Token<'_>>| {
        k.is_some_and(|k| {
            k.text.chars().filter(char::is_ascii_uppercase).count() >= 2
                && !k.text.chars().any(char::is_lowercase)
                && !k.text.contains('.')
        })
    };
    if shouted(i.checked_sub(1).and_then(|k| toks.get(k))) || shouted(toks.get(i + 1)) {
        return false;
    }
    let letters = t.text.chars().filter(char::is_ascii_uppercase).count();
    if letters < 3
        || t.text.len() > 8
        || !t.text.starts_with(|c: char| c.is_ascii_uppercase())
        || !t
            .text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
        || words.not_acronyms.contains(t.text)
        || t.text.chars().all(|c| "IVXLCDM".contains(c))
    {
        return false;
    }
    let line = lines.partition_point(|&(start, _)| start <= t.start);
    line.checked_sub(1)
        .and_then(|l| lines.get(l))
        .is_some_and(|&(_, lower)| lower)
}

/// "Democratic Alliance for the Betterment of Hong Kong (DAB)": the acronym in brackets
/// right after a discovered organisation's name is that organisation, wherever it appears.
fn name_defined_acronyms(text: &str, found: &mut [Found]) -> HashSet<String> {
    let mut defined: HashMap<String, String> = HashMap::new();
    for (k, f) in found.iter().enumerate() {
        if f.etype != EntityType::Org || f.name.contains(' ') || !text[..f.start].ends_with(" (") {
            continue;
        }
        let before = f.start - 2;
        if let Some(org) = found[..k]
            .iter()
            .rev()
            .find(|o| o.etype == EntityType::Org && o.end == before && o.name.contains(' '))
        {
            defined
                .entry(f.name.clone())
                .or_insert_with(|| org.name.clone());
        }
    }
    for f in found.iter_mut() {
        if let Some(name) = defined.get(&f.name) {
            f.name = name.clone();
            f.rule = FoundBy::AcronymDefined;
        }
    }
    defined.values().cloned().collect()
}

fn classify(
    words: &Words,
    toks: &[Token<'_>],
    first: usize,
    run: &[&Token<'_>],
    domain: &Regex,
    found: &mut Vec<Found>,
) {
    // "Eunice Yung of New People": a person of a party or a place; the name stops at "of".
    if let Some(k) = run
        .iter()
        .position(|t| t.text == "of")
        .filter(|&k| k >= 2 && words.given.contains(run[0].text))
        && run[..k]
            .iter()
            .all(|t| is_capitalised(t.text) && !words.org.contains(t.text))
    {
        classify_whole(words, toks, first, &run[..k], domain, found);
        if k + 1 < run.len() {
            classify(words, toks, first + k + 1, &run[k + 1..], domain, found);
        }
        return;
    }
    // "the Brookings Institution and the Council on Foreign Relations": two names joined.
    // The parts win when they are names on their own.
    let mut parts = Vec::new();
    let mut from = 0;
    for (k, t) in run.iter().enumerate() {
        if matches!(t.text, "and" | "&" | "the") {
            // "Tanya Chan of | the Civic Party": the part ends before its connectors.
            let mut end = k;
            while end > from && words.connectors.contains(run[end - 1].text) {
                end -= 1;
            }
            if end > from {
                classify_whole(
                    words,
                    toks,
                    first + from,
                    &run[from..end],
                    domain,
                    &mut parts,
                );
            }
            from = k + 1;
        }
    }
    if from > 0 && from < run.len() {
        classify_whole(words, toks, first + from, &run[from..], domain, &mut parts);
    }
    if parts.is_empty() {
        classify_whole(words, toks, first, run, domain, found);
    } else {
        found.extend(parts);
    }
}

/// Classifies `run` as one name; true when it was one.
fn classify_whole(
    words: &Words,
    toks: &[Token<'_>],
    first: usize,
    run: &[&Token<'_>],
    domain: &Regex,
    found: &mut Vec<Found>,
) -> bool {
    // Leading titles and common words are context, not part of the name; so is everything
    // up to the last title inside ("Treasury Secretary Janet Yellen").
    let mut titled = first > 0 && is_title(words, toks, first);
    let mut k = 0;
    while k < run.len()
        && (words.titles.contains(run[k].text)
            || words.stop.contains(run[k].text)
            || words.connectors.contains(run[k].text))
    {
        titled |= words.titles.contains(run[k].text);
        k += 1;
    }
    let is_org_name =
        |ts: &[&Token<'_>]| words.is_org_name(&ts.iter().map(|t| t.text).collect::<Vec<_>>());
    if !is_org_name(&run[k..])
        && let Some(last_title) = run[k..].iter().rposition(|t| words.titles.contains(t.text))
    {
        k += last_title + 1;
        titled = true;
    }
    // "Secretary of State": what follows a title inside a phrase is no name of a person.
    while run
        .get(k)
        .is_some_and(|t| matches!(t.text, "of" | "and" | "for" | "on" | "the" | "&"))
    {
        k += 1;
    }
    let name_toks = &run[k..];
    let Some(last) = name_toks.last() else {
        return false;
    };
    let texts: Vec<&str> = name_toks.iter().map(|t| t.text).collect();
    if texts.iter().any(|w| words.stop.contains(*w)) || contains_not_actor(words, &texts) {
        return false;
    }
    let start = name_toks[0].start;
    let end = last.end;
    if texts.len() == 1 && domain.is_match(texts[0]) {
        found.push(Found {
            start,
            end,
            etype: EntityType::Org,
            name: texts[0].to_owned(),
            rule: FoundBy::WebDomain,
        });
        return true;
    }
    // "Cayce, S.C.", "McMinnville, Oregon": a town named with its state or region.
    let after_run = toks.get(first + run.len());
    if !words.given.contains(texts[0])
        && !titled
        && last.comma_after
        && after_run.is_some_and(|t| t.covered_place)
        && texts.iter().all(|w| is_capitalised(w))
    {
        found.push(Found {
            start,
            end,
            etype: EntityType::Place,
            name: texts.join(" "),
            rule: FoundBy::TownAndState,
        });
        return true;
    }
    if texts.len() < 2 {
        return false;
    }
    let name = texts.join(" ");
    // "Kennedy Space Center", "Riverside County", "Fisht Stadium": sites, not bodies.
    let place_shaped = texts.last().is_some_and(|w| words.place_words.contains(*w))
        || (texts.len() >= 2
            && texts.last() == Some(&"Center")
            && ["Space", "Flight", "Control"].contains(&texts[texts.len() - 2]));
    if place_shaped && !words.titles.contains(texts[0]) {
        found.push(Found {
            start,
            end,
            etype: EntityType::Place,
            name,
            rule: FoundBy::PlaceWord,
        });
        return true;
    }
    if is_org_name(name_toks) && !words.titles.contains(texts[0]) {
        // "Indian Space Research Organisation": the country word before it is part of the
        // name (and still counts for its country, as inside a known organisation's name).
        let before = (first + k).checked_sub(1).and_then(|b| toks.get(b));
        let (start, name) = match before.and_then(|t| Some((t, t.country_word_from?))) {
            Some((t, from)) if !t.break_after && t.end < start => {
                (from, format!("{} {name}", &text_of(toks, from, t.end)))
            }
            _ => (start, name),
        };
        found.push(Found {
            start,
            end,
            etype: EntityType::Org,
            name,
            rule: FoundBy::OrgWord,
        });
        return true;
    }
    let person_shaped = texts.len() <= 4
        && texts
            .iter()
            .all(|w| is_capitalised(w) || words.connectors.contains(*w))
        && !texts
            .iter()
            .any(|w| words.org.contains(*w) || words.titles.contains(*w));
    if !person_shaped {
        return false;
    }
    let given = words.given.contains(texts[0]);
    let run_end = first + run.len();
    let after = toks.get(run_end);
    let before = (first + k).checked_sub(1).and_then(|b| toks.get(b));
    // "the Joint Chiefs said": a name after an article is an institution or a group.
    if before.is_some_and(|t| t.text == "the") {
        return false;
    }
    // "in San Francisco": after a preposition, a name without a given name is a place.
    if !given
        && before.is_some_and(|t| {
            matches!(
                t.text,
                "in" | "at" | "from" | "near" | "to" | "into" | "outside" | "inside" | "across"
            )
        })
    {
        return false;
    }
    let speech = after.is_some_and(|t| words.speech.contains(t.text))
        || before.is_some_and(|t| words.speech.contains(t.text))
        // "Name, an analyst at X, said": the verb closes a lowercase appositive.
        || (last.break_after && appositive_then_speech(words, &toks[run_end..]));
    let rule = if given {
        Some(FoundBy::GivenName)
    } else if titled {
        Some(FoundBy::Title)
    } else if speech {
        Some(FoundBy::SpeechVerb)
    } else if romanised_east_asian(&texts) {
        Some(FoundBy::RomanisedName)
    } else {
        None
    };
    if let Some(rule) = rule {
        found.push(Found {
            start,
            end,
            etype: EntityType::Person,
            name,
            rule,
        });
        return true;
    }
    false
}

/// "Lee Cheuk-yan", "Hwang Hee-chan", "Starry Lee Wai-king": a short family name and a
/// two-syllable given name joined by a hyphen, as Chinese and Korean names are romanised.
fn romanised_east_asian(texts: &[&str]) -> bool {
    let syllable = |s: &str| (1..=6).contains(&s.len()) && s.chars().all(char::is_alphabetic);
    texts.len() <= 3
        && texts.iter().any(|w| {
            w.split_once('-').is_some_and(|(a, b)| {
                syllable(a)
                    && syllable(b)
                    && a.starts_with(char::is_uppercase)
                    && b.chars().skip(1).all(char::is_lowercase)
            })
        })
        && texts.iter().all(|w| w.len() <= 8 || w.contains('-'))
}

/// The words of the tokens from byte `from` to byte `to`, joined by single spaces.
fn text_of(toks: &[Token<'_>], from: usize, to: usize) -> String {
    toks.iter()
        .filter(|t| t.start >= from && t.end <= to)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the words after a name are ", a/an/the <lowercase words>, said".
fn appositive_then_speech(words: &Words, rest: &[Token<'_>]) -> bool {
    let Some(first) = rest.first() else {
        return false;
    };
    if !matches!(first.text, "a" | "an" | "the" | "who" | "former") {
        return false;
    }
    for t in rest.iter().take(10) {
        if words.speech.contains(t.text) {
            return true;
        }
        // "Naoto Kan, the Japanese prime minister,": the appositive names a role.
        if t.text.chars().all(char::is_lowercase) && words.is_role(t.text) {
            return true;
        }
        if t.text.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
    }
    false
}

/// A title word or two right before the run ("Senator", "spokesman", "Foreign Minister").
fn is_title(words: &Words, toks: &[Token<'_>], first: usize) -> bool {
    let previous = &toks[first - 1];
    !previous.break_after && words.titles.contains(previous.text)
}

fn contains_not_actor(words: &Words, texts: &[&str]) -> bool {
    words.not_actors.iter().any(|phrase| {
        texts
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
    })
}

/// A discovered person's family name alone counts in the same text, before or after the
/// full name ("said Ledeen"); a family name shared by two people goes to the first named.
/// One pass over the words, so a long article with many names stays linear.
fn add_family_names(toks: &[Token<'_>], found: &mut Vec<Found>) {
    let mut families: HashMap<&str, (String, FoundBy)> = HashMap::new();
    for f in found.iter().filter(|f| f.etype == EntityType::Person) {
        if let Some(family) = f.name.split_whitespace().last() {
            families
                .entry(family)
                .or_insert_with(|| (f.name.clone(), f.rule));
        }
    }
    if families.is_empty() {
        return;
    }
    let mut spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
    spans.sort_unstable();
    let mut span = 0;
    let mut family_mentions = Vec::new();
    for t in toks {
        if t.covered {
            continue;
        }
        let Some((name, rule)) = families.get(t.text) else {
            continue;
        };
        while spans.get(span + 1).is_some_and(|&(s, _)| s <= t.start) {
            span += 1;
        }
        let inside = spans
            .get(span)
            .is_some_and(|&(s, e)| s <= t.start && t.end <= e);
        if !inside {
            family_mentions.push(Found {
                start: t.start,
                end: t.end,
                etype: EntityType::Person,
                name: name.clone(),
                rule: *rule,
            });
        }
    }
    found.extend(family_mentions);
}

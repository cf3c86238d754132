//! Who is quoted saying what (spec/compare.md, section 3): spans inside quotation marks
//! (straight, curly, or a closing mark used to open), each attributed to a speaker named in
//! the same sentence or the one before (a speech verb, "according to", a colon), and the
//! same quote found in two reports.

use std::ops::Range;

use super::sentences::Sentence;
use crate::analysis::{CorpusMentions, EntityType};

/// Who spoke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A person the mention engine knows or discovered.
    Person,
    /// An organisation.
    Org,
    /// A country ("China framed it as…").
    Country,
    /// A description as written ("a senior White House official").
    Unnamed,
}

impl SpeakerKind {
    /// The name the scorer uses.
    pub fn as_str(&self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Org => "org",
            SpeakerKind::Country => "country",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

/// A quote and its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The words inside the marks.
    pub range: Range<usize>,
    /// The speaker's display name, or the description as written.
    pub speaker: String,
    /// Where the speaker is named at this quote, when the text names one.
    pub speaker_range: Option<Range<usize>>,
    /// What kind of speaker.
    pub kind: SpeakerKind,
}

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "adds",
    "noted",
    "notes",
    "warned",
    "warns",
    "insisted",
    "insists",
    "questioned",
    "claimed",
    "claims",
    "stated",
    "states",
    "asked",
    "asks",
    "argued",
    "argues",
    "explained",
    "declared",
    "announced",
    "tweeted",
    "posted",
    "urged",
    "replied",
    "acknowledged",
    "admitted",
    "stressed",
    "emphasized",
    "emphasised",
    "cautioned",
    "described",
    "called",
    "suggested",
    "believed",
    "believes",
    "vowed",
    "pledged",
    "promised",
    "predicted",
    "threatened",
    "remarked",
    "observed",
    "continued",
    "concluded",
    "recalled",
    "reiterated",
    "confirmed",
    "denied",
    "framing",
    "saying",
    "telling",
    "writing",
    "adding",
    "noting",
    "warning",
    "calling",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

fn opens(c: char) -> bool {
    matches!(c, '“' | '"' | '”')
}

fn closes(c: char) -> bool {
    matches!(c, '”' | '"' | '“')
}

/// The quoted spans of `text` (marks excluded), within paragraphs.
fn spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        if c == '\n' {
            // A quote left open runs to the paragraph's end.
            if let Some(s) = open.take()
                && i > s
            {
                out.push(s..i);
            }
            continue;
        }
        match open {
            None if opens(c)
                && prev.is_none_or(|p| {
                    p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':')
                })
                && next.is_some_and(|n| !n.is_whitespace()) =>
            {
                open = Some(i + c.len_utf8());
            }
            Some(s)
                if closes(c)
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| !n.is_alphanumeric()) =>
            {
                out.push(s..i);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open
        && s < text.len()
    {
        out.push(s..text.len());
    }
    out
}

/// Every attributed quote of `text`; `mentions` are the text's mentions (document 0).
pub fn quotes(text: &str, sentences: &[Sentence], mentions: &CorpusMentions) -> Vec<Quote> {
    let doc = mentions.docs.first().map(Vec::as_slice).unwrap_or(&[]);
    let mut out: Vec<Quote> = Vec::new();
    let mut last_person: Option<(String, Range<usize>)> = None;
    let people_before = |at: usize| {
        doc.iter()
            .rev()
            .filter(|m| (m.end as usize) <= at)
            .find(|m| mentions.entity(m).etype == EntityType::Person)
            .map(|m| (mentions.entity(m).name.clone(), m.range()))
    };
    for span in spans(text) {
        let inner = text[span.clone()].trim();
        if inner.is_empty() {
            continue;
        }
        // The sentence holding the quote's start, and the one before.
        let Some(k) = sentences
            .iter()
            .position(|s| s.range.start <= span.start && span.start <= s.range.end)
        else {
            continue;
        };
        let here = sentences[k].range.clone();
        // The attribution is outside the marks: the sentence minus the quote (a mark may
        // take three bytes).
        let open_at = text[..span.start]
            .char_indices()
            .next_back()
            .map_or(span.start, |(i, _)| i);
        let close_end = text[span.end..]
            .chars()
            .next()
            .map_or(span.end, |c| span.end + c.len_utf8());
        let context = [here.start..open_at, close_end.max(here.start)..here.end];
        let found = context
            .iter()
            .filter(|r| r.start < r.end && r.end <= text.len())
            .find_map(|r| attribution(text, r.clone(), doc, mentions))
            .or_else(|| {
                // A quote opening a sentence may be attributed in the one before ("… told
                // Scripps News:" then the quote) or after (a multi-sentence quote).
                let near = [k.checked_sub(1), Some(k + 1)];
                near.into_iter()
                    .flatten()
                    .filter_map(|j| sentences.get(j))
                    .filter(|s| !s.boilerplate)
                    .find_map(|s| {
                        let r = s.range.clone();
                        (!spans_inside(text, &r)).then_some(r)
                    })
                    .and_then(|r| attribution(text, r, doc, mentions))
            });
        let Some(mut quote) = found else { continue };
        if quote.kind == SpeakerKind::Unnamed && PRONOUNS.contains(&quote.speaker.as_str()) {
            match people_before(span.start).or_else(|| last_person.clone()) {
                Some((name, range)) => {
                    quote.speaker = name;
                    quote.speaker_range = Some(range);
                    quote.kind = SpeakerKind::Person;
                }
                None => continue,
            }
        }
        if quote.kind == SpeakerKind::Person {
            last_person = quote
                .speaker_range
                .clone()
                .map(|r| (quote.speaker.clone(), r));
        }
        quote.range = span;
        out.push(quote);
    }
    out
}

/// Whether the range is itself mostly a quote (then it attributes nothing).
fn spans_inside(text: &str, r: &Range<usize>) -> bool {
    let t = text[r.clone()].trim_start();
    t.starts_with(['“', '"', '”'])
}

/// The speaker named in `range` by a speech verb or "according to": the mention next to
/// the verb, else the words before the verb from a determiner on, else a pronoun.
fn attribution(
    text: &str,
    range: Range<usize>,
    doc: &[crate::analysis::Mention],
    mentions: &CorpusMentions,
) -> Option<Quote> {
    let part = &text[range.clone()];
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| {
            (
                w.as_ptr() as usize - part.as_ptr() as usize + range.start,
                w,
            )
        })
        .collect();
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let inside: Vec<&crate::analysis::Mention> = doc
        .iter()
        .filter(|m| range.start <= m.start as usize && (m.end as usize) <= range.end)
        .collect();
    let named = |m: &crate::analysis::Mention| {
        let e = mentions.entity(m);
        let kind = match e.etype {
            EntityType::Person => SpeakerKind::Person,
            EntityType::Org => SpeakerKind::Org,
            EntityType::Country => SpeakerKind::Country,
            EntityType::Place => return None,
        };
        Some(Quote {
            range: 0..0,
            speaker: if e.etype == EntityType::Country {
                e.id.clone()
            } else {
                e.name.clone()
            },
            speaker_range: Some(m.range()),
            kind,
        })
    };
    // "according to X".
    if let Some(k) = words
        .windows(2)
        .position(|w| clean(w[0].1).eq_ignore_ascii_case("according") && clean(w[1].1) == "to")
    {
        let after = words.get(k + 2).map_or(range.end, |w| w.0);
        if let Some(q) = inside
            .iter()
            .find(|m| m.start as usize >= after)
            .and_then(|m| named(m))
        {
            return Some(q);
        }
        let end = words[k + 2..]
            .iter()
            .position(|w| w.1.ends_with([',', '.', ';']))
            .map_or(range.end, |p| {
                let (at, w) = words[k + 2 + p];
                at + w.trim_end_matches([',', '.', ';']).len()
            });
        if after < end {
            return Some(unnamed(text, after..end));
        }
    }
    let verb = words
        .iter()
        .position(|w| SPEECH_VERBS.contains(&clean(w.1).to_lowercase().as_str()))?;
    let verb_at = words[verb].0;
    let verb_end = verb_at + words[verb].1.len();
    // The mention closest before the verb ("Trump said", "Netanyahu’s office said"), else
    // right after it ("said Trump"). Between the name and the verb: nothing, a possessive ("’s office") or an aside set
    // off by commas; "White House official told" is an unnamed official, not the White House.
    if let Some(m) = inside
        .iter()
        .rev()
        .filter(|m| (m.end as usize) <= verb_at)
        .find(|m| {
            let gap = &text[m.end as usize..verb_at];
            gap.trim().is_empty()
                || gap.starts_with([',', '’', '\'']) && gap.split_whitespace().count() <= 4
        })
        && let Some(q) = named(m)
    {
        return Some(q);
    }
    if let Some(m) = inside.iter().find(|m| {
        m.start as usize >= verb_end
            && text[verb_end..m.start as usize].split_whitespace().count() <= 2
    }) && let Some(q) = named(m)
    {
        return Some(q);
    }
    // "he said", "a senior White House official told …".
    let before = &words[..verb];
    if let Some(&(at, w)) = before.last()
        && PRONOUNS.contains(&clean(w).as_str())
    {
        return Some(Quote {
            range: 0..0,
            speaker: clean(w),
            speaker_range: Some(at..at + w.len()),
            kind: SpeakerKind::Unnamed,
        });
    }
    let start = before.iter().rposition(|(_, w)| {
        matches!(
            clean(w).to_lowercase().as_str(),
            "a" | "an" | "the" | "two" | "three" | "some" | "several" | "many" | "one"
        )
    })?;
    if verb - start > 8 {
        return None;
    }
    let from = before[start].0;
    let to = before[verb - 1].0 + before[verb - 1].1.trim_end_matches([',', ';']).len();
    Some(unnamed(text, from..to))
}

fn unnamed(text: &str, range: Range<usize>) -> Quote {
    Quote {
        speaker: text[range.clone()].trim().to_owned(),
        speaker_range: Some(range),
        kind: SpeakerKind::Unnamed,
        range: 0..0,
    }
}

/// Lower-cased words without punctuation, apostrophes dropped inside words.
fn quote_words(text: &str) -> Vec<String> {
    text.replace(['’', '\''], "")
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether two quotes are the same by section 3: one's words contain the other's (the
/// shorter at least three words), or they share a run of eight words.
pub fn same_quote(a: &str, b: &str) -> bool {
    let (wa, wb) = (quote_words(a), quote_words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if short.len() >= 3 && long.windows(short.len()).any(|w| w == short.as_slice()) {
        return true;
    }
    wa.len() >= 8 && wb.len() >= 8 && wa.windows(8).any(|w| wb.windows(8).any(|v| v == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Lexicon, analyze_text};

    fn found(text: &str) -> Vec<(String, String, &'static str)> {
        let lexicon = Lexicon::shipped().unwrap();
        let mentions = analyze_text(&lexicon, text);
        let sentences = super::super::sentences::split(text);
        quotes(text, &sentences, &mentions)
            .into_iter()
            .map(|q| (text[q.range.clone()].to_owned(), q.speaker, q.kind.as_str()))
            .collect()
    }

    #[test]
    fn speakers_before_after_and_by_pronoun() {
        let text = "“We are ready,” Donald Trump said. He added: “Talks will go on.”\n\
                    A senior White House official told reporters that the plan “is not dead.”\n\
                    Iran is willing, according to Russian state media.";
        let q = found(text);
        assert_eq!(
            q[0],
            ("We are ready,".into(), "Donald Trump".into(), "person")
        );
        assert_eq!(
            q[1],
            ("Talks will go on.".into(), "Donald Trump".into(), "person")
        );
        assert_eq!(
            q[2],
            (
                "is not dead.".into(),
                "A senior White House official".into(),
                "unnamed"
            )
        );
    }

    #[test]
    fn a_title_in_quotes_without_a_speaker_is_no_quote() {
        assert!(found("The “maximum pressure” campaign went on.").is_empty());
    }

    #[test]
    fn same_quotes_by_containment_or_a_run_of_eight_words() {
        assert!(same_quote(
            "we want peace now",
            "We want peace now, and we mean it."
        ));
        assert!(!same_quote("peace now", "we want peace now"));
        assert!(!same_quote(
            "we will respond with force",
            "they will respond with words"
        ));
    }
}

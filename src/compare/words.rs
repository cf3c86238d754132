//! The words a comparison weighs: runs of letters and digits, lower-cased, without stop
//! words, with news verbs and nouns of one meaning brought to one form ("struck", "hit",
//! "attacks" → attack) and stemmed (Snowball).

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

/// Words that say nothing about which piece of information a sentence states.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "added",
    "s",
    "t",
    "mr",
    "mrs",
    "ms",
    "may",
    "might",
    "must",
    "shall",
    "one",
    "new",
    "like",
    "since",
    "amid",
    "however",
    "still",
    "even",
    "well",
    "yet",
    "via",
    "per",
    "within",
    "without",
    "across",
    "around",
    "among",
    "upon",
    "whether",
    "though",
    "although",
];

/// News words of one meaning, each brought to the first word of its group before stemming.
const SYNONYMS: &[&[&str]] = &[
    &[
        "attack",
        "attacks",
        "attacked",
        "attacking",
        "strike",
        "strikes",
        "struck",
        "striking",
        "hit",
        "hits",
        "hitting",
        "bomb",
        "bombs",
        "bombed",
        "bombing",
        "bombings",
        "raid",
        "raids",
        "assault",
        "assaults",
        "offensive",
        "airstrike",
        "airstrikes",
        "barrage",
    ],
    &[
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "projectile",
        "projectiles",
        "drone",
        "drones",
        "munitions",
    ],
    &[
        "kill",
        "killed",
        "killing",
        "killings",
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "fatalities",
        "casualties",
        "lives",
    ],
    &[
        "injure", "injured", "injuries", "injury", "wounded", "wounding", "hurt",
    ],
    &[
        "talk",
        "talks",
        "negotiation",
        "negotiations",
        "negotiate",
        "negotiating",
        "dialogue",
        "diplomacy",
        "diplomatic",
        "deal",
        "agreement",
        "accord",
        "negotiated",
    ],
    &[
        "cancel",
        "cancelled",
        "canceled",
        "cancellation",
        "scrapped",
        "postponed",
    ],
    &[
        "mediate",
        "mediation",
        "mediator",
        "mediating",
        "broker",
        "brokering",
        "facilitate",
    ],
    &[
        "involve",
        "involved",
        "involvement",
        "join",
        "joining",
        "joined",
        "participate",
        "participation",
        "participating",
        "engagement",
        "engage",
        "engaged",
    ],
    &[
        "retaliate",
        "retaliated",
        "retaliation",
        "retaliatory",
        "response",
        "responded",
        "respond",
        "fired",
        "firing",
        "fire",
        "launched",
        "launching",
        "launch",
    ],
    &[
        "warn",
        "warned",
        "warning",
        "warns",
        "threaten",
        "threatened",
        "threat",
        "threats",
    ],
    &[
        "phone",
        "call",
        "calls",
        "spoke",
        "conversation",
        "telephone",
    ],
    &[
        "nuclear",
        "atomic",
        "enrichment",
        "uranium",
        "centrifuge",
        "centrifuges",
    ],
    &[
        "commander",
        "commanders",
        "chief",
        "chiefs",
        "general",
        "generals",
    ],
    &[
        "war",
        "conflict",
        "fighting",
        "hostilities",
        "clashes",
        "combat",
    ],
    &[
        "elect",
        "elected",
        "election",
        "elections",
        "vote",
        "votes",
        "voted",
        "voting",
        "poll",
        "polls",
        "ballot",
    ],
    &[
        "win", "won", "wins", "victory", "beat", "defeated", "defeat",
    ],
    &[
        "arrest",
        "arrested",
        "detained",
        "detain",
        "custody",
        "apprehended",
    ],
    &[
        "charge",
        "charged",
        "charges",
        "indicted",
        "indictment",
        "accused",
    ],
    &["court", "judge", "tribunal"],
    &["storm", "hurricane", "cyclone", "typhoon", "tornado"],
    &[
        "quake",
        "earthquake",
        "tremor",
        "aftershock",
        "aftershocks",
        "earthquakes",
    ],
    &["company", "firm", "corporation", "business"],
    &[
        "rise",
        "rose",
        "risen",
        "increase",
        "increased",
        "surge",
        "surged",
        "jump",
        "jumped",
        "climb",
        "climbed",
    ],
    &[
        "fall",
        "fell",
        "fallen",
        "decrease",
        "decreased",
        "drop",
        "dropped",
        "decline",
        "declined",
        "plunge",
        "plunged",
    ],
];

/// Lower-cased words with their byte ranges: runs of letters and digits (an apostrophe,
/// hyphen or dot between them keeps a word whole).
pub fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // "don't", "self-defense", "U.S.", "3.5" stay one word each.
        let inner = matches!(c, '\'' | '’' | '-' | '.')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            // "U.S." keeps its last dot: the dot belongs to the abbreviation. "3.5." and
            // "example.com." end a sentence.
            let abbreviation = text[s..i].contains('.')
                && text[s..i].split('.').all(|p| {
                    (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic)
                });
            let end = if c == '.' && abbreviation { i + 1 } else { i };
            out.push((s..end, text[s..end].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), text[s..].to_lowercase()));
    }
    out
}

/// Brings words of one meaning to one form and stems them.
pub struct Normaliser {
    stemmer: Stemmer,
    synonyms: std::collections::HashMap<&'static str, &'static str>,
    stop: std::collections::HashSet<&'static str>,
}

impl Default for Normaliser {
    fn default() -> Self {
        let mut synonyms = std::collections::HashMap::new();
        for group in SYNONYMS {
            for w in *group {
                synonyms.insert(*w, group[0]);
            }
        }
        Normaliser {
            stemmer: Stemmer::create(Algorithm::English),
            synonyms,
            stop: STOP_WORDS.iter().copied().collect(),
        }
    }
}

impl Normaliser {
    /// The comparable form of a lower-cased word, or `None` for a stop word.
    pub fn term(&self, word: &str) -> Option<String> {
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        if word.is_empty() || self.stop.contains(word) {
            return None;
        }
        let word = self.synonyms.get(word).copied().unwrap_or(word);
        Some(self.stemmer.stem(word).into_owned())
    }

    /// Whether a lower-cased word is a stop word.
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let w: Vec<String> = words("Israel’s self-defense, 3.5 U.S. rose 3.5.")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            w,
            ["israel’s", "self-defense", "3.5", "u.s.", "rose", "3.5"]
        );
    }

    #[test]
    fn synonyms_and_inflections_meet() {
        let n = Normaliser::default();
        assert_eq!(n.term("struck"), n.term("attacks"));
        assert_eq!(n.term("rockets"), n.term("missile"));
        assert_eq!(n.term("the"), None);
        assert_eq!(n.term("sanctions"), n.term("sanction"));
    }
}

//! Mentions of actors, countries and places, counted by the rule of `spec/mentions.md`:
//! the lexicon, the matcher, discovery of unknown names, and counts. Nothing here knows
//! about egui; the window and the command line share all of it.

pub mod chart_image;
mod counts;
mod discovery;
mod engine;
pub mod export;
pub mod incremental;
mod lexicon;
mod matcher;
mod user_lexicon;
mod views;

pub use counts::{CountBy, CountRow, count_rows};
pub use engine::{
    CorpusMentions, DocMentions, analyze_corpus, analyze_corpus_raw_until, analyze_corpus_until,
    analyze_document, analyze_text, merge_documents, with_user_edits,
};
pub use lexicon::{Lexicon, LexiconError, NamedData, lexicon_entry};
pub use user_lexicon::{
    Added, Merge, Rename, UserLexicon, UserLexiconError, default_user_lexicon_path,
};
pub use views::{
    ArticleStack, ChartQuery, ChartRow, ChartSort, ConcordanceLine, ConcordanceSort, EntityColumn,
    EntityStat, chart_rows, concordance, concordance_until, dispersion, entity_order, entity_stats,
    leading_entities, mentions_of, sort_concordance, stacked_by_article,
};

use serde::{Deserialize, Serialize};

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A sovereign state, by ISO 3166-1 alpha-3 code.
    Country,
    /// A named person.
    Person,
    /// A named organisation.
    Org,
    /// A city or sub-national place, with its country.
    Place,
}

impl EntityType {
    /// All types, in the order tables list them.
    pub const ALL: [EntityType; 4] = [
        EntityType::Country,
        EntityType::Person,
        EntityType::Org,
        EntityType::Place,
    ];

    /// `country`, `person`, `org` or `place`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Person => "person",
            EntityType::Org => "org",
            EntityType::Place => "place",
        }
    }

    /// The type named by `s` (`country`, `person`, `org`/`organisation`, `place`).
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "country" | "countries" => EntityType::Country,
            "person" | "people" | "persons" => EntityType::Person,
            "org" | "orgs" | "organisation" | "organization" | "organisations"
            | "organizations" => EntityType::Org,
            "place" | "places" => EntityType::Place,
            _ => return None,
        })
    }
}

/// How a country is mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CountryKind {
    /// Its name or an abbreviation: Iran, U.S.
    Name,
    /// Its people or adjective: Iranian, Americans.
    Demonym,
    /// Its capital or seat of government: Tehran, Washington.
    Capital,
}

impl CountryKind {
    /// `name`, `demonym` or `capital`.
    pub fn as_str(self) -> &'static str {
        match self {
            CountryKind::Name => "name",
            CountryKind::Demonym => "demonym",
            CountryKind::Capital => "capital",
        }
    }
}

/// Something that is mentioned: a country, person, organisation or place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entity {
    /// The key counts are grouped by: ISO3 for countries, the display name otherwise.
    pub id: String,
    /// The name shown to the user.
    pub name: String,
    /// Its type.
    pub etype: EntityType,
    /// The country a place (or a national person or body) belongs to, as ISO3.
    pub country: Option<String>,
    /// Found in the text by discovery rather than known to the lexicon.
    pub discovered: bool,
    /// For a discovered name, the rule that found it (in its first article).
    pub found_by: Option<FoundBy>,
}

/// The discovery rule that took a name the lexicon does not know for an actor or place, so
/// that a user can judge it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FoundBy {
    /// Starts with a given name (Simone Ledeen).
    GivenName,
    /// A title or role before it (Senator, spokesman, striker).
    Title,
    /// A speech verb beside it (said, told).
    SpeechVerb,
    /// Built on an organisation word (Institute, Ministry, Department).
    OrgWord,
    /// Ends with a place word (Airport, County, Space Center).
    PlaceWord,
    /// An acronym the text spells out before it: "Full Name (ACRO)".
    AcronymDefined,
    /// An acronym used at least twice.
    AcronymRepeated,
    /// A web domain (Business-News-Today.com).
    WebDomain,
    /// A romanised Chinese or Korean name (Lee Cheuk-yan).
    RomanisedName,
    /// A town followed by its state or country ("Cayce, S.C.").
    TownAndState,
}

impl FoundBy {
    /// What the entity table says.
    pub fn label(self) -> &'static str {
        match self {
            FoundBy::GivenName => "given name",
            FoundBy::Title => "title",
            FoundBy::SpeechVerb => "speech verb",
            FoundBy::OrgWord => "organisation word",
            FoundBy::PlaceWord => "place word",
            FoundBy::AcronymDefined => "acronym defined",
            FoundBy::AcronymRepeated => "acronym used twice",
            FoundBy::WebDomain => "web domain",
            FoundBy::RomanisedName => "romanised name",
            FoundBy::TownAndState => "town, state",
        }
    }
}

/// One mention: a byte range of an article's text and what it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Start byte in the article's text (articles are far below 4 GiB: the loader's limit).
    pub start: u32,
    /// End byte (exclusive).
    pub end: u32,
    /// Index into the entity table of the analysis.
    pub entity: u32,
    /// For countries, how they were named.
    pub kind: Option<CountryKind>,
}

impl Mention {
    /// The byte range in the article's text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[cfg(test)]
mod tests;

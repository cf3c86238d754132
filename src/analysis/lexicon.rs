//! The lexicon of known entities: data in `assets/lexicon/` (JSON, documented in
//! `assets/lexicon/README.md`), compiled once into an Aho–Corasick automaton.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use super::user_lexicon::UserLexicon;
use super::{CountryKind, Entity, EntityType};

/// Why the lexicon could not be built.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A shipped or user lexicon file does not parse.
    #[error("lexicon data {file}: {cause}")]
    Data {
        /// Which file.
        file: String,
        /// The JSON error.
        cause: serde_json::Error,
    },
    /// The automaton could not be built (too many patterns for memory).
    #[error("could not build the matcher: {0}")]
    Build(#[from] aho_corasick::BuildError),
}

#[derive(Deserialize)]
struct CountryData {
    code: String,
    name: String,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
    #[serde(default)]
    ambiguous: Option<String>,
}

#[derive(Deserialize)]
struct CountriesFile {
    countries: Vec<CountryData>,
}

/// A person, organisation or place in the shipped data or a user's additions.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
pub struct NamedData {
    /// Display name.
    pub name: String,
    /// Other full names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Abbreviations matched with their exact case only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub abbreviations: Vec<String>,
    /// For people: names used alone (family names); absent means the last word of the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Vec<String>>,
    /// ISO3 code of the country it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Deserialize)]
struct PeopleFile {
    people: Vec<NamedData>,
}
#[derive(Deserialize)]
struct OrgsFile {
    orgs: Vec<NamedData>,
}
#[derive(Deserialize)]
struct PlacesFile {
    places: Vec<NamedData>,
}

/// Word lists that drive discovery of names the lexicon does not know.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct DiscoveryWords {
    pub titles: Vec<String>,
    pub speech_verbs: Vec<String>,
    pub org_words: Vec<String>,
    pub connectors: Vec<String>,
    pub given_names: Vec<String>,
    pub stopwords: Vec<String>,
    pub not_actors: Vec<String>,
    /// All-caps words that are no organisation's acronym (CEO, GDP, roman numerals).
    #[serde(default)]
    pub not_acronyms: Vec<String>,
    /// Last words of the names of sites and facilities (Airport, Stadium, County).
    #[serde(default)]
    pub place_words: Vec<String>,
}

const SHIPPED: [(&str, &str); 9] = [
    (
        "countries.json",
        include_str!("../../assets/lexicon/countries.json"),
    ),
    (
        "people.json",
        include_str!("../../assets/lexicon/people.json"),
    ),
    ("orgs.json", include_str!("../../assets/lexicon/orgs.json")),
    (
        "organisations.json",
        include_str!("../../assets/lexicon/organisations.json"),
    ),
    (
        "places.json",
        include_str!("../../assets/lexicon/places.json"),
    ),
    (
        "cities.json",
        include_str!("../../assets/lexicon/cities.json"),
    ),
    (
        "regions.json",
        include_str!("../../assets/lexicon/regions.json"),
    ),
    (
        "discovery.json",
        include_str!("../../assets/lexicon/discovery.json"),
    ),
    (
        "given_names.json",
        include_str!("../../assets/lexicon/given_names.json"),
    ),
];

#[derive(Deserialize)]
struct GivenNamesFile {
    given_names: Vec<String>,
}

/// A word that is a country only in some uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ambiguity {
    /// Also a given name (Jordan, Chad): not a country when a family name follows.
    GivenName,
    /// Also a U.S. state (Georgia).
    UsState,
    /// Also a bird (Turkey).
    Bird,
    /// "American" in "Latin American", "African American".
    American,
    /// "Indian" in "Indian Ocean", "Native Indian".
    Indian,
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The entities it may refer to; more than one only for a family name two people share.
    pub targets: Vec<u32>,
    /// For countries, how the country is named.
    pub kind: Option<CountryKind>,
    /// A family name or other short form of a person (resolved per document).
    pub short: bool,
    /// A context rule to apply before counting it.
    pub ambiguity: Option<Ambiguity>,
}

/// The compiled lexicon: entities, and one automaton over all their names.
pub struct Lexicon {
    pub(crate) entities: Vec<Entity>,
    pub(crate) patterns: Vec<Pattern>,
    pub(crate) automaton: AhoCorasick,
    /// Country names alone, to find them inside organisation names.
    pub(crate) country_automaton: AhoCorasick,
    pub(crate) country_patterns: Vec<Pattern>,
    pub(crate) words: super::discovery::Words,
    strings: Vec<String>,
    /// The user's renames, merges and hides, applied to every analysis.
    pub(crate) user: UserLexicon,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, LexiconError> {
    serde_json::from_str(text).map_err(|cause| LexiconError::Data {
        file: file.to_owned(),
        cause,
    })
}

/// Collects patterns, merging the targets of identical strings.
#[derive(Default)]
struct Builder {
    entities: Vec<Entity>,
    strings: Vec<String>,
    patterns: Vec<Pattern>,
    index: HashMap<String, usize>,
}

impl Builder {
    fn entity(&mut self, entity: Entity) -> u32 {
        self.entities.push(entity);
        (self.entities.len() - 1) as u32
    }

    /// Adds `alias` and its spelling variants: curly/straight apostrophes, an ALL-CAPS form
    /// (headlines) unless `exact_case`, and a capitalised form of a lowercase start (al-Sisi).
    fn alias(
        &mut self,
        alias: &str,
        target: u32,
        kind: Option<CountryKind>,
        short: bool,
        exact_case: bool,
        ambiguity: Option<Ambiguity>,
    ) {
        let alias = alias.trim();
        if alias.is_empty() {
            return;
        }
        let mut variants = vec![alias.to_owned()];
        if alias.contains('\'') {
            variants.push(alias.replace('\'', "\u{2019}"));
        }
        if alias.contains('\u{2019}') {
            variants.push(alias.replace('\u{2019}', "'"));
        }
        let mut more = Vec::new();
        for v in &variants {
            if !exact_case && v.chars().any(char::is_lowercase) {
                more.push(v.to_uppercase());
            }
            if v.starts_with(|c: char| c.is_lowercase()) {
                let mut chars = v.chars();
                if let Some(first) = chars.next() {
                    more.push(first.to_uppercase().chain(chars).collect());
                }
            }
        }
        variants.extend(more);
        for v in variants {
            match self.index.get(&v) {
                Some(&i) => {
                    let p = &mut self.patterns[i];
                    // Two people sharing a family name: both are candidates. Otherwise the
                    // first entity to claim a string keeps it (countries come first).
                    if p.short && short && !p.targets.contains(&target) {
                        p.targets.push(target);
                    }
                }
                None => {
                    self.index.insert(v.clone(), self.strings.len());
                    self.strings.push(v);
                    self.patterns.push(Pattern {
                        targets: vec![target],
                        kind,
                        short,
                        ambiguity,
                    });
                }
            }
        }
    }
}

impl Lexicon {
    /// The names the user added, which (unlike renames, merges and hides) change what the
    /// matcher looks for.
    pub fn user_additions(&self) -> &[super::Added] {
        &self.user.add
    }

    /// Whether counted mentions change under the user's renames, merges or hides.
    pub fn has_user_edits(&self) -> bool {
        let u = &self.user;
        !(u.rename.is_empty() && u.merge.is_empty() && u.hide.is_empty())
    }

    /// The shipped lexicon alone.
    pub fn shipped() -> Result<Lexicon, LexiconError> {
        Lexicon::with_user(UserLexicon::default())
    }

    /// The shipped lexicon with a user's additions, renames, merges and hides.
    pub fn with_user(user: UserLexicon) -> Result<Lexicon, LexiconError> {
        let [
            countries,
            people,
            orgs,
            organisations,
            places,
            cities,
            regions,
            discovery,
            given_names,
        ] = SHIPPED;
        let countries: CountriesFile = parse(countries.0, countries.1)?;
        let people: PeopleFile = parse(people.0, people.1)?;
        let orgs: OrgsFile = parse(orgs.0, orgs.1)?;
        let organisations: OrgsFile = parse(organisations.0, organisations.1)?;
        let places: PlacesFile = parse(places.0, places.1)?;
        let cities: PlacesFile = parse(cities.0, cities.1)?;
        let regions: PlacesFile = parse(regions.0, regions.1)?;
        let mut words: DiscoveryWords = parse(discovery.0, discovery.1)?;
        let census: GivenNamesFile = parse(given_names.0, given_names.1)?;
        words.given_names.extend(census.given_names);

        let mut b = Builder::default();
        for c in &countries.countries {
            let id = b.entity(Entity {
                id: c.code.clone(),
                name: c.name.clone(),
                etype: EntityType::Country,
                country: Some(c.code.clone()),
                discovered: false,
                found_by: None,
            });
            let ambiguity = match c.ambiguous.as_deref() {
                Some("given name") => Some(Ambiguity::GivenName),
                Some("U.S. state") => Some(Ambiguity::UsState),
                Some("the bird") => Some(Ambiguity::Bird),
                _ => None,
            };
            for n in std::iter::once(&c.name).chain(&c.names) {
                let amb = if *n == c.name { ambiguity } else { None };
                b.alias(n, id, Some(CountryKind::Name), false, false, amb);
            }
            for a in &c.abbreviations {
                b.alias(a, id, Some(CountryKind::Name), false, true, None);
            }
            for cap in &c.capitals {
                b.alias(cap, id, Some(CountryKind::Capital), false, false, None);
            }
            for d in &c.demonyms {
                let amb = match d.as_str() {
                    "American" | "Americans" => Some(Ambiguity::American),
                    "Indian" | "Indians" => Some(Ambiguity::Indian),
                    _ => None,
                };
                b.alias(d, id, Some(CountryKind::Demonym), false, false, amb);
            }
        }
        let country_count = b.patterns.len();

        let mut orgs_all = orgs.orgs;
        orgs_all.extend(organisations.orgs);
        let mut people_all = people.people;
        let mut places_all = places.places;
        places_all.extend(regions.places);
        places_all.extend(cities.places);
        for added in &user.add {
            match added.etype {
                EntityType::Person => people_all.push(added.data.clone()),
                EntityType::Org => orgs_all.push(added.data.clone()),
                EntityType::Place => places_all.push(added.data.clone()),
                // Countries are fixed by ISO 3166; new names for them come as aliases.
                EntityType::Country => {}
            }
        }
        for o in &orgs_all {
            let id = b.entity(named(o, EntityType::Org));
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                b.alias(n, id, None, false, false, None);
            }
            for a in &o.abbreviations {
                b.alias(a, id, None, false, true, None);
            }
        }
        for p in &places_all {
            let id = b.entity(named(p, EntityType::Place));
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                b.alias(n, id, None, false, false, None);
            }
            // "Minn.", "S.D.": the AP's abbreviations of U.S. states.
            for a in &p.abbreviations {
                b.alias(a, id, None, false, true, None);
            }
        }
        let mut shorts = Vec::new();
        for p in &people_all {
            let id = b.entity(named(p, EntityType::Person));
            for n in std::iter::once(&p.name)
                .chain(&p.aliases)
                .chain(&p.abbreviations)
            {
                b.alias(n, id, None, false, false, None);
            }
            let short: Vec<String> = match &p.short {
                Some(s) => s.clone(),
                None => p
                    .name
                    .split_whitespace()
                    .last()
                    .map(str::to_owned)
                    .into_iter()
                    .collect(),
            };
            shorts.push((id, short));
        }
        // Family names after every full name, so "Israel Katz" stays a full name even
        // though "Israel" is a country.
        for (id, short) in shorts {
            for s in short {
                b.alias(&s, id, None, true, false, None);
            }
        }

        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&b.strings)?;
        let country_patterns = b.patterns[..country_count].to_vec();
        let country_automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&b.strings[..country_count])?;
        Ok(Lexicon {
            entities: b.entities,
            patterns: b.patterns,
            automaton,
            country_automaton,
            country_patterns,
            words: super::discovery::Words::new(&words),
            strings: b.strings,
            user,
        })
    }

    /// How many entities the lexicon knows.
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// Every string the matcher looks for, spelling variants included.
    pub fn aliases(&self) -> &[String] {
        &self.strings
    }

    /// The known entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
}

/// A user-lexicon entry for a name with no aliases (its family name is derived as usual).
pub fn lexicon_entry(name: &str) -> NamedData {
    NamedData {
        name: name.to_owned(),
        aliases: Vec::new(),
        abbreviations: Vec::new(),
        short: None,
        country: None,
    }
}

fn named(d: &NamedData, etype: EntityType) -> Entity {
    Entity {
        id: d.name.clone(),
        name: d.name.clone(),
        etype,
        country: d.country.clone().filter(|c| !c.is_empty()),
        discovered: false,
        found_by: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_compiles_with_every_un_member() {
        let lexicon = Lexicon::shipped().unwrap();
        let countries = lexicon
            .entities
            .iter()
            .filter(|e| e.etype == EntityType::Country)
            .count();
        assert_eq!(
            countries, 201,
            "193 UN members, 2 observers, Taiwan, Kosovo and 4 former states"
        );
        for code in [
            "USA", "IRN", "ISR", "TWN", "XKX", "PSE", "VAT", "SSD", "SUN", "YUG",
        ] {
            assert!(lexicon.entities.iter().any(|e| e.id == code), "{code}");
        }
    }
}

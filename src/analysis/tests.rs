//! One test per rule of the counting spec, traps included.

use super::*;

/// (text, type, entity id, kind) of every mention in `text`, with the shipped lexicon.
fn mentions(text: &str) -> Vec<(String, EntityType, String, Option<CountryKind>)> {
    mentions_with(&Lexicon::shipped().unwrap(), text)
}

fn mentions_with(
    lexicon: &Lexicon,
    text: &str,
) -> Vec<(String, EntityType, String, Option<CountryKind>)> {
    let found = analyze_text(lexicon, text);
    found.docs[0]
        .iter()
        .map(|m| {
            let e = found.entity(m);
            (text[m.range()].to_owned(), e.etype, e.id.clone(), m.kind)
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|m| m.0).collect()
}

fn country(
    text: &str,
    code: &str,
    kind: CountryKind,
) -> (String, EntityType, String, Option<CountryKind>) {
    (
        text.to_owned(),
        EntityType::Country,
        code.to_owned(),
        Some(kind),
    )
}

#[test]
fn names_demonyms_and_capitals_count_for_their_country() {
    assert_eq!(
        mentions("Iranian officials in Tehran said Iran would respond."),
        vec![
            country("Iranian", "IRN", CountryKind::Demonym),
            country("Tehran", "IRN", CountryKind::Capital),
            country("Iran", "IRN", CountryKind::Name),
        ]
    );
}

#[test]
fn us_counts_but_the_pronoun_does_not() {
    assert_eq!(
        texts("Let us hope the US and the U.S.A. agree with us."),
        ["US", "U.S.A."]
    );
}

#[test]
fn all_caps_headlines_still_match() {
    assert_eq!(
        mentions("ISRAEL STRIKES IRAN AS US WEIGHS OPTIONS"),
        vec![
            country("ISRAEL", "ISR", CountryKind::Name),
            country("IRAN", "IRN", CountryKind::Name),
            country("US", "USA", CountryKind::Name),
        ]
    );
}

#[test]
fn lowercase_common_words_are_not_countries() {
    assert!(texts("They ate turkey and broke the china, then went to chad's house.").is_empty());
}

#[test]
fn possessives_stay_outside_the_span_with_either_apostrophe() {
    assert_eq!(
        texts("Israel’s jets and Iran's missiles; Trump’s call."),
        ["Israel", "Iran", "Trump"]
    );
}

#[test]
fn hyphen_and_en_dash_pairs_give_both_countries() {
    assert_eq!(
        texts("the Israel–Iran war and U.S.-Iran talks and Israel-Iran tension"),
        ["Israel", "Iran", "U.S.", "Iran", "Israel", "Iran"]
    );
}

#[test]
fn a_country_word_inside_an_organisation_counts_for_both() {
    let found = mentions("U.S. Central Command and the Israeli Defense Force’s jets");
    assert_eq!(
        found,
        vec![
            (
                "U.S. Central Command".to_owned(),
                EntityType::Org,
                "U.S. Central Command".to_owned(),
                None
            ),
            country("U.S.", "USA", CountryKind::Name),
            (
                "Israeli Defense Force".to_owned(),
                EntityType::Org,
                "Israel Defense Forces".to_owned(),
                None
            ),
            country("Israeli", "ISR", CountryKind::Demonym),
        ]
    );
}

#[test]
fn capitals_inside_outlet_names_do_not_count_for_the_country() {
    assert_eq!(
        mentions("The Jerusalem Post reported it."),
        vec![(
            "The Jerusalem Post".to_owned(),
            EntityType::Org,
            "The Jerusalem Post".to_owned(),
            None
        )]
    );
}

#[test]
fn titles_are_context_not_part_of_the_span() {
    assert_eq!(
        texts("President Donald Trump met Senator Lindsey Graham."),
        ["Donald Trump", "Lindsey Graham"]
    );
}

#[test]
fn a_family_name_alone_counts_before_and_after_the_full_name() {
    let found = mentions("Putin called. Later Vladimir Putin said Putin’s offer stands.");
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|m| m.2 == "Vladimir Putin"));
}

#[test]
fn a_shared_family_name_goes_to_the_one_named_last() {
    let found = mentions(
        "Boris Johnson spoke. Johnson left. Then Mike Johnson arrived, and Johnson spoke.",
    );
    let people: Vec<&str> = found.iter().map(|m| m.2.as_str()).collect();
    assert_eq!(
        people,
        [
            "Boris Johnson",
            "Boris Johnson",
            "Mike Johnson",
            "Mike Johnson"
        ]
    );
}

#[test]
fn jordan_the_person_is_not_the_country() {
    assert_eq!(
        mentions("Jordan Peterson spoke. Jordan closed its airspace."),
        vec![
            (
                "Jordan Peterson".to_owned(),
                EntityType::Person,
                "Jordan Peterson".to_owned(),
                None
            ),
            country("Jordan", "JOR", CountryKind::Name),
        ]
    );
}

#[test]
fn chad_the_person_is_not_the_country() {
    let found = mentions("Chad Smith, a drummer, said Chad's capital is N'Djamena.");
    assert_eq!(found[0].1, EntityType::Person);
    assert_eq!(found[1], country("Chad", "TCD", CountryKind::Name));
    assert_eq!(found[2], country("N'Djamena", "TCD", CountryKind::Capital));
}

#[test]
fn georgia_the_us_state_is_not_the_country() {
    assert!(!texts("In Atlanta, Georgia voters queued for hours.").contains(&"Georgia".to_owned()));
    assert_eq!(
        texts("Georgia and Armenia signed a deal in Tbilisi."),
        ["Georgia", "Armenia", "Tbilisi"]
    );
}

#[test]
fn turkey_the_bird_is_not_the_country() {
    assert!(texts("Turkey dinner prices rose before Thanksgiving.").is_empty());
    assert_eq!(texts("Turkey closed the Bosphorus."), ["Turkey"]);
}

#[test]
fn american_in_latin_american_is_not_the_united_states() {
    assert_eq!(
        texts("Latin American leaders met American envoys."),
        ["American"]
    );
}

#[test]
fn regions_weapons_and_roles_are_not_actors() {
    assert!(
        texts("The Middle East watched as Iron Dome fired. The Ayatollah spoke on Sunday in June.")
            .is_empty()
    );
}

#[test]
fn places_count_as_places_with_their_country() {
    let lexicon = Lexicon::shipped().unwrap();
    let found = analyze_text(&lexicon, "Missiles hit Haifa and Be’er Sheva.");
    let places: Vec<(&str, Option<&str>)> = found.docs[0]
        .iter()
        .map(|m| {
            let e = found.entity(m);
            (e.name.as_str(), e.country.as_deref())
        })
        .collect();
    assert_eq!(
        places,
        [("Haifa", Some("ISR")), ("Be’er Sheva", Some("ISR"))]
    );
}

#[test]
fn discovery_finds_people_by_given_name_title_and_speech_verb() {
    let text = "“It is over,” said Jason Brodsky, a scholar. Kremlin aide Yuri Ushakov agreed. \
                Ledeen added nothing, questioned Simone Ledeen. Nader Tabrizi warned again.";
    let found = analyze_text(&Lexicon::shipped().unwrap(), text);
    let people: Vec<(String, bool)> = found.docs[0]
        .iter()
        .filter(|m| found.entity(m).etype == EntityType::Person)
        .map(|m| (found.entity(m).name.clone(), found.entity(m).discovered))
        .collect();
    assert_eq!(
        people,
        [
            ("Jason Brodsky".to_owned(), true),
            ("Yuri Ushakov".to_owned(), false),
            ("Simone Ledeen".to_owned(), true),
            ("Simone Ledeen".to_owned(), true),
            ("Nader Tabrizi".to_owned(), true),
        ]
    );
}

#[test]
fn discovery_finds_organisations_by_their_words_and_web_addresses() {
    let found = mentions(
        "He consults for Maven Defense Solutions. Discover more from Business-News-Today.com",
    );
    assert_eq!(
        found,
        vec![
            (
                "Maven Defense Solutions".to_owned(),
                EntityType::Org,
                "Maven Defense Solutions".to_owned(),
                None
            ),
            (
                "Business-News-Today.com".to_owned(),
                EntityType::Org,
                "Business-News-Today.com".to_owned(),
                None
            ),
        ]
    );
}

#[test]
fn sentence_starts_headings_weekdays_and_months_are_never_actors() {
    assert!(texts("However, Several Officials met. TAGS\nRELATED STORY | Posted Sunday\nNuclear Talks Resume in June").is_empty());
}

#[test]
fn user_lexicon_adds_renames_merges_and_hides() {
    let user: UserLexicon = serde_json::from_str(
        r#"{"add": [{"type": "org", "name": "Parallax Institute", "aliases": ["PI Lab"]}],
            "rename": [{"from": "ABC News", "to": "ABC"}],
            "merge": [{"from": "Scripps News", "into": "ABC"}],
            "hide": ["Truth Social"]}"#,
    )
    .unwrap();
    let lexicon = Lexicon::with_user(user).unwrap();
    let found = mentions_with(
        &lexicon,
        "PI Lab told ABC News and Scripps News on Truth Social.",
    );
    let names: Vec<(&str, &str)> = found.iter().map(|m| (m.0.as_str(), m.2.as_str())).collect();
    assert_eq!(
        names,
        [
            ("PI Lab", "Parallax Institute"),
            ("ABC News", "ABC"),
            ("Scripps News", "ABC")
        ]
    );
}

#[test]
fn the_shipped_lexicon_is_never_modified_by_saving_a_user_lexicon() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/lexicon.json");
    let user = UserLexicon {
        hide: vec!["CNN".into()],
        ..UserLexicon::default()
    };
    user.save(&path).unwrap();
    assert_eq!(UserLexicon::load(&path).unwrap(), user);
    assert_eq!(
        UserLexicon::load(&dir.path().join("missing.json")).unwrap(),
        UserLexicon::default()
    );
    std::fs::write(dir.path().join("bad.json"), "{").unwrap();
    assert!(UserLexicon::load(&dir.path().join("bad.json")).is_err());
}

#[test]
fn counts_group_by_corpus_and_by_document() {
    let lexicon = Lexicon::shipped().unwrap();
    let corpus = crate::corpus::Corpus::seeds();
    let found = analyze_corpus(&lexicon, &corpus);
    let rows = count_rows(&found, CountBy::Corpus, &[EntityType::Country]);
    let usa = rows
        .iter()
        .find(|r| found.entities[r.entity as usize].id == "USA")
        .unwrap();
    // The gold counts: 33 in the first seed, 22 in the second.
    assert_eq!((usa.mentions, usa.docs), (55, 2));
    let per_doc = count_rows(&found, CountBy::Doc, &[EntityType::Country]);
    let first = per_doc
        .iter()
        .find(|r| r.doc == Some(0) && found.entities[r.entity as usize].id == "USA")
        .unwrap();
    assert_eq!((first.mentions, first.by_kind), (33, [25, 4, 4]));
}

#[test]
fn entity_order_filters_by_name_and_type_and_sorts_by_column() {
    let lexicon = Lexicon::shipped().unwrap();
    let corpus = crate::corpus::Corpus::seeds();
    let found = analyze_corpus(&lexicon, &corpus);
    let stats = entity_stats(&corpus, &found);
    let names = |order: Vec<usize>| -> Vec<String> {
        order
            .iter()
            .map(|&i| found.entities[stats[i].entity as usize].name.clone())
            .collect()
    };
    let people = entity_order(
        &found,
        &stats,
        "",
        Some(EntityType::Person),
        EntityColumn::Mentions,
        false,
    );
    assert_eq!(names(people)[..2], ["Donald Trump", "Vladimir Putin"]);
    let by_name = entity_order(
        &found,
        &stats,
        "an",
        Some(EntityType::Country),
        EntityColumn::Name,
        false,
    );
    assert_eq!(
        names(by_name),
        ["Canada", "France", "Germany", "Iran", "Oman", "Switzerland"]
    );
    let reversed = entity_order(
        &found,
        &stats,
        "an",
        Some(EntityType::Country),
        EntityColumn::Name,
        true,
    );
    assert_eq!(names(reversed)[0], "Switzerland");
}

#[test]
fn a_cancelled_count_gives_up_and_an_uncancelled_one_matches_the_plain_count() {
    use std::sync::atomic::AtomicBool;
    let lexicon = Lexicon::shipped().unwrap();
    let corpus = crate::corpus::Corpus::seeds();
    assert!(analyze_corpus_until(&lexicon, &corpus, &AtomicBool::new(true)).is_none());
    let counted = analyze_corpus_until(&lexicon, &corpus, &AtomicBool::new(false)).unwrap();
    assert_eq!(counted.docs, analyze_corpus(&lexicon, &corpus).docs);
}

#[test]
fn family_names_and_discovered_names_in_a_long_text_resolve_as_in_a_short_one() {
    // The linear passes must give what the scans gave: the family name goes to the person
    // named in full last before it, and a discovered person's family name counts alone.
    let text = "Benjamin Netanyahu spoke. Netanyahu left. Mary Smith, a spokeswoman, said \
                Smith agreed. ";
    let short = mentions(text);
    let long: Vec<_> = mentions(&text.repeat(200));
    assert_eq!(long.len(), short.len() * 200);
    assert_eq!(&long[..short.len()], &short[..]);
    assert!(short.iter().any(|m| m.0 == "Smith" && m.2 == "Mary Smith"));
    assert!(
        short
            .iter()
            .any(|m| m.0 == "Netanyahu" && m.2 == "Benjamin Netanyahu")
    );
}

#[test]
fn false_discoveries_of_issue_7_are_gone() {
    let found = mentions(
        "Gen. Dan Caine, chairman of the Joint Chiefs, said the strikes were over. \
         Deputy Secretary of State and Acting Administrator Jeremy Lewin said talks resume. \
         The Indian Space Research Organisation launched a satellite.",
    );
    let texts: Vec<&str> = found.iter().map(|m| m.0.as_str()).collect();
    assert!(!texts.contains(&"Joint Chiefs"), "{texts:?}");
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("of State") || *t == "State"),
        "{texts:?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.0 == "Jeremy Lewin" && m.1 == EntityType::Person)
    );
    // The organisation keeps its first word, which still counts for India.
    assert!(
        found
            .iter()
            .any(|m| m.0 == "Indian Space Research Organisation" && m.1 == EntityType::Org)
    );
    assert!(found.iter().any(|m| m.0 == "Indian" && m.2 == "IND"));
}

#[test]
fn stacks_put_the_readers_first_and_count_the_rest_as_one_segment() {
    let lexicon = Lexicon::shipped().unwrap();
    // Iran: 1, 3, 0, 2, 1 and 1 times.
    let texts = [
        "Iran and Israel.",
        "Iran, Iran, Iran.",
        "Israel.",
        "Iran and Iran and Israel.",
        "Israel and Iran.",
        "Iran.",
    ];
    let docs: Vec<DocMentions> = texts
        .iter()
        .map(|t| analyze_document(&lexicon, t))
        .collect();
    let mentions = merge_documents(&lexicon, docs);
    let iran = mentions
        .entities
        .iter()
        .position(|e| e.id == "IRN")
        .unwrap() as u32;
    let rows = [ChartRow {
        entity: iran,
        a: 8.0,
        b: 0.0,
    }];
    // The readers' articles 4 and 0 first, then the two that mention Iran most; the last
    // is "1 other article".
    let stacks = stacked_by_article(&mentions, &rows, 4, &[4, 0]);
    let order: Vec<Option<usize>> = stacks.iter().map(|s| s.doc).collect();
    assert_eq!(order, [Some(4), Some(0), Some(1), Some(3), None]);
    let other = stacks.last().unwrap();
    assert_eq!((other.articles, other.values.clone()), (1, vec![1.0]));
    let total: f64 = stacks.iter().map(|s| s.values[0]).sum();
    assert_eq!(total, 8.0);
}

#[test]
fn re_applying_renames_merges_and_hides_equals_counting_again() {
    use std::sync::atomic::AtomicBool;
    let corpus = crate::corpus::Corpus::seeds();
    let shipped = Lexicon::shipped().unwrap();
    let raw = analyze_corpus_raw_until(&shipped, &corpus, &AtomicBool::new(false)).unwrap();
    let user = UserLexicon {
        rename: vec![Rename {
            from: "Vladimir Putin".into(),
            to: "Putin".into(),
        }],
        merge: vec![Merge {
            from: "Defense Ministry".into(),
            into: "Pentagon".into(),
        }],
        hide: vec!["Iran".into()],
        ..UserLexicon::default()
    };
    let edited = Lexicon::with_user(user).unwrap();
    let reapplied = with_user_edits(&edited, &raw);
    let recounted = analyze_corpus(&edited, &corpus);
    assert_eq!(reapplied.docs, recounted.docs);
    assert_eq!(reapplied.entities, recounted.entities);
    assert!(reapplied.entities.iter().any(|e| e.name == "Putin"));
}

/// Issue 9: rules for names no lexicon holds, and the world lexicon's places.
mod world {
    use super::*;

    fn of_type(text: &str, etype: EntityType) -> Vec<String> {
        mentions(text)
            .into_iter()
            .filter(|m| m.1 == etype)
            .map(|m| m.2)
            .collect()
    }

    #[test]
    fn a_name_before_of_and_a_known_place_keeps_no_connector() {
        let text = "said Gov. Greg Abbott of Texas. Most of the state of Texas was dry.";
        let people = of_type(text, EntityType::Person);
        assert_eq!(people, ["Greg Abbott"], "{:?}", mentions(text));
    }

    #[test]
    fn states_with_their_ap_abbreviations_and_towns_beside_them() {
        let places = of_type(
            "Officials in Cayce, S.C., and Sioux Falls, S.D., met Minnesota's governor.",
            EntityType::Place,
        );
        assert_eq!(
            places,
            [
                "Cayce",
                "South Carolina",
                "Sioux Falls",
                "South Dakota",
                "Minnesota"
            ]
        );
    }

    #[test]
    fn a_city_named_like_a_person_is_left_to_the_person() {
        assert_eq!(
            of_type(
                "Abraham Lincoln spoke; Madison Keys won in Houston.",
                EntityType::Person
            ),
            ["Abraham Lincoln", "Madison Keys"]
        );
        assert_eq!(
            of_type("Houston Mayor John Whitmire spoke.", EntityType::Place),
            ["Houston"]
        );
    }

    #[test]
    fn an_acronym_counts_when_defined_or_repeated_but_not_when_shouted() {
        let text = "The Japan Fair Trade Commission (JFTC) ruled. The JFTC said so.\n\
                    RELATED STORY\nThe EVA went well.";
        let orgs = of_type(text, EntityType::Org);
        assert_eq!(
            orgs,
            [
                "Japan Fair Trade Commission",
                "Japan Fair Trade Commission",
                "Japan Fair Trade Commission"
            ]
        );
    }

    #[test]
    fn a_city_inside_an_organisations_name_is_the_organisations() {
        let text = "The Irving Police Department and the University of Sheffield said.";
        assert_eq!(of_type(text, EntityType::Place), Vec::<String>::new());
        assert_eq!(
            of_type(text, EntityType::Org),
            ["Irving Police Department", "University of Sheffield"]
        );
    }
}

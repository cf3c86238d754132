//! Property tests over every parser a user's files reach: bytes to text, HTML, JSON and
//! JSONL, Markdown, the user lexicon and the settings file. Each runs a bounded number of
//! generated cases; the fuzz targets in `fuzz/` run the same entry points for as long as
//! one likes (see the README).

use std::path::Path;

use parallax::analysis::{Added, EntityType, Lexicon, NamedData, UserLexicon, analyze_text};
use parallax::app::{Settings, parse_settings_file};
use parallax::corpus::{Format, SkipReason, decode, read_bytes};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of HTML, good and broken, to build pages from.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<div>".to_owned()),
        Just("</div>".to_owned()),
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<li>".to_owned()),
        Just("<ul>".to_owned()),
        Just("<table><tr><td>".to_owned()),
        Just("<b><i>".to_owned()),
        Just("</b>".to_owned()),
        Just("<br>".to_owned()),
        Just("<!-- <p>".to_owned()),
        Just("-->".to_owned()),
        Just("<nav>menu</nav>".to_owned()),
        Just("<script>SECRET()</script>".to_owned()),
        Just("<style>.SECRET{}</style>".to_owned()),
        Just("<meta charset=\"windows-1252\">".to_owned()),
        Just("&amp; &lt;p&gt; &#x49;ran".to_owned()),
        "[A-Za-z ]{1,12}",
        // Stray punctuation, but no `<`: "</<nav>" makes the tag after it text, by the spec.
        "[>/=\"' a-z]{1,8}",
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decoding_never_panics_and_keeps_clean_utf8(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(decoded) = decode(&bytes, None) {
            prop_assert!(decoded.text.len() <= bytes.len() * 4 + 4);
            // UTF-8 without NULs is read as it is (NULs mean UTF-16 or UTF-32, or binary).
            if let Ok(text) = std::str::from_utf8(&bytes)
                && !bytes.contains(&0)
            {
                prop_assert_eq!(decoded.text, text.trim_start_matches('\u{feff}'));
            }
        }
    }

    #[test]
    fn text_with_a_few_bad_bytes_stays_utf8(
        words in proptest::collection::vec("[a-zé“”’ ]{1,12}", 4..40),
        bad in proptest::collection::vec((any::<prop::sample::Index>(), 0x80u8..=0xBF), 1..3),
    ) {
        let text = format!("Café “Iran” {}", words.join(" "));
        let mut bytes = text.into_bytes();
        for (at, byte) in bad {
            // A lone continuation byte at an ASCII space is always malformed UTF-8.
            let spaces: Vec<usize> = bytes.iter().enumerate().filter(|(_, b)| **b == b' ').map(|(i, _)| i).collect();
            bytes[spaces[at.index(spaces.len())]] = byte;
        }
        let decoded = decode(&bytes, None).unwrap();
        prop_assert_eq!(decoded.encoding, "UTF-8");
        prop_assert!(decoded.text.starts_with("Café"));
        prop_assert!(decoded.replaced >= 1);
    }

    #[test]
    fn every_format_reads_any_bytes_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in Format::ALL {
            for article in read_bytes(&bytes, format, Path::new("x"), "x").into_iter().flatten() {
                prop_assert!(article.word_count > 0);
            }
        }
    }

    #[test]
    fn html_soup_never_shows_scripts_or_styles(pieces in proptest::collection::vec(html_piece(), 0..80)) {
        let page = pieces.concat();
        let read = read_bytes(page.as_bytes(), Format::Html, Path::new("p.html"), "p.html");
        for article in read.into_iter().flatten() {
            prop_assert!(!article.text.contains("SECRET"), "{}", article.text);
            prop_assert!(!article.text.contains("menu"));
        }
    }

    #[test]
    fn deep_html_is_read_or_refused_never_crashes(tag in "[a-z]{1,6}", depth in 1usize..20_000) {
        let page = format!("{}<p>Iran</p>{}", format!("<{tag}>").repeat(depth), format!("</{tag}>").repeat(depth));
        for result in read_bytes(page.as_bytes(), Format::Html, Path::new("d.html"), "d.html") {
            match result {
                Ok(article) => prop_assert!(article.text.contains("Iran")),
                Err(skip) => prop_assert!(matches!(skip.reason, SkipReason::TooDeep(_) | SkipReason::NoText)),
            }
        }
    }

    #[test]
    fn json_articles_are_found_wherever_the_text_is(
        title in "[A-Za-z ]{0,20}",
        text in "[A-Za-z][A-Za-z .,]{0,60}",
        key in prop::sample::select(vec!["text", "body", "content", "articleBody", "story"]),
        wrap in prop::sample::select(vec!["", "articles", "items", "data"]),
        extra in proptest::collection::vec(("[a-z]{1,8}", any::<i64>()), 0..4),
    ) {
        let mut object = serde_json::Map::new();
        object.insert("title".into(), title.clone().into());
        object.insert(key.into(), text.clone().into());
        for (k, v) in extra {
            if k != "title" && !["text", "body", "content", "article", "story", "description", "summary"].contains(&k.as_str()) {
                object.insert(k, v.into());
            }
        }
        let value = serde_json::Value::Object(object);
        let json = if wrap.is_empty() {
            value.to_string()
        } else {
            let mut outer = serde_json::Map::new();
            outer.insert(wrap.to_owned(), serde_json::Value::Array(vec![value.clone()]));
            serde_json::Value::Object(outer).to_string()
        };
        let read = read_bytes(json.as_bytes(), Format::Json, Path::new("a.json"), "a.json");
        prop_assert_eq!(read.len(), 1);
        let article = read[0].as_ref().unwrap();
        prop_assert_eq!(&article.text, &text);
        // JSONL: one line per object, junk lines apart.
        let lines = format!("{value}\nnot json\n\n{value}\n");
        let read = read_bytes(lines.as_bytes(), Format::JsonLines, Path::new("a.jsonl"), "a.jsonl");
        prop_assert_eq!(read.len(), 3);
        prop_assert!(read[0].is_ok() && read[1].is_err() && read[2].is_ok());
    }

    #[test]
    fn user_lexicons_parse_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(user) = UserLexicon::from_json(&bytes) {
            let _ = Lexicon::with_user(user);
        }
    }

    #[test]
    fn any_added_name_is_counted_and_short_ones_are_warned_about(
        name in "[A-Z][a-z]{0,6}( [A-Z][a-z]{1,8}){0,2}",
        etype in prop::sample::select(vec![EntityType::Person, EntityType::Org, EntityType::Place]),
    ) {
        let user = UserLexicon {
            add: vec![Added {
                etype,
                data: NamedData {
                    name: name.clone(),
                    aliases: Vec::new(),
                    abbreviations: Vec::new(),
                    short: Some(Vec::new()),
                    country: None,
                },
            }],
            ..UserLexicon::default()
        };
        prop_assert_eq!(user.warnings().is_empty(), name.chars().count() >= 2);
        let lexicon = Lexicon::with_user(user).unwrap();
        // Counted as the name, or as a shipped entity that claimed the same string first.
        let found = analyze_text(&lexicon, &format!("Yesterday {name} spoke."));
        let span = (10, 10 + name.len() as u32);
        prop_assert!(found.docs[0].iter().any(|m| (m.start, m.end) == span), "{name}");
    }

    #[test]
    fn settings_files_parse_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_settings_file(&bytes);
    }

    #[test]
    fn saved_settings_read_back(recent in proptest::collection::vec("/[a-z]{1,8}(/[a-z ]{1,8}){0,3}", 0..12)) {
        let mut settings = Settings::default();
        for path in &recent {
            settings.remember_opened(&[path.into()]);
        }
        let stored = ron::to_string(&std::collections::HashMap::from([(
            "parallax-settings".to_owned(),
            ron::to_string(&settings).unwrap(),
        )]))
        .unwrap();
        prop_assert!(parse_settings_file(stored.as_bytes()).is_ok());
    }
}

/// Pieces of news text with the marks compare cuts and quotes on: curly and straight quotes,
/// abbreviations, numbers, dates and line breaks.
fn compare_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just(". ".to_owned()),
        Just("!!! ".to_owned()),
        Just("? ".to_owned()),
        Just("\n".to_owned()),
        Just("U.S. ".to_owned()),
        Just("Trump said ".to_owned()),
        Just("he added: ".to_owned()),
        Just("according to ".to_owned()),
        Just("at least 70 ".to_owned()),
        Just("June 12, 2025 ".to_owned()),
        Just("Thursday night ".to_owned()),
        Just("$12.9bn ".to_owned()),
        Just("3.5. ".to_owned()),
        Just("a dozen ".to_owned()),
        Just("TAGS\n".to_owned()),
        "[a-zé’' ]{0,12}".prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// Comparing any two texts neither panics nor gives a range outside its text or off a
    /// character boundary.
    #[test]
    fn compare_takes_any_text(
        a in prop::collection::vec(compare_piece(), 0..40),
        b in prop::collection::vec(compare_piece(), 0..40),
    ) {
        static LEXICON: std::sync::LazyLock<Lexicon> =
            std::sync::LazyLock::new(|| Lexicon::shipped().unwrap());
        let (a, b) = (a.concat(), b.concat());
        let c = parallax::compare::compare(&LEXICON, &a, &b);
        for (text, side) in [(&a, &c.a), (&b, &c.b)] {
            let ranges = side.sentences.iter().map(|s| s.range.clone())
                .chain(side.quotes.iter().map(|q| q.range.clone()))
                .chain(side.numbers.iter().map(|n| n.range.clone()));
            for r in ranges {
                prop_assert!(r.start <= r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
        for l in &c.links {
            prop_assert!(l.a < c.a.sentences.len() && l.b < c.b.sentences.len());
        }
    }
}

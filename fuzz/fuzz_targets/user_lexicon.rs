//! A user lexicon file: parsed, then built into a lexicon and run over a short text.
#![no_main]

use parallax::analysis::{Lexicon, UserLexicon, analyze_text};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(user) = UserLexicon::from_json(bytes) {
        let _ = user.warnings();
        if let Ok(lexicon) = Lexicon::with_user(user) {
            let _ = analyze_text(&lexicon, "Benjamin Netanyahu told Reuters in Tehran.");
        }
    }
});

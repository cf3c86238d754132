//! A file read as each format (text, Markdown, HTML, JSON, JSONL), as the loader reads it
//! once its bytes are in memory: every article it yields has words.
#![no_main]

use std::path::Path;

use parallax::corpus::{Format, read_bytes};


libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    for format in Format::ALL {
        for article in read_bytes(bytes, format, Path::new("f"), "f")
            .into_iter()
            .flatten()
        {
            assert!(article.word_count > 0);
        }
    }
});

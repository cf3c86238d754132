//! A file read as Json, as the loader reads it once its bytes are in memory.
#![no_main]

use std::path::Path;

use parallax::corpus::{Format, read_bytes};

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    for article in read_bytes(bytes, Format::Json, Path::new("f"), "f")
        .into_iter()
        .flatten()
    {
        assert!(article.word_count > 0);
    }
});

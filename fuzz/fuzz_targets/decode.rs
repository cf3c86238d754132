//! Bytes to text: BOMs, UTF-8/16/32, legacy encodings, binary detection.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(decoded) = parallax::corpus::decode(bytes, None) {
        // UTF-8 without NULs is read as it is (NULs mean UTF-16 or UTF-32, or binary).
        if let Ok(text) = std::str::from_utf8(bytes)
            && !bytes.contains(&0)
        {
            assert_eq!(decoded.text, text.trim_start_matches('\u{feff}'));
        }
    }
});

//! The settings file (`app.ron`) as Parallax checks it before eframe reads it.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let _ = parallax::app::parse_settings_file(bytes);
});

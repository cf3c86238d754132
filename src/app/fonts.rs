//! Fonts bundled into the binary, so that every script in the news shows real glyphs even
//! where the system has no fonts for it. System fonts come on top through eframe.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

/// (name, bytes) of the bundled fonts, in fallback order after the body font.
const FALLBACKS: [(&str, &[u8]); 5] = [
    // Arrows, shapes and signs the UI uses (⇄ ▲ ▼ ⚠).
    (
        "dejavu-sans",
        include_bytes!("../../assets/fonts/DejaVuSans.ttf"),
    ),
    (
        "noto-sans-arabic",
        include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "noto-sans-hebrew",
        include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    ),
    // Chinese and Japanese.
    (
        "droid-sans-fallback",
        include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf"),
    ),
    // Korean: the fallback above has no Hangul.
    (
        "nanum-gothic",
        include_bytes!("../../assets/fonts/NanumGothic.ttf"),
    ),
];

/// Noto Sans reads better at length than egui's default and covers Latin, Greek and Cyrillic.
const BODY: (&str, &[u8]) = (
    "noto-sans",
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
);

/// The bundled fonts' bytes, the body font first, then the fallbacks in order.
pub fn bundled() -> Vec<&'static [u8]> {
    std::iter::once(BODY.1)
        .chain(FALLBACKS.iter().map(|(_, bytes)| *bytes))
        .collect()
}

/// Font definitions with the bundled fonts: Noto Sans first for text, egui's defaults
/// (icons) next, then symbols, Arabic, Hebrew, CJK and Korean fallbacks.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts
        .font_data
        .insert(BODY.0.to_owned(), Arc::new(FontData::from_static(BODY.1)));
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, BODY.0.to_owned());
    }
    for (name, bytes) in FALLBACKS {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    fonts
}

/// Installs [`definitions`] in `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

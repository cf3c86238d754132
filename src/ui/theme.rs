//! Colours and text sizes, in one place.

use eframe::egui::{self, Color32, FontFamily, FontId, TextStyle};

/// Reader A's colour: Okabe–Ito blue, told apart from B's orange with any colour vision.
pub const READER_A: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
/// Reader B's colour: Okabe–Ito orange.
pub const READER_B: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);

/// The colour of a reader.
pub fn reader_colour(side: crate::app::Side) -> Color32 {
    match side {
        crate::app::Side::A => READER_A,
        crate::app::Side::B => READER_B,
    }
}

/// The colour of a notice's icon.
pub fn notice_colour(level: crate::app::NoticeLevel, dark: bool) -> Color32 {
    use crate::app::NoticeLevel;
    match (level, dark) {
        (NoticeLevel::Info, _) => READER_A,
        (NoticeLevel::Warning, false) => Color32::from_rgb(0xB0, 0x6A, 0x00),
        (NoticeLevel::Warning, true) => READER_B,
        (NoticeLevel::Error, false) => Color32::from_rgb(0xC0, 0x2B, 0x2B),
        (NoticeLevel::Error, true) => Color32::from_rgb(0xF0, 0x70, 0x70),
    }
}

/// Text sizes and spacing for long reading sessions, in both themes.
pub fn apply_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
        style.spacing.interact_size.y = 24.0;
    });
}

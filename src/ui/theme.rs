//! Colours and text sizes, in one place.

use eframe::egui::{self, Color32, FontFamily, FontId, TextStyle};

/// Reader colours: the Okabe–Ito blue and orange, told apart with any colour vision, in a
/// lighter tone on dark backgrounds and a deeper one on light backgrounds for contrast.
pub fn reader_colour(side: crate::app::Side, dark: bool) -> Color32 {
    use crate::app::Side;
    match (side, dark) {
        (Side::A, true) => Color32::from_rgb(0x56, 0xB4, 0xE9),
        (Side::A, false) => Color32::from_rgb(0x00, 0x63, 0x9C),
        (Side::B, true) => Color32::from_rgb(0xE6, 0x9F, 0x00),
        (Side::B, false) => Color32::from_rgb(0xA6, 0x5F, 0x00),
    }
}

/// The highlight colour of an entity type: Okabe–Ito sky blue, vermillion, bluish green and
/// reddish purple, distinguishable with the common colour-vision deficiencies.
pub fn type_colour(etype: crate::analysis::EntityType) -> Color32 {
    use crate::analysis::EntityType;
    match etype {
        EntityType::Country => Color32::from_rgb(0x56, 0xB4, 0xE9),
        EntityType::Person => Color32::from_rgb(0xD5, 0x5E, 0x00),
        EntityType::Org => Color32::from_rgb(0x00, 0x9E, 0x73),
        EntityType::Place => Color32::from_rgb(0xCC, 0x79, 0xA7),
    }
}

/// The background of a highlighted mention: the type's colour, faint enough to read through.
pub fn mention_background(
    etype: crate::analysis::EntityType,
    dark: bool,
    discovered: bool,
) -> Color32 {
    let alpha = match (dark, discovered) {
        (false, false) => 0.30,
        (false, true) => 0.16,
        (true, false) => 0.38,
        (true, true) => 0.20,
    };
    type_colour(etype).gamma_multiply(alpha)
}

/// The tint of a sentence in compare mode: Okabe–Ito yellow for what the other report also
/// says, a faint grey for what only this one says. Both stay lighter than the mention
/// highlights, which are drawn over them, so body text keeps its contrast.
pub fn sentence_tint(shared: bool, dark: bool) -> Color32 {
    match (shared, dark) {
        (true, false) => Color32::from_rgb(0xF0, 0xE4, 0x42).gamma_multiply(0.30),
        (true, true) => Color32::from_rgb(0xF0, 0xE4, 0x42).gamma_multiply(0.16),
        (false, false) => Color32::from_black_alpha(14),
        (false, true) => Color32::from_white_alpha(12),
    }
}

/// The text of a highlighted mention: the theme's strongest text colour, so that it reads
/// at WCAG AA (4.5:1) or better on every tint (the body grey on the dark country tint
/// measured 2.4:1).
pub fn mention_text_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(250)
    } else {
        Color32::from_gray(10)
    }
}

/// The background of the selected entity's mentions: the type's colour, solid.
pub fn selected_background(etype: crate::analysis::EntityType) -> Color32 {
    type_colour(etype)
}

/// The text on a selected mention: black, which reads at 4.5:1 or better on all four type
/// colours (white on the vermillion and the green does not).
pub fn selected_text_colour() -> Color32 {
    Color32::BLACK
}

/// The colour of the `k`th article of a stacked chart that no reader shows, grey for the
/// other articles together: the Okabe–Ito colours left once the readers' blue and orange
/// are taken, so no two segments share one.
pub fn series_colour(k: usize, other: bool) -> Color32 {
    const SERIES: [Color32; 4] = [
        Color32::from_rgb(0x00, 0x9E, 0x73),
        Color32::from_rgb(0xCC, 0x79, 0xA7),
        Color32::from_rgb(0xD5, 0x5E, 0x00),
        Color32::from_rgb(0xF0, 0xE4, 0x42),
    ];
    if other {
        Color32::from_gray(150)
    } else {
        SERIES[k % SERIES.len()]
    }
}

/// The colour of a notice's icon.
pub fn notice_colour(level: crate::app::NoticeLevel, dark: bool) -> Color32 {
    use crate::app::NoticeLevel;
    match (level, dark) {
        (NoticeLevel::Info, dark) => reader_colour(crate::app::Side::A, dark),
        (NoticeLevel::Warning, false) => Color32::from_rgb(0xB0, 0x6A, 0x00),
        (NoticeLevel::Warning, true) => reader_colour(crate::app::Side::B, true),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityType;

    /// WCAG 2 relative luminance of an opaque colour.
    fn luminance(c: Color32) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// A premultiplied colour over an opaque background, as the renderer blends it.
    fn over(top: Color32, under: Color32) -> Color32 {
        let keep = 1.0 - f32::from(top.a()) / 255.0;
        let mix = |t: u8, u: u8| (f32::from(t) + f32::from(u) * keep).round().min(255.0) as u8;
        Color32::from_rgb(
            mix(top.r(), under.r()),
            mix(top.g(), under.g()),
            mix(top.b(), under.b()),
        )
    }

    #[test]
    fn every_highlight_keeps_its_text_at_wcag_aa_in_both_themes() {
        for dark in [false, true] {
            let visuals = if dark {
                egui::Visuals::dark()
            } else {
                egui::Visuals::light()
            };
            for page in [
                visuals.panel_fill,
                visuals.window_fill,
                visuals.extreme_bg_color,
            ] {
                for etype in EntityType::ALL {
                    for discovered in [false, true] {
                        let tint = over(mention_background(etype, dark, discovered), page);
                        let ratio = contrast(mention_text_colour(dark), tint);
                        assert!(
                            ratio >= 4.5,
                            "{etype:?} (discovered {discovered}, dark {dark}): {ratio:.2}:1"
                        );
                    }
                    let ratio = contrast(selected_text_colour(), selected_background(etype));
                    assert!(ratio >= 4.5, "selected {etype:?}: {ratio:.2}:1");
                }
            }
        }
    }
}

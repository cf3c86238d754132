//! Parallax: compare how news sources report the same story.
//!
//! The model ([`corpus`], [`analysis`], [`compare`]) is plain Rust and knows nothing of the window;
//! [`app`] and [`ui`] draw it with egui, and [`cli`] prints it on the command line.

pub mod analysis;
pub mod app;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod ui;

/// The app icon from `assets/icon.png`, embedded in the binary.
pub fn icon() -> Result<eframe::egui::IconData, image::ImageError> {
    let image = image::load_from_memory(include_bytes!("../assets/icon.png"))?.into_rgba8();
    let (width, height) = image.dimensions();
    Ok(eframe::egui::IconData {
        rgba: image.into_raw(),
        width,
        height,
    })
}

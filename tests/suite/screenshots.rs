//! The pictures in `screenshots/`, rendered headless with wgpu (lavapipe here).
//! Run by `scripts/screenshots.sh`; ignored in the ordinary test run because it writes files.

use std::path::PathBuf;

use eframe::egui;
use parallax::app::{Command, Startup, ThemeChoice};

use crate::util::{fixture, harness_sized, settle, startup};

fn save(harness: &mut egui_kittest::Harness<'static, parallax::app::ParallaxApp>, name: &str) {
    harness.run_ok();
    let image = harness.render().expect("render");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("screenshots")
        .join(name);
    image.save(&path).expect("write screenshot");
    println!("wrote {}", path.display());
}

#[test]
#[ignore = "writes screenshots/; run scripts/screenshots.sh"]
fn write_screenshots() {
    for (theme, name) in [
        (ThemeChoice::Light, "seeds-light.png"),
        (ThemeChoice::Dark, "seeds-dark.png"),
    ] {
        let mut harness = harness_sized(startup(), egui::vec2(1280.0, 800.0));
        harness.state_mut().apply(Command::SetTheme(theme));
        save(&mut harness, name);
    }

    let mut harness = harness_sized(startup(), egui::vec2(1920.0, 1080.0));
    harness
        .state_mut()
        .apply(Command::SetTheme(ThemeChoice::Light));
    save(&mut harness, "seeds-1920x1080.png");

    let mut harness = harness_sized(
        Startup {
            paths: vec![fixture("mixed")],
            ..startup()
        },
        egui::vec2(1280.0, 800.0),
    );
    harness
        .state_mut()
        .apply(Command::SetTheme(ThemeChoice::Light));
    settle(&mut harness);
    save(&mut harness, "folder-loaded.png");
    harness.state_mut().apply(Command::ShowSkipped(true));
    save(&mut harness, "skipped-files.png");
}

//! The pictures in `screenshots/`, rendered headless with wgpu (lavapipe here).
//! Run by `scripts/screenshots.sh`; ignored in the ordinary test run because it writes files.

use std::path::PathBuf;

use eframe::egui;
use egui_kittest::Harness;
use parallax::app::{Command, ParallaxApp, ThemeChoice};

use crate::util::{analysed, fixture, harness_sized, select_entity, settle, startup};

fn save(harness: &mut Harness<'static, ParallaxApp>, name: &str) {
    harness.run_ok();
    let image = harness.render().expect("render");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("screenshots")
        .join(name);
    image.save(&path).expect("write screenshot");
    println!("wrote {}", path.display());
}

fn seeds(theme: ThemeChoice, size: egui::Vec2) -> Harness<'static, ParallaxApp> {
    let mut harness = harness_sized(startup(), size);
    harness.state_mut().apply(Command::SetTheme(theme));
    analysed(&mut harness);
    harness.run_ok();
    harness
}

fn tab(harness: &mut Harness<'static, ParallaxApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).click();
    harness.run_ok();
}

#[test]
#[ignore = "writes screenshots/; run scripts/screenshots.sh"]
fn write_screenshots() {
    let size = egui::vec2(1280.0, 800.0);
    for (theme, name) in [
        (ThemeChoice::Light, "seeds-light.png"),
        (ThemeChoice::Dark, "seeds-dark.png"),
    ] {
        let mut harness = seeds(theme, size);
        save(&mut harness, name);
    }
    for (theme, name) in [
        (ThemeChoice::Light, "countries-light.png"),
        (ThemeChoice::Dark, "countries-dark.png"),
    ] {
        let mut harness = seeds(theme, size);
        tab(&mut harness, "Countries and places");
        save(&mut harness, name);
    }

    for (theme, name) in [
        (ThemeChoice::Light, "seeds-1920x1080.png"),
        (ThemeChoice::Dark, "seeds-1920x1080-dark.png"),
    ] {
        let mut harness = seeds(theme, egui::vec2(1920.0, 1080.0));
        save(&mut harness, name);
    }

    // The concordance of Vladimir Putin, one line clicked: its reader scrolled there.
    let mut harness = seeds(ThemeChoice::Light, size);
    select_entity(&mut harness, "Vladimir Putin");
    tab(&mut harness, "Concordance");
    crate::util::concordance_built(&mut harness);
    let line = harness.state().view().concordance.lines.as_ref().unwrap().1[2].clone();
    harness.state_mut().apply(Command::ShowMention {
        doc: line.doc,
        start: line.mention.start,
    });
    save(&mut harness, "concordance.png");

    // Compare mode and the Differences tab, in both themes.
    for (theme, name) in [
        (ThemeChoice::Light, "compare-light.png"),
        (ThemeChoice::Dark, "compare-dark.png"),
    ] {
        let mut harness = seeds(theme, size);
        crate::util::step_until(&mut harness, "the readers to be compared", |app| {
            app.comparison().is_some()
        });
        tab(&mut harness, "Compare");
        tab(&mut harness, "Differences");
        save(&mut harness, name);
    }

    for (theme, label, name) in [
        (ThemeChoice::Light, "Quotes", "quotes.png"),
        (ThemeChoice::Dark, "Numbers", "numbers-dark.png"),
        (ThemeChoice::Light, "Distinctive words", "distinctive.png"),
    ] {
        let mut harness = seeds(theme, size);
        crate::util::step_until(&mut harness, "the readers to be compared", |app| {
            app.comparison().is_some()
        });
        tab(&mut harness, label);
        save(&mut harness, name);
    }

    let mut harness = seeds(ThemeChoice::Light, size);
    select_entity(&mut harness, "Oman");
    tab(&mut harness, "Dispersion");
    save(&mut harness, "dispersion.png");

    let mut harness = seeds(ThemeChoice::Dark, size);
    select_entity(&mut harness, "Israel Defense Forces");
    tab(&mut harness, "Entities");
    save(&mut harness, "entities-dark.png");

    let mut harness = seeds(ThemeChoice::Light, size);
    harness
        .state_mut()
        .apply(Command::Open(vec![fixture("../../seeds"), fixture("good")]));
    settle(&mut harness);
    analysed(&mut harness);
    tab(&mut harness, "Whole corpus");
    harness
        .state_mut()
        .apply(Command::ShowArticle(parallax::app::Side::B, 4));
    harness.run_ok();
    {
        use egui_kittest::kittest::Queryable;
        harness.get_by_label("Stacked by article").click();
    }
    save(&mut harness, "corpus-stacked.png");

    let mut harness = harness_sized(
        parallax::app::Startup {
            paths: vec![fixture("mixed")],
            ..startup()
        },
        size,
    );
    harness
        .state_mut()
        .apply(Command::SetTheme(ThemeChoice::Light));
    settle(&mut harness);
    analysed(&mut harness);
    save(&mut harness, "folder-loaded.png");
    harness.state_mut().apply(Command::ShowSkipped(true));
    save(&mut harness, "skipped-files.png");
}

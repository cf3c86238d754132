//! Helpers shared by the test modules.

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};

use eframe::egui;
use egui_kittest::Harness;
use parallax::app::{DialogKind, DialogOutcome, FileDialog, ParallaxApp, Startup};

/// A fixture path under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A stand-in for the system dialog: answers what it is told, and records what it was asked.
#[derive(Default)]
pub struct FakeDialog {
    pub answer: Mutex<Option<DialogOutcome>>,
    pub asked: Mutex<Vec<DialogKind>>,
}

impl FakeDialog {
    pub fn answering(outcome: DialogOutcome) -> Arc<FakeDialog> {
        Arc::new(FakeDialog {
            answer: Mutex::new(Some(outcome)),
            asked: Mutex::default(),
        })
    }
}

impl FileDialog for FakeDialog {
    fn pick(&self, kind: DialogKind, _start: Option<&std::path::Path>) -> DialogOutcome {
        self.asked.lock().unwrap().push(kind);
        self.answer
            .lock()
            .unwrap()
            .clone()
            .unwrap_or(DialogOutcome::Cancelled)
    }
}

/// How tests start the app: like a user's first run, but with no user lexicon on disk (the
/// tester's own must not change the numbers).
pub fn startup() -> Startup {
    Startup {
        user_lexicon: None,
        ..Startup::default()
    }
}

/// Steps until the mentions are counted.
pub fn analysed(harness: &mut Harness<'static, ParallaxApp>) {
    step_until(harness, "mentions to be counted", |app| {
        app.analysis().is_some() && !app.analysing() && app.load_status().is_none()
    });
}

/// The real app in a kittest harness at 1280×800, rendering with wgpu.
pub fn harness(startup: Startup) -> Harness<'static, ParallaxApp> {
    harness_sized(startup, egui::vec2(1280.0, 800.0))
}

/// The real app in a kittest harness of the given size.
pub fn harness_sized(startup: Startup, size: egui::Vec2) -> Harness<'static, ParallaxApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(40)
        .with_render_cursor(false)
        .wgpu()
        .build_eframe(move |cc| ParallaxApp::new(cc, startup));
    harness.run_ok();
    harness
}

/// Steps the harness until `done` holds, for up to about 20 seconds of wall time.
pub fn step_until(
    harness: &mut Harness<'static, ParallaxApp>,
    what: &str,
    done: impl Fn(&ParallaxApp) -> bool,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !done(harness.state()) {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for: {what}"
        );
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    harness.run_ok();
}

/// Steps until no load or dialog is under way.
pub fn settle(harness: &mut Harness<'static, ParallaxApp>) {
    step_until(harness, "loading to finish", |app| {
        app.load_status().is_none() && !app.dialog_open()
    });
}

/// The app on `startup`, with its mentions counted.
pub fn analysed_harness(startup: Startup) -> Harness<'static, ParallaxApp> {
    let mut harness = harness(startup);
    analysed(&mut harness);
    harness.run_ok();
    harness
}

/// Selects the entity called `name` everywhere, as a click on it would.
pub fn select_entity(harness: &mut Harness<'static, ParallaxApp>, name: &str) {
    let entities = &harness.state().analysis().unwrap().mentions.entities;
    let entity = entities.iter().position(|e| e.name == name).unwrap() as u32;
    harness
        .state_mut()
        .apply(parallax::app::Command::SelectEntity(Some(entity)));
    harness.run_ok();
}

/// Clicks the one widget labelled `label` and lets the app settle.
pub fn click(harness: &mut Harness<'static, ParallaxApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label(label).click();
    harness.run_ok();
}

/// Steps until the concordance asked for is built (it is built in the background).
pub fn concordance_built(harness: &mut Harness<'static, ParallaxApp>) {
    step_until(harness, "the concordance to be built", |app| {
        app.concordance_pending().is_none() && app.view().concordance.lines.is_some()
    });
}

/// Runs the real binary with `args` from the project root: exit code, stdout, stderr.
pub fn parallax(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        // A user lexicon in the tester's config directory must not change the numbers.
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

//! The real app driven through egui_kittest: what a user sees and does.

use std::path::PathBuf;

use eframe::egui;
use egui_kittest::kittest::{NodeT, Queryable};
use parallax::app::{Command, DialogKind, DialogOutcome, Side, Startup};

use crate::util::{FakeDialog, click, fixture, harness, settle, startup};

const SEED_A_TITLE: &str =
    "Trump hints at U.S. missiles joining Israel’s Iran strikes—Putin steps in to mediate?";
const SEED_B_TITLE: &str = "US walks difficult line amid escalating Israel-Iran conflict";
/// A paragraph only seed B has.
const SEED_B_PARAGRAPH: &str = "Some experts are closely monitoring the political impact of developments on the ground in Iran.";

/// The title shown in a reader's article picker.
fn reader_choice(
    harness: &egui_kittest::Harness<'_, parallax::app::ParallaxApp>,
    reader: &str,
) -> String {
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, reader)
        .value()
        .unwrap_or_default()
}

#[test]
fn seeds_fill_the_table_and_both_readers() {
    let harness = harness(startup());
    assert_eq!(
        harness.state().window_title(),
        "Parallax — seeds · 2 articles"
    );
    assert_eq!(reader_choice(&harness, "Reader A"), SEED_A_TITLE);
    assert_eq!(reader_choice(&harness, "Reader B"), SEED_B_TITLE);
    // Only reader B shows seed B's text.
    assert_eq!(harness.get_all_by_label(SEED_B_PARAGRAPH).count(), 1);
    harness.get_by_label("seeds · 2 articles · 2,469 words");
    // The table lists both (its title cells are the labels that are not paragraphs or headings).
    assert!(harness.get_all_by_label(SEED_A_TITLE).count() >= 2);
    assert!(harness.get_all_by_label(SEED_B_TITLE).count() >= 2);
}

#[test]
fn picking_an_article_for_a_reader_shows_its_text() {
    let mut harness = harness(startup());
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Reader A")
        .click();
    harness.run_ok();
    harness.get_by_label("Find article for reader A").focus();
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.is_focused())
        .expect("the picker's search field")
        .type_text("difficult");
    harness.run_ok();
    // The popup lists only the match, as the one button with that title (then its outlet
    // and date, which tell two versions of a report apart).
    let entries: Vec<_> = harness
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(SEED_B_TITLE) && l.contains("no date"))
        })
        .collect();
    assert_eq!(entries.len(), 1);
    entries[0].click();
    harness.run_ok();
    assert_eq!(harness.state().reader(Side::A), Some(1));
    assert_eq!(harness.state().reader(Side::B), Some(1));
    // Both readers now show seed B: its paragraph twice; seed A stays only in the table.
    assert_eq!(reader_choice(&harness, "Reader A"), SEED_B_TITLE);
    assert_eq!(harness.get_all_by_label(SEED_B_PARAGRAPH).count(), 2);
    assert_eq!(harness.get_all_by_label(SEED_A_TITLE).count(), 1);
}

#[test]
fn table_buttons_choose_reader_b_and_swap_exchanges() {
    let mut harness = harness(startup());
    // Row 0's "B" button: the first of the two "B" buttons in the table.
    harness
        .get_all_by_label("B")
        .next()
        .expect("a B button")
        .click();
    harness.run_ok();
    assert_eq!(harness.state().reader(Side::B), Some(0));
    click(&mut harness, "Swap A ⇄ B");
    assert_eq!(
        (
            harness.state().reader(Side::A),
            harness.state().reader(Side::B)
        ),
        (Some(0), Some(0))
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run_ok();
}

#[test]
fn ctrl_o_opens_a_folder_through_the_dialog() {
    let dialog = FakeDialog::answering(DialogOutcome::Picked(vec![fixture("good")]));
    let mut harness = harness(Startup {
        paths: Vec::new(),
        dialog: dialog.clone(),
        ..startup()
    });
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    settle(&mut harness);
    assert_eq!(*dialog.asked.lock().unwrap(), vec![DialogKind::Folder]);
    assert_eq!(
        harness.state().window_title(),
        "Parallax — good · 3 articles"
    );
    harness.get_by_label("good · 3 articles · 53 words");
    assert_eq!(
        reader_choice(&harness, "Reader A"),
        "Putin offers to mediate"
    );
    assert_eq!(
        reader_choice(&harness, "Reader B"),
        "Iran retaliates with missiles"
    );
    harness.get_by_label("Vladimir Putin spoke with Donald Trump.");
    assert_eq!(harness.state().settings().recent, vec![fixture("good")]);
}

#[test]
fn file_menu_opens_files_and_a_cancelled_dialog_changes_nothing() {
    let dialog = FakeDialog::answering(DialogOutcome::Cancelled);
    let mut harness = harness(Startup {
        paths: Vec::new(),
        dialog: dialog.clone(),
        ..startup()
    });
    click(&mut harness, "File");
    // A menu item's name includes its shortcut.
    harness.get_by_label_contains("Open files…").click();
    harness.step();
    settle(&mut harness);
    assert_eq!(*dialog.asked.lock().unwrap(), vec![DialogKind::Files]);
    assert_eq!(harness.state().corpus().name, "seeds");
}

#[test]
fn without_a_dialog_the_app_offers_a_path_field() {
    let dialog = FakeDialog::answering(DialogOutcome::Unavailable(
        "No system file dialog is available (xdg-desktop-portal is not running).".into(),
    ));
    let mut harness = harness(Startup {
        paths: Vec::new(),
        dialog,
        ..startup()
    });
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    settle(&mut harness);
    harness.get_by_label_contains("No system file dialog is available");
    harness.get_by_label("Folder or file path").focus();
    harness.run_ok();
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.is_focused())
        .expect("the path field")
        .type_text(&fixture("good").display().to_string());
    harness.run_ok();
    harness.get_by_label("Open path").click();
    harness.step();
    settle(&mut harness);
    assert_eq!(harness.state().corpus().articles.len(), 3);
    assert!(
        harness.query_by_label("Folder or file path").is_none(),
        "the prompt closes once loading starts"
    );
}

/// A file dropped from the file manager: egui hands the app its path.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_dropped_file_is_loaded() {
    let mut harness = harness(startup());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(fixture(
            "good/strikes.txt",
        ))));
    harness.step();
    settle(&mut harness);
    assert_eq!(
        harness.state().window_title(),
        "Parallax — strikes.txt · 1 article"
    );
    // One article: both readers show it.
    assert_eq!(
        reader_choice(&harness, "Reader B"),
        "Israel strikes Iranian nuclear sites"
    );
    assert_eq!(
        harness
            .get_all_by_label("The United States was not involved, Washington said.")
            .count(),
        2
    );
}

#[test]
fn skipped_files_are_listed_with_reasons() {
    let mut harness = harness(Startup {
        paths: vec![fixture("mixed")],
        ..startup()
    });
    settle(&mut harness);
    assert_eq!(harness.state().corpus().articles.len(), 10);
    harness.get_by_label("5 files were skipped. See the list for reasons.");
    click(&mut harness, "⚠ skipped 5 files");
    for (file, reason) in [
        ("binary.txt", "binary content, not text"),
        ("empty.txt", "empty file"),
        ("photo.png", "not a format Parallax reads (.png)"),
    ] {
        harness.get_by_label(file);
        harness.get_by_label(reason);
    }
    harness.get_by_label("broken.json");
    harness.get_by_label("feed.jsonl line 2");
    assert_eq!(harness.get_all_by_label_contains("broken JSON").count(), 2);
}

#[test]
fn progress_shows_while_loading_and_cancel_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..6000 {
        std::fs::write(
            dir.path().join(format!("a{i:05}.txt")),
            format!("Headline number {i} here\n\nIran and Israel.\n"),
        )
        .unwrap();
    }
    let mut harness = harness(startup());
    harness
        .state_mut()
        .apply(parallax::app::Command::Open(vec![PathBuf::from(
            dir.path(),
        )]));
    // The floating strip is sized in its first frame and shown in the next.
    harness.step();
    harness.step();
    harness.get_by_label_contains("Loading ");
    // The progress bar (and the spinner beside the label, also a progress indicator).
    assert!(
        harness
            .query_all_by_role(egui::accesskit::Role::ProgressIndicator)
            .count()
            >= 1
    );
    harness.get_by_label("Cancel loading").click();
    harness.step();
    settle(&mut harness);
    assert_eq!(
        harness.state().corpus().name,
        "seeds",
        "a cancelled load keeps the corpus"
    );
    harness.get_by_label_contains("was cancelled.");
}

#[test]
fn a_missing_path_is_an_error_notice() {
    let mut harness = harness(startup());
    harness
        .state_mut()
        .apply(parallax::app::Command::Open(vec![PathBuf::from(
            "/no/such/folder",
        )]));
    harness.run_ok();
    harness.get_by_label("No such file or folder: /no/such/folder");
    click(&mut harness, "Dismiss");
    assert!(harness.state().notices().is_empty());
}

#[test]
fn sorting_and_filtering_the_table() {
    let mut harness = harness(Startup {
        paths: vec![fixture("good")],
        ..startup()
    });
    settle(&mut harness);
    // Titles in the order the table shows them, top to bottom.
    let titles = |h: &egui_kittest::Harness<'_, parallax::app::ParallaxApp>| -> Vec<String> {
        let mut rows: Vec<(f32, String)> = [
            "Israel strikes Iranian nuclear sites",
            "Iran retaliates with missiles",
            "Putin offers to mediate",
        ]
        .iter()
        .map(|t| {
            (
                h.get_all_by_label(t).next().unwrap().rect().min.y,
                t.to_string(),
            )
        })
        .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        rows.into_iter().map(|(_, t)| t).collect()
    };
    click(&mut harness, "Date");
    assert_eq!(
        titles(&harness)[0],
        "Putin offers to mediate",
        "latest first"
    );
    click(&mut harness, "Date");
    assert_eq!(
        titles(&harness)[0],
        "Israel strikes Iranian nuclear sites",
        "earliest first"
    );
    harness.get_by_label("Filter").focus();
    harness.run_ok();
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.is_focused())
        .expect("the filter field")
        .type_text("wire");
    harness.run_ok();
    harness.get_by_label("1 of 3 shown");
}

/// Persian, Arabic, Hebrew, Cyrillic, Chinese, Japanese, Korean and Greek all have glyphs in
/// the bundled fonts: kittest panics on any glyph it cannot draw, so rendering is the check.
#[test]
fn every_script_in_the_news_has_glyphs() {
    let mut harness = harness(Startup {
        paths: vec![fixture("scripts/world.txt")],
        ..startup()
    });
    settle(&mut harness);
    // One article, so both readers show it.
    assert_eq!(
        harness
            .get_all_by_label("Hebrew: בנימין נתניהו דיבר בתל אביב על המבצע.")
            .count(),
        2
    );
    assert_eq!(
        harness
            .get_all_by_label("Korean: 서울에서 외교부 대변인이 중동 정세에 대해 말했다.")
            .count(),
        2
    );
    let image = harness.render().expect("render");
    assert!(image.width() >= 1280);
}

#[test]
fn markdown_headings_read_as_headings() {
    let mut harness = harness(Startup {
        paths: vec![fixture("good/retaliation.md")],
        ..startup()
    });
    settle(&mut harness);
    assert_eq!(
        harness
            .query_all_by_label("# Iran retaliates with missiles")
            .count(),
        0
    );
    // The picker, the reader heading and the Markdown heading (both readers show the one article).
    assert!(
        harness
            .get_all_by_label("Iran retaliates with missiles")
            .count()
            >= 3
    );
}

/// Issue 7: the articles chosen for A and B come back when the same corpus is opened again,
/// however it is opened (here: another corpus, then the first one again, as Open recent does).
#[test]
fn reader_choices_come_back_with_their_corpus() {
    let mut harness = harness(Startup {
        paths: vec![fixture("good")],
        ..startup()
    });
    settle(&mut harness);
    harness.state_mut().apply(Command::ShowArticle(Side::A, 2));
    harness.state_mut().apply(Command::ShowArticle(Side::B, 0));
    harness.state_mut().apply(Command::OpenSeeds);
    harness.run_ok();
    assert_eq!(
        harness
            .state()
            .reader_article(Side::A)
            .map(|a| a.title.as_str()),
        Some(SEED_A_TITLE)
    );
    harness
        .state_mut()
        .apply(Command::Open(vec![fixture("good")]));
    settle(&mut harness);
    let shown = |side| {
        harness
            .state()
            .reader_article(side)
            .map(|a| a.origin.display.clone())
    };
    assert_eq!(shown(Side::A).as_deref(), Some("strikes.txt"));
    assert_eq!(shown(Side::B).as_deref(), Some("mediation.html"));
}

/// Issue 7: while the first corpus loads, the title names what is opened; a cancelled load
/// does not claim to have loaded.
#[test]
fn the_title_names_what_is_opening_and_a_cancelled_load_has_no_load_time() {
    let mut harness = harness(Startup {
        paths: vec![fixture("good")],
        ..startup()
    });
    let title = harness.state().window_title();
    assert!(
        title == "Parallax — good · 3 articles" || title.starts_with("Parallax — opening "),
        "{title}"
    );
    assert!(!title.contains(" ·  · "), "{title}");
    settle(&mut harness);
    let before = harness.state().last_load_secs();
    assert!(before.is_some());
    // Enough files that the cancel lands before the listing is done.
    let many = tempfile::tempdir().unwrap();
    for i in 0..3000 {
        std::fs::write(many.path().join(format!("{i}.txt")), "Iran and Israel.").unwrap();
    }
    harness
        .state_mut()
        .apply(Command::Open(vec![many.path().to_path_buf()]));
    harness.state_mut().apply(Command::CancelLoad);
    settle(&mut harness);
    harness.get_by_label_contains("was cancelled.");
    assert_eq!(harness.state().last_load_secs(), before);
    assert_eq!(
        harness.state().window_title(),
        "Parallax — good · 3 articles"
    );
}

/// Issue 7: Ctrl+L puts the cursor in the path field, and Esc closes it.
#[test]
fn ctrl_l_focuses_the_path_field_and_esc_closes_it() {
    let mut harness = harness(startup());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run_ok();
    harness.run_ok();
    let field = harness.get_by_label("Folder or file path");
    assert!(field.is_focused(), "the field has the keyboard focus");
    harness.key_press(egui::Key::Escape);
    harness.run_ok();
    assert!(harness.query_by_label("Folder or file path").is_none());
}

/// Issue 7: a title, outlet or date Parallax got wrong is corrected from the table; the
/// correction is kept beside the user lexicon, applied on every load, and the article's file
/// is never written.
#[test]
fn a_corrected_title_and_date_come_back_on_every_load() {
    let config = tempfile::tempdir().unwrap();
    let lexicon = config.path().join("lexicon.json");
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("r4521.txt");
    let original = "R-4521\n\nThe ministry spoke on Iran and Israel at length today.";
    std::fs::write(&file, original).unwrap();
    let start = || Startup {
        paths: vec![folder.path().to_path_buf()],
        user_lexicon: Some(lexicon.clone()),
        ..startup()
    };
    let mut harness = harness(start());
    settle(&mut harness);
    let inferred = harness.state().corpus().articles[0].title.clone();
    harness
        .get_all_by_label(&inferred)
        .next()
        .expect("the table's title cell")
        .click_secondary();
    harness.run_ok();
    click(&mut harness, "Correct title, outlet and date…");
    harness.run_ok();
    // The title field has the keyboard: replace it, then Enter.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .query_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.is_focused())
        .expect("the title field has the focus")
        .type_text("Ministry statement on Iran");
    harness.key_press(egui::Key::Enter);
    harness.run_ok();
    harness.state_mut().apply(Command::CorrectArticle {
        index: 0,
        title: String::new(),
        outlet: "Foreign Ministry".into(),
        date: "June 13, 2025".into(),
    });
    harness.run_ok();
    let a = &harness.state().corpus().articles[0];
    assert_eq!(a.title, "Ministry statement on Iran");
    assert_eq!(
        (a.outlet.as_str(), a.date.as_deref()),
        ("Foreign Ministry", Some("2025-06-13"))
    );
    assert!(config.path().join("metadata.json").exists());
    drop(harness);

    // A new session on the same folder shows the corrections; the file is as it was.
    let mut again = crate::util::harness(start());
    settle(&mut again);
    let a = &again.state().corpus().articles[0];
    assert_eq!(
        (a.title.as_str(), a.outlet.as_str(), a.date.as_deref()),
        (
            "Ministry statement on Iran",
            "Foreign Ministry",
            Some("2025-06-13")
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
}

/// Issue 7: a large corpus is sorted in the background, and the table shows the new order
/// when it is there.
#[test]
fn a_large_table_is_sorted_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..6000 {
        // Titles in the reverse of path order.
        std::fs::write(
            dir.path().join(format!("a{i:05}.txt")),
            format!("Headline {:05} of the day\n\nIran and Israel.\n", 6000 - i),
        )
        .unwrap();
    }
    let mut harness = harness(Startup {
        paths: vec![dir.path().to_path_buf()],
        ..startup()
    });
    settle(&mut harness);
    harness.get_all_by_label("Title").next().unwrap().click();
    crate::util::step_until(&mut harness, "the table to be sorted by title", |app| {
        app.table_order_pending().is_none()
            && app
                .view()
                .order
                .as_ref()
                .is_some_and(|o| o.sort.key == parallax::corpus::SortKey::Title)
    });
    let first = harness.state().view().order.as_ref().unwrap().rows[0];
    assert_eq!(
        harness.state().corpus().articles[first].title,
        "Headline 00001 of the day"
    );
}

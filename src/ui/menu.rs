//! The menu bar: File and View.

use eframe::egui;

use super::{ViewState, shortcuts};
use crate::app::{Command, ParallaxApp, ThemeChoice};

/// Draws the menu bar.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &ViewState,
    commands: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, commands));
        ui.menu_button("View", |ui| view_menu_ui(ui, app, view, commands));
    });
}

fn item(
    ui: &mut egui::Ui,
    text: &str,
    shortcut: Option<&egui::KeyboardShortcut>,
) -> egui::Response {
    let mut button = egui::Button::new(text);
    if let Some(shortcut) = shortcut {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add(button)
}

fn file_menu_ui(ui: &mut egui::Ui, app: &ParallaxApp, commands: &mut Vec<Command>) {
    let idle = !app.dialog_open();
    if ui
        .add_enabled_ui(idle, |ui| {
            item(ui, "Open folder…", Some(&shortcuts::OPEN_FOLDER))
        })
        .inner
        .clicked()
    {
        commands.push(Command::PickFolder);
    }
    if ui
        .add_enabled_ui(idle, |ui| {
            item(ui, "Open files…", Some(&shortcuts::OPEN_FILES))
        })
        .inner
        .clicked()
    {
        commands.push(Command::PickFiles);
    }
    if item(ui, "Open path…", Some(&shortcuts::OPEN_PATH)).clicked() {
        commands.push(Command::ShowPathPrompt(true));
    }
    ui.menu_button("Open recent", |ui| {
        let recent = &app.settings().recent;
        if recent.is_empty() {
            ui.label(egui::RichText::new("Nothing opened yet").weak());
        }
        for path in recent {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(Command::Open(vec![path.clone()]));
            }
        }
        ui.separator();
        if ui
            .add_enabled(!recent.is_empty(), egui::Button::new("Clear recent"))
            .clicked()
        {
            commands.push(Command::ClearRecent);
        }
    });
    if item(ui, "Open seed articles", None).clicked() {
        commands.push(Command::OpenSeeds);
    }
    ui.separator();
    if item(ui, "Quit", Some(&shortcuts::QUIT)).clicked() {
        commands.push(Command::Quit);
    }
}

fn view_menu_ui(
    ui: &mut egui::Ui,
    app: &ParallaxApp,
    view: &ViewState,
    commands: &mut Vec<Command>,
) {
    for theme in ThemeChoice::ALL {
        if ui
            .radio(app.settings().theme == theme, theme.label())
            .clicked()
        {
            commands.push(Command::SetTheme(theme));
        }
    }
    ui.separator();
    if item(ui, "Swap readers A and B", Some(&shortcuts::SWAP)).clicked() {
        commands.push(Command::SwapReaders);
    }
    let skipped = app.skipped().len();
    if ui
        .add_enabled(
            skipped > 0,
            egui::Button::new(format!("Skipped files ({skipped})")).selected(view.show_skipped),
        )
        .clicked()
    {
        commands.push(Command::ShowSkipped(!view.show_skipped));
    }
}

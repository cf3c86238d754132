//! Keyboard shortcuts: one table, used by the handler and shown in the menus.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::app::{Command, ParallaxApp};

/// File ▸ Open folder…
pub const OPEN_FOLDER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// File ▸ Open files…
pub const OPEN_FILES: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);
/// File ▸ Open path…
pub const OPEN_PATH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
/// View ▸ Swap readers
pub const SWAP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
/// Compare mode on or off.
pub const COMPARE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::D);
/// Focus the corpus filter.
pub const FILTER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// File ▸ Quit
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// The id of the corpus filter field, so Ctrl+F can focus it.
pub fn filter_id() -> egui::Id {
    egui::Id::unique("corpus_filter")
}

/// Turns this frame's shortcuts into commands.
pub fn handle(ctx: &egui::Context, app: &ParallaxApp, commands: &mut Vec<Command>) {
    ctx.input_mut(|input| {
        // Most specific first: Ctrl+Shift+O must not also count as Ctrl+O.
        if input.consume_shortcut(&OPEN_FILES) {
            commands.push(Command::PickFiles);
        }
        if input.consume_shortcut(&OPEN_FOLDER) {
            commands.push(Command::PickFolder);
        }
        if input.consume_shortcut(&OPEN_PATH) {
            commands.push(Command::ShowPathPrompt(true));
        }
        if input.consume_shortcut(&SWAP) {
            commands.push(Command::SwapReaders);
        }
        if input.consume_shortcut(&QUIT) {
            commands.push(Command::Quit);
        }
        if app.load_status().is_some() && input.consume_key(Modifiers::NONE, Key::Escape) {
            commands.push(Command::CancelLoad);
        }
    });
    if ctx.input_mut(|i| i.consume_shortcut(&FILTER)) {
        ctx.memory_mut(|m| m.request_focus(filter_id()));
    }
}

//! What the user asked for during a frame; applied once, at the end of it.

use std::path::PathBuf;

use super::settings::ThemeChoice;

/// One of the two readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The left reader.
    A,
    /// The right reader.
    B,
}

impl Side {
    /// Both sides, left first.
    pub const BOTH: [Side; 2] = [Side::A, Side::B];

    /// 0 for A, 1 for B.
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }

    /// "A" or "B".
    pub fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// An action from the UI, applied by the app after the frame is drawn.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the system folder dialog.
    PickFolder,
    /// Show the system file dialog.
    PickFiles,
    /// Load these files and folders, replacing the corpus.
    Open(Vec<PathBuf>),
    /// Go back to the two built-in seed articles.
    OpenSeeds,
    /// Stop the load under way.
    CancelLoad,
    /// Show the article at this index in a reader.
    ShowArticle(Side, usize),
    /// Exchange the articles of readers A and B.
    SwapReaders,
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Open or close the list of skipped files.
    ShowSkipped(bool),
    /// Open or close the field for typing a path.
    ShowPathPrompt(bool),
    /// Forget the recent folders.
    ClearRecent,
    /// Close the notice at this index.
    DismissNotice(usize),
    /// Close the window.
    Quit,
}

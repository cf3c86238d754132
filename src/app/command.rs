//! What the user asked for during a frame; applied once, at the end of it.

use std::path::PathBuf;

use super::settings::ThemeChoice;
use crate::analysis::EntityType;

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
    /// Select an entity everywhere (readers, charts, concordance), or clear the selection.
    SelectEntity(Option<u32>),
    /// Scroll a reader to the mention starting at this byte of an article, showing the
    /// article in a reader first if neither shows it.
    ShowMention {
        /// The article's index.
        doc: usize,
        /// The mention's first byte.
        start: u32,
    },
    /// Show an article in the given reader and scroll to the mention starting at `start`.
    ShowMentionIn {
        /// The reader that shows it.
        side: Side,
        /// The article's index.
        doc: usize,
        /// The mention's first byte.
        start: u32,
    },
    /// Correct what Parallax read about an article (a blank field keeps what it was); kept
    /// beside the user lexicon and applied on every load.
    CorrectArticle {
        /// The article's index.
        index: usize,
        /// Its title.
        title: String,
        /// Its outlet.
        outlet: String,
        /// Its date, in any form Parallax reads.
        date: String,
    },
    /// Sort and filter the corpus table in the background.
    OrderTable {
        /// The order.
        sort: crate::corpus::Sort,
        /// The filter's text.
        filter: String,
    },
    /// Build a concordance in the background.
    BuildConcordance(super::ConcordanceRequest),
    /// Stop building the concordance.
    CancelConcordance,
    /// Save something to a file the user chooses.
    Export(Export),
    /// Change the user lexicon and count again.
    EditLexicon(LexiconEdit),
}

/// What an export writes.
#[derive(Debug, Clone, PartialEq)]
pub enum Export {
    /// A CSV file with these bytes.
    Csv {
        /// Suggested file name.
        file_name: String,
        /// The file's content.
        bytes: Vec<u8>,
    },
    /// A chart drawn to a PNG, every row of it.
    Png {
        /// Suggested file name.
        file_name: String,
        /// What to draw.
        chart: crate::analysis::chart_image::ChartImage,
        /// Pixels per point.
        scale: f32,
    },
}

/// A change to the user lexicon from the entity table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexiconEdit {
    /// Know a discovered name as this type from now on.
    Confirm {
        /// The name.
        name: String,
        /// Its type.
        etype: EntityType,
    },
    /// Show an entity under another name.
    Rename {
        /// The current name.
        from: String,
        /// The new name.
        to: String,
    },
    /// Count an entity's mentions for another.
    Merge {
        /// The entity that disappears.
        from: String,
        /// The entity that takes its mentions.
        into: String,
    },
    /// Stop counting an entity.
    Hide(String),
    /// Count a hidden entity again.
    Unhide(String),
    /// Take back the last edit of this session.
    Undo,
}

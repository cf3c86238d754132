//! The user's lexicon: names added, renamed, merged or hidden. It lives beside the shipped
//! one (in the user's config directory, or a file given with `--lexicon`) and is applied on
//! every analysis; the shipped lexicon is never modified.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::lexicon::NamedData;
use super::{Entity, EntityType, Mention};

/// Why a user lexicon could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum UserLexiconError {
    // The causes are not `source`s: the message already says them, and a chained report
    // would print them twice.
    /// The file could not be read or written.
    #[error("{path}: {cause}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: std::io::Error,
    },
    /// The file is larger than any user lexicon.
    #[error("{path}: too large for a user lexicon ({size} bytes, limit {limit})")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not a user lexicon.
    #[error("{path}: not a valid user lexicon: {cause}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        cause: serde_json::Error,
    },
}

/// A name the user added, with its type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Added {
    /// `person`, `org` or `place`.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Name, aliases, short forms, country.
    #[serde(flatten)]
    pub data: NamedData,
}

/// An entity shown under another name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rename {
    /// The name it has.
    pub from: String,
    /// The name to show.
    pub to: String,
}

/// An entity whose mentions count for another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    /// The entity that disappears.
    pub from: String,
    /// The entity that takes its mentions.
    pub into: String,
}

/// The user's edits, as stored in `lexicon.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserLexicon {
    /// Names to know, as if shipped.
    pub add: Vec<Added>,
    /// Display names changed.
    pub rename: Vec<Rename>,
    /// Entities folded into others.
    pub merge: Vec<Merge>,
    /// Entities not counted or shown.
    pub hide: Vec<String>,
}

/// The largest user lexicon read: a hand-made list of names is far smaller.
pub const USER_LEXICON_MAX_BYTES: u64 = 32 * 1024 * 1024;

/// `<config dir>/parallax/lexicon.json`, where the app keeps the user's lexicon.
pub fn default_user_lexicon_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("parallax").join("lexicon.json"))
}

impl UserLexicon {
    /// Reads a user lexicon; a missing file is an empty lexicon. Only a regular file of at
    /// most [`USER_LEXICON_MAX_BYTES`] is read: a pipe or device given by mistake is refused
    /// at once instead of hanging or filling memory.
    pub fn load(path: &Path) -> Result<UserLexicon, UserLexiconError> {
        let bytes = match crate::corpus::read_at_most(path, USER_LEXICON_MAX_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                return Err(UserLexiconError::TooLarge {
                    path: path.to_owned(),
                    size: std::fs::metadata(path).map_or(0, |m| m.len()),
                    limit: USER_LEXICON_MAX_BYTES,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(UserLexicon::default()),
            Err(cause) => {
                return Err(UserLexiconError::Io {
                    path: path.to_owned(),
                    cause,
                });
            }
        };
        UserLexicon::from_json(&bytes).map_err(|cause| UserLexiconError::Format {
            path: path.to_owned(),
            cause,
        })
    }

    /// Parses the JSON of a user lexicon file.
    pub fn from_json(bytes: &[u8]) -> Result<UserLexicon, serde_json::Error> {
        serde_json::from_slice(bytes)
    }

    /// Names and aliases that would count far more than the user meant: one letter or
    /// digit ("a" counts every "a" in every article).
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for added in &self.add {
            let d = &added.data;
            let names = std::iter::once(&d.name)
                .chain(&d.aliases)
                .chain(&d.abbreviations)
                .chain(d.short.iter().flatten());
            for name in names {
                if name.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    out.push(format!(
                        "the user lexicon's name \"{name}\" for {} is shorter than two letters: \
                         every \"{name}\" in the text counts as {}",
                        d.name, d.name
                    ));
                }
            }
        }
        out
    }

    /// Writes the user lexicon (creating its folder), through a temporary file so a crash
    /// never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<(), UserLexiconError> {
        let text =
            serde_json::to_string_pretty(self).map_err(|cause| UserLexiconError::Format {
                path: path.to_owned(),
                cause,
            })?;
        crate::corpus::write_atomically(path, text.as_bytes()).map_err(|cause| {
            UserLexiconError::Io {
                path: path.to_owned(),
                cause,
            }
        })
    }

    /// Applies renames, merges and hides to an analysis.
    pub(crate) fn apply(&self, entities: &mut [Entity], docs: &mut [Vec<Mention>]) {
        if self.rename.is_empty() && self.merge.is_empty() && self.hide.is_empty() {
            return;
        }
        for r in &self.rename {
            for e in entities.iter_mut().filter(|e| e.name == r.from) {
                e.name = r.to.clone();
                if e.etype != EntityType::Country {
                    e.id = r.to.clone();
                }
            }
        }
        let mut redirect: Vec<u32> = (0..entities.len() as u32).collect();
        for m in &self.merge {
            let Some(into) = entities.iter().position(|e| e.name == m.into) else {
                // Merging into a name nobody has yet is a rename.
                for e in entities.iter_mut().filter(|e| e.name == m.from) {
                    e.name = m.into.clone();
                    e.id = m.into.clone();
                }
                continue;
            };
            for (i, e) in entities.iter().enumerate() {
                if e.name == m.from && i != into {
                    redirect[i] = into as u32;
                }
            }
        }
        let hidden: Vec<bool> = entities
            .iter()
            .map(|e| self.hide.contains(&e.name))
            .collect();
        for doc in docs.iter_mut() {
            for m in doc.iter_mut() {
                m.entity = redirect[m.entity as usize];
            }
            doc.retain(|m| !hidden[m.entity as usize]);
        }
    }
}

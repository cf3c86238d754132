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
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not a user lexicon.
    #[error("{path}: not a valid user lexicon: {source}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        source: serde_json::Error,
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

/// `<config dir>/parallax/lexicon.json`, where the app keeps the user's lexicon.
pub fn default_user_lexicon_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("parallax").join("lexicon.json"))
}

impl UserLexicon {
    /// Reads a user lexicon; a missing file is an empty lexicon.
    pub fn load(path: &Path) -> Result<UserLexicon, UserLexiconError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(UserLexicon::default()),
            Err(source) => {
                return Err(UserLexiconError::Io {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        serde_json::from_str(&text).map_err(|source| UserLexiconError::Format {
            path: path.to_owned(),
            source,
        })
    }

    /// Writes the user lexicon (creating its folder), through a temporary file so a crash
    /// never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<(), UserLexiconError> {
        let io = |source| UserLexiconError::Io {
            path: path.to_owned(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let text =
            serde_json::to_string_pretty(self).map_err(|source| UserLexiconError::Format {
                path: path.to_owned(),
                source,
            })?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
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

//! The user's corrections of what Parallax read or inferred about an article (its title,
//! outlet and date). They are kept in a file of their own beside the user lexicon and
//! applied on every load; the user's article files are never written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Article, Corpus, find_date, read_at_most};

/// The largest corrections file read: a hand-made list is far smaller.
pub const CORRECTIONS_MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What the user set for one article; `None` keeps what the file says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Correction {
    /// The article, as [`article_key`] names it.
    pub article: String,
    /// Its title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its outlet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Its date, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Every correction, as stored in `metadata.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Corrections {
    /// One entry per corrected article.
    pub articles: Vec<Correction>,
}

/// Why a corrections file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionsError {
    /// The system refused, or the file is not a regular file.
    #[error("{path}: {cause}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: std::io::Error,
    },
    /// Larger than any list of corrections.
    #[error("{path}: too large for a list of corrections")]
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// Not a corrections file.
    #[error("{path}: not a list of corrections: {cause}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        cause: serde_json::Error,
    },
}

/// Why a date the user typed was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a date: write it as 2025-06-13 or June 13, 2025")]
pub struct BadDate(pub String);

/// The name a correction knows an article by: its file's absolute path, with `#N` for the
/// Nth record of a file that holds several; `embedded:` and the name for the built-in seeds.
pub fn article_key(article: &Article) -> String {
    let path = &article.origin.path;
    // Loaded files have a folder in their path (or are absolute); only a bare name can be a
    // built-in seed, so only such a name costs a look at the disk. This runs for every
    // article of a corpus when it is shown.
    let has_folder = path.parent().is_some_and(|p| !p.as_os_str().is_empty());
    let file = if path.is_absolute() || has_folder || path.exists() {
        std::path::absolute(path)
            .unwrap_or_else(|_| path.clone())
            .display()
            .to_string()
    } else {
        format!("embedded:{}", path.display())
    };
    match article.origin.display.rsplit_once('#') {
        Some((_, n)) if n.parse::<usize>().is_ok() => format!("{file}#{n}"),
        _ => file,
    }
}

impl Corrections {
    /// Reads the corrections; a missing file is none. Only a regular file is opened.
    pub fn load(path: &Path) -> Result<Corrections, CorrectionsError> {
        let bytes = match read_at_most(path, CORRECTIONS_MAX_BYTES) {
            Ok(Some(bytes)) => bytes,
            Ok(None) => {
                return Err(CorrectionsError::TooLarge {
                    path: path.to_owned(),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Corrections::default());
            }
            Err(cause) => {
                return Err(CorrectionsError::Io {
                    path: path.to_owned(),
                    cause,
                });
            }
        };
        serde_json::from_slice(&bytes).map_err(|cause| CorrectionsError::Format {
            path: path.to_owned(),
            cause,
        })
    }

    /// Writes the corrections through a temporary file, so a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> Result<(), CorrectionsError> {
        let text =
            serde_json::to_string_pretty(self).map_err(|cause| CorrectionsError::Format {
                path: path.to_owned(),
                cause,
            })?;
        super::write_atomically(path, text.as_bytes()).map_err(|cause| CorrectionsError::Io {
            path: path.to_owned(),
            cause,
        })
    }

    /// Sets what the user wrote for `article` (a blank field keeps what it was) and applies
    /// it to the article; a date that cannot be read is refused and nothing changes.
    pub fn correct(
        &mut self,
        article: &mut Article,
        title: &str,
        outlet: &str,
        date: &str,
    ) -> Result<(), BadDate> {
        let date = match date.trim() {
            "" => None,
            typed => Some(find_date(typed).ok_or_else(|| BadDate(typed.to_owned()))?),
        };
        let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let key = article_key(article);
        // A field left blank keeps what an earlier correction of this article set.
        let earlier = self
            .articles
            .iter()
            .position(|c| c.article == key)
            .map(|i| self.articles.remove(i))
            .unwrap_or_default();
        let correction = Correction {
            article: key,
            title: given(title).or(earlier.title),
            outlet: given(outlet).or(earlier.outlet),
            date: date.or(earlier.date),
        };
        apply_one(&correction, article);
        if correction.title.is_some() || correction.outlet.is_some() || correction.date.is_some() {
            self.articles.push(correction);
        }
        Ok(())
    }

    /// Applies every correction to the articles of `corpus` it names; returns how many.
    pub fn apply(&self, corpus: &mut Corpus) -> usize {
        if self.articles.is_empty() {
            return 0;
        }
        let by_key: HashMap<&str, &Correction> = self
            .articles
            .iter()
            .map(|c| (c.article.as_str(), c))
            .collect();
        let mut applied = 0;
        for article in &mut corpus.articles {
            if let Some(correction) = by_key.get(article_key(article).as_str()) {
                apply_one(correction, article);
                applied += 1;
            }
        }
        applied
    }
}

fn apply_one(correction: &Correction, article: &mut Article) {
    if let Some(title) = &correction.title {
        article.title = title.clone();
    }
    if let Some(outlet) = &correction.outlet {
        article.outlet = outlet.clone();
    }
    if let Some(date) = &correction.date {
        article.date = Some(date.clone());
    }
}

/// `metadata.json` beside the user lexicon file.
pub fn corrections_beside(user_lexicon: &Path) -> PathBuf {
    user_lexicon.with_file_name("metadata.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_apply_on_every_load_and_survive_a_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("statement.txt");
        std::fs::write(&file, "R-4521\n\nThe ministry spoke on Iran.").unwrap();
        let load = || {
            crate::corpus::load_paths(
                std::slice::from_ref(&file),
                crate::corpus::LoadOptions::default(),
                &crate::corpus::Progress::default(),
            )
            .corpus
        };
        let mut corpus = load();
        let mut corrections = Corrections::default();
        let article = &mut corpus.articles[0];
        assert_eq!(
            corrections.correct(article, "", "", "June 31st"),
            Err(BadDate("June 31st".into()))
        );
        corrections
            .correct(
                article,
                "Statement on Iran",
                "Foreign Ministry",
                "June 13, 2025",
            )
            .unwrap();
        assert_eq!(article.title, "Statement on Iran");
        let saved = dir.path().join("config/metadata.json");
        corrections.save(&saved).unwrap();

        let mut again = load();
        assert_eq!(again.articles[0].title, "The ministry spoke on Iran.");
        let read = Corrections::load(&saved).unwrap();
        assert_eq!(read.apply(&mut again), 1);
        let a = &again.articles[0];
        assert_eq!(
            (a.title.as_str(), a.outlet.as_str(), a.date.as_deref()),
            ("Statement on Iran", "Foreign Ministry", Some("2025-06-13"))
        );
        // The article's file is untouched.
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "R-4521\n\nThe ministry spoke on Iran."
        );
    }
}

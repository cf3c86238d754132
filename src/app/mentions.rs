//! The app's side of mention counting: the analysis job, the selected entity, jumps to a
//! mention, exports and user-lexicon edits.

use std::path::PathBuf;
use std::sync::Arc;

use super::analysis_job::{Analysis, AnalysisJob, LexiconSource};
use super::{Export, LexiconEdit, NoticeLevel, ParallaxApp, Side};
use crate::analysis::{Added, EntityType, Merge, Rename};

impl ParallaxApp {
    /// The mentions of the corpus shown, once counted.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis.as_ref()
    }

    /// Whether mentions are being counted.
    pub fn analysing(&self) -> bool {
        self.analysis_job.is_some()
    }

    /// The entity selected everywhere, if any.
    pub fn selected_entity(&self) -> Option<u32> {
        self.selected
    }

    /// The user lexicon in force.
    pub fn user_lexicon(&self) -> &crate::analysis::UserLexicon {
        &self.user_lexicon
    }

    /// Counts the corpus's mentions in the background, with the current lexicon or, after an
    /// edit, with one rebuilt from the user lexicon.
    pub(super) fn start_analysis(&mut self, rebuild: Option<crate::analysis::UserLexicon>) {
        let source = match rebuild {
            Some(user) => LexiconSource::Rebuild(user),
            None => LexiconSource::Built(Arc::clone(&self.lexicon)),
        };
        self.start_analysis_from(source);
    }

    fn start_analysis_from(&mut self, source: LexiconSource) {
        let ctx = self.ctx.clone();
        match AnalysisJob::start(Arc::clone(&self.corpus), source, ctx) {
            Ok(job) => self.analysis_job = Some(job),
            Err(err) => self.notify(
                NoticeLevel::Error,
                format!("Could not start counting mentions: {err}"),
            ),
        }
    }

    pub(super) fn drain_analysis(&mut self) {
        let Some(result) = self.analysis_job.as_ref().and_then(AnalysisJob::try_finish) else {
            return;
        };
        self.analysis_job = None;
        match result {
            Ok(analysis) => {
                // The selection is an index: keep it only if it names the same entity.
                let previous = self.selected.and_then(|i| {
                    self.analysis
                        .as_ref()
                        .map(|a| a.mentions.entities[i as usize].clone())
                });
                self.selected = previous.and_then(|e| {
                    analysis
                        .mentions
                        .entities
                        .iter()
                        .position(|x| x.etype == e.etype && x.name == e.name)
                        .map(|i| i as u32)
                });
                self.lexicon = Arc::clone(&analysis.lexicon);
                self.analysis = Some(analysis);
                self.view.analysis_changed();
            }
            Err(err) => self.notify(
                NoticeLevel::Error,
                format!("Mentions were not counted: {err}"),
            ),
        }
    }

    /// Shows the article in a reader (the one already showing it, else A) and scrolls there.
    pub(super) fn show_mention(&mut self, doc: usize, start: u32) {
        if doc >= self.corpus.articles.len() {
            return;
        }
        let side = match (self.readers[0], self.readers[1]) {
            (Some(a), _) if a == doc => Side::A,
            (_, Some(b)) if b == doc => Side::B,
            _ => {
                self.readers[0] = Some(doc);
                self.remember_readers();
                Side::A
            }
        };
        self.view.jump_to(side, start, self.ctx.input(|i| i.time));
    }

    /// Writes a CSV export, or asks for a screenshot and crops it for a PNG export.
    pub(super) fn write_export(&mut self, export: Export, path: PathBuf) {
        match export {
            Export::Csv { bytes, .. } => match std::fs::write(&path, bytes) {
                Ok(()) => self.notify(NoticeLevel::Info, format!("Saved {}", path.display())),
                Err(err) => self.notify(
                    NoticeLevel::Error,
                    format!("Could not save {}: {err}", path.display()),
                ),
            },
            Export::Png { chart, scale, .. } => {
                let sender = self.exports.clone();
                let ctx = self.ctx.clone();
                // Drawing thousands of pixels wide takes a moment: off the UI thread.
                let spawned = std::thread::Builder::new()
                    .name("chart-png".to_owned())
                    .spawn(move || {
                        let _ = sender.send(save_png(&chart, scale, &path).map(|()| path.clone()));
                        ctx.request_repaint();
                    });
                if let Err(err) = spawned {
                    self.notify(
                        NoticeLevel::Error,
                        format!("The chart was not saved: {err}"),
                    );
                }
            }
        }
    }

    /// Reports finished PNG exports.
    pub(super) fn drain_exports(&mut self) {
        while let Ok(result) = self.export_results.try_recv() {
            match result {
                Ok(path) => self.notify(NoticeLevel::Info, format!("Saved {}", path.display())),
                Err(err) => self.notify(NoticeLevel::Error, err),
            }
        }
    }

    /// Records an edit in the user lexicon, saves it, and counts again.
    pub(super) fn edit_lexicon(&mut self, edit: LexiconEdit) {
        if edit == LexiconEdit::Undo {
            let Some(previous) = self.lexicon_undo.pop() else {
                return;
            };
            self.user_lexicon = previous;
        } else {
            self.lexicon_undo.push(self.user_lexicon.clone());
        }
        let user = &mut self.user_lexicon;
        match edit {
            LexiconEdit::Undo => {}
            LexiconEdit::Unhide(name) => user.hide.retain(|h| *h != name),
            LexiconEdit::Confirm { name, etype } => {
                user.add.retain(|a| a.data.name != name);
                user.add.push(Added {
                    etype: if etype == EntityType::Country {
                        EntityType::Place
                    } else {
                        etype
                    },
                    data: crate::analysis::lexicon_entry(&name),
                });
            }
            LexiconEdit::Rename { from, to } => {
                if from != to && !to.trim().is_empty() {
                    user.rename.push(Rename {
                        from,
                        to: to.trim().to_owned(),
                    });
                }
            }
            LexiconEdit::Merge { from, into } => {
                if from != into && !into.trim().is_empty() {
                    user.merge.push(Merge {
                        from,
                        into: into.trim().to_owned(),
                    });
                }
            }
            LexiconEdit::Hide(name) => {
                if !user.hide.contains(&name) {
                    user.hide.push(name);
                }
            }
        }
        if let Some(path) = &self.user_lexicon_path
            && let Err(err) = self.user_lexicon.save(path)
        {
            self.notify(
                NoticeLevel::Error,
                format!("The user lexicon could not be saved: {err}"),
            );
        }
        // Renames, merges and hides leave the names the matcher looks for as they were: the
        // counted mentions are kept and only the edits applied again.
        // A confirmed name, or one taken back by an undo, is counted again only in the
        // articles that contain it.
        let Some(analysis) = &self.analysis else {
            self.start_analysis(Some(self.user_lexicon.clone()));
            return;
        };
        let before = analysis.lexicon.user_additions();
        let raw = Arc::clone(&analysis.raw);
        let source = if before == self.user_lexicon.add.as_slice() {
            LexiconSource::Reapply {
                user: self.user_lexicon.clone(),
                raw,
            }
        } else {
            LexiconSource::NamesChanged {
                user: self.user_lexicon.clone(),
                old_lexicon: Arc::clone(&analysis.lexicon),
                raw,
                changed: changed_names(before, &self.user_lexicon.add),
            }
        };
        self.start_analysis_from(source);
    }
}

/// The names added, taken back or given another type between two lists of additions.
fn changed_names(before: &[Added], now: &[Added]) -> Vec<String> {
    let mut names: Vec<String> = before
        .iter()
        .filter(|a| !now.contains(a))
        .chain(now.iter().filter(|a| !before.contains(a)))
        .map(|a| a.data.name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Draws `chart` and writes it as PNG.
fn save_png(
    chart: &crate::analysis::chart_image::ChartImage,
    scale: f32,
    path: &std::path::Path,
) -> Result<(), String> {
    let bytes = crate::analysis::chart_image::render_png(chart, &super::fonts::bundled(), scale)
        .map_err(|e| format!("Could not draw the chart: {e}"))?;
    std::fs::write(path, bytes).map_err(|e| format!("Could not save {}: {e}", path.display()))
}

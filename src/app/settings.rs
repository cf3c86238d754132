//! What Parallax remembers between runs, and how a damaged copy of it is survived.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// How many recent folders are kept.
pub const RECENT_LIMIT: usize = 10;

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// All choices, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// The name shown in the View menu.
    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "System theme",
            ThemeChoice::Light => "Light theme",
            ThemeChoice::Dark => "Dark theme",
        }
    }
}

/// The persisted part of the app: plain data, restored at start and saved by eframe.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Folders (and files) opened, most recent first.
    pub recent: Vec<PathBuf>,
    /// The paths of the corpus shown when the app was closed.
    pub last_opened: Vec<PathBuf>,
    /// Which article each reader showed, by its displayed path, for the corpus named below.
    pub readers: [Option<String>; 2],
    /// The corpus the reader choice belongs to.
    pub readers_corpus: Option<String>,
    /// The theme.
    pub theme: ThemeChoice,
}

impl Settings {
    /// Puts `paths` at the top of the recent list, without duplicates.
    pub fn remember_opened(&mut self, paths: &[PathBuf]) {
        for path in paths.iter().rev() {
            self.recent.retain(|p| p != path);
            self.recent.insert(0, path.clone());
        }
        self.recent.truncate(RECENT_LIMIT);
        self.last_opened = paths.to_vec();
    }
}

/// The key under which eframe stores the settings.
pub const STORAGE_KEY: &str = "parallax-settings";

/// Settings from eframe storage, and a notice when what was stored could not be read.
pub fn restore(storage: Option<&dyn eframe::Storage>) -> (Settings, Option<String>) {
    let Some(storage) = storage else {
        return (Settings::default(), None);
    };
    match storage.get_string(STORAGE_KEY) {
        None => (Settings::default(), None),
        Some(stored) => match eframe::get_value::<Settings>(storage, STORAGE_KEY) {
            Some(settings) => (settings, None),
            None => {
                log::warn!("stored settings could not be read; starting afresh: {stored:.200}");
                (
                    Settings::default(),
                    Some("Saved settings were damaged and have been reset.".to_owned()),
                )
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[derive(Default)]
    struct MemoryStorage(HashMap<String, String>);

    impl eframe::Storage for MemoryStorage {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn settings_survive_a_round_trip() {
        let mut storage = MemoryStorage::default();
        let mut settings = Settings {
            theme: ThemeChoice::Dark,
            readers: [Some("b.txt".into()), Some("a.txt".into())],
            ..Settings::default()
        };
        settings.remember_opened(&[PathBuf::from("/news")]);
        eframe::set_value(&mut storage, STORAGE_KEY, &settings);
        let (restored, notice) = restore(Some(&storage));
        assert_eq!(restored, settings);
        assert_eq!(notice, None);
    }

    #[test]
    fn damaged_settings_are_reset_with_a_notice() {
        let mut storage = MemoryStorage::default();
        eframe::Storage::set_string(&mut storage, STORAGE_KEY, "(recent: [\"unterminated".into());
        let (restored, notice) = restore(Some(&storage));
        assert_eq!(restored, Settings::default());
        assert!(notice.unwrap().contains("damaged"));
    }

    #[test]
    fn recent_list_is_unique_and_bounded() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember_opened(&[PathBuf::from(format!("/f{i}"))]);
        }
        settings.remember_opened(&[PathBuf::from("/f3")]);
        assert_eq!(settings.recent.len(), RECENT_LIMIT);
        assert_eq!(settings.recent[0], PathBuf::from("/f3"));
        assert_eq!(
            settings
                .recent
                .iter()
                .filter(|p| p.as_path() == std::path::Path::new("/f3"))
                .count(),
            1
        );
    }
}

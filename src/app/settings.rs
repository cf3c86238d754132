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

/// The articles readers A and B showed in one corpus, by their displayed paths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReaderChoice {
    /// The corpus: its opened paths, absolute, one a line (`seeds` for the built-in pair).
    pub corpus: String,
    /// The displayed path of the article in A and in B.
    pub readers: [Option<String>; 2],
}

/// How many corpora keep their reader choice.
const READER_CHOICES_KEPT: usize = 20;

/// The persisted part of the app: plain data, restored at start and saved by eframe.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Folders (and files) opened, most recent first.
    pub recent: Vec<PathBuf>,
    /// The paths of the corpus shown when the app was closed.
    pub last_opened: Vec<PathBuf>,
    /// Which article each reader showed in each corpus opened lately, most recent first.
    pub reader_choices: Vec<ReaderChoice>,
    /// The theme.
    pub theme: ThemeChoice,
}

impl Settings {
    /// Puts `paths` at the top of the recent list, without duplicates. Paths are stored
    /// absolute: a relative one would mean another folder once Parallax starts elsewhere.
    pub fn remember_opened(&mut self, paths: &[PathBuf]) {
        let paths: Vec<PathBuf> = paths
            .iter()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
            .collect();
        for path in paths.iter().rev() {
            self.recent.retain(|p| p != path);
            self.recent.insert(0, path.clone());
        }
        self.recent.truncate(RECENT_LIMIT);
        self.last_opened = paths;
    }

    /// The readers last chosen in the corpus `key`.
    pub fn reader_choice(&self, key: &str) -> Option<&[Option<String>; 2]> {
        self.reader_choices
            .iter()
            .find(|c| c.corpus == key)
            .map(|c| &c.readers)
    }

    /// Remembers the readers chosen in the corpus `key`, however it was opened.
    pub fn remember_readers(&mut self, key: &str, readers: [Option<String>; 2]) {
        self.reader_choices.retain(|c| c.corpus != key);
        self.reader_choices.insert(
            0,
            ReaderChoice {
                corpus: key.to_owned(),
                readers,
            },
        );
        self.reader_choices.truncate(READER_CHOICES_KEPT);
    }
}

/// The key a corpus's reader choice is kept under: its paths made absolute, one a line.
pub fn corpus_key(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
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

/// The largest settings file read; Parallax writes a few kilobytes.
pub const SETTINGS_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// What [`check_file`] found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileCheck {
    /// Why the file was set aside, for the notice shown at start.
    pub notice: Option<String>,
    /// False when a file that could hang or flood the reader is still in place: it must
    /// not be read.
    pub usable: bool,
}

/// Looks at the settings file (`app.ron`) before eframe reads it, since eframe reads it
/// whole, and blocks on a named pipe, and resets a damaged one without a word. A file that is
/// not a regular file, is too large, or does not parse is moved aside to `app.ron.damaged`
/// (kept for the user to look at) and the notice says so.
pub fn check_file(path: &std::path::Path) -> FileCheck {
    let problem = match crate::corpus::read_at_most(path, SETTINGS_MAX_BYTES) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return FileCheck::ok(),
        Err(e) => e.to_string(),
        Ok(None) => format!(
            "larger than {}",
            crate::corpus::human_bytes(SETTINGS_MAX_BYTES)
        ),
        Ok(Some(bytes)) => match parse_file(&bytes) {
            Ok(()) => return FileCheck::ok(),
            Err(why) => why,
        },
    };
    let aside = path.with_extension("ron.damaged");
    match std::fs::rename(path, &aside) {
        Ok(()) => FileCheck {
            notice: Some(format!(
                "Saved settings were damaged ({problem}) and have been reset; the damaged file \
                 was kept as {}.",
                aside.display()
            )),
            usable: true,
        },
        Err(e) => FileCheck {
            notice: Some(format!(
                "Saved settings at {} are damaged ({problem}) and could not be moved aside \
                 ({e}); settings will not be saved this time.",
                path.display()
            )),
            usable: false,
        },
    }
}

impl FileCheck {
    fn ok() -> FileCheck {
        FileCheck {
            notice: None,
            usable: true,
        }
    }
}

/// Whether bytes are an eframe settings file holding readable Parallax settings.
pub fn parse_file(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "not text".to_owned())?;
    let stored: std::collections::HashMap<String, String> =
        ron::from_str(text).map_err(|e| format!("not a settings file: {e}"))?;
    if let Some(ours) = stored.get(STORAGE_KEY) {
        ron::from_str::<Settings>(ours).map_err(|e| format!("unreadable settings: {e}"))?;
    }
    Ok(())
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
            ..Settings::default()
        };
        settings.remember_readers("/news", [Some("b.txt".into()), Some("a.txt".into())]);
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
    fn recent_paths_are_stored_absolute() {
        let mut settings = Settings::default();
        settings.remember_opened(&[PathBuf::from("corpus/json")]);
        assert!(settings.recent[0].is_absolute());
        assert!(settings.recent[0].ends_with("corpus/json"));
        assert_eq!(settings.last_opened, settings.recent);
    }

    #[test]
    fn every_damaged_settings_file_is_set_aside_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let good = ron::to_string(&std::collections::HashMap::from([(
            STORAGE_KEY.to_owned(),
            ron::to_string(&Settings::default()).unwrap(),
        )]))
        .unwrap();
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("garbage", b"this is not ron at all".to_vec()),
            ("binary", vec![0x89, b'P', b'N', b'G', 0, 0, 1, 2, 0xff]),
            ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
            ("empty", Vec::new()),
            ("nul", vec![0; 64]),
            ("deep", deep.into_bytes()),
            (
                "inner",
                br#"{"parallax-settings": "(recent: [\"unterminated"}"#.to_vec(),
            ),
        ];
        for (name, bytes) in cases {
            let path = dir.path().join(format!("{name}.ron"));
            std::fs::write(&path, &bytes).unwrap();
            let check = check_file(&path);
            let notice = check.notice.unwrap_or_default();
            assert!(notice.contains("damaged"), "{name}: {notice}");
            assert!(check.usable, "{name}");
            assert!(!path.exists(), "{name} still in place");
            assert_eq!(
                std::fs::read(path.with_extension("ron.damaged")).unwrap(),
                bytes,
                "{name}: the damaged copy is kept as it was"
            );
        }
        let folder = dir.path().join("folder.ron");
        std::fs::create_dir(&folder).unwrap();
        assert!(
            check_file(&folder)
                .notice
                .unwrap()
                .contains("not a regular file")
        );
        let fine = dir.path().join("fine.ron");
        std::fs::write(&fine, &good).unwrap();
        assert_eq!(check_file(&fine), FileCheck::ok());
        assert_eq!(check_file(&dir.path().join("missing.ron")), FileCheck::ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_settings_file_that_is_a_pipe_or_device_is_never_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("app.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let check = check_file(&fifo);
            assert!(check.notice.unwrap().contains("named pipe"));
        }
        let zero = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        let check = check_file(&zero);
        assert!(check.notice.unwrap().contains("a device"));
        assert!(!zero.exists());
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

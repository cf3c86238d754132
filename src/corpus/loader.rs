//! Reading files and folders into a [`Corpus`], in parallel, with progress and cancel.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::formats::{self, Format, Problem};
use super::{Article, Corpus, decode};

/// Limits on what is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this are skipped with a reason rather than read.
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        // Large enough for a JSONL dump of tens of thousands of articles.
        LoadOptions {
            max_file_bytes: 256 * 1024 * 1024,
        }
    }
}

/// Why a file, or one record of it, was not loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// The extension is not one of the formats Parallax reads.
    #[error("not a format Parallax reads ({0})")]
    UnknownExtension(String),
    /// The file is over [`LoadOptions::max_file_bytes`].
    #[error("too large: {} (limit {})", human_bytes(*size), human_bytes(*limit))]
    TooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A named pipe, socket or device: reading it could block forever or never end.
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    /// The file has zero bytes.
    #[error("empty file")]
    Empty,
    /// The bytes are not text.
    #[error("binary content, not text")]
    Binary,
    /// The operating system refused to read it.
    #[error("could not be read: {0}")]
    Unreadable(String),
    /// The JSON (or one line of JSONL) does not parse.
    #[error("broken JSON: {0}")]
    BrokenJson(String),
    /// HTML nested more levels deep than any real page (which would take minutes to parse).
    #[error("HTML nested too deeply to read (over {0} levels)")]
    TooDeep(usize),
    /// Parsed, but holds no article text.
    #[error("no article text found")]
    NoText,
}

/// A file or record that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Where it is on disk.
    pub path: PathBuf,
    /// The path as shown to the user, with `line N` or `record N` where it concerns part of a file.
    pub display: String,
    /// What was wrong.
    pub reason: SkipReason,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.display, self.reason)
    }
}

/// Progress of a load, shared between the loading thread and whoever shows it.
#[derive(Debug, Default)]
pub struct Progress {
    files_total: AtomicU64,
    files_done: AtomicU64,
    bytes_total: AtomicU64,
    bytes_done: AtomicU64,
    listing_done: AtomicBool,
    cancelled: AtomicBool,
}

/// A consistent-enough reading of [`Progress`] for one frame or one status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgressSnapshot {
    /// Files found so far (final once `listing_done`).
    pub files_total: u64,
    /// Files read and parsed.
    pub files_done: u64,
    /// Bytes of all files found.
    pub bytes_total: u64,
    /// Bytes read.
    pub bytes_done: u64,
    /// Whether the folders have been walked, so the totals are known.
    pub listing_done: bool,
}

impl ProgressSnapshot {
    /// Share of bytes read, 0.0 to 1.0 (files when the bytes are all zero).
    pub fn fraction(&self) -> f32 {
        if !self.listing_done {
            0.0
        } else if self.bytes_total > 0 {
            self.bytes_done as f32 / self.bytes_total as f32
        } else if self.files_total > 0 {
            self.files_done as f32 / self.files_total as f32
        } else {
            1.0
        }
    }
}

impl Progress {
    /// Asks the load to stop; it returns what it read so far, marked as cancelled.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// The current counts.
    pub fn snapshot(&self) -> ProgressSnapshot {
        ProgressSnapshot {
            files_total: self.files_total.load(Ordering::Relaxed),
            files_done: self.files_done.load(Ordering::Relaxed),
            bytes_total: self.bytes_total.load(Ordering::Relaxed),
            bytes_done: self.bytes_done.load(Ordering::Relaxed),
            listing_done: self.listing_done.load(Ordering::Relaxed),
        }
    }
}

/// What a load produced.
#[derive(Debug, Clone, Default)]
pub struct LoadOutcome {
    /// The articles read.
    pub corpus: Corpus,
    /// Files and records left out, with reasons, in path order.
    pub skipped: Vec<Skipped>,
    /// Whether the user stopped the load before it finished.
    pub cancelled: bool,
}

/// A file to read, and how its path is shown.
struct Candidate {
    path: PathBuf,
    display: String,
    size: u64,
}

/// Reads every file in `paths` (folders recursively, hidden entries left out) into a corpus.
/// Files that cannot be read are listed in [`LoadOutcome::skipped`]; nothing here panics
/// on what is on disk.
pub fn load_paths(paths: &[PathBuf], options: LoadOptions, progress: &Progress) -> LoadOutcome {
    let scan = scan_paths(paths, options, progress, |article| article);
    LoadOutcome {
        corpus: Corpus {
            name: scan.name,
            articles: scan.items,
        },
        skipped: scan.skipped,
        cancelled: scan.cancelled,
    }
}

/// What [`scan_paths`] produced.
#[derive(Debug, Clone, Default)]
pub struct Scan<T> {
    /// What the opened paths are called (as [`Corpus::name`]).
    pub name: String,
    /// One item per article, in path order.
    pub items: Vec<T>,
    /// Files and records left out, with reasons, in path order.
    pub skipped: Vec<Skipped>,
    /// Whether the scan was cancelled before it finished.
    pub cancelled: bool,
}

/// Reads every file like [`load_paths`], but hands each article to `map` as soon as it is
/// parsed, in parallel, and keeps only what `map` returns: a corpus larger than memory can
/// be counted without holding its texts.
pub fn scan_paths<T: Send>(
    paths: &[PathBuf],
    options: LoadOptions,
    progress: &Progress,
    map: impl Fn(Article) -> T + Sync + Send,
) -> Scan<T> {
    let mut skipped = Vec::new();
    let candidates = list_files(paths, progress, &mut skipped);
    progress.listing_done.store(true, Ordering::Relaxed);

    let results: Vec<Vec<Result<T, Skipped>>> = candidates
        .par_iter()
        .filter_map(|candidate| {
            if progress.is_cancelled() {
                return None;
            }
            let read: Vec<Result<T, Skipped>> = read_candidate(candidate, options)
                .into_iter()
                .map(|item| item.map(&map))
                .collect();
            progress.files_done.fetch_add(1, Ordering::Relaxed);
            progress
                .bytes_done
                .fetch_add(candidate.size, Ordering::Relaxed);
            Some(read)
        })
        .collect();

    let mut items = Vec::with_capacity(results.len());
    for read in results {
        for item in read {
            match item {
                Ok(item) => items.push(item),
                Err(skip) => skipped.push(skip),
            }
        }
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Scan {
        name: corpus_name(paths),
        items,
        skipped,
        cancelled: progress.is_cancelled(),
    }
}

fn list_files(
    paths: &[PathBuf],
    progress: &Progress,
    skipped: &mut Vec<Skipped>,
) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    let several_roots = paths.len() > 1;
    for root in paths {
        let root_name = file_name(root);
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            if progress.is_cancelled() {
                return candidates;
            }
            // Paths are shown relative to what was opened, as the user knows them.
            let display_of = |path: &Path| {
                let relative = path.strip_prefix(root).unwrap_or(path);
                if relative.as_os_str().is_empty() {
                    root_name.clone()
                } else if several_roots {
                    format!("{root_name}/{}", relative.display())
                } else {
                    relative.display().to_string()
                }
            };
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    skipped.push(Skipped {
                        display: display_of(&path),
                        path,
                        reason: SkipReason::Unreadable(err.to_string()),
                    });
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let display = display_of(entry.path());
            if !entry.file_type().is_file() {
                skipped.push(Skipped {
                    display,
                    reason: SkipReason::NotRegular(special_kind(entry.file_type())),
                    path: entry.into_path(),
                });
                continue;
            }
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            progress.files_total.fetch_add(1, Ordering::Relaxed);
            progress.bytes_total.fetch_add(size, Ordering::Relaxed);
            candidates.push(Candidate {
                path: entry.into_path(),
                display,
                size,
            });
        }
    }
    candidates
}

fn read_candidate(candidate: &Candidate, options: LoadOptions) -> Vec<Result<Article, Skipped>> {
    let skip = |reason| {
        vec![Err(Skipped {
            path: candidate.path.clone(),
            display: candidate.display.clone(),
            reason,
        })]
    };
    let Some(format) = Format::from_path(&candidate.path) else {
        let ext = candidate
            .path
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_else(|| "no extension".to_owned());
        return skip(SkipReason::UnknownExtension(ext));
    };
    if candidate.size > options.max_file_bytes {
        return skip(SkipReason::TooLarge {
            size: candidate.size,
            limit: options.max_file_bytes,
        });
    }
    // The size was read when the folder was listed; a file that grew since is still read
    // only up to the limit.
    let bytes = match read_at_most(&candidate.path, options.max_file_bytes) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return skip(SkipReason::TooLarge {
                size: options.max_file_bytes + 1,
                limit: options.max_file_bytes,
            });
        }
        Err(err) => return skip(SkipReason::Unreadable(err.to_string())),
    };
    read_bytes(&bytes, format, &candidate.path, &candidate.display)
}

/// Parses the bytes of one file as `format`: what the loader does once a file is read,
/// without the disk, for tests and fuzzing. `display` is the path as the user sees it.
pub fn read_bytes(
    bytes: &[u8],
    format: Format,
    path: &Path,
    display: &str,
) -> Vec<Result<Article, Skipped>> {
    let skip = |reason| {
        vec![Err(Skipped {
            path: path.to_path_buf(),
            display: display.to_owned(),
            reason,
        })]
    };
    if bytes.is_empty() {
        return skip(SkipReason::Empty);
    }
    let declared = (format == Format::Html)
        .then(|| formats::declared_charset(bytes))
        .flatten();
    let decoded = match decode(bytes, declared.as_deref()) {
        Ok(decoded) => decoded,
        Err(_) => return skip(SkipReason::Binary),
    };
    formats::parse(
        format,
        decoded.text,
        (decoded.encoding, decoded.replaced),
        path,
        display,
    )
    .into_iter()
    .map(|parsed| {
        parsed.map_err(|Problem { item, reason }| Skipped {
            path: path.to_path_buf(),
            display: match (item, format) {
                (Some(n), Format::JsonLines) => format!("{display} line {n}"),
                (Some(n), _) => format!("{display} record {n}"),
                (None, _) => display.to_owned(),
            },
            reason,
        })
    })
    .collect()
}

/// The bytes of a regular file of at most `limit` bytes; `None` when it holds more.
/// Anything that is not a regular file is refused before it is opened, since opening a
/// named pipe blocks until someone writes to it.
pub fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "not a regular file ({})",
                special_kind(metadata.file_type())
            ),
        ));
    }
    if metadata.len() > limit {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Writes `bytes` to `path` (creating its folder) through a temporary file beside it, so a
/// crash never leaves half a file. Only Parallax's own files are written this way.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// What a file that is not a regular file is, in words.
fn special_kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn corpus_name(paths: &[PathBuf]) -> String {
    match paths {
        [] => "nothing".to_owned(),
        [one] => file_name(one),
        [first, rest @ ..] => format!("{} + {} more", file_name(first), rest.len()),
    }
}

/// Bytes for people: `912 B`, `4.2 KiB`, `1.5 MiB`, `2.0 GiB`.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_for_people() {
        assert_eq!(human_bytes(912), "912 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024), "3.0 MiB");
    }

    #[test]
    fn cancelled_before_start_reads_nothing() {
        let progress = Progress::default();
        progress.cancel();
        let outcome = load_paths(&[PathBuf::from("seeds")], LoadOptions::default(), &progress);
        assert!(outcome.cancelled);
        assert!(outcome.corpus.articles.is_empty());
    }
}

//! Which file a path names: its device and inode number, the identity that
//! every name of a file shares, through hard links and symlinks alike.
//! Names cannot tell that `ads/scores.csv`, `./ads//scores.csv` and a link
//! to it are one file; a [`FileId`] can. `rolescan score` uses it to refuse
//! an output file that is one of its inputs and to leave its own output out
//! of the folders it reads ([`crate::source::ReadOptions::skip_files`]).
//!
//! On systems without inode numbers there is no [`FileId`]: [`FileId::of`]
//! gives `None` and nothing is ever the same file.

use std::fs::Metadata;
use std::path::Path;

/// A file's device and inode number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId {
    /// The device the file is on.
    pub dev: u64,
    /// Its inode number on that device.
    pub ino: u64,
}

impl FileId {
    /// The file `path` names, following symlinks; `None` when there is no
    /// such file or it cannot be looked at.
    pub fn of(path: &Path) -> Option<FileId> {
        FileId::from_metadata(&std::fs::metadata(path).ok()?)
    }

    /// The file `path` names when it is a regular file (following
    /// symlinks): devices, pipes and folders have none here.
    pub fn of_regular_file(path: &Path) -> Option<FileId> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_file() {
            FileId::from_metadata(&meta)
        } else {
            None
        }
    }

    /// The identity in `meta`.
    #[cfg(unix)]
    pub fn from_metadata(meta: &Metadata) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        Some(FileId {
            dev: meta.dev(),
            ino: meta.ino(),
        })
    }

    /// The identity in `meta` (none on this system).
    #[cfg(not(unix))]
    pub fn from_metadata(_meta: &Metadata) -> Option<FileId> {
        None
    }

    /// Whether a folder entry (a file reached through a symlink counts as
    /// the file) is one of `files`. The walk already knows the entry's inode
    /// number, so the entry is looked at (for its device) only when that
    /// number is one of theirs: skipping costs nothing per entry.
    #[cfg(unix)]
    pub fn entry_is_one_of(entry: &walkdir::DirEntry, files: &[FileId]) -> bool {
        use walkdir::DirEntryExt;
        let ino = entry.ino();
        files.iter().any(|f| f.ino == ino)
            && FileId::of(entry.path()).is_some_and(|id| files.contains(&id))
    }

    /// Whether a folder entry is one of `files` (never, on this system).
    #[cfg(not(unix))]
    pub fn entry_is_one_of(_entry: &walkdir::DirEntry, _files: &[FileId]) -> bool {
        false
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_same_file_copies_are_not() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        std::fs::write(&file, "x").unwrap();
        let hard = tmp.path().join("hard.txt");
        std::fs::hard_link(&file, &hard).unwrap();
        let soft = tmp.path().join("soft.txt");
        std::os::unix::fs::symlink("a.txt", &soft).unwrap();
        let copy = tmp.path().join("copy.txt");
        std::fs::copy(&file, &copy).unwrap();
        let id = FileId::of(&file).unwrap();
        assert_eq!(FileId::of(&hard), Some(id));
        assert_eq!(FileId::of(&soft), Some(id));
        assert_ne!(FileId::of(&copy), Some(id));
        assert_eq!(FileId::of(&tmp.path().join("missing")), None);
        assert_eq!(FileId::of_regular_file(tmp.path()), None);
        assert_eq!(FileId::of_regular_file(&soft), Some(id));

        let entries: Vec<walkdir::DirEntry> = walkdir::WalkDir::new(tmp.path())
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| FileId::entry_is_one_of(e, &[id]))
            .collect();
        let names: Vec<_> = entries.iter().map(|e| e.file_name()).collect();
        assert_eq!(names, ["a.txt", "hard.txt", "soft.txt"]);
    }
}

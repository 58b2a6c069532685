//! Where output bytes go: stdout, any writer, or a file.
//!
//! A file [`Destination`] that is a regular file, or does not exist yet, is
//! written atomically: into a temporary file named
//! `.rolescan-XXXXXX.partial` in the target's folder (so the final rename
//! stays on one file system), renamed over the target in
//! [`Destination::finish`], after flushing and syncing. Dropping a
//! destination before that deletes the temporary file, so a failed write (a
//! full disk, a size limit) or an error elsewhere in the run leaves no
//! half-written file behind and any previous target untouched. A process
//! killed outright cannot run that cleanup; the binary handles Ctrl-C itself
//! and removes [`Destination::temp_path`] before exiting.
//!
//! Anything else that exists (a device such as `/dev/null`, a named pipe,
//! `/dev/stdout`) is opened and written in place: renaming a file over it
//! would replace the device node or the pipe with a regular file. A symlink
//! is followed to its target, which is replaced (the link stays a link).

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::TempPath;

use crate::error::{Error, Result};

/// Prefix of temporary output files.
pub const TEMP_PREFIX: &str = ".rolescan-";
/// Suffix of temporary output files.
pub const TEMP_SUFFIX: &str = ".partial";
/// Symlinks followed from an output path before giving up (Linux's limit).
const MAX_LINKS: usize = 40;

enum Target {
    Stdout(io::Stdout),
    /// A caller's writer, or a file written in place.
    Writer(Box<dyn Write + Send>),
    File {
        file: BufWriter<File>,
        /// Deletes the temporary file when dropped, unless persisted.
        temp: TempPath,
        /// The file renamed over: the output, or where its symlinks lead.
        path: PathBuf,
    },
}

/// An output stream: stdout, a caller's writer, or a file (written
/// atomically when it is a regular file).
pub struct Destination {
    target: Target,
    display: PathBuf,
}

impl Destination {
    /// Standard output (unbuffered here: sinks buffer their own output).
    pub fn stdout() -> Destination {
        Destination {
            target: Target::Stdout(io::stdout()),
            display: PathBuf::from("<stdout>"),
        }
    }

    /// Any writer; `name` identifies it in error messages.
    pub fn writer(writer: impl Write + Send + 'static, name: &str) -> Destination {
        Destination {
            target: Target::Writer(Box::new(writer)),
            display: PathBuf::from(name),
        }
    }

    /// A file at `path`: a regular file (or a new one) written through a
    /// temporary file in the target's folder, anything else that exists
    /// written in place (see [`Destination::writes_in_place`]). Fails at
    /// once when the folder cannot be written or the file cannot be opened.
    pub fn file(path: &Path) -> Result<Destination> {
        // Asked of `path` itself, not of where its links lead: the kernel
        // follows `/dev/stdout` to a pipe that has no path.
        if Destination::writes_in_place(path) {
            let file = OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| Error::io(path, e))?;
            return Ok(Destination {
                target: Target::Writer(Box::new(BufWriter::with_capacity(1 << 16, file))),
                display: path.to_path_buf(),
            });
        }
        let target = follow_links(path).map_err(|e| Error::io(path, e))?;
        Destination::replacing(path, target)
    }

    /// Whether [`Destination::file`] writes `path` in place, opening it for
    /// writing instead of renaming a temporary file over it: `path` exists
    /// and is not a regular file (a device, a named pipe, `/dev/stdout` on
    /// a pipe or terminal; a folder, which then fails to open). Opening a
    /// named pipe waits until something reads it.
    pub fn writes_in_place(path: &Path) -> bool {
        std::fs::metadata(path).is_ok_and(|m| !m.is_file())
    }

    /// Writes `target`, the file `path` leads to, through a temporary file
    /// in `target`'s folder.
    fn replacing(path: &Path, target: PathBuf) -> Result<Destination> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        // Temporary files are private (0600) by default; the output should
        // get the usual permissions of a new file (0666 less the umask).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let temp = builder.tempfile_in(dir).map_err(|e| Error::io(path, e))?;
        // Write to the plain file so write errors name the output, not the
        // temporary file.
        let (file, temp) = temp.into_parts();
        Ok(Destination {
            target: Target::File {
                file: BufWriter::with_capacity(1 << 16, file),
                temp,
                path: target,
            },
            display: path.to_path_buf(),
        })
    }

    /// Whether this is standard output ([`Destination::stdout`]).
    pub fn is_stdout(&self) -> bool {
        matches!(self.target, Target::Stdout(_))
    }

    /// The path named in error messages (`<stdout>` for stdout).
    pub fn display(&self) -> &Path {
        &self.display
    }

    /// The temporary file being written, for file output.
    pub fn temp_path(&self) -> Option<&Path> {
        match &self.target {
            Target::File { temp, .. } => Some(temp),
            _ => None,
        }
    }

    /// Flushes everything and, for file output, syncs the temporary file and
    /// renames it over the target.
    pub fn finish(self) -> Result<()> {
        let display = self.display;
        match self.target {
            Target::Stdout(mut out) => out.flush().map_err(|e| Error::io(&display, e)),
            Target::Writer(mut w) => w.flush().map_err(|e| Error::io(&display, e)),
            Target::File { file, temp, path } => {
                // On any error `temp` is dropped, which deletes the file.
                let file = file
                    .into_inner()
                    .map_err(|e| Error::io(&display, e.into_error()))?;
                file.sync_all().map_err(|e| Error::io(&display, e))?;
                drop(file);
                temp.persist(&path)
                    .map_err(|e| Error::io(&display, e.error))?;
                Ok(())
            }
        }
    }
}

/// The file that writing `path` should replace: `path` itself, or, when it
/// is a symlink, the end of its chain of links (a relative link is read
/// from the link's folder; a dangling link leads to the file to create).
/// A path that cannot be looked at is returned as it is, for opening it to
/// say why.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) => dir.join(link),
                    None => link,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::other(format!(
        "more than {MAX_LINKS} symlinks in a row; is there a loop?"
    )))
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.target {
            Target::Stdout(w) => w.write(buf),
            Target::Writer(w) => w.write(buf),
            Target::File { file, .. } => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.target {
            Target::Stdout(w) => w.flush(),
            Target::Writer(w) => w.flush(),
            Target::File { file, .. } => file.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn file_appears_only_on_finish() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("out.csv");
        let mut d = Destination::file(&target).unwrap();
        d.write_all(b"a,b\n").unwrap();
        let temp = d.temp_path().unwrap().to_path_buf();
        assert!(temp.exists() && !target.exists());
        let name = temp.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX));
        d.finish().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"a,b\n");
        assert_eq!(leftovers(tmp.path()), ["out.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn output_gets_the_permissions_of_a_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let plain = tmp.path().join("plain");
        File::create(&plain).unwrap();
        let target = tmp.path().join("out.csv");
        Destination::file(&target).unwrap().finish().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&target), mode(&plain));
    }

    #[test]
    fn dropping_removes_the_temporary_file_and_keeps_the_old_target() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("out.csv");
        std::fs::write(&target, "old").unwrap();
        let mut d = Destination::file(&target).unwrap();
        d.write_all(&vec![b'x'; 1 << 20]).unwrap();
        drop(d);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(leftovers(tmp.path()), ["out.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_lead_to_the_file_replaced() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let (out, data) = (tmp.path().join("out"), tmp.path().join("data"));
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(data.join("real.csv"), "old").unwrap();
        // Relative links are read from the link's folder, not the working one.
        symlink("../data/real.csv", out.join("link.csv")).unwrap();
        symlink(out.join("link.csv"), out.join("chain.csv")).unwrap();
        symlink("../data/new.csv", out.join("dangling.csv")).unwrap();
        for (name, created) in [
            ("link.csv", "real.csv"),
            ("chain.csv", "real.csv"),
            ("dangling.csv", "new.csv"),
        ] {
            let mut d = Destination::file(&out.join(name)).unwrap();
            let folder = d.temp_path().unwrap().parent().unwrap();
            assert_eq!(folder.canonicalize().unwrap(), data.canonicalize().unwrap());
            d.write_all(name.as_bytes()).unwrap();
            d.finish().unwrap();
            assert_eq!(std::fs::read_to_string(data.join(created)).unwrap(), name);
            let link = std::fs::symlink_metadata(out.join(name)).unwrap();
            assert!(link.file_type().is_symlink(), "{name} is still a link");
        }
        assert_eq!(leftovers(&out), ["chain.csv", "dangling.csv", "link.csv"]);
        assert_eq!(leftovers(&data), ["new.csv", "real.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_symlinks_is_an_error() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        symlink("b", tmp.path().join("a")).unwrap();
        symlink("a", tmp.path().join("b")).unwrap();
        let err = Destination::file(&tmp.path().join("a")).err().unwrap();
        assert!(err.to_string().contains("symlinks in a row"), "{err}");
        assert_eq!(leftovers(tmp.path()), ["a", "b"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_in_place() {
        use std::io::Read;
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.unwrap().success(), "mkfifo works");
        // A reader that does not wait for a writer, so that opening the pipe
        // for writing does not wait either.
        let mut reader = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
            .unwrap();
        assert!(Destination::writes_in_place(&fifo));
        let mut d = Destination::file(&fifo).unwrap();
        assert_eq!(d.temp_path(), None);
        d.write_all(b"a,b\n").unwrap();
        d.finish().unwrap();
        let mut got = Vec::new();
        reader.read_to_end(&mut got).unwrap();
        assert_eq!(got, b"a,b\n");
        let meta = std::fs::symlink_metadata(&fifo).unwrap();
        assert!(meta.file_type().is_fifo());
        assert_eq!(leftovers(tmp.path()), ["fifo"]);
    }
}

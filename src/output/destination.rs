//! Where output bytes go: stdout, any writer, or a file written atomically.
//!
//! A file [`Destination`] writes into a temporary file named
//! `.rolescan-XXXXXX.partial` in the target's folder (so the final rename
//! stays on one file system) and renames it over the target in
//! [`Destination::finish`], after flushing and syncing. Dropping a
//! destination before that deletes the temporary file, so a failed write (a
//! full disk, a size limit) or an error elsewhere in the run leaves no
//! half-written file behind and any previous target untouched. A process
//! killed outright cannot run that cleanup; the binary handles Ctrl-C itself
//! and removes [`Destination::temp_path`] before exiting.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::TempPath;

use crate::error::{Error, Result};

/// Prefix of temporary output files.
pub const TEMP_PREFIX: &str = ".rolescan-";
/// Suffix of temporary output files.
pub const TEMP_SUFFIX: &str = ".partial";

enum Target {
    Stdout(io::Stdout),
    Writer(Box<dyn Write + Send>),
    File {
        file: BufWriter<File>,
        /// Deletes the temporary file when dropped, unless persisted.
        temp: TempPath,
        path: PathBuf,
    },
}

/// An output stream: stdout, a caller's writer, or a file written atomically.
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

    /// A file at `path`, written through a temporary file in the same folder.
    /// Fails at once when that folder cannot be written.
    pub fn file(path: &Path) -> Result<Destination> {
        let dir = match path.parent() {
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
        // Write to the plain file so write errors name the target, not the
        // temporary file.
        let (file, temp) = temp.into_parts();
        Ok(Destination {
            target: Target::File {
                file: BufWriter::with_capacity(1 << 16, file),
                temp,
                path: path.to_path_buf(),
            },
            display: path.to_path_buf(),
        })
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
                temp.persist(&path).map_err(|e| Error::io(&path, e.error))?;
                Ok(())
            }
        }
    }
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
}

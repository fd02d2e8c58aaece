//! Output files that appear whole or not at all.
//!
//! An output file is written under a temporary name in its own folder (`.NAME.XXXXXX.tmp`)
//! and renamed to NAME when everything is written and flushed (through a symlink, to the
//! file it points to), so an error, a panic or an
//! interruption never leaves a truncated file under the name a pipeline waits for. Drop
//! removes the temporary file on an error or a panic; Ctrl-C (SIGINT), SIGTERM and SIGHUP
//! end the process without running destructors, so a signal thread removes the temporary
//! files of the run itself and exits with 128 + the signal number, as a shell would report.
//! A file that outgrows `ulimit -f` fails like a full disk instead of killing the process.
//!
//! A name that is not a regular file (`/dev/stdout`, `/dev/null`, a FIFO) is written
//! directly: renaming over it would replace the device.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::Context;

/// Temporary files that a signal must remove, with the names they were to get.
static PENDING: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());

/// An output file being written under a temporary name.
pub struct Pending {
    /// Taken when the file is renamed.
    tmp: Option<tempfile::NamedTempFile>,
    /// A device or FIFO, written directly.
    direct: Option<File>,
    /// The final name.
    path: PathBuf,
}

impl Pending {
    /// A temporary file beside `path`, with the permissions a new file gets (0666 less the
    /// umask), not the 0600 of a private temporary file.
    pub fn beside(path: &Path) -> anyhow::Result<Pending> {
        let path = match std::fs::metadata(path) {
            Ok(m) if !m.is_file() => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                return Ok(Pending {
                    tmp: None,
                    direct: Some(file),
                    path: path.to_path_buf(),
                });
            }
            // A symlink is followed, so that the link stays and its target gets the rows.
            Ok(_) => std::fs::canonicalize(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
            Err(_) => path.to_path_buf(),
        };
        let path = path.as_path();
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        watch_signals();
        // Registered while the file is created, so that no signal falls between the two.
        let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        let tmp = builder
            .tempfile_in(dir)
            .with_context(|| format!("cannot create a file in {}", dir.display()))?;
        pending.push((tmp.path().to_path_buf(), path.to_path_buf()));
        Ok(Pending {
            tmp: Some(tmp),
            direct: None,
            path: path.to_path_buf(),
        })
    }

    /// The open temporary file.
    pub fn file(&self) -> &File {
        match (&self.tmp, &self.direct) {
            (Some(tmp), _) => tmp.as_file(),
            (None, Some(file)) => file,
            (None, None) => unreachable!("a pending file is either temporary or direct"),
        }
    }

    /// Flushes the file to disk and renames it to its final name.
    pub fn persist(mut self) -> anyhow::Result<()> {
        let path = self.path.clone();
        if self.direct.is_some() {
            return Ok(());
        }
        self.file()
            .sync_all()
            .with_context(|| format!("cannot write {}", path.display()))?;
        let Some(tmp) = self.tmp.take() else {
            unreachable!("a pending file is renamed once")
        };
        // The lock is held over the rename, so that a signal never removes a file that is
        // about to get its final name.
        let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        pending.retain(|(p, _)| p != tmp.path());
        // On an error the temporary file is removed when `PersistError` drops.
        let renamed = tmp.persist(&path);
        drop(pending);
        renamed.with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        // Unregistered before the file itself goes (NamedTempFile's drop removes it).
        if let Some(tmp) = &self.tmp {
            let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
            pending.retain(|(p, _)| p != tmp.path());
        }
    }
}

/// Writes `bytes` to `path` whole or not at all.
pub fn write_whole(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let out = Pending::beside(path)?;
    out.file()
        .write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))?;
    out.persist()
}

/// Starts, once, the thread that removes pending temporary files on a signal.
fn watch_signals() {
    static START: Once = Once::new();
    START.call_once(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};
            // A file over the size limit (`ulimit -f`) kills the process unless the signal
            // is handled; handled, the write fails with an error like a full disk, and the
            // temporary file is removed.
            let _ = signal_hook::flag::register(
                SIGXFSZ,
                std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
            );
            // Without the thread a signal still ends the run with the final name untouched;
            // only a temporary file may be left behind.
            let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            else {
                return;
            };
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    // Held to the end: the main thread cannot rename a file meanwhile.
                    let pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
                    for (tmp, path) in pending.iter() {
                        let _ = std::fs::remove_file(tmp);
                        eprintln!("saywho: interrupted; {} not written", path.display());
                    }
                    std::process::exit(128 + signal);
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persisted_whole_and_dropped_without_a_trace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_whole(&path, b"a,b\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"a,b\n");
        let pending = Pending::beside(&dir.path().join("other.csv")).unwrap();
        pending.file().write_all(b"partial").unwrap();
        drop(pending);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.csv"]);
        assert!(PENDING.lock().unwrap().is_empty());
    }
}

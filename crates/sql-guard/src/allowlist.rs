//! The fingerprint allowlist: learned during a learning period, persisted
//! to a text file, enforced afterwards.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::Path;
use std::sync::RwLock;

use crate::error::{Error, Result};
use crate::fingerprint::Fingerprint;

/// A set of fingerprints, safe to share between threads.
#[derive(Debug, Default)]
pub(crate) struct Allowlist {
    set: RwLock<HashSet<Fingerprint>>,
}

impl Allowlist {
    /// Reads a file: one hex fingerprint a line, `#` comments, blank lines.
    pub(crate) fn load(path: &Path, missing_ok: bool) -> Result<Allowlist> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if missing_ok && e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => {
                return Err(Error::AllowlistIo {
                    path: path.to_owned(),
                    op: "read",
                    source,
                });
            }
        };
        let mut set = HashSet::new();
        for (n, line) in text.lines().enumerate() {
            let entry = line.split('#').next().unwrap_or("").trim();
            if entry.is_empty() {
                continue;
            }
            let fingerprint = entry.parse().map_err(|_| Error::AllowlistParse {
                path: path.to_owned(),
                line: n + 1,
                text: entry.to_owned(),
            })?;
            set.insert(fingerprint);
        }
        Ok(Allowlist {
            set: RwLock::new(set),
        })
    }

    pub(crate) fn contains(&self, fingerprint: Fingerprint) -> bool {
        self.set
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&fingerprint)
    }

    /// Records a fingerprint; the read lock keeps the common case (already
    /// known) from serialising threads.
    pub(crate) fn record(&self, fingerprint: Fingerprint) {
        if !self.contains(fingerprint) {
            self.set
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert(fingerprint);
        }
    }

    pub(crate) fn sorted(&self) -> Vec<Fingerprint> {
        let mut all: Vec<Fingerprint> = self
            .set
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .copied()
            .collect();
        all.sort_unstable();
        all
    }

    /// Writes the file atomically: a temporary file renamed over the old.
    pub(crate) fn save(&self, path: &Path) -> Result<()> {
        let io = |source| Error::AllowlistIo {
            path: path.to_owned(),
            op: "write",
            source,
        };
        let mut text = String::from("# sql-guard allowlist: one statement fingerprint a line\n");
        for fingerprint in self.sorted() {
            text.push_str(&fingerprint.to_string());
            text.push('\n');
        }
        let tmp = path.with_extension("tmp");
        let mut file = std::fs::File::create(&tmp).map_err(io)?;
        file.write_all(text.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: Result<usize, &str>) {
        let dir = std::env::temp_dir().join(format!(
            "sql-guard-allowlist-{}-{}",
            std::process::id(),
            text.len()
        ));
        std::fs::write(&dir, text).unwrap();
        let got = Allowlist::load(&dir, false)
            .map(|a| a.sorted().len())
            .map_err(|e| e.to_string());
        let _ = std::fs::remove_file(&dir);
        match (got, expected) {
            (Ok(n), Ok(m)) => assert_eq!(n, m),
            (Err(e), Err(m)) => assert!(e.contains(m), "{e}"),
            (got, expected) => panic!("got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn file_format() {
        check("# c\n00000000000000ff\n\n00000000000000fe # x\n", Ok(2));
        check(
            "00000000000000ff\nnope\n",
            Err("line 2: \"nope\" is not a 16-digit hex fingerprint"),
        );
    }

    #[test]
    fn save_then_load() {
        let path =
            std::env::temp_dir().join(format!("sql-guard-allowlist-save-{}", std::process::id()));
        let list = Allowlist::default();
        list.record(Fingerprint(7));
        list.record(Fingerprint(7));
        list.record(Fingerprint(3));
        list.save(&path).unwrap();
        let back = Allowlist::load(&path, false).unwrap();
        let _ = std::fs::remove_file(&path);
        assert_eq!(back.sorted(), vec![Fingerprint(3), Fingerprint(7)]);
        assert!(Allowlist::load(&path, true).unwrap().sorted().is_empty());
    }
}

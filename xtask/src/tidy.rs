//! `cargo xtask tidy`: rules every `.rs` file in the tree follows
//! (rust-analyzer's tidy test is the model). Also runs as a unit test, so a
//! plain `cargo test` enforces it too.

use std::path::{Path, PathBuf};

use crate::Result;

/// Leftovers that must never land, built so that this file does not match
/// its own rules.
fn forbidden() -> [String; 4] {
    [
        format!("#[{}]", "ignore"),
        format!("{}!(", "todo"),
        format!("{}!(", "unimplemented"),
        format!("{}!(", "dbg"),
    ]
}

/// Checks every tracked-looking `.rs` file under `root`; lists every problem.
pub(crate) fn check(root: &Path) -> Result {
    let mut files = Vec::new();
    collect(root, &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let shown = file.strip_prefix(root).unwrap_or(file).display();
        if !text.starts_with("//!") {
            problems.push(format!(
                "{shown}: does not start with a `//!` line saying what it holds"
            ));
        }
        for (number, line) in text.lines().enumerate() {
            for needle in &forbidden() {
                if line.contains(needle.as_str()) {
                    problems.push(format!("{shown}:{}: contains `{needle}`", number + 1));
                }
            }
        }
    }
    if problems.is_empty() {
        eprintln!("tidy: {} files ok", files.len());
        Ok(())
    } else {
        Err(format!(
            "{} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ))
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_is_tidy() {
        check(&crate::workspace_root()).unwrap();
    }

    #[test]
    fn a_file_without_header_is_reported() {
        let dir = std::env::temp_dir().join(format!("omnibase-tidy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.rs"), "fn main() {}\n").unwrap();
        let leftover = &forbidden()[1];
        std::fs::write(
            dir.join("b.rs"),
            format!("//! ok\nfn f() {{ {leftover}\"x\") }}\n"),
        )
        .unwrap();
        let err = check(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.contains("a.rs: does not start"), "{err}");
        assert!(err.contains("b.rs:2: contains"), "{err}");
    }
}

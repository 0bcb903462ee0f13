//! Writing a user's file safely: the content goes to a temporary file beside
//! the target and is renamed over it only when complete, so that a failure
//! never leaves a file half-written.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Writes `content` to `path` atomically (same folder, then rename).
pub fn write_atomically(path: &Path, content: &[u8]) -> anyhow::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(folder)
        .with_context(|| format!("cannot write in {}", folder.display()))?;
    file.write_all(content)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.as_file()
        .sync_all()
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

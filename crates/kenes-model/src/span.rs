//! Where a piece of the model came from: a file of the model and a byte range
//! in it. Diagnostics point at spans; rendering them as line and column is
//! done against the file's text, kept in [`Files`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// Index of a file in the model's [`Files`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(u32);

impl FileId {
    /// The id the file at position `index` of [`Files`] gets (files are added
    /// in order, so a loader can know ids before it adds the files).
    pub fn from_index(index: usize) -> FileId {
        FileId(u32::try_from(index).expect("fewer than 2^32 files"))
    }
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A byte range `start..end` in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    file: FileId,
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(file: FileId, range: std::ops::Range<usize>) -> Span {
        let clamp = |offset: usize| u32::try_from(offset).unwrap_or(u32::MAX);
        let (start, end) = (clamp(range.start), clamp(range.end));
        Span {
            file,
            start,
            end: end.max(start),
        }
    }
    pub fn file(&self) -> FileId {
        self.file
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A line and column, both 1-based; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

/// One file of a model: its path relative to the model's folder, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    path: PathBuf,
    /// A `String` rather than an `Arc<str>`: a text read from disk moves in
    /// without a copy (a large model has hundreds of megabytes of them).
    text: Arc<String>,
    /// Byte offsets where lines start, computed on first use: rendering many
    /// findings in a large file must not rescan it from the start each time.
    line_starts: OnceLock<Vec<usize>>,
}

impl SourceFile {
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn text(&self) -> &str {
        &self.text
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// Line and column of a byte offset (clamped to the text, and to a char boundary).
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.line_starts();
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        let column = self.text[line_start..offset].chars().count() + 1;
        LineColumn { line, column }
    }

    /// The text of the 1-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = starts.get(line).map_or(self.text.len(), |&next| next);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// The files a model was loaded from.
#[derive(Clone, Debug, Default)]
pub struct Files {
    files: Vec<SourceFile>,
}

impl Files {
    pub fn add(&mut self, path: PathBuf, text: Arc<str>) -> FileId {
        self.add_owned(path, text.to_string())
    }
    /// [`Files::add`] for a text the caller owns, which moves in without a copy.
    pub fn add_owned(&mut self, path: PathBuf, text: String) -> FileId {
        let id = FileId::from_index(self.files.len());
        self.files.push(SourceFile {
            path,
            text: Arc::new(text),
            line_starts: OnceLock::new(),
        });
        id
    }
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.index()]
    }
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files
            .iter()
            .position(|f| f.path == path)
            .map(|i| FileId(i as u32))
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let mut files = Files::default();
        let id = files.add("a.toml".into(), "ab\nқаз = 1\n".into());
        let file = files.get(id);
        assert_eq!(file.line_column(0), LineColumn { line: 1, column: 1 });
        let offset = "ab\nқаз".len();
        assert_eq!(file.line_column(offset), LineColumn { line: 2, column: 4 });
        assert_eq!(file.line_text(2), "қаз = 1");
    }
}

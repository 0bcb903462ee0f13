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

/// One file of a model: its path relative to the model's folder, and its text,
/// either in memory or kept elsewhere (a large model's files stay on disk) with
/// only its line starts here; lines are read back when a finding is rendered.
#[derive(Clone, Debug)]
pub struct SourceFile {
    path: PathBuf,
    content: Content,
}

#[derive(Clone, Debug)]
enum Content {
    Memory {
        /// A `String` rather than an `Arc<str>`: a text read from disk moves in
        /// without a copy.
        text: Arc<String>,
        /// Byte offsets where lines start, computed on first use: rendering many
        /// findings in a large file must not rescan it from the start each time.
        line_starts: OnceLock<Vec<usize>>,
    },
    Elsewhere {
        lines: LineIndex,
        reader: Arc<dyn ReadBack>,
    },
}

/// The length of a text and where its lines start: what is kept of a text
/// left on disk.
#[derive(Clone, Debug)]
pub struct LineIndex {
    len: usize,
    starts: Vec<u32>,
    /// How many bytes each line opens with that are ASCII (at most 255): a
    /// column there is a byte count, and needs no read from disk. Findings
    /// mostly point at keys and the values just after them.
    ascii: Vec<u8>,
}

impl LineIndex {
    /// The index of `text`, or `None` for a text of 4 GiB or more.
    pub fn of(text: &str) -> Option<LineIndex> {
        u32::try_from(text.len()).ok()?;
        let bytes = text.as_bytes();
        // counted first, so that the list is made at its size in one go
        let lines = 1 + bytes.iter().filter(|&&b| b == b'\n').count();
        let mut starts = Vec::with_capacity(lines);
        starts.extend(line_starts_of(text).map(|start| start as u32));
        let mut ascii = Vec::with_capacity(lines);
        let ends = starts
            .iter()
            .skip(1)
            .map(|&next| next as usize)
            .chain([text.len()]);
        ascii.extend(starts.iter().zip(ends).map(|(&start, end)| {
            let start = start as usize;
            let line = &bytes[start..end.min(start + usize::from(u8::MAX))];
            line.iter().take_while(|b| b.is_ascii()).count() as u8
        }));
        Some(LineIndex {
            len: text.len(),
            starts,
            ascii,
        })
    }
}

/// Reads back bytes of a text that is not kept in memory (a file left on
/// disk, say): the loader that left it there supplies one, so that this crate
/// does no I/O of its own.
pub trait ReadBack: Send + Sync + std::fmt::Debug {
    /// The bytes `range` of the text, or `None` when they cannot be read (the
    /// file is gone, say): the line is then rendered without its text.
    fn read(&self, range: std::ops::Range<usize>) -> Option<Vec<u8>>;
}

fn line_starts_of(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1))
}

impl SourceFile {
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn len(&self) -> usize {
        match &self.content {
            Content::Memory { text, .. } => text.len(),
            Content::Elsewhere { lines, .. } => lines.len,
        }
    }

    fn line_count(&self) -> usize {
        match &self.content {
            Content::Memory { text, line_starts } => line_starts
                .get_or_init(|| line_starts_of(text).collect())
                .len(),
            Content::Elsewhere { lines, .. } => lines.starts.len(),
        }
    }

    /// Where the 0-based line `index` starts.
    fn line_start(&self, index: usize) -> usize {
        match &self.content {
            Content::Memory { text, line_starts } => {
                line_starts.get_or_init(|| line_starts_of(text).collect())[index]
            }
            Content::Elsewhere { lines, .. } => lines.starts[index] as usize,
        }
    }

    /// The 0-based line that holds `offset`.
    fn line_of(&self, offset: usize) -> usize {
        let line = match &self.content {
            Content::Memory { text, line_starts } => line_starts
                .get_or_init(|| line_starts_of(text).collect())
                .partition_point(|&start| start <= offset),
            Content::Elsewhere { lines, .. } => lines
                .starts
                .partition_point(|&start| start as usize <= offset),
        };
        line - 1
    }

    /// The bytes `range` of the text (empty when a text kept elsewhere cannot be read).
    fn bytes(&self, range: std::ops::Range<usize>) -> std::borrow::Cow<'_, [u8]> {
        match &self.content {
            Content::Memory { text, .. } => text.as_bytes()[range].into(),
            Content::Elsewhere { reader, .. } => reader.read(range).unwrap_or_default().into(),
        }
    }

    /// Line and column of a byte offset (clamped to the text, and to a char boundary).
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let offset = offset.min(self.len());
        let line = self.line_of(offset);
        let start = self.line_start(line);
        if let Content::Elsewhere { lines, .. } = &self.content
            && offset - start <= usize::from(lines.ascii[line])
        {
            return LineColumn {
                line: line + 1,
                column: offset - start + 1,
            };
        }
        let before = self.bytes(start..offset);
        let before = match std::str::from_utf8(&before) {
            Ok(text) => text,
            // cut inside a character (or a file changed on disk): count what is whole
            Err(error) => std::str::from_utf8(&before[..error.valid_up_to()]).unwrap_or(""),
        };
        LineColumn {
            line: line + 1,
            column: before.chars().count() + 1,
        }
    }

    /// The text of the 1-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> String {
        if line == 0 || line > self.line_count() {
            return String::new();
        }
        let start = self.line_start(line - 1);
        let end = if line < self.line_count() {
            self.line_start(line)
        } else {
            self.len()
        };
        String::from_utf8_lossy(&self.bytes(start..end))
            .trim_end_matches(['\n', '\r'])
            .to_owned()
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
        self.push(SourceFile {
            path,
            content: Content::Memory {
                text: Arc::new(text),
                line_starts: OnceLock::new(),
            },
        })
    }
    /// Adds a file whose text is not kept: only its line index (made from
    /// its text exactly, by [`LineIndex::of`]), and `reader` to read back the
    /// lines that findings point at.
    pub fn add_elsewhere(
        &mut self,
        path: PathBuf,
        lines: LineIndex,
        reader: Arc<dyn ReadBack>,
    ) -> FileId {
        self.push(SourceFile {
            path,
            content: Content::Elsewhere { lines, reader },
        })
    }
    fn push(&mut self, file: SourceFile) -> FileId {
        let id = FileId::from_index(self.files.len());
        self.files.push(file);
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

    /// A text kept elsewhere: here, in a string, or gone.
    #[derive(Debug)]
    struct Kept(Option<&'static str>);

    impl ReadBack for Kept {
        fn read(&self, range: std::ops::Range<usize>) -> Option<Vec<u8>> {
            self.0?.as_bytes().get(range).map(<[u8]>::to_vec)
        }
    }

    #[test]
    fn a_text_kept_elsewhere_renders_as_one_in_memory() {
        let text = "ab\nқаз = 1\r\n\nlast";
        let mut files = Files::default();
        let memory = files.add("a.toml".into(), text.into());
        let lines = LineIndex::of(text).unwrap();
        let elsewhere =
            files.add_elsewhere("a.toml".into(), lines.clone(), Arc::new(Kept(Some(text))));
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                files.get(memory).line_column(offset),
                files.get(elsewhere).line_column(offset),
                "at {offset}"
            );
        }
        for line in 0..=6 {
            assert_eq!(
                files.get(memory).line_text(line),
                files.get(elsewhere).line_text(line)
            );
        }
        // a text that can no longer be read renders without it, and without a panic
        let gone = files.add_elsewhere("a.toml".into(), lines, Arc::new(Kept(None)));
        assert_eq!(files.get(gone).line_column(5).line, 2);
        assert_eq!(files.get(gone).line_text(2), "");
    }
}

//! The error of reading a historical date: where in the text, what was
//! expected there, and what was found.

use std::fmt;

/// A date that could not be read or built.
///
/// `column` is the 1-based character column in the text; it is 0 when the
/// error does not come from a text (e.g. [`super::Day::from_ymd`]) and is then
/// left out of the message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DateError {
    pub column: usize,
    pub expected: String,
    pub found: String,
}

impl DateError {
    pub(crate) fn new(
        column: usize,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Self {
        DateError {
            column,
            expected: expected.into(),
            found: found.into(),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column > 0 {
            write!(formatter, "column {}: ", self.column)?;
        }
        write!(formatter, "expected {}, found ", self.expected)?;
        if self.found.is_empty() {
            formatter.write_str("end of date")
        } else {
            write!(formatter, "{:?}", self.found)
        }
    }
}

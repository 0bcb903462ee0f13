//! Turns the on-disk structs of one file into model entities. A value of the
//! wrong form (a bad id, an unknown kind, an unparseable date) becomes a
//! diagnostic at its span; the entity is kept whenever the rest of it stands,
//! so that one slip does not cascade into a page of unresolved references.

use kenes_model::date::{Calendar, CalendarBasis, HistoricalDate};
use kenes_model::diagnostic::code;
use kenes_model::{
    Diagnostic, FileId, Id, IdError, Lang, Location, Name, NameKind, Names, Origin, Severity, Span,
};

use crate::raw::{RawName, S};
use crate::suggest::did_you_mean;

/// The calendar that applies to dates which do not state one.
#[derive(Clone, Copy, Debug)]
pub struct CalendarDefault {
    pub calendar: Calendar,
    pub basis: CalendarBasis,
}

/// Conversion state for one file.
pub struct Converter {
    file: FileId,
    calendar: CalendarDefault,
    pub diagnostics: Vec<Diagnostic>,
}

impl Converter {
    pub fn new(file: FileId, calendar: CalendarDefault) -> Converter {
        Converter {
            file,
            calendar,
            diagnostics: Vec::new(),
        }
    }

    pub fn span<T>(&self, value: &S<T>) -> Span {
        Span::new(self.file, value.span())
    }

    pub fn error(&mut self, code: &'static str, span: Span, message: String) {
        self.diagnostics.push(Diagnostic::new(
            code,
            Severity::Error,
            message,
            Location::span(span),
        ));
    }

    /// An id of any kind; `None` (and a diagnostic) when malformed.
    pub fn id<T: From<Id>>(&mut self, text: &S<String>) -> Option<T> {
        match Id::new(text.get_ref()) {
            Ok(id) => Some(T::from(id)),
            Err(IdError { reason, .. }) => {
                let span = self.span(text);
                self.error(
                    code::INVALID_VALUE,
                    span,
                    format!("invalid id {:?}: {reason}", text.get_ref()),
                );
                None
            }
        }
    }

    pub fn opt_id<T: From<Id>>(&mut self, text: &Option<S<String>>) -> Option<T> {
        text.as_ref().and_then(|t| self.id(t))
    }

    pub fn ids<T: From<Id>>(&mut self, texts: &[S<String>]) -> Vec<T> {
        texts.iter().filter_map(|t| self.id(t)).collect()
    }

    /// A closed-set keyword such as a kind; the error lists the allowed words.
    pub fn keyword<E>(
        &mut self,
        text: &S<String>,
        what: &str,
        allowed: &[&str],
        parse: impl Fn(&str) -> Option<E>,
    ) -> Option<E> {
        let value = parse(text.get_ref());
        if value.is_none() {
            let hint = did_you_mean(text.get_ref(), allowed.iter().copied())
                .map(|s| format!(" (did you mean {s:?}?)"))
                .unwrap_or_default();
            let span = self.span(text);
            let list = allowed.join(", ");
            self.error(
                code::INVALID_VALUE,
                span,
                format!(
                    "unknown {what} {:?}{hint}; expected one of: {list}",
                    text.get_ref()
                ),
            );
        }
        value
    }

    pub fn calendar_override(&mut self, text: &Option<S<String>>) -> Option<Calendar> {
        let text = text.as_ref()?;
        self.keyword(text, "calendar", &["julian", "gregorian"], Calendar::parse)
    }

    /// A date in the given calendar, or the model's default calendar.
    pub fn date(&mut self, text: &S<String>, calendar: Option<Calendar>) -> Option<HistoricalDate> {
        let (calendar, basis) = match calendar {
            Some(calendar) => (calendar, CalendarBasis::Stated),
            None => (self.calendar.calendar, self.calendar.basis),
        };
        match HistoricalDate::parse(text.get_ref(), calendar, basis) {
            Ok(date) => Some(date),
            Err(error) => {
                // Point at the offending character: the span covers the quotes too.
                let start = text.span().start + 1 + error.column.saturating_sub(1);
                let span = Span::new(self.file, start..start + 1);
                self.error(
                    code::INVALID_DATE,
                    span,
                    format!("invalid date {:?}: {error}", text.get_ref()),
                );
                None
            }
        }
    }

    pub fn opt_date(
        &mut self,
        text: &Option<S<String>>,
        calendar: Option<Calendar>,
    ) -> Option<HistoricalDate> {
        text.as_ref().and_then(|t| self.date(t, calendar))
    }

    pub fn lang(&mut self, text: &S<String>) -> Option<Lang> {
        match Lang::new(text.get_ref()) {
            Ok(lang) => Some(lang),
            Err(message) => {
                let span = self.span(text);
                self.error(code::INVALID_VALUE, span, message);
                None
            }
        }
    }

    pub fn names(&mut self, raw: &[S<RawName>]) -> Names {
        let names = raw.iter().filter_map(|name| self.name(name)).collect();
        Names::new(names)
    }

    fn name(&mut self, raw: &S<RawName>) -> Option<Name> {
        let span = self.span(raw);
        let inner = raw.get_ref();
        let kind = match inner.kind.as_deref() {
            None | Some("original") => NameKind::Original,
            Some("rendering") => NameKind::Rendering,
            Some("variant") => NameKind::Variant,
            Some(other) => {
                self.error(
                    code::INVALID_VALUE,
                    span,
                    format!(
                        "unknown name kind {other:?}; expected one of: original, rendering, variant"
                    ),
                );
                return None;
            }
        };
        let lang = match Lang::new(&inner.lang) {
            Ok(lang) => lang,
            Err(message) => {
                self.error(code::INVALID_VALUE, span, message);
                return None;
            }
        };
        match Name::new(&inner.text, lang, kind) {
            Ok(name) => Some(name),
            Err(message) => {
                self.error(code::INVALID_VALUE, span, message);
                None
            }
        }
    }

    /// The entity's provenance: its table's span, its claims and note, and
    /// the spans of the keys that rules point at.
    pub fn origin<T>(
        &mut self,
        table: &S<T>,
        claims: &[S<String>],
        note: &Option<String>,
        fields: &[(&'static str, Option<Span>)],
    ) -> Origin {
        let claims = self.ids(claims);
        Origin::new(Some(self.span(table)), claims, note.clone()).with_fields(fields)
    }

    pub fn opt_span<T>(&self, value: &Option<S<T>>) -> Option<Span> {
        value.as_ref().map(|v| self.span(v))
    }
}

/// An exact share in percent written as an integer or a decimal ("95", "97.5"),
/// as a fraction (numerator, denominator).
pub fn parse_percent(text: &str) -> Option<(u64, u64)> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) || fraction.len() > 9 {
        return None;
    }
    let denominator = 10u64.pow(fraction.len() as u32);
    let numerator = whole
        .parse::<u64>()
        .ok()?
        .checked_mul(denominator)?
        .checked_add(if fraction.is_empty() {
            0
        } else {
            fraction.parse().ok()?
        })?;
    (numerator <= 100 * denominator).then_some((numerator, denominator))
}

#[cfg(test)]
mod tests {
    use super::parse_percent;

    #[test]
    fn percent_is_exact() {
        assert_eq!(parse_percent("95"), Some((95, 1)));
        assert_eq!(parse_percent("97.5"), Some((975, 10)));
        assert_eq!(parse_percent("101"), None);
        assert_eq!(parse_percent("9x"), None);
        assert_eq!(parse_percent(".5"), None);
    }
}

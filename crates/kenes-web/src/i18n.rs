//! The interface's three languages (Kazakh, Russian, English). The reader's
//! choice travels in the URL (`?lang=kk`), so a link can be shared in it, and
//! is remembered in a cookie; without either, the browser's Accept-Language
//! decides, then English. Only the interface is translated: what the model
//! says is shown as its files say it.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    /// In the order the switcher offers them.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 tag, as in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of `tag` (`kk`, `ru-RU`, `en-GB`…), if it is one of ours.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language's name in itself, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// The one of three texts that is in this language.
    pub fn pick<'a>(self, en: &'a str, ru: &'a str, kk: &'a str) -> &'a str {
        match self {
            Lang::Kk => kk,
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}

/// The name of the cookie that remembers the choice.
pub const LANG_COOKIE: &str = "kenes_lang";

/// The reader's interface, read from a request: its language and the path
/// it asked for (with the query), for the language switcher's links.
#[derive(Clone, Debug)]
pub struct Ui {
    pub lang: Lang,
    /// The path and query of the request, without any `lang` parameter.
    path_and_query: String,
}

impl Ui {
    /// An interface in `lang` for the page at `path_and_query` (for tests and
    /// for pages built outside a request).
    pub fn new(lang: Lang, path_and_query: &str) -> Ui {
        Ui {
            lang,
            path_and_query: without_lang(path_and_query),
        }
    }

    /// The text in the reader's language: `ui.t("Timeline", "Хронология", "Хронология")`.
    pub fn t<'a>(&self, en: &'a str, ru: &'a str, kk: &'a str) -> &'a str {
        self.lang.pick(en, ru, kk)
    }

    /// A link to `path` (which may carry a query) that keeps the reader's
    /// language in the URL when it is not the default, so that a copied
    /// link opens in the same language.
    pub fn href(&self, path: &str) -> String {
        with_lang(path, self.lang)
    }

    /// This page in `lang`: the link of the language switcher.
    pub fn this_page_in(&self, lang: Lang) -> String {
        let (path, query) = split_query(&self.path_and_query);
        if query.is_empty() {
            format!("{path}?lang={}", lang.code())
        } else {
            format!("{path}?{query}&lang={}", lang.code())
        }
    }
}

fn split_query(path_and_query: &str) -> (&str, &str) {
    path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""))
}

fn without_lang(path_and_query: &str) -> String {
    let (path, query) = split_query(path_and_query);
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

fn with_lang(path: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return path.to_owned();
    }
    let (before_fragment, fragment) = match path.split_once('#') {
        Some((before, fragment)) => (before, format!("#{fragment}")),
        None => (path, String::new()),
    };
    let separator = if before_fragment.contains('?') {
        '&'
    } else {
        '?'
    };
    format!("{before_fragment}{separator}lang={}{fragment}", lang.code())
}

/// The `lang` parameter of a query string, if it names one of our languages.
fn lang_in_query(query: Option<&str>) -> Option<Lang> {
    query?
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Lang::parse)
}

fn lang_in_cookie(parts: &Parts) -> Option<Lang> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(LANG_COOKIE)?.strip_prefix('='))
        .find_map(Lang::parse)
}

/// The first of our languages in Accept-Language, in the order it lists them
/// (quality values are not weighed: browsers list by preference).
fn lang_accepted(parts: &Parts) -> Option<Lang> {
    let accepted = parts.headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    accepted
        .split(',')
        .filter_map(|item| item.split(';').next())
        .find_map(Lang::parse)
}

impl<S: Send + Sync> FromRequestParts<S> for Ui {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Ui, Infallible> {
        let lang = lang_in_query(parts.uri.query())
            .or_else(|| lang_in_cookie(parts))
            .or_else(|| lang_accepted(parts))
            .unwrap_or(Lang::En);
        let path_and_query = parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        Ok(Ui::new(lang, &path_and_query))
    }
}

/// Remembers a language chosen in the URL: the response sets the cookie.
pub async fn remember_lang(request: Request, next: Next) -> Response {
    let chosen = lang_in_query(request.uri().query());
    let mut response = next.run(request).await;
    if let Some(lang) = chosen {
        let cookie = format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_a_language_other_than_english() {
        assert_eq!(with_lang("/timeline", Lang::En), "/timeline");
        assert_eq!(with_lang("/timeline", Lang::Kk), "/timeline?lang=kk");
        assert_eq!(
            with_lang("/state?at=1917-10-30", Lang::Ru),
            "/state?at=1917-10-30&lang=ru"
        );
        assert_eq!(
            with_lang("/timeline#e.x", Lang::Kk),
            "/timeline?lang=kk#e.x"
        );
    }

    #[test]
    fn the_switcher_replaces_the_language_and_keeps_the_rest() {
        let ui = Ui::new(Lang::Kk, "/state?lang=kk&at=1917-10-30");
        assert_eq!(ui.this_page_in(Lang::En), "/state?at=1917-10-30&lang=en");
        let ui = Ui::new(Lang::En, "/");
        assert_eq!(ui.this_page_in(Lang::Ru), "/?lang=ru");
    }

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Lang::parse("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::parse("KK"), Some(Lang::Kk));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(lang_in_query(Some("at=x&lang=kk")), Some(Lang::Kk));
        assert_eq!(lang_in_query(Some("lang=xx")), None);
    }
}

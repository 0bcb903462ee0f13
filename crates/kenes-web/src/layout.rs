//! The frame of every page: its head, the navigation and the footer.

use maud::{DOCTYPE, Markup, html};

use crate::Explorer;

/// The pages of the navigation, by path and label.
const NAVIGATION: [(&str, &str); 4] = [
    ("/", "Overview"),
    ("/timeline", "Timeline"),
    ("/state", "The system on a day"),
    ("/sources", "Sources"),
];

/// A whole page: `title` in the head and as its heading, `body` under it.
pub fn page(explorer: &Explorer, path: &str, title: &str, body: Markup) -> Markup {
    let model = explorer.model.meta();
    let model_title = model
        .title
        .primary()
        .map_or(model.id.as_str(), |n| n.text());
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · kenes" }
                link rel="stylesheet" href="/static/kenes.css";
            }
            body {
                header.site {
                    a.brand href="/" { "kenes" }
                    span.model { (model_title) }
                    nav aria-label="Pages" {
                        ul {
                            @for (href, label) in NAVIGATION {
                                li {
                                    @if href == path {
                                        a href=(href) aria-current="page" { (label) }
                                    } @else {
                                        a href=(href) { (label) }
                                    }
                                }
                            }
                        }
                    }
                }
                main {
                    h1 { (title) }
                    (body)
                }
                footer.site {
                    "Model " (model.id) ", version " (model.version) " · " (explorer.name)
                }
            }
        }
    }
}

//! A readable account of the whole model: its title, period and calendar,
//! counts of entities, the bodies and proposals with their compositions, the
//! timeline, the stance matrix, the readings and the findings. One list of
//! blocks is rendered as Markdown ([`markdown`]) or as plain text with
//! aligned columns for the terminal ([`plain`]).

mod bodies;
mod chronicle;
mod doc;
mod overview;

use kenes_model::{Diagnostic, Model};

use doc::Block;

/// The report as Markdown.
pub fn markdown(model: &Model, diagnostics: &[Diagnostic]) -> String {
    doc::to_markdown(&blocks(model, diagnostics))
}

/// The report as plain text: the same content, paragraphs wrapped, tables as
/// aligned columns, no Markdown syntax.
pub fn plain(model: &Model, diagnostics: &[Diagnostic]) -> String {
    doc::to_plain(&blocks(model, diagnostics))
}

fn blocks(model: &Model, diagnostics: &[Diagnostic]) -> Vec<Block> {
    let mut blocks = overview::head(model);
    blocks.extend(overview::counts(model));
    blocks.extend(bodies::bodies(model));
    blocks.extend(bodies::proposals(model));
    blocks.extend(chronicle::timeline(model));
    blocks.extend(chronicle::stances(model));
    blocks.extend(overview::readings(model));
    blocks.extend(overview::findings(diagnostics));
    blocks
}

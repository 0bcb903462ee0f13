//! Completeness of the model against the paper it is encoded from: every
//! date, year, number, short guillemet quote (organisation or newspaper
//! name) and initialled person name of `texts/paper.kk.txt` must be accounted
//! for by the model (see `completeness/account.rs` for what that means per
//! kind) or listed in `completeness.tsv` as not a fact of the system, with a
//! category from a fixed set and a reason. Stale entries fail too. The test
//! prints the counts per kind and category, and on failure every
//! unaccounted item as `line:column kind «text» — why`. Set
//! `COMPLETENESS_VERBOSE=1` to print every item with its outcome.

mod completeness {
    pub mod account;
    pub mod exclusions;
    pub mod facts;
    pub mod months;
    pub mod normal;
    pub mod report;
    pub mod run;
    pub mod scan;
}

use std::path::{Path, PathBuf};

use completeness::run::{Run, run};

fn model_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../datasets/turkestan-1917")
}

const PAPER: &str = "texts/paper.kk.txt";
const LIST: &str = "completeness.tsv";

#[test]
fn every_item_of_the_paper_is_accounted_for_or_excluded() {
    let dir = model_dir();
    let list = std::fs::read_to_string(dir.join(LIST)).unwrap_or_default();
    let result = run(&dir, PAPER, &list);
    if std::env::var_os("COMPLETENESS_VERBOSE").is_some() {
        println!("{}", result.listing());
    }
    let table = result.report.table();
    println!("{table}");
    if !result.not_found.is_empty() {
        println!(
            "live claims whose passage the paper does not hold: {}",
            result.not_found.join(", ")
        );
    }
    if let Some(failure) = result.failure() {
        panic!("{table}\n{failure}");
    }
}

// ---------------------------------------------------------------- the check can fail

const MANIFEST: &str = r#"[model]
id = "tiny"
version = "1"
title = [{ text = "Шағын", lang = "kk" }]
relaying_work = "src.work"

[calendar]
default = "julian"
basis = "inferred"
reason = "Russian sources of 1917 used Old Style."
"#;

const TEXT: &str = "Кіріспе 3 бет.\n\n27 қазан күні П.А. Коровиченко бұйрық \n\nшығарды. «Тұран» ұйымы 114 делегат жіберді.\n";

fn entities(date: &str, attendance: u32, cited: bool) -> String {
    let claims = if cited { r#"claims = ["c.order"]"# } else { "" };
    format!(
        r#"[[source]]
id = "src.work"
kind = "article"
text = "texts/work.txt"

[[claim]]
id = "c.order"
source = "src.work"
passage = "27 қазан күні П.А. Коровиченко бұйрық шығарды. «Тұран» ұйымы 114 делегат жіберді."
lang = "kk"
english = "On 27 October P.A. Korovichenko issued an order. Turan sent 114 delegates."
voice = "author-judgement"

[[actor]]
id = "person.korovichenko"
kind = "person"
names = [{{ text = "П.А. Коровиченко", lang = "kk" }}]

[[actor]]
id = "org.turan"
kind = "organisation"
names = [{{ text = "Тұран", lang = "kk" }}]

[[event]]
id = "ev.order"
kind = "order"
title = "Order"
date = "{date}"
attendance = {attendance}
{claims}
"#
    )
}

fn tiny(date: &str, attendance: u32, cited: bool, list: &str) -> Run {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let write =
        |path: &Path, text: &str| std::fs::write(dir.path().join(path), text).expect("written");
    std::fs::create_dir(dir.path().join("texts")).expect("texts folder");
    write(Path::new("kenes.toml"), MANIFEST);
    write(Path::new("model.toml"), &entities(date, attendance, cited));
    write(Path::new("texts/work.txt"), TEXT);
    run(dir.path(), "texts/work.txt", list)
}

const PAGE: &str = "number\t3\t1\tpage-number\tthe page the heading stands on\n";

fn unaccounted(run: &Run) -> Vec<String> {
    run.report.unaccounted()
}

#[test]
fn a_model_that_states_every_item_passes() {
    let result = tiny("1917-10-27", 114, true, PAGE);
    assert_eq!(result.failure(), None, "{}", result.listing());
    assert!(result.report.table().contains("page-number"));
}

#[test]
fn a_wrong_date_or_number_fails() {
    let result = tiny("1917-10-28", 115, true, PAGE);
    let missing = unaccounted(&result);
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].starts_with("3:1 date «27 қазан»"), "{missing:?}");
    assert!(missing[1].contains("number «114»"), "{missing:?}");
}

#[test]
fn an_uncited_claim_accounts_for_nothing() {
    let result = tiny("1917-10-27", 114, false, PAGE);
    let missing = unaccounted(&result);
    assert_eq!(missing.len(), 4, "{missing:?}");
    assert!(
        missing.iter().all(|m| m.contains("which nothing cites")),
        "{missing:?}"
    );
}

#[test]
fn an_unlisted_page_number_and_stale_entries_fail() {
    let result = tiny("1917-10-27", 114, true, "");
    assert_eq!(
        unaccounted(&result),
        ["1:9 number «3» — in no live claim's passage and no recorded citation"]
    );
    let stale = "number\t114\t5\tnot-a-quantity\tthe model states it now\n\
                 number\t7\t1\tpage-number\tno such item on the line\n";
    let result = tiny("1917-10-27", 114, true, &format!("{PAGE}{stale}"));
    assert_eq!(result.problems.len(), 2, "{:?}", result.problems);
    assert!(result.problems[0].contains("accounted for by the model"));
    assert!(result.problems[1].contains("stale entry"));
}

//! The entity files of the synthetic model, kind by kind: each entity is
//! written as its TOML table, and every reference it makes names an entity
//! that exists (ids are numbered, so a reference is an index).

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use crate::text::{Text, english, proper_name};
use crate::{
    Args, Cast, Chunked, Plan, Rng, TEXT_PATH, WORK, claim_id, composition_id, date, day, id_list,
    paper_index, quoted,
};

pub struct Synth {
    rng: Rng,
    pub plan: Plan,
    cast: Cast,
    text: Text,
    out: PathBuf,
    /// `cited_as` of each source, for claims' locators.
    citations: Vec<String>,
    /// The next claim to cite: entities cite the claims in turn, so that (as
    /// in the real model) every claim supports something.
    next_claim: usize,
}

impl Synth {
    pub fn new(args: &Args) -> Synth {
        let mut rng = Rng::new(args.seed);
        let plan = Plan::new(args.claims);
        let text = Text::generate(&mut rng, (args.claims * 2).max(40_000));
        Synth {
            cast: Cast::new(plan.actors, &mut rng),
            rng,
            plan,
            text,
            out: args.out.clone(),
            citations: Vec::new(),
            next_claim: 0,
        }
    }

    /// Writes every file and returns how many `.toml` files there are.
    pub fn write_all(&mut self) -> io::Result<usize> {
        if self.out.exists() {
            fs::remove_dir_all(&self.out)?;
        }
        fs::create_dir_all(self.out.join("texts"))?;
        fs::write(self.out.join(TEXT_PATH), &self.text.body)?;
        self.write_manifest()?;
        let mut files = 1;
        files += self.write_sources()?;
        files += self.write_claims()?;
        files += self.write_actors()?;
        files += self.write_places()?;
        files += self.write_bodies()?;
        files += self.write_compositions()?;
        files += self.write_proposals_and_readings()?;
        files += self.write_events()?;
        files += self.write_stances()?;
        files += self.write_votes_and_populations()?;
        Ok(files)
    }

    fn write_manifest(&self) -> io::Result<()> {
        let manifest = format!(
            r#"# A synthetic model of {claims} claims, written by
# `cargo run --release -p kenes-dataset --example synthesize` for the scale benchmark.

[model]
id = "synthetic-{claims}"
version = "0.1.0"
title = [{{ text = "Жасанды үлгі", lang = "kk" }}, {{ text = "A synthetic model", lang = "en", kind = "rendering" }}]
description = "Synthetic prose and entities shaped like the Turkestan 1917 model; no historical content."
period = "1917-10-22/1917-11-25"
relaying_work = "{WORK}"

[calendar]
default = "julian"
basis = "inferred"
reason = "As the Turkestan 1917 model: Russian sources of 1917 used Old Style."
"#,
            claims = self.plan.claims
        );
        fs::write(self.out.join("kenes.toml"), manifest)
    }

    /// Two to four claims in turn, and now and then one drawn at random.
    fn claim_refs(&mut self) -> String {
        let mut ids: Vec<String> = (0..self.rng.range(2, 4))
            .map(|_| {
                self.next_claim = (self.next_claim + 1) % self.plan.claims;
                claim_id(self.next_claim)
            })
            .collect();
        if self.rng.chance(20) {
            ids.push(claim_id(self.rng.below(self.plan.claims)));
        }
        id_list(&ids)
    }

    fn names(&mut self, name: Option<String>) -> String {
        let name = name.unwrap_or_else(|| proper_name(&mut self.rng));
        let rendering = english(&mut self.rng, 3);
        format!(
            "[{{ text = {}, lang = \"kk\" }}, {{ text = {}, lang = \"en\", kind = \"rendering\" }}]",
            quoted(&name),
            quoted(rendering.trim_end_matches('.'))
        )
    }

    fn actor(&mut self, kind: usize) -> String {
        let list = match kind {
            0 => &self.cast.persons,
            1 => &self.cast.collectives,
            2 => &self.cast.newspapers,
            3 => &self.cast.groups,
            _ => &self.cast.parties,
        };
        list[self.rng.below(list.len())].clone()
    }

    fn place(&mut self) -> String {
        format!("place.{:06}", self.rng.below(self.plan.places))
    }

    fn body_ref(&mut self) -> String {
        format!("body.{:06}", self.rng.below(self.plan.bodies))
    }

    fn write_sources(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "sources", "")?;
        let work = out.next()?;
        writeln!(
            work,
            "[[source]]\nid = \"{WORK}\"\nkind = \"article\"\ntitle = \"ЖАСАНДЫ МАҚАЛА\"\nauthor = \"Жасанды Ж.Ж.\"\nlang = \"kk\"\ntext = \"{TEXT_PATH}\"\n"
        )?;
        self.citations.push(String::new());
        for index in 1..self.plan.sources {
            let entry = self.source(index);
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn source(&mut self, index: usize) -> String {
        let id = format!("src.{index:06}");
        let when = day(self.rng.below(35));
        let mut entry = format!("[[source]]\nid = \"{id}\"\n");
        let cited_as = match index % 10 {
            0..5 => {
                let paper = self.actor(2);
                let (month, dd) = (&when[5..7], &when[8..]);
                let month = if month == "10" {
                    "октябрь"
                } else {
                    "ноябрь"
                };
                let title = &self.cast.names[paper_index(&paper)];
                let cited = format!("[{title}, 1917. {} {month}]", dd.trim_start_matches('0'));
                entry += &format!(
                    "kind = \"newspaper-issue\"\nnewspaper = \"{paper}\"\ndate = \"{when}\"\n"
                );
                cited
            }
            5 | 6 => {
                let author = proper_name(&mut self.rng);
                let year = 1920 + self.rng.below(80);
                entry += &format!(
                    "kind = \"book\"\nauthor = {}\ndate = \"{year}\"\n",
                    quoted(&author)
                );
                format!("[{author}, {year}]")
            }
            7 => {
                let fund = self.rng.range(1, 999);
                let file = self.rng.range(1, 300);
                entry += &format!(
                    "kind = \"archive-file\"\narchive = {{ archive = \"ҚРОММ\", fund = \"{fund}-қ.\", inventory = \"1-т.\", file = \"{file}-іс.\", sheets = \"{}-п.\" }}\n",
                    self.rng.range(1, 90)
                );
                format!("[ҚРОММ, {fund}-қ., 1-т., {file}-іс.]")
            }
            8 => {
                let issuer = self.actor(1);
                entry += &format!(
                    "kind = \"document\"\nissued_by = \"{issuer}\"\ndate = \"{when}\"\ntitle = \"Қаулы\"\n"
                );
                String::new()
            }
            _ => {
                entry += "kind = \"unnamed\"\nnote = \"A quotation the work gives without a citation.\"\n";
                String::new()
            }
        };
        if !cited_as.is_empty() {
            entry += &format!("cited_as = {}\nlang = \"ru\"\n", quoted(&cited_as));
        }
        entry.push('\n');
        self.citations.push(cited_as);
        entry
    }

    fn write_claims(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "claims", "")?;
        for index in 0..self.plan.claims {
            let entry = self.claim(index);
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn claim(&mut self, index: usize) -> String {
        let count = self.rng.range(8, 30);
        let first = self.rng.below(self.text.words.len() - count);
        let passage = self.text.passage(first, count);
        let english = english(&mut self.rng, count);
        let mut entry = format!("[[claim]]\nid = \"{}\"\n", claim_id(index));
        match self.rng.below(100) {
            0..45 => entry += &format!("source = \"{WORK}\"\n"),
            roll => {
                let source = self.rng.range(1, self.plan.sources - 1);
                entry += &format!("source = \"src.{source:06}\"\nvia = [\"{WORK}\"]\n");
                if !self.citations[source].is_empty() {
                    entry += &format!("locator = {}\n", quoted(&self.citations[source]));
                }
                entry += "translated = true\n";
                entry += &format!(
                    "passage = {}\nlang = \"kk\"\nenglish = {}\n",
                    quoted(&passage),
                    quoted(&english)
                );
                if roll < 85 {
                    entry += "voice = \"quoted-document\"\n";
                } else {
                    let historian = self.actor(0);
                    entry +=
                        &format!("voice = \"author-retelling\"\nhistorian = \"{historian}\"\n");
                }
                return self.claim_tail(entry);
            }
        }
        entry += &format!(
            "passage = {}\nlang = \"kk\"\nenglish = {}\nvoice = \"author-judgement\"\n",
            quoted(&passage),
            quoted(&english)
        );
        self.claim_tail(entry)
    }

    fn claim_tail(&mut self, mut entry: String) -> String {
        match self.rng.below(100) {
            0..10 => entry += "confidence = \"medium\"\n",
            10..13 => {
                entry += "note = \"The figure differs from the other newspaper's account.\"\n"
            }
            _ => {}
        }
        entry.push('\n');
        entry
    }

    fn write_actors(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "actors", "")?;
        for index in 0..self.plan.actors {
            let (id, kind) = self.cast.all[index].clone();
            let name = self.cast.names[index].clone();
            let mut entry = format!(
                "[[actor]]\nid = \"{id}\"\nkind = \"{kind}\"\nnames = {}\n",
                self.names(Some(name))
            );
            if self.rng.chance(30) {
                entry += "description = \"A synthetic actor.\"\n";
            }
            if self.rng.chance(50) {
                entry += &format!("place = \"{}\"\n", self.place());
            }
            if kind == "faction" {
                entry += &format!("part_of = \"{}\"\n", self.actor(4));
            }
            if kind == "person" && self.rng.chance(40) {
                let organisation = self.actor(1);
                entry += &format!(
                    "affiliations = [{{ organisation = \"{organisation}\", role = \"member\" }}]\n"
                );
            }
            entry += &format!("claims = {}\n\n", self.claim_refs());
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn write_places(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "places", "")?;
        for index in 0..self.plan.places {
            let kind = match index {
                0 => "country",
                1..4 => "region",
                4..10 => "oblast",
                _ => *self
                    .rng
                    .pick(&["uezd", "town", "town", "district", "other"]),
            };
            let mut entry = format!(
                "[[place]]\nid = \"place.{index:06}\"\nkind = \"{kind}\"\nnames = {}\n",
                self.names(None)
            );
            if index > 0 {
                let within = self.rng.below(index.min(10));
                entry += &format!("within = \"place.{within:06}\"\n");
            }
            entry += &format!("claims = {}\n\n", self.claim_refs());
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn write_bodies(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "bodies", "body-")?;
        let kinds = [
            "executive-committee",
            "council",
            "soviet",
            "congress",
            "duma",
            "government",
            "meeting",
            "commission",
            "other",
        ];
        for index in 0..self.plan.bodies {
            let kind = kinds[index % kinds.len()];
            let mut entry = format!(
                "[[body]]\nid = \"body.{index:06}\"\nkind = \"{kind}\"\nnames = {}\nplace = \"{}\"\n",
                self.names(None),
                self.place()
            );
            if index > 0 && self.rng.chance(20) {
                entry += &format!("attached_to = \"body.{:06}\"\n", self.rng.below(index));
            }
            entry += &format!("claims = {}\n\n", self.claim_refs());
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    /// Composition `i` is of body `i % bodies`; most add up to their `size`,
    /// one in ten does not, one in twenty leaves a seat count out.
    fn write_compositions(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "bodies", "composition-")?;
        for index in 0..self.plan.compositions {
            let body = index % self.plan.bodies;
            let mut seats = Vec::new();
            let mut total = 0;
            for _ in 0..self.rng.range(2, 6) {
                let count = self.rng.range(1, 12);
                total += count;
                seats.push(format!(
                    "{{ constituency = \"{}\", seats = {count} }}",
                    self.actor(1)
                ));
            }
            if self.rng.chance(5) {
                seats.push(format!(
                    "{{ constituency = \"{}\", note = \"number not given\" }}",
                    self.actor(1)
                ));
            }
            let size = if self.rng.chance(10) {
                total + self.rng.range(1, 3)
            } else {
                total
            };
            let entry = format!(
                "[[composition]]\nid = \"{}\"\nof = \"body.{body:06}\"\nlabel = \"as source {} lists it\"\nsize = {size}\nseats = [\n  {},\n]\nclaims = {}\n\n",
                composition_id(index),
                index,
                seats.join(",\n  "),
                self.claim_refs()
            );
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn write_proposals_and_readings(&mut self) -> io::Result<usize> {
        let mut proposals = Chunked::new(&self.out, "bodies", "proposal-")?;
        for index in 0..self.plan.proposals {
            let outcome = *self
                .rng
                .pick(&["adopted", "rejected", "withdrawn", "undecided"]);
            let mut entry = format!(
                "[[proposal]]\nid = \"prop.{index:06}\"\ntitle = \"A proposal on the regional committee\"\nproposers = [\"{}\"]\nevent = \"ev.{index:06}\"\noutcome = \"{outcome}\"\npoints = [\"all power to the committee\", \"seats in proportion to population\"]\n",
                self.actor(1)
            );
            if index < self.plan.votes {
                entry += &format!("vote = \"vote.{index:06}\"\n");
            }
            if self.rng.chance(50) {
                entry += &format!("body = \"{}\"\n", self.body_ref());
            }
            entry += &format!("claims = {}\n\n", self.claim_refs());
            proposals.next()?.write_all(entry.as_bytes())?;
        }
        let mut readings = Chunked::new(&self.out, "bodies", "reading-")?;
        let with_two = self.plan.compositions - self.plan.bodies;
        for index in 0..self.plan.readings {
            let body = index % with_two;
            let alternatives = [
                composition_id(body),
                composition_id(body + self.plan.bodies),
            ];
            let entry = format!(
                "[[reading]]\nid = \"r.{index:06}\"\nquestion = \"How many seats had the body?\"\nalternatives = {}\nadopted = \"{}\"\nreason = \"The nearer source is preferred.\"\nclaims = {}\n\n",
                id_list(&alternatives),
                alternatives[0],
                self.claim_refs()
            );
            readings.next()?.write_all(entry.as_bytes())?;
        }
        Ok(proposals.finish()? + readings.finish()?)
    }

    fn write_events(&mut self) -> io::Result<usize> {
        let mut out = Chunked::new(&self.out, "events", "")?;
        for index in 0..self.plan.events {
            let entry = self.event(index);
            out.next()?.write_all(entry.as_bytes())?;
        }
        out.finish()
    }

    fn event(&mut self, index: usize) -> String {
        let kinds = [
            "uprising",
            "fighting",
            "arrest",
            "order",
            "meeting",
            "sitting",
            "congress",
            "decision",
            "declaration",
            "publication",
            "telegram",
            "letter",
            "speech",
            "election",
            "journey",
            "other",
        ];
        let kind = kinds[index % kinds.len()];
        let mut entry = format!(
            "[[event]]\nid = \"ev.{index:06}\"\nkind = \"{kind}\"\ntitle = \"Event {index}\"\ndate = \"{}\"\nplace = \"{}\"\n",
            date(&mut self.rng),
            self.place()
        );
        if self.rng.chance(5) {
            entry += "status = \"planned\"\n";
        }
        if matches!(kind, "meeting" | "sitting") {
            entry += &format!(
                "body = \"{}\"\nattendance = {}\n",
                self.body_ref(),
                self.rng.range(20, 300)
            );
        }
        if kind == "sitting" && index >= 15 {
            // event `index - 15` is a congress: the kinds repeat every 16
            entry += &format!("part_of = \"ev.{:06}\"\n", index - 15);
        }
        if index > 0 && self.rng.chance(3) {
            entry += &format!("account_of = \"ev.{:06}\"\n", self.rng.below(index));
        }
        if self.rng.chance(40) {
            let participant = format!(
                "{{ actor = \"{}\", role = \"delegate\", on_behalf_of = \"{}\" }}",
                self.actor(0),
                self.actor(1)
            );
            entry += &format!("participants = [{participant}]\n");
        }
        let effects = self.effects(index);
        if !effects.is_empty() {
            entry += &format!("effects = [\n  {},\n]\n", effects.join(",\n  "));
        }
        entry += &format!("claims = {}\n\n", self.claim_refs());
        entry
    }

    /// Event `i` holds vote `i` and decides proposal `i`; body `b` is formed
    /// at event `events - 1 - b`; every other event takes stance `i / 2` when
    /// there is one; the rest of the effects are drawn at random.
    fn effects(&mut self, index: usize) -> Vec<String> {
        let mut effects = Vec::new();
        if index < self.plan.votes {
            effects.push(format!(
                "{{ kind = \"vote-held\", vote = \"vote.{index:06}\" }}"
            ));
        }
        if index < self.plan.proposals {
            effects.push(format!(
                "{{ kind = \"proposal-decided\", proposal = \"prop.{index:06}\" }}"
            ));
        }
        let formed = self.plan.events - 1 - index;
        if formed < self.plan.bodies {
            effects.push(format!(
                "{{ kind = \"body-formed\", body = \"body.{formed:06}\", composition = \"{}\" }}",
                composition_id(formed)
            ));
        }
        if index % 2 == 1 && index / 2 < self.plan.stances {
            effects.push(format!(
                "{{ kind = \"stance-taken\", stance = \"st.{:06}\" }}",
                index / 2
            ));
        }
        if self.rng.chance(30) {
            let effect = self.random_effect();
            effects.push(effect);
        }
        effects
    }

    fn random_effect(&mut self) -> String {
        match self.rng.below(8) {
            0 => format!(
                "{{ kind = \"power-contested\", scope = \"{}\", parties = [\"{}\", \"{}\"] }}",
                self.place(),
                self.actor(1),
                self.actor(1)
            ),
            1 => format!(
                "{{ kind = \"power-passed\", scope = \"{}\", to = \"{}\", from = \"{}\" }}",
                self.place(),
                self.actor(1),
                self.actor(1)
            ),
            2 => format!(
                "{{ kind = \"martial-law\", scope = \"{}\", by = \"{}\" }}",
                self.place(),
                self.actor(1)
            ),
            3 => format!("{{ kind = \"arrested\", person = \"{}\" }}", self.actor(0)),
            4 => format!("{{ kind = \"released\", person = \"{}\" }}", self.actor(0)),
            5 => format!(
                "{{ kind = \"seats-refused\", actor = \"{}\", body = \"{}\" }}",
                self.actor(1),
                self.body_ref()
            ),
            6 => format!(
                "{{ kind = \"left\", actor = \"{}\", from = \"{}\" }}",
                self.actor(1),
                self.body_ref()
            ),
            _ => format!(
                "{{ kind = \"body-dissolved\", body = \"{}\" }}",
                self.body_ref()
            ),
        }
    }

    fn write_stances(&mut self) -> io::Result<usize> {
        let mut issues = Chunked::new(&self.out, "stances", "issue-")?;
        for index in 0..self.plan.issues {
            let entry = format!(
                "[[issue]]\nid = \"issue.{index:06}\"\nnames = [{{ text = \"Issue {index}\", lang = \"en\" }}]\ndescription = \"A synthetic issue.\"\n\n"
            );
            issues.next()?.write_all(entry.as_bytes())?;
        }
        let mut stances = Chunked::new(&self.out, "stances", "stance-")?;
        for index in 0..self.plan.stances {
            let entry = self.stance(index);
            stances.next()?.write_all(entry.as_bytes())?;
        }
        Ok(issues.finish()? + stances.finish()?)
    }

    fn stance(&mut self, index: usize) -> String {
        let position = *self
            .rng
            .pick(&["support", "oppose", "compromise", "refuse", "neutral"]);
        let voice = if self.rng.chance(25) {
            format!("voice = \"ascribed\"\nby = \"{}\"\n", self.actor(2))
        } else {
            "voice = \"declared\"\n".to_owned()
        };
        format!(
            "[[stance]]\nid = \"st.{index:06}\"\nactor = \"{}\"\nissue = \"issue.{:06}\"\nposition = \"{position}\"\ndate = \"{}\"\n{voice}summary = {}\nclaims = {}\n\n",
            self.actor(1),
            self.rng.below(self.plan.issues),
            date(&mut self.rng),
            quoted(&english(&mut self.rng, 10)),
            self.claim_refs()
        )
    }

    fn write_votes_and_populations(&mut self) -> io::Result<usize> {
        let mut votes = Chunked::new(&self.out, "votes", "vote-")?;
        for index in 0..self.plan.votes {
            let (against, abstain) = (self.rng.range(10, 120), self.rng.range(0, 30));
            let mut entry = format!(
                "[[vote]]\nid = \"vote.{index:06}\"\nevent = \"ev.{index:06}\"\nmotion = \"Motion {index}\"\ntallies = [{{ option = \"against\", count = {against} }}, {{ option = \"abstain\", count = {abstain} }}]\n"
            );
            if index < self.plan.proposals {
                entry += &format!("proposal = \"prop.{index:06}\"\n");
            }
            if self.rng.chance(50) {
                entry += &format!("present = {}\n", against + abstain);
            }
            entry += &format!("claims = {}\n\n", self.claim_refs());
            votes.next()?.write_all(entry.as_bytes())?;
        }
        let mut populations = Chunked::new(&self.out, "votes", "population-")?;
        for index in 0..self.plan.populations {
            let share = *self.rng.pick(&["95", "97.5", "60", "3.25"]);
            let entry = format!(
                "[[population]]\nid = \"pop.{index:06}\"\nscope = \"{}\"\ngroup = \"{}\"\nshare_percent = \"{share}\"\ncount = {}\ncount_is_lower_bound = true\nclaims = {}\n\n",
                self.place(),
                self.actor(3),
                self.rng.range(1000, 10_000_000),
                self.claim_refs()
            );
            populations.next()?.write_all(entry.as_bytes())?;
        }
        Ok(votes.finish()? + populations.finish()?)
    }
}

#!/usr/bin/env python3
"""Check paper.paragraphs.toml against paper.kk.txt.

- ids are p001, p002, … in order; kind and lang are from the allowed sets;
- ranges are in order, do not overlap, start and end on non-blank lines,
  and together cover every non-blank line of paper.kk.txt exactly once;
- `en` is present unless lang = en, `ru` unless lang = ru;
- every bracketed citation […] of the original appears verbatim in each translation;
- every number of the original appears (as often) in each translation.
Run: python3 check_paragraphs.py   (exit status 1 on any error)
"""
import re, sys, tomllib
from collections import Counter
from pathlib import Path

here = Path(__file__).resolve().parent
lines = (here / "paper.kk.txt").read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "":
    lines.pop()
paras = tomllib.loads((here / "paper.paragraphs.toml").read_text(encoding="utf-8"))["paragraph"]
KINDS = {"title", "author", "affiliation", "abstract", "keywords", "heading", "body",
         "quotation", "list-item", "conclusion"}
errors = []
covered = Counter()
prev_last = 0
for i, p in enumerate(paras, 1):
    pid = p.get("id")
    if pid != f"p{i:03d}":
        errors.append(f"{pid}: expected id p{i:03d}")
    if p.get("kind") not in KINDS:
        errors.append(f"{pid}: bad kind {p.get('kind')!r}")
    lang = p.get("lang")
    if lang not in {"kk", "ru", "en"}:
        errors.append(f"{pid}: bad lang {lang!r}")
    first, last = p["lines"]
    if not (1 <= first <= last <= len(lines)):
        errors.append(f"{pid}: bad range {first}-{last}")
        continue
    if first <= prev_last:
        errors.append(f"{pid}: starts at {first}, overlaps or precedes previous end {prev_last}")
    for n in (first, last):
        if not lines[n - 1].strip():
            errors.append(f"{pid}: line {n} is blank")
    between = [n for n in range(prev_last + 1, first) if lines[n - 1].strip()]
    if between:
        errors.append(f"{pid}: non-blank lines {between} before it belong to no paragraph")
    for n in range(first, last + 1):
        if lines[n - 1].strip():
            covered[n] += 1
    prev_last = last
    text = " ".join(lines[n - 1].strip() for n in range(first, last + 1) if lines[n - 1].strip())
    for key in ("en", "ru"):
        if key == lang:
            if key in p:
                errors.append(f"{pid}: original is {lang}; `{key}` should be left out")
            continue
        tr = p.get(key)
        if not tr or not tr.strip():
            errors.append(f"{pid}: missing `{key}`")
            continue
        for cit in re.findall(r"\[[^\]]*\]", text):
            if cit not in tr:
                errors.append(f"{pid}: citation {cit} missing from `{key}`")
        want = Counter(re.findall(r"\d+", text))
        got = Counter(re.findall(r"\d+", tr))
        short = want - got
        if short:
            errors.append(f"{pid}: numbers {dict(short)} of the original missing from `{key}`")
rest = [n for n in range(prev_last + 1, len(lines) + 1) if lines[n - 1].strip()]
if rest:
    errors.append(f"non-blank lines {rest} after the last paragraph belong to no paragraph")
nonblank = [n for n, l in enumerate(lines, 1) if l.strip()]
missing = [n for n in nonblank if covered[n] != 1]
if missing:
    errors.append(f"lines not covered exactly once: {missing}")
print(f"{len(paras)} paragraphs, {len(nonblank)} non-blank lines, "
      f"{sum(covered.values())} covered; {len(errors)} error(s)")
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)

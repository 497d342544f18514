"""Benchmark: presslake's metadata against trafilatura's, field by field, on dev sets with references.

Usage: python bench/metadata.py [--devsets DIR] [--set NAME ...] [--part tune|measure|both] [--misses N]

Each dev set is a public test suite whose maintainers wrote the expected values (or, for
Readability, its own output), read where it lies; none is copied into this repository:

- `readability`: ../shared/corpus/readability-test-pages (title, byline, publishedTime);
- `htmldate`: htmldate's evaluation pages, tests/eval and tests/test_set with the dates of
  eval_default.json and eval_mediacloud_2020.json (dates only);
- `goose3`: goose3's tests/data (titles, authors, publish dates, top images);
- `fundus`: fundus's parser test pages (title, authors, publishing_date; the cover image,
  right when ours is any of its versions), each parser version with the page it was written
  for (fundus's own rule: a page is parsed by the first version valid on its crawl date);
- `metascraper`: microlinkhq/metascraper's integration pages with the maintainers' snapshots
  (title, author, date, image, publisher).

Checkouts are looked for in --devsets (default: $PRESSLAKE_DEVSETS, else the folder that holds this
repository); a set whose checkout is not there is reported as left out:

    git clone https://github.com/goose3/goose3 ../goose3
    git clone https://github.com/adbar/htmldate ../htmldate
    git clone https://github.com/flairNLP/fundus ../fundus
    git clone https://github.com/microlinkhq/metascraper ../metascraper

Every set is split in two halves by a hash of the site (fundus: of the publisher), so pages of
one site never fall in both: `tune` is what the rules were developed on, `measure` is only
measured. presslake (`extract_article`) and trafilatura (`extract_metadata`) run in this process
on the same bytes. A field is scored on the pages whose reference has a value:
- title: equal after collapsing white space (case-insensitive);
- authors: the same set of names when the reference is a list; when it is one string (a byline),
  every name found occurs in it; metascraper's (its first author only) is the first name found;
- date: the same day: the UTC day when the reference has a time with an offset, else the day
  the page states (trafilatura gives only that); `±1 day` also counts a neighbouring day;
- image: the same URL, character for character (fundus: any version of the cover image);
- publisher: equal after collapsing white space (case-insensitive).
Where the reference says there is none (null), a value given is counted as `given on none`:
the reference's absence, not a verified one (Readability's own extractor misses dates).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))
from presslake.article.extract import extract_article, parse_html  # noqa: E402
from presslake.article.metadata import read_meta  # noqa: E402
from presslake.article.rawinput import RejectedInput, decode_page  # noqa: E402

FIELDS = ("title", "authors", "date", "image", "publisher")
# A reference that is not there is not scored; NONE says the reference states there is none.
NONE = ""


@dataclass
class Case:
    devset: str
    name: str
    site: str                     # pages of one site land in one half
    html: bytes
    url: str | None
    expected: dict = field(default_factory=dict)   # field -> value, list, NONE; absent = not labelled

    @property
    def part(self) -> str:
        return "tune" if hashlib.sha1(self.site.encode()).digest()[0] % 2 == 0 else "measure"


# ---------------------------------------------------------------- dev sets

def readability_cases(devsets: Path) -> Iterator[Case]:
    corpus = ROOT.parent / "shared" / "corpus" / "readability-test-pages"
    for folder in sorted(p for p in corpus.iterdir() if (p / "source.html").exists()):
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = {"title": meta.get("title") or NONE, "authors": meta.get("byline") or NONE,
                    "date": meta.get("publishedTime") or NONE}
        yield Case("readability", folder.name, folder.name, (folder / "source.html").read_bytes(), None, expected)


def htmldate_cases(devsets: Path) -> Iterator[Case]:
    tests = devsets / "htmldate" / "tests"
    for index, folder in (("eval_default.json", "eval"), ("eval_mediacloud_2020.json", "test_set")):
        for url, item in json.loads((tests / index).read_text(encoding="utf-8")).items():
            path = tests / folder / item["file"]
            if path.exists():  # a page without a date has NaN
                want = item["date"] if isinstance(item["date"], str) else NONE
                yield Case("htmldate", item["file"], _host(url), path.read_bytes(), url, {"date": want})


def goose3_cases(devsets: Path) -> Iterator[Case]:
    data = devsets / "goose3" / "tests" / "data"
    for path in sorted(data.glob("*/*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        want, html = spec.get("expected") or {}, path.with_suffix(".html")
        if not html.exists():
            continue
        expected = {}
        if want.get("title"):
            expected["title"] = want["title"]
        if "authors" in want:
            expected["authors"] = want["authors"] or NONE
        if want.get("publish_datetime_utc") or want.get("publish_date"):
            expected["date"] = want.get("publish_datetime_utc") or want["publish_date"]
        if isinstance(want.get("top_image"), dict):
            expected["image"] = want["top_image"].get("src") or NONE
        if expected:
            name = f"{path.parent.name}/{path.stem}"
            yield Case("goose3", name, name, html.read_bytes(), spec.get("url"), expected)


def _version_key(name: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", name))


def fundus_cases(devsets: Path) -> Iterator[Case]:
    data = devsets / "fundus" / "tests" / "resources" / "parser" / "test_data"
    for path in sorted(data.glob("*/*.json")):
        publisher, country = path.stem, path.parent
        meta_info = json.loads((country / "meta.info").read_text(encoding="utf-8"))
        versions = json.loads(path.read_text(encoding="utf-8"))
        pages = sorted(country.glob(f"{publisher}_*.html.gz"))   # by crawl date, as the versions' validity
        for version, page in zip(sorted(versions, key=_version_key), pages, strict=True):
            want = versions[version]
            expected = {"title": want.get("title") or NONE, "date": want.get("publishing_date") or NONE}
            if "authors" in want:
                expected["authors"] = want["authors"] or NONE
            covers = [image for image in want.get("images") or [] if image.get("is_cover")]
            if covers:
                expected["image"] = [v["url"] for v in covers[0]["versions"]]
            yield Case("fundus", f"{country.name}/{publisher}#{version}", publisher, gzip.decompress(page.read_bytes()),
                       meta_info.get(page.name, {}).get("url"), expected)


_JS_STRING = r"'((?:[^'\\]|\\.)*)'"


def _js_value(snapshot: str, key: str):
    match = re.search(rf"^\s+{key}: (?:null|{_JS_STRING}),?$", snapshot, re.M)
    if not match:
        return None
    if match.group(1) is None:
        return NONE
    return re.sub(r"\\(.)", r"\1", match.group(1))


class FirstAuthor(str):
    """A reference that names an article's first author only."""


def metascraper_cases(devsets: Path) -> Iterator[Case]:
    integration = devsets / "metascraper" / "packages" / "metascraper" / "test" / "integration"
    for folder in sorted(integration.iterdir()):
        html, snapshot_md = folder / "input.html", folder / "snapshots" / "index.js.md"
        if not html.exists() or not snapshot_md.exists():
            continue
        url = re.search(r"const url =\s*" + _JS_STRING, (folder / "index.js").read_text(encoding="utf-8"))
        snapshot = snapshot_md.read_text(encoding="utf-8")
        expected = {name: _js_value(snapshot, key) for name, key in
                    (("title", "title"), ("authors", "author"), ("date", "date"), ("image", "image"),
                     ("publisher", "publisher"))}
        if expected["authors"]:  # metascraper gives the first author only
            expected["authors"] = FirstAuthor(expected["authors"])
        yield Case("metascraper", folder.name, folder.name, html.read_bytes(), url.group(1) if url else None,
                   {k: v for k, v in expected.items() if v is not None})


DEVSETS = {"readability": readability_cases, "htmldate": htmldate_cases, "goose3": goose3_cases,
           "fundus": fundus_cases, "metascraper": metascraper_cases}
# the checkout each set needs under --devsets (Readability's pages are in ../shared/corpus)
CHECKOUTS = {"htmldate": "htmldate", "goose3": "goose3", "fundus": "fundus", "metascraper": "metascraper"}


def _host(url: str) -> str:
    return re.sub(r"^www\.", "", url.split("/")[2].lower()) if "//" in url else url


# ---------------------------------------------------------------- the two extractors

def presslake_fields(case: Case) -> dict:
    try:
        article = extract_article(case.html, case.url)
    except RejectedInput:
        return {}
    days = None
    if article.published_at is not None:
        # the UTC day, and the day the page states (a reference without a time names that one)
        stated = read_meta(parse_html(decode_page(case.html, None).text), case.url).published
        days = (article.published_at.astimezone(timezone.utc).date(), stated.at.date() if stated else None)
    return {"title": article.title, "authors": article.authors, "date": days, "image": article.lead_image_url,
            "publisher": getattr(article, "publisher", None)}


def trafilatura_fields(case: Case) -> dict:
    tree = trafilatura.load_html(case.html)
    if tree is None:
        return {}
    document = trafilatura.extract_metadata(tree, default_url=case.url)
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    day = date.fromisoformat(document.date) if document.date else None   # the day the page states
    return {"title": document.title, "authors": authors, "date": (day, day) if day else None, "image": document.image,
            "publisher": document.sitename}


EXTRACTORS = {"presslake": presslake_fields, "trafilatura": trafilatura_fields}


# ---------------------------------------------------------------- scoring

def norm(text) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text or "").strip()).casefold()


def reference_day(value: str) -> tuple[date, bool] | None:
    """The day a reference date names and whether it is a UTC day: its UTC day when it carries an
    offset, else the day as written (a local day)."""
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace(" UTC", "+00:00"))
    except ValueError:
        from dateutil import parser as dateutil_parser

        try:
            parsed = dateutil_parser.parse(text, ignoretz=True)
        except (ValueError, OverflowError):
            return None
    return (parsed.astimezone(timezone.utc).date(), True) if parsed.tzinfo else (parsed.date(), False)


def _day(got, want: str) -> tuple[date | None, date | None]:
    """(the extractor's day, the reference's day), both UTC days or both stated days."""
    reference = reference_day(want)
    if reference is None or not got:
        return None, reference[0] if reference else None
    utc_day, stated_day = got
    return (utc_day if reference[1] else stated_day), reference[0]


def field_ok(name: str, got, want) -> bool | None:
    """True/False against a reference value; None where the reference is absent or states none."""
    if want is None or want == NONE:
        return None
    if name == "authors":
        names = [norm(a) for a in got or [] if norm(a)]
        if isinstance(want, list):
            return bool(names) and set(names) == {norm(a) for a in want}
        if isinstance(want, FirstAuthor):
            return bool(names) and names[0] == norm(want)
        return bool(names) and all(n in norm(want) for n in names)
    if name == "date":
        ours, theirs = _day(got, want)
        return theirs is not None and ours == theirs
    if name == "image":
        return got is not None and (got in want if isinstance(want, list) else got == want.strip())
    return norm(got) == norm(want) if got else False


def near_day(got, want) -> bool:
    ours, theirs = _day(got, want)
    return ours is not None and theirs is not None and abs((ours - theirs).days) <= 1


def given(value) -> bool:
    return bool(value) if not isinstance(value, list) else any(value)


@dataclass
class Tally:
    right: int = 0
    scored: int = 0
    near: int = 0
    given_on_none: int = 0
    none: int = 0
    misses: list = field(default_factory=list)

    def rate(self) -> str:
        return f"{self.right / self.scored:.2f}" if self.scored else "-"


def score(cases: list[Case]) -> dict:
    """(part, extractor, field) -> Tally."""
    tallies: dict = {}
    for case in cases:
        for extractor, run in EXTRACTORS.items():
            got = run(case)
            for name, want in case.expected.items():
                tally = tallies.setdefault((case.part, extractor, name), Tally())
                if want == NONE:
                    tally.none += 1
                    tally.given_on_none += given(got.get(name))
                    continue
                ok = field_ok(name, got.get(name), want)
                tally.scored += 1
                tally.right += bool(ok)
                if name == "date":
                    tally.near += bool(near_day(got.get(name), want))
                if not ok:
                    tally.misses.append((case.name, got.get(name), want))
    return tallies


def report(devset: str, tallies: dict, parts: list[str], misses: int) -> str:
    lines = [f"### metadata: {devset}", "",
             "| part | field | pages | presslake | trafilatura | given on none (presslake / trafilatura of n) |",
             "|---|---|---|---|---|---|"]
    for part in parts:
        for name in FIELDS:
            ours, theirs = tallies.get((part, "presslake", name)), tallies.get((part, "trafilatura", name))
            if ours is None:
                continue
            extra = ""
            if name == "date" and ours.scored:
                extra = f" (±1 day {ours.near / ours.scored:.2f})"
                their_extra = f" (±1 day {theirs.near / theirs.scored:.2f})"
            else:
                their_extra = ""
            none = f"{ours.given_on_none} / {theirs.given_on_none} of {ours.none}" if ours.none else "-"
            lines.append(f"| {part} | {name} | {ours.scored} | {ours.rate()}{extra} | {theirs.rate()}{their_extra} "
                         f"| {none} |")
    if misses and "tune" in parts:
        # only the tuning half's misses are ever listed: the other half stays unseen
        for name in FIELDS:
            tally = tallies.get(("tune", "presslake", name))
            for case_name, got, want in (tally.misses if tally else [])[:misses]:
                lines.append(f"- {name} {case_name}: got {str(got)[:100]!r}, want {str(want)[:100]!r}")
    return "\n".join(lines)


def run(devsets: Path, names: list[str], parts: list[str], misses: int = 0) -> str:
    out = []
    for name in names:
        if name in CHECKOUTS and not (devsets / CHECKOUTS[name]).is_dir():
            out.append(f"### metadata: {name}\n\nleft out: no checkout at {devsets / CHECKOUTS[name]}")
            continue
        cases = [case for case in DEVSETS[name](devsets) if case.part in parts]
        out.append(report(name, score(cases), parts, misses))
    return "\n\n".join(out)


def main(argv=None) -> int:
    warnings.simplefilter("ignore")  # trafilatura's and dateutil's per-page warnings
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devsets", type=Path, default=Path(os.environ.get("PRESSLAKE_DEVSETS", ROOT.parent)),
                        help="folder with the checkouts (default: $PRESSLAKE_DEVSETS, else the repository's parent)")
    parser.add_argument("--set", action="append", choices=list(DEVSETS), help="a dev set (repeatable); default all")
    parser.add_argument("--part", choices=("tune", "measure", "both"), default="both")
    parser.add_argument("--misses", type=int, default=0, help="list the first N misses per field of the tuning half")
    args = parser.parse_args(argv)
    parts = ["tune", "measure"] if args.part == "both" else [args.part]
    print(run(args.devsets, args.set or list(DEVSETS), parts, args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

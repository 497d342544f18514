"""The labelled set for bench/figures.py: which articles, and how their text is derived.

Labels live in bench/figures_labels.json as character offsets into these texts, so the
corpora are read at run time and never copied into the repository: ../shared/corpus, and
checkouts of public repositories beside the repository (each optional; articles whose
checkout is absent are left out):

- `aeb:` scrapinghub's article-extraction-benchmark ground-truth bodies (181 news pages
  from as many publishers, MIT): tuning rows only, no new labels from it;
- `goose:` goose3's test pages (`tests/data/content`, Apache-2.0), text as presslake extracts it;
- `htmldate:` htmldate's evaluation pages (`tests/eval`, and `tests/test_set`'s MediaCloud news pages of 2020,
  Apache-2.0), text as presslake extracts it;
- `fundus:` fundus's parser test pages (`tests/resources/parser/test_data`, MIT), text as the
  maintainers' expected body gives it (summary, section headlines and paragraphs);
- `wcxb:` WCXB's pages (Murrough-Foley/web-content-extraction-benchmark, CC-BY-4.0), text as its
  ground truth's main content gives it;
- `metascraper:` metascraper's integration pages (`packages/metascraper/test/integration/<site>`,
  MIT), text as presslake extracts it from the page at its test's URL;
- `snacktory:` snacktory's test pages (`src/test/resources/de/jetwick/snacktory`, Apache-2.0),
  text as presslake extracts it;
- `devpages:<owner>+<name>/<path>` a page among other tools' test fixtures and benchmark data,
  from a checkout of that repository in ../devpages/<owner>+<name> (round h5: magic-html,
  metadata-lib, GoOse, crux, article-extractor (two), graby, readability (node); h6: ReadabiliPy;
  h7: alan-turing-institute/misinformation-crawler, omnivore-app/omnivore's readabilityjs test pages;
  Apache-2.0, MIT, GPL-3.0), text as presslake extracts it;
- `chaos:` the Chaos set of MSVCode/ir-research-data (`Extraction/chaos-all`, 360 pages of about 240
  sites, 2017; research use), text as its human gold standard gives it: `<query> (n)`;
- `l3s:` L3S-GN1 (Kohlschütter et al., WSDM 2010: 621 Google News articles of 2008 from 408 sites;
  research use), from the copy in geodrome/page-signal, text as its assessors marked headline and
  full text: `<uuid>`;
- `abp:` the Article-Bias-Prediction set (ramybaly/Article-Bias-Prediction, Baly et al., EMNLP 2020:
  37,554 news articles of 2012-2020 from about 450 sites, as AllSides linked them; Apache-2.0), text as
  its `title` and `content_original` give it (the body as the authors' crawler extracted it): `<ID>`;
- `g5w:` the news-please records in fhamborg/Giveme5W1H's example datasets (`news_cluster`, `google_news` and
  `40er`: about 450 English news articles of 2017 from about 100 sites; Apache-2.0), text as their `title` and
  `text` give it: `<dataset>/<dId>`;
- `fh:` FakeHealth (EnyanDai/FakeHealth, Dai et al., ICWSM 2020: 1,638 health news stories and 599 press releases
  of 2009-2018 that HealthNewsReview.org reviewed, as newspaper3k extracted them; no licence stated, research use),
  text as their `title` and `text` give it: `<HealthStory|HealthRelease>/<file stem>`;
- `hp:` the by-article training set of SemEval-2019 Task 4, Hyperpartisan News Detection (Kiesel et al., 2019:
  645 news and opinion articles, most of 2016-2018, from 272 sites; CC-BY-4.0), from the copy in
  anshuly10/Biased-News-Detection, text as its `title` and `<p>` paragraphs give it: `<article id>`;
- `fnn:` FakeNewsNet's news content (KaiDMML/FakeNewsNet, Shu et al., 2018: PolitiFact and GossipCop's checked stories,
  as its crawler extracted them; no licence stated, research use), from the copy in armstjc/FakeNewsNet, text as the
  record's `title` and `text` give it: `<politifact|gossipcop>/<fake|real>/<id>`;
- `gva:` the Gun Violence Archive documents of SemEval-2018 Task 5 (cltl/LongTailQATask, Postma et al., 2018: 6,335
  US local news stories of 2014-2017 on shootings, from about 1,050 sites, as the task's crawler extracted them; no
  licence stated, research use), text as the document's `title` and `content` give it: `<incident>/<md5>`. The
  documents are pickles: read with an unpickler that admits the document's class and dates only.
- `fr1:` the FireRescue1 incident reports in the same checkout (`EventRegistries/FireRescue1`: 317 reports of
  2009-2016 that US fire departments posted to firerescue1.com, as the task's crawler extracted them; one publisher,
  many departments writing; no licence stated, research use), text as the report's `title` and `body` give it:
  `<incident>/<index>`.
- `misinfo:` alan-turing-institute/misinformation-crawler's site test pages (`tests/site_test_data`, MIT), text as
  presslake extracts it at the URL the expected data gives: `<site>/article-<n>`;
- `mhtml:` opendatalab/magic-html's article benchmark pages (`benchmark/data/article`, Apache-2.0), text as presslake
  extracts it at the page's URL: `<hash>`;
- `pax:` pankaj28843/article-extractor's full-page fixtures (`tests/fixtures/fullpage_to_article_html`, MIT), text as
  presslake extracts it at the URL meta.json gives: `<host>/<case>`;
- `gtm:` go-trafilatura's mock pages (markusmobius/go-trafilatura `test-files/mock`, Apache-2.0), text as presslake
  extracts it: `<file>`;
- `fnc:` the 250-article sample of FakeNewsCorpus (several27/FakeNewsCorpus `news_sample.csv`, Apache-2.0: articles
  of 2017-2018 from 29 sites, most of them fringe or partisan, as its crawler extracted them), text as the row's
  `content` gives it (its first line is the headline): `<id>`.
- `dragnet:` the Dragnet benchmark's pages (seomoz/dragnet_data, 1,381 pages of news sites and blogs of 2012, as
  j-szulc/html-cleaning-dataset-merged keeps them, whose README leaves their rights with the original owners: research
  use), text as presslake extracts it: `<file>` in `dragnet_data/input`.
- `blog:` posts of organisations' blogs kept as Markdown in their sites' repositories (letsencrypt/website, MPL-2.0;
  18F/18f.gsa.gov, public domain; rust-lang/blog.rust-lang.org, MIT or Apache-2.0; JuliaLang/www.julialang.org, MIT;
  electron/website, MIT; nodejs/nodejs.org, MIT; round h88: GSA/digitalgov.gov and cloud-gov/cg-site, public domain;
  prometheus/docs, Apache-2.0; helm/helm-www, MIT; round h89: linkerd/website and vitessio/website, Apache-2.0;
  falcosecurity/falco-website, CC-BY-4.0; coredns/coredns.io, no licence stated, research use; round h90: press
  releases and posts of OSC-OCIO/osc.gov, public domain and CC0; isomerpages/mse and isomerpages/cpib-corp-old, MIT;
  todogroup/todogroup.org, CC-BY-4.0; freelawproject/free.law and newjersey/innovation.nj.gov, no licence stated,
  research use; round h91: clojurists-together/clojuriststogether.org, EPL-1.0; cds-snc/digital-canada-ca, MIT;
  m-lab/website, Apache-2.0; carpentries/carpentries.org and ThePHPF/thephp.foundation, no licence stated, research
  use; round h92: the news stories of spotlightpa/poor-richard, the newsroom's copyright, research use;
  gilbertginsberg/reedquest, a student paper's archive, no licence stated, research use; isomerpages/mlaw-corp and
  DataSF/datasf.github.io and carbonplan/blog, MIT; PolicyEngine/policyengine-app, AGPL-3.0; round h93:
  US-Department-of-the-Treasury/home.treasury.gov and NCDgov/ncd-site, public domain and CC0;
  opentargets/opentargets.github.io, Apache-2.0; FelixOnline/v2, thinkshout/feeding-texas and
  recordingpreservation/nrpf-website, no licence stated for their posts, research use; round h94: TriTAG/tritag.github.io,
  MissingMaps/blog, UGSDW/ugsdw.github.io and The-Campus-Chronicle/website, no licence stated for their posts, research
  use; round h95: pguther/Currents, an archive of UC Santa Cruz's news stories kept as HTML in Markdown files, no licence
  stated, research use), from checkouts in
  ../blogs/<owner>+<name>, text as `markdown_text`
  renders it (the title, then each paragraph, heading and list item as a line of plain text): `<owner>+<name>/<path>`;
- `mlp:` the news texts of jennhu/metalinguistic-prompting (`datasets/exp1/news/cleaned.csv`: 230 US English news
  articles of March 2023 from 52 sites, as NewsData.io found them and newspaper3k extracted them; no licence stated,
  research use), text as the row's `title` and `raw_text` give it: `<url>`.

    git clone https://github.com/scrapinghub/article-extraction-benchmark ../article-extraction-benchmark
    git clone https://github.com/goose3/goose3 ../goose3
    git clone https://github.com/adbar/htmldate ../htmldate
    git clone https://github.com/flairNLP/fundus ../fundus
    git clone https://github.com/Murrough-Foley/web-content-extraction-benchmark ../wcxb
    git clone https://github.com/microlinkhq/metascraper ../metascraper
    git clone https://github.com/smallrivers/snacktory ../snacktory
    git clone https://github.com/MSVCode/ir-research-data ../ir-research-data
    git clone https://github.com/geodrome/page-signal ../page-signal
    git clone https://github.com/ramybaly/Article-Bias-Prediction ../Article-Bias-Prediction
    git clone https://github.com/fhamborg/Giveme5W1H ../Giveme5W1H
    git clone https://github.com/EnyanDai/FakeHealth ../FakeHealth
    git clone https://github.com/anshuly10/Biased-News-Detection ../Biased-News-Detection
    git clone https://github.com/armstjc/FakeNewsNet ../FakeNewsNet   # (only fakenewsnet_dataset/ is read)
    git clone https://github.com/cltl/LongTailQATask ../LongTailQATask   # (only EventRegistries/GunViolenceArchive/the_violent_corpus/ is read)
    git clone https://github.com/several27/FakeNewsCorpus ../FakeNewsCorpus
    git clone https://github.com/j-szulc/html-cleaning-dataset-merged ../html-cleaning-dataset-merged   # (only dragnet_data/ is read)
    git clone https://github.com/jennhu/metalinguistic-prompting ../metalinguistic-prompting   # (only datasets/exp1/news/ is read)
    git clone https://github.com/opendatalab/magic-html ../devpages/opendatalab+magic-html  # and so on

Text that presslake extracts changes when the extractor does, so labels on such text carry
their context (`before`, `surface`, `after`) and `locate` finds them again in the new text.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import html
import json
import pickle
import re
import sys
from functools import cache, partial
from pathlib import Path

import lxml.etree
import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from presslake.article.extract import extract_article  # noqa: E402

AEB = ROOT.parent / "article-extraction-benchmark"
CHECKOUTS = {"aeb": AEB, "goose": ROOT.parent / "goose3", "htmldate": ROOT.parent / "htmldate",
             "fundus": ROOT.parent / "fundus", "wcxb": ROOT.parent / "wcxb",
             "metascraper": ROOT.parent / "metascraper", "snacktory": ROOT.parent / "snacktory",
             "devpages": ROOT.parent / "devpages", "chaos": ROOT.parent / "ir-research-data",
             "l3s": ROOT.parent / "page-signal", "abp": ROOT.parent / "Article-Bias-Prediction",
             "g5w": ROOT.parent / "Giveme5W1H", "fh": ROOT.parent / "FakeHealth",
             "hp": ROOT.parent / "Biased-News-Detection", "fnn": ROOT.parent / "FakeNewsNet",
             "gva": ROOT.parent / "LongTailQATask", "misinfo": ROOT.parent / "misinformation-crawler",
             "mhtml": ROOT.parent / "magic-html", "pax": ROOT.parent / "pankaj28843-article-extractor",
             "gtm": ROOT.parent / "go-trafilatura", "fnc": ROOT.parent / "FakeNewsCorpus",
             "dragnet": ROOT.parent / "html-cleaning-dataset-merged",
             "mcmeta": ROOT.parent / "metadata-lib", "nread": ROOT.parent / "NReadability", "graby": ROOT.parent / "graby",
             "mlp": ROOT.parent / "metalinguistic-prompting", "blog": ROOT.parent / "blogs"}
GOOSE_PAGES = CHECKOUTS["goose"] / "tests" / "data" / "content"
HTMLDATE_PAGES = CHECKOUTS["htmldate"] / "tests" / "eval"
FUNDUS_PAGES = CHECKOUTS["fundus"] / "tests" / "resources" / "parser" / "test_data"
# Characters of context kept either side of a label on extracted text (see `locate`).
CONTEXT = 24
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figcaption", "dd", "dt", "td", "th"}


def corpus_text(page_dir: Path) -> str:
    """A Readability expected body as plain text: its block elements joined by blank lines."""
    tree = lxml.html.fromstring((page_dir / "expected.html").read_bytes().decode("utf-8"))
    parts = []
    for element in tree.iter():
        if element.tag in BLOCKS and not any(a.tag in BLOCKS for a in element.iterancestors()):
            text = re.sub(r"\s+", " ", element.text_content()).strip()
            if text:
                parts.append(text)
    return "\n\n".join(parts)


def fixture_text(path: Path) -> str:
    """A project fixture page's body as presslake extracts it."""
    return extract_article(path.read_bytes()).body


def page_text(path: Path) -> str:
    """A trafilatura-eval page's body as presslake extracts it (that corpus has snippets, no bodies)."""
    return extract_article(gzip.decompress(path.read_bytes())).body


@cache
def _aeb_bodies() -> dict:
    return json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))


def aeb_text(key: str) -> str:
    """An article-extraction-benchmark page's body as its ground truth gives it (a human's)."""
    return _aeb_bodies()[key]["articleBody"]


def goose_text(name: str) -> str:
    """A goose3 test page's body as presslake extracts it (its expected text is only a prefix)."""
    page = GOOSE_PAGES / f"{name}.html"
    url = json.loads(page.with_suffix(".json").read_text(encoding="utf-8")).get("url")
    return extract_article(page.read_bytes(), url=url).body


def htmldate_text(name: str) -> str:
    """An htmldate evaluation page's body as presslake extracts it: `<file>` in tests/eval, or a path
    under tests/ (`test_set/<file>`, its MediaCloud news pages of 2020)."""
    path = HTMLDATE_PAGES.parent / name if "/" in name else HTMLDATE_PAGES / name
    return extract_article(path.read_bytes()).body


def wcxb_text(key: str) -> str:
    """A WCXB page's main content as its ground truth gives it (a reviewed extraction): `<split>/<id>`."""
    split, _, page = key.partition("/")
    path = CHECKOUTS["wcxb"] / split / "ground-truth" / f"{page}.json"
    return json.loads(path.read_text(encoding="utf-8"))["ground_truth"]["main_content"]


def metascraper_text(site: str) -> str:
    """A metascraper integration page's body as presslake extracts it, at the URL its test gives."""
    folder = CHECKOUTS["metascraper"] / "packages" / "metascraper" / "test" / "integration" / site
    url = re.search(r"""const url =\s*['"`]([^'"`]+)""", (folder / "index.js").read_text(encoding="utf-8"))
    return extract_article((folder / "input.html").read_bytes(), url=url.group(1) if url else None).body


def snacktory_text(name: str) -> str:
    """A snacktory test page's body as presslake extracts it (those pages come without their URLs)."""
    page = CHECKOUTS["snacktory"] / "src" / "test" / "resources" / "de" / "jetwick" / "snacktory" / f"{name}.html"
    return extract_article(page.read_bytes()).body


def fundus_text(key: str) -> str:
    """A fundus test article's expected body: `<country>/<Publisher>.json#<version>`."""
    path, _, version = key.partition("#")
    body = json.loads((FUNDUS_PAGES / path).read_text(encoding="utf-8"))[version]["body"]
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(part.strip() for part in parts if part.strip())


def chaos_gold(path: Path) -> str:
    """A Chaos page's gold text (a few files are in cp1252, not UTF-8)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").strip()


def chaos_text(name: str) -> str:
    return chaos_gold(CHECKOUTS["chaos"] / "Extraction" / "chaos-all" / "gold" / f"{name}.txt")


L3S_HEADLINE, L3S_FULL_TEXT = "x-nc-sel1", "x-nc-sel2"  # not captions (sel3), links (sel4) or comments (sel5)
L3S_BLOCKS = BLOCKS | {"div", "table", "tr", "br", "body", "ul", "ol", "dl", "center", "form"}


def l3s_blocks(annotated: Path, marked: set[str]) -> list[str]:
    """The text an L3S-GN1 page's assessors marked with one of `marked`, in page order. Their spans nest
    (a block inside a block they marked), so each piece of text takes the class of the span nearest around
    it; pieces within one block are joined by a space, and a block element opening or closing starts a
    new block."""
    blocks: list[list[str]] = [[]]
    labels: list[str | None] = [None]  # the class of the nearest marked-or-not span around the walk

    def add(text: str | None) -> None:
        if text and labels[-1] in marked:
            blocks[-1].append(text)

    for event, element in lxml.etree.iterwalk(lxml.html.fromstring(annotated.read_bytes()), events=("start", "end")):
        labelled = element.tag == "span" and (element.get("class") or "").startswith("x-nc-sel")
        if element.tag in L3S_BLOCKS and blocks[-1]:
            blocks.append([])
        if event == "start":
            if labelled:
                labels.append(element.get("class"))
            add(element.text)
        else:
            if labelled:
                labels.pop()
            add(element.tail)
    parts = (re.sub(r"\s+", " ", " ".join(block)).strip() for block in blocks)
    return [part for part in parts if part]


def l3s_text(uuid: str) -> str:
    """An L3S-GN1 article's headline and full text, blocks joined by blank lines."""
    path = CHECKOUTS["l3s"] / "L3S-GN1-20100130203947-00001" / "annotated" / f"{uuid}.html"
    return "\n\n".join(l3s_blocks(path, {L3S_HEADLINE, L3S_FULL_TEXT}))


def abp_text(article_id: str) -> str:
    """Headline, a blank line, then the body as the set stores it (its paragraphs are lines)."""
    record = json.loads((CHECKOUTS["abp"] / "data" / "jsons" / f"{article_id}.json").read_text(encoding="utf-8"))
    return f"{record['title'].strip()}\n\n{record['content_original'].strip()}"


def g5w_text(key: str) -> str:
    """Headline, a blank line, then news-please's body (its paragraphs are lines); a body that opens with the
    headline keeps it once."""
    dataset, _, document = key.partition("/")
    path = CHECKOUTS["g5w"] / "Giveme5W1H" / "examples" / "datasets" / dataset / "data" / f"{document}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    title, body = record["title"].strip(), record["text"].strip()
    return body if body.startswith(title) else f"{title}\n\n{body}"


def fh_text(key: str) -> str:
    """Headline, a blank line, then newspaper3k's body (paragraphs split by blank lines)."""
    record = json.loads((CHECKOUTS["fh"] / "dataset" / "content" / f"{key}.json").read_text(encoding="utf-8"))
    return f"{record['title'].strip()}\n\n{record['text'].strip()}"


@cache
def _hyperpartisan_articles() -> dict[str, lxml.etree._Element]:
    path = CHECKOUTS["hp"] / "articles-training-byarticle-20181122.xml"
    return {article.get("id"): article for article in lxml.etree.parse(str(path)).getroot()}


def hp_text(key: str) -> str:
    """Headline, then the article's paragraphs, each after a blank line. The text between paragraphs is the
    crawl's advertisements and image credits, so it is left out; entities the crawl escaped twice are read."""
    article = _hyperpartisan_articles()[key]
    paragraphs = (" ".join(html.unescape("".join(p.itertext())).split()) for p in article.iter("p"))
    return "\n\n".join([article.get("title").strip(), *filter(None, paragraphs)])


def fnn_text(key: str) -> str:
    """Headline, a blank line, then the crawler's body (paragraphs split by blank lines)."""
    path = CHECKOUTS["fnn"] / "fakenewsnet_dataset" / key / "news content.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    return f"{record['title'].strip()}\n\n{record['text'].strip()}"


class _NewsItem:
    """The corpus's `classes.NewsItem`, rebuilt from its pickled fields alone."""

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)


class _NewsItems(pickle.Unpickler):
    """Reads a Gun Violence Archive document: its one class and the dates it holds, nothing else (a pickle
    that names any other callable could run it)."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("classes", "NewsItem"):
            return _NewsItem
        if module == "datetime" and name in ("date", "datetime"):
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no part of a news item")


def gva_text(key: str) -> str:
    """Headline, a blank line, then the document's content (paragraphs split by blank lines)."""
    path = CHECKOUTS["gva"] / "EventRegistries" / "GunViolenceArchive" / "the_violent_corpus" / f"{key}.json"
    with path.open("rb") as document:
        item = _NewsItems(document, encoding="latin1").load()
    return f"{item.title.strip()}\n\n{item.content.strip()}"


@cache
def _fire_reports() -> dict:
    path = CHECKOUTS["gva"] / "EventRegistries" / "FireRescue1" / "firerescue_structured_data.json"
    return json.loads(path.read_text(encoding="utf-8"))


def fr1_text(key: str) -> str:
    """Headline, a blank line, then the report's body."""
    incident, _, index = key.partition("/")
    report = _fire_reports()[incident]["articles"][int(index)]
    return f"{report['title'].strip()}\n\n{report['body'].strip()}"


def misinfo_text(key: str) -> str:
    """A misinformation-crawler site test page's body as presslake extracts it, at the URL its expected
    data gives: `<site>/article-<n>`."""
    page = CHECKOUTS["misinfo"] / "tests" / "site_test_data" / f"{key}_article.html"
    expected = page.with_name(page.name.replace("_article.html", "_extracted_data.json"))
    url = json.loads(expected.read_text(encoding="utf-8")).get("article_url")
    return extract_article(page.read_bytes(), url=url).body


@cache
def _magic_html_pages() -> dict:
    return json.loads((CHECKOUTS["mhtml"] / "benchmark" / "data" / "article" / "base.json").read_text(encoding="utf-8"))


def mhtml_text(key: str) -> str:
    """A magic-html article benchmark page's body as presslake extracts it, at its URL: the page's hash."""
    page = CHECKOUTS["mhtml"] / "benchmark" / "data" / "article" / "htmls" / f"{key}.html"
    return extract_article(page.read_bytes(), url=_magic_html_pages()[key]["url"]).body


def pax_text(key: str) -> str:
    """A pankaj28843/article-extractor full-page fixture's body as presslake extracts it, at the URL its meta.json
    gives: `<host>/<case>` (2026 pages from the feeds its README lists)."""
    case = CHECKOUTS["pax"] / "tests" / "fixtures" / "fullpage_to_article_html" / key
    url = json.loads((case / "meta.json").read_text(encoding="utf-8")).get("url")
    return extract_article((case / "raw.html").read_bytes(), url=url).body


def gtm_text(name: str) -> str:
    """A go-trafilatura mock page's body as presslake extracts it (`test-files/mock/<file>`; no URL given)."""
    return extract_article((CHECKOUTS["gtm"] / "test-files" / "mock" / name).read_bytes()).body


@cache
def _fake_news_sample() -> dict[str, str]:
    csv.field_size_limit(1 << 24)  # (a row's content is longer than the module's default limit allows)
    with (CHECKOUTS["fnc"] / "news_sample.csv").open(encoding="utf-8", newline="") as rows:
        return {row["id"]: row["content"] for row in csv.DictReader(rows)}


def fnc_text(key: str) -> str:
    """A FakeNewsCorpus sample row's content as the crawler stored it (headline, then paragraphs split by blank
    lines): `<id>`."""
    return _fake_news_sample()[key].strip()


def dragnet_text(name: str) -> str:
    """A Dragnet benchmark page's body as presslake extracts it (the page alone; its URL is in its own head)."""
    return extract_article((CHECKOUTS["dragnet"] / "dragnet_data" / "input" / name).read_bytes()).body


@cache
def _newsdata_articles() -> dict[str, dict]:
    with (CHECKOUTS["mlp"] / "datasets" / "exp1" / "news" / "cleaned.csv").open(encoding="utf-8", newline="") as rows:
        return {row["url"]: row for row in csv.DictReader(rows)}


def mlp_text(url: str) -> str:
    """A NewsData.io article of jennhu/metalinguistic-prompting as newspaper3k extracted it: its title, then its
    paragraphs split by blank lines (`<url>`; a URL listed twice keeps its last row)."""
    row = _newsdata_articles()[url]
    return f"{row['title'].strip()}\n\n{row['raw_text'].strip()}"


_FRONT_MATTER = re.compile(r"\A(?:---\n(?P<yaml>.*?)\n---|\+\+\+\n(?P<toml>.*?)\n\+\+\+)[ \t]*\n", re.S)
# "title: A Year of Launches", and a folded one: "title: >" with the title on the indented lines after it
_TITLE = re.compile(r"^title\s*[:=]\s*(?:[>|][-+]?[ \t]*\n(?P<folded>(?:[ \t]+\S.*\n?)+)|[\"']?(?P<line>.*?)[\"']?\s*$)", re.M)
_MARKER = r"\s*(?:[-*+]|\d{1,2}[.)])\s"  # a list item's: "- ", "* ", "1. ", "2) "
_LIST_MARKER = re.compile(rf"^{_MARKER}\s*")
_LIST_ITEM = re.compile(rf"\n(?={_MARKER})")
_TABLE_ROW = re.compile(r"\s*\|.*\|\s*$", re.M)  # a pipe table's row: "| site | % of tests |"
_TABLE_RULE = re.compile(r"[\s|:]*-[\s|:-]*")  # the rule under its head: "|---|:--:|"


def markdown_text(markdown: str) -> str:
    """A blog post's Markdown as a reader sees the page: its front matter's title, then each paragraph, heading and
    list item as one line of plain text (links as their words; images, HTML tags, shortcodes and code blocks
    dropped; lines a paragraph was wrapped at joined)."""
    front = _FRONT_MATTER.match(markdown)
    title = _TITLE.search(front.group("yaml") or front.group("toml")) if front else None
    body = markdown[front.end():] if front else markdown
    # code, comments, shortcodes, template tags and attribute lists ("{{< figure >}}", "{% include figure.html %}",
    # '{:target="_blank"}', "[//]: # (...)")
    body = re.sub(r"```.*?```|<!--.*?-->|\{\{.*?\}\}|\{%.*?%\}|\{:[^}\n]*\}|^\[//\]:\s*#[^\n]*", "", body, flags=re.S | re.M)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)  # images
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]", lambda m: m.group(1) or m.group(2) or "", body)
    body = re.sub(r"<(svg|style|script)\b.*?</\1>", "", body, flags=re.S | re.I)  # a chart's drawing, its styles
    if body.lstrip().startswith("<"):  # a post kept as HTML: its paragraphs' ends are its blank lines
        body = re.sub(r"</p>[ \t]*\n?|<br\s*/?>[ \t]*\n?[ \t]*<br\s*/?>", "\n\n", body, flags=re.I)
    body = re.sub(r"<[a-zA-Z/!][^>]*>", "", body)  # other tags, over lines too
    body = html.unescape(body)  # "&lt;3", "&mdash;" in an embedded post
    body = re.sub(r"\\([\\`*_{}\[\]()#+.!-])", r"\1", body)  # "2021\." is "2021."
    lines = []
    for block in re.split(r"\n\s*\n", body):
        if _TABLE_ROW.match(block):  # a table: a line per row, its cells in order, as a reader shows them
            lines += [" ".join(cell.strip() for cell in row.strip().strip("|").split("|") if cell.strip())
                      for row in block.splitlines() if row.strip() and not _TABLE_RULE.fullmatch(row.strip())]
            continue
        items = _LIST_ITEM.split(block)  # a list: one line per item
        for item in items:
            # (a quotation's marks on each line; a heading's underline, "--------"; a link's definition)
            parts = (re.sub(r"^\s*>\s?", "", part).strip() for part in item.splitlines())
            line = " ".join(part for part in parts if part and not re.fullmatch(r"[-=]{3,}|\[[^\]]+\]:\s*(?:https?://|/|<)\S*.*", part))
            line = re.sub(r"^#+\s*", "", _LIST_MARKER.sub("", line))
            line = re.sub(r"\*\*|__|`", "", line)
            line = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])|(?<!\w)_([^_\n]+)_(?!\w)", lambda m: m.group(1) or m.group(2), line).strip()
            if line and not re.fullmatch(r"[-*_=\s]+", line):  # (a rule)
                lines.append(line)
    head = [" ".join(title.group("folded").split()) if title.group("folded") else title.group("line").strip()] if title else []
    return "\n\n".join(head + lines)


def blog_text(key: str) -> str:
    """An organisation's blog post as `markdown_text` renders it: `<owner>+<name>/<path>` in ../blogs."""
    return markdown_text((CHECKOUTS["blog"] / key).read_text(encoding="utf-8"))


def checkout_page_text(kind: str, path: str) -> str:
    """An extractor's test page, at `path` in its checkout, as presslake extracts it (the page alone):
    mediacloud/metadata-lib's, NReadability's and graby's article fixtures."""
    return extract_article((CHECKOUTS[kind] / path).read_bytes()).body


def available(source: str) -> bool:
    """False when the checkout an article's text comes from is not beside the repository."""
    kind = source.partition(":")[0]
    kind = "gva" if kind == "fr1" else kind  # the fire reports come in the same checkout
    return kind not in CHECKOUTS or CHECKOUTS[kind].exists()


def anchor(text: str, start: int, end: int) -> dict:
    """The context a label on extracted text keeps, so `locate` can find it in a later extraction."""
    return {"before": text[max(0, start - CONTEXT):start], "surface": text[start:end], "after": text[end:end + CONTEXT]}


def locate(figure: dict, text: str) -> tuple[int, int] | None:
    """A label's offsets in `text`: as stored, or where its surface stands in the most similar context.

    Labels without context (text that never changes) are taken as stored. None when the
    surface is no longer in the text (the extractor dropped that paragraph).
    """
    start, end = figure["start"], figure["end"]
    surface = figure.get("surface")
    if surface is None or text[start:end] == surface and text[max(0, start - CONTEXT):start] == figure["before"]:
        return start, end
    best, best_score = None, None
    position = text.find(surface)
    while position >= 0:
        before = text[max(0, position - CONTEXT):position]
        after = text[position + len(surface):position + len(surface) + CONTEXT]
        similar = _common_suffix(before, figure["before"]) + _common_prefix(after, figure["after"])
        score = (similar, -abs(position - start))
        if best_score is None or score > best_score:
            best, best_score = position, score
        position = text.find(surface, position + 1)
    return None if best is None else (best, best + len(surface))


def resolved(article: dict, text: str) -> list[dict]:
    """The article's labels with their offsets in `text`; labels no longer in the text are left out."""
    out = []
    for figure in article["figures"]:
        at = locate(figure, text)
        if at is not None:
            out.append(figure | {"start": at[0], "end": at[1]})
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# sources whose text is read from their own name alone, by kind
_READERS = {"aeb": aeb_text, "goose": goose_text, "htmldate": htmldate_text, "fundus": fundus_text, "wcxb": wcxb_text,
            "metascraper": metascraper_text, "snacktory": snacktory_text, "chaos": chaos_text, "l3s": l3s_text,
            "abp": abp_text, "g5w": g5w_text, "fh": fh_text, "hp": hp_text,
            "fnn": fnn_text, "gva": gva_text, "fr1": fr1_text,
            "misinfo": misinfo_text, "mhtml": mhtml_text, "pax": pax_text,
            "gtm": gtm_text, "fnc": fnc_text, "dragnet": dragnet_text, "mlp": mlp_text,
            "blog": blog_text,
            **{kind: partial(checkout_page_text, kind) for kind in ("mcmeta", "nread", "graby")}}


def article_text(source: str, corpus: Path) -> str:
    kind, _, name = source.partition(":")
    if kind in _READERS:
        return _READERS[kind](name)
    if kind == "corpus":
        return corpus_text(corpus / name)
    if kind == "teval":
        return page_text(corpus.parent / "trafilatura-eval" / "pages" / name)
    if kind == "fixture":
        return fixture_text(ROOT / "tests" / "fixtures" / "pages" / name)
    if kind == "devpages":
        return extract_article((CHECKOUTS["devpages"] / name).read_bytes()).body
    if kind == "bench":
        return (ROOT / "bench" / "figures_articles" / name).read_text(encoding="utf-8")
    raise ValueError(source)

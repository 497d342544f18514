"""What counts as a page, and how big it may be (issue 20 items 4 and 6, issue 22 items 12 and 13)."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from presslake.article.extract import MAX_HTML_CHARS, MAX_TITLE_CHARS, extract_article
from presslake.article.rawinput import RejectedInput

STORY = "".join(f"<p>Paragraph {i} of a perfectly ordinary news story about the harbour and the ferry "
                f"that crosses it every hour, told in plain words to the readers of a small town paper.</p>"
                for i in range(8))


def html_page(title: str = "Harbour story", head: str = "", body: str = STORY) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:type' content='article'>{head}</head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


# ---------------------------------------------------------------- only HTML is an article (issue 20, item 4)

PROSE = ("The harbour ferry will run until midnight from next month, the port authority said on Tuesday. "
         "Night crossings stopped three years ago when the old boat was retired and not replaced. ") * 6

NOT_HTML = {
    "TOML": '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n'
            '[project]\nname = "harbour"\nversion = "0.1.0"\ndescription = "' + PROSE + '"\n',
    "Markdown": "# Harbour notes\n\nEvery page should have a `<title>` element in its `<head>`.\n\n" + PROSE +
                "\n\n## Timetable\n\n- first boat at six\n- last boat at midnight\n",
    "JSON": json.dumps({"title": "Harbour story", "html": "<p>" + PROSE + "</p>", "tags": ["ferry"]}),
    "CSV": "date,route,passengers,note\n" + "".join(f"2025-04-{d:02},west,{100 + d},\"{PROSE[:80]}\"\n"
                                                   for d in range(1, 29)),
    "plain text": PROSE + "\n\n" + PROSE,
}


@pytest.mark.parametrize("kind", NOT_HTML)
def test_text_without_html_markup_is_not_an_article(kind):
    with pytest.raises(RejectedInput) as rejected:
        extract_article(NOT_HTML[kind].encode())
    assert rejected.value.reason == "not_article"
    assert f"{kind}, not HTML" in rejected.value.detail


@pytest.mark.parametrize("start", [
    "", "\ufeff", "\n\n  ", "<?xml version='1.0' encoding='utf-8'?>\n", "<!-- generated 2025-04-26 -->\n",
])
def test_html_documents_are_pages_whatever_comes_first(start):
    assert extract_article((start + html_page()).encode()).is_article


@pytest.mark.parametrize("page", [
    "<html><head><title>Harbour story</title></head><body>" + STORY + "</body></html>",
    "<meta charset='utf-8'><title>Harbour story</title>" + STORY,
    "<br>\n<!DOCTYPE html><html><head><title>Harbour story</title></head><body>" + STORY + "</body></html>",
])
def test_pages_without_a_doctype_are_pages(page):
    assert extract_article(page.encode()).is_article


# Crawls store pages cut or garbled at their start: a truncated doctype run into a script's tail, a stray
# byte before the doctype, the middle of an inline script (pages of L3S-GN1, 2008). The rest is a document.
@pytest.mark.parametrize("start", [
    '<!DOn/wp-content/plugins/gallery/loading.gif";</script>\n<style>@import "gallery.css";</style>\n',
    "?\n",
    "eloadImages() {\n\tif (document.images) {\n\t\tover = newImage('toolbar-over.gif');\n\t}\n}\n</script>\n",
    '\n\n<cms:fetchRequest request="HmuxRequest@6d418d" vars="pt:page_title"/>\n',
])
def test_a_page_cut_at_its_start_is_still_a_page(start):
    article = extract_article((start + html_page()).encode())
    assert article.is_article and "ferry that crosses it every hour" in article.body


def test_a_page_cut_inside_its_body_is_still_a_page():
    page = html_page(body=STORY + "<div class='chrome'>" + "<a href='/x'>More harbour news</a> " * 3000 + "</div>")
    cut = page[page.index("<p>"):]  # no doctype, <html>, <head> or <body> left; </body> is 100 KB on
    assert "<body" not in cut[:65_536] and len(cut) > 65_536
    article = extract_article(cut.encode())
    assert article.is_article and "ferry that crosses it every hour" in article.body


def test_a_title_is_capped_at_a_sane_length():
    words = " ".join(f"harbour{i}" for i in range(400))
    article = extract_article(html_page(title=words))
    assert len(article.title) <= MAX_TITLE_CHARS
    assert article.title.startswith("harbour0 harbour1 harbour2")
    assert article.title.endswith("…") and article.title[:-1] in words
    assert extract_article(html_page()).title == "Harbour story"


# ---------------------------------------------------------------- size caps on what matters (issue 20, item 6)

def script_heavy_page(script_chars: int, text_chars: int = 1_000_000, jsonld_chars: int = 0) -> str:
    """A page of `text_chars` of story text in paragraphs, about `script_chars` of inline framework
    state and styles (half in the head, half at the end of the body) and optionally a JSON-LD blob of
    about `jsonld_chars`."""
    paragraph = "<p>Paragraph {} is " + "a steady sentence about the harbour and its ferry " * 4 + "</p>"
    state = "<script>self.__state=" + json.dumps({"items": ["x" * 1000] * 100}) + "</script>"
    style = "<style>" + ".story p{margin:0 0 1em 0;color:#222}" * 2000 + "</style>"
    scripts = "".join([state, style] * (script_chars // (2 * (len(state) + len(style))) + 1))
    jsonld = ""
    if jsonld_chars:
        updates = [{"@type": "BlogPosting", "headline": f"Update {i}", "articleBody": "y" * 900}
                   for i in range(jsonld_chars // 1000)]
        jsonld = ("<script type='application/ld+json'>" + json.dumps(
            {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Harbour live",
             "liveBlogUpdate": updates}) + "</script>")
    return (f"<!DOCTYPE html><html lang='en'><head><title>Harbour story</title>{jsonld}{scripts}</head><body>"
            f"<article><h1>Harbour story</h1>{''.join(map(paragraph.format, range(text_chars // len(paragraph))))}</article>"
            f"{scripts}</body></html>")


def test_a_page_whose_bulk_is_inline_scripts_is_read():
    page = script_heavy_page(8_000_000)
    assert len(page) > 2 * MAX_HTML_CHARS
    article = extract_article(page.encode())
    assert article.is_article and article.word_count > 100_000


def test_a_page_with_an_8_mb_json_ld_blob_is_read_with_its_metadata():
    page = script_heavy_page(0, text_chars=20_000, jsonld_chars=8_000_000)
    assert len(page) > 2 * MAX_HTML_CHARS
    article = extract_article(page.encode())
    assert article.is_article and article.title == "Harbour live"


def test_the_cap_still_counts_the_text_outside_scripts():
    with pytest.raises(RejectedInput) as rejected:
        extract_article(script_heavy_page(1_000_000, text_chars=MAX_HTML_CHARS + 1000).encode())
    assert rejected.value.reason == "too_large" and "without script and style" in rejected.value.detail


def test_a_script_heavy_page_fits_the_parse_functions_memory():
    """1 MB of text and 8 MB of scripts, then an 8 MB JSON-LD blob, in a fresh process: the peak RSS must
    leave room in 512 MB (template.yaml), as for the worst page under the caps (tests/test_extract.py)."""
    code = r"""
import re, sys
sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2])
from test_extract_input import script_heavy_page
from presslake.article.extract import extract_article
article = extract_article(script_heavy_page(8_000_000).encode())
assert extract_article(script_heavy_page(0, text_chars=20_000, jsonld_chars=8_000_000).encode()).is_article
print(article.word_count, int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1)) // 1024)
"""
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "functions"), str(ROOT / "tests")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    words, peak_mb = map(int, out.stdout.split())
    assert words > 100_000 and peak_mb < 512 - 128  # room for pyarrow, botocore and the batch's rows


def test_the_parse_handler_reads_a_page_whose_bulk_is_inline_scripts(s3):
    """Issue 22, item 12: the bad-input case of a page under the raw-byte cap that is mostly scripts."""
    from test_parse_handler import manifest_lines, put, read_rows, sqs_event

    from presslake.handlers import parse
    from presslake.local.stack import LambdaContext

    body = script_heavy_page(8_000_000).encode()
    assert MAX_HTML_CHARS < len(body) < parse.DEFAULT_MAX_RAW_BYTES
    parse.handler(sqs_event(put(s3, "raw/scripts.html", body)), LambdaContext())
    assert manifest_lines(s3) == []
    [row] = read_rows(s3)
    assert row["raw_key"] == "raw/scripts.html" and row["word_count"] > 100_000


# ---------------------------------------------------------------- error pages (issue 22, item 13)

@pytest.mark.parametrize("title", [
    "404 migrants rescued off Lampedusa in a single night",
    "Error-prone ballot scanners replaced before the vote",
    "Missing sailor not found after three days at sea | The Ledger",
    "Forbidden City reopens its western gate - Asia Post",
    "Access denied to flood victims, inquiry hears",
])
def test_a_headline_that_mentions_an_error_is_an_article(title):
    assert extract_article(html_page(title=title)).is_article


@pytest.mark.parametrize("title", [
    "404", "404 Not Found", "Error 404 - The Ledger", "Page not found | The Ledger", "Not Found",
    "403 Forbidden", "Access Denied", "Error", "Oops! That page can’t be found. – The Ledger",
])
def test_an_error_title_on_a_short_page_is_not_an_article(title):
    assert not extract_article(html_page(title=title)).is_article

"""extract_article on the project's fixture pages (pure: no AWS)."""

import gc
import gzip
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from conftest import SHARED, page
from lxml import etree

from presslake.article.extract import extract_article, make_article_id
from presslake.article.rawinput import RejectedInput

SEED = SHARED / "seed" / "kyivindependent-kursk-losses.txt"
SCRIPTS = Path(__file__).parent / "fixtures" / "scripts"
SEED_PARAGRAPHS = [
    "The Russian military had lost 62,400 soldiers in Kursk Oblast since the start of the Ukrainian army's operation there last year, Ukraine's General Staff said on April 26.",
    'Of this number, 25,200 were "irreversible" losses and 36,200 were injuries, according to the statement.',
    '"Another 983 soldiers of the (Russian) army were taken prisoner. As a result, exchanges took place, which allowed hundreds of our soldiers to return home from Russian captivity," the General Staff said.',
    "The statement comes as Russian authorities claimed earlier that day to have fully recaptured the territory of Kursk Oblast and confirmed the participation of North Korean troops in the campaign.",
    "Ukraine's General Staff has denied the claim, and the Kyiv Independent's military sources on the ground said that some territories are still under Ukrainian control.",
    '"The total losses of the North Korean army on the Kursk direction amount to more than 4,500 killed and wounded," Ukraine\'s General Staff added.',
    "Ukraine launched a cross-border incursion into Russia's Kursk Oblast in August 2024, marking the first large-scale invasion of Russian territory by foreign forces since World War II, to disrupt a planned Russian offensive on the nearby Sumy Oblast and draw Russian forces away from the fighting in Ukraine's east.",
]
SEED_CHROME = [
    "The Power Within", "pre-order now", "Skip to content", "Edit post", "1 min read",
    "This audio is created with AI assistance", "Kyiv denies Russia", "News Feed", "MORE NEWS",
    "Editors' Picks", "Enter your email to subscribe", "Please, enter correct email address",
    "Subscribe", "indicates required", "Explaining Ukraine", "Successfuly subscribed",
    "Thank you for signing up", "confirmation email", "Photo by", "Natalia Yermak", "5:59 PM",
]


@pytest.fixture(scope="module")
def seed():
    return extract_article(page("kyivindependent-kursk-losses.html"))


def test_seed_paragraphs_are_exactly_the_articles(seed):
    assert seed.paragraphs == SEED_PARAGRAPHS
    assert seed.body == "\n\n".join(SEED_PARAGRAPHS)
    assert seed.word_count == len(seed.body.split())


def test_seed_fixture_matches_the_seed_text():
    """The fixture page is built from the seed text: every paragraph of it appears there."""
    if not SEED.exists():
        pytest.skip("../shared/seed not beside the repo")
    text = SEED.read_text(encoding="utf-8")
    for paragraph in SEED_PARAGRAPHS:
        assert paragraph in text


@pytest.mark.parametrize("chrome", SEED_CHROME)
def test_seed_body_has_no_chrome(seed, chrome):
    assert chrome not in seed.body


def test_seed_metadata(seed):
    assert seed.title == "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"
    assert seed.authors == ["Natalia Yermak"]
    assert seed.published_at == datetime(2025, 4, 26, 14, 59, 51, tzinfo=timezone.utc)
    assert seed.modified_at == datetime(2025, 4, 26, 15, 20, 2, tzinfo=timezone.utc)
    assert seed.language == "en"
    assert seed.section == "Ukraine War"
    assert seed.tags == ["Ukraine", "Kursk Oblast", "Russian losses"]
    assert seed.source == "kyivindependent.com"
    assert seed.canonical_url == "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"
    assert seed.lead_image_url.endswith("GettyImages-2166528390.jpg")
    assert seed.lead_image_caption.startswith("A view in the city after the Ukrainian Army entered")
    assert seed.lead_image_caption.endswith("(Photo by Kostiantyn Liberov/Libkos via Getty Images)")
    assert seed.is_article
    assert seed.extractor_version.startswith("presslake-")


def test_article_id_is_from_canonical_url_and_uploader_url_wins(seed):
    assert seed.article_id == make_article_id(seed.canonical_url, None, "")
    elsewhere = extract_article(page("kyivindependent-kursk-losses.html"),
                                url="https://mirror.example.net/kursk?utm_source=feed")
    assert elsewhere.article_id == make_article_id("https://mirror.example.net/kursk", None, "")
    assert elsewhere.article_id != seed.article_id
    assert elsewhere.url == "https://mirror.example.net/kursk?utm_source=feed"
    assert elsewhere.source == "example.net"


def test_article_id_without_any_url_comes_from_content():
    first = extract_article(page("no-date.html"))
    again = extract_article(page("no-date.html").replace(b"<main>", b"<main><!-- rebuilt -->"))
    other = extract_article(page("no-metadata.html"))
    assert first.canonical_url is None
    assert first.article_id == again.article_id != other.article_id


def test_jsonld_graph_resolves_author_references():
    article = extract_article(page("jsonld-graph.html"))
    assert article.title == "Grain exports through Odesa rise 15% in March"
    assert article.authors == ["Olena Marchenko", "Tom Fairley"]
    assert article.published_at == datetime(2025, 4, 3, 5, 15, tzinfo=timezone.utc)
    assert article.section == "Economy"
    assert article.tags == ["grain", "Odesa", "exports"]
    assert article.language == "en"
    assert article.lead_image_caption == "Cargo ships wait at the port of Odesa."
    assert article.canonical_url == "https://portherald.example.org/2025/04/grain-exports-odesa/"
    assert len(article.paragraphs) == 4
    assert "Share on" not in article.body and "©" not in article.body


def test_opengraph_only_page():
    article = extract_article(page("opengraph-only.html"))
    assert article.title == "City council approves €5m flood defence plan"
    assert article.authors == ["Pieter de Vries"]
    assert article.published_at == datetime(2024, 11, 18, 18, 30, tzinfo=timezone.utc)
    assert article.section == "Local"
    # tracking parameters are not part of the identity
    assert article.canonical_url == "https://gazette.example.com/news/flood-defence-plan"
    assert article.lead_image_url == "https://gazette.example.com/images/embankment.jpg"
    assert article.paragraphs[0].startswith("The city council on Monday approved a €5m plan")
    assert "Read more" not in article.body and "By Pieter" not in article.body
    assert len(article.paragraphs) == 4


def test_page_without_metadata_uses_title_tag_and_time_element():
    article = extract_article(page("no-metadata.html"))
    assert article.title == "Night trains return to the Alps"
    assert article.published_at == datetime(2023, 12, 10, tzinfo=timezone.utc)
    assert article.authors == []
    assert article.is_article
    assert "Archive" not in article.body
    assert article.paragraphs[-1].startswith("The service leaves Amsterdam at 19:02")


def test_page_with_no_date():
    article = extract_article(page("no-date.html"))
    assert article.published_at is None and article.modified_at is None
    assert article.is_article
    assert len(article.paragraphs) == 4


def test_windows_1251_ukrainian_page():
    raw = page("ukrainian-windows-1251.html")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = extract_article(raw)
    assert article.title == "Уряд виділив 1,5 мільярда гривень на відновлення шкіл"
    assert article.authors == ["Оксана Петренко"]
    assert article.language == "uk"
    assert article.paragraphs[0].startswith("Кабінет міністрів виділив 1,5 мільярда гривень")
    assert len(article.paragraphs) == 4


def test_windows_1251_page_with_charset_only_in_transport_header():
    raw = page("ukrainian-windows-1251.html").replace(b"charset=windows-1251", b"")
    article = extract_article(raw, content_type="text/html; charset=windows-1251")
    assert "Кабінет міністрів" in article.body


def test_mislabeled_page_comes_out_as_correct_text():
    article = extract_article(page("mislabeled-latin1-is-utf8.html"))
    assert article.title == "Le prix de l'électricité baisse de 10 % en février"
    assert "Ã" not in article.body
    assert "réglementé" in article.body
    assert article.language == "fr"


def test_gzipped_page_whatever_its_name():
    plain = extract_article(page("jsonld-graph.html"))
    zipped = extract_article(gzip.compress(page("jsonld-graph.html")))
    assert zipped.body == plain.body and zipped.article_id == plain.article_id


def test_paywall_teaser_keeps_only_the_visible_paragraphs():
    article = extract_article(page("paywall-teaser.html"))
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("A major semiconductor manufacturer said on Tuesday")
    for chrome in ("Subscribe", "Already a subscriber", "Log in"):
        assert chrome not in article.body
    assert article.is_article


def test_chrome_inside_the_body_is_dropped_by_text():
    article = extract_article(page("chrome-in-body.html"))
    assert article.paragraphs == [
        "A Russian drone strike damaged a thermal power plant in Kharkiv overnight, cutting heating to about 90,000 households, the regional governor said on March 2.",
        "Repair crews were working to restore supply, and authorities opened 25 heating points across the city.",
        "The plant had already been hit at least three times since the start of the full-scale invasion, according to the operator.",
        "Air defence shot down 11 of the 14 drones launched overnight, the Air Force said.",
    ]


@pytest.mark.parametrize("name", ["home-listing.html", "error-404.html"])
def test_listing_and_error_pages_are_not_articles(name):
    assert extract_article(page(name)).is_article is False


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"   \n ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"\x00\x01\x02\x03binary\x00junk" * 10, "binary"),
    (gzip.compress(b"%PDF-1.4 hidden in gzip"), "binary"),
    (b"\x1f\x8b\x08\x00garbage-not-deflate", "corrupt_gzip"),
])
def test_bad_bytes_are_rejected_with_a_reason(raw, reason):
    with pytest.raises(RejectedInput) as caught:
        extract_article(raw)
    assert caught.value.reason == reason


# ---------------------------------------------------------------- hostile and odd input (issue: hardening)

ARTICLE_BODY = "".join(f"<p>Paragraph {i} of a perfectly ordinary news story about the harbour and the ferry "
                       f"that crosses it every hour, told in plain words.</p>" for i in range(8))


def _page(head: str = "", body: str = ARTICLE_BODY) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour story</title>"
            f"<meta property='og:type' content='article'>{head}</head><body><article><h1>Harbour story</h1>"
            f"{body}</article></body></html>")


def test_utf16_without_bom_is_read_by_its_transport_charset():
    raw = _page().encode("utf-16-le")
    assert raw[:2] not in (b"\xff\xfe", b"\xfe\xff")
    article = extract_article(raw, content_type="text/html; charset=utf-16le")
    assert article.is_article and article.title == "Harbour story"
    with pytest.raises(RejectedInput) as rejected:
        extract_article(raw, content_type="text/html")  # no charset: NUL bytes are binary
    assert rejected.value.reason == "binary"


def test_jsonld_nested_100000_deep_leaves_the_article_intact():
    deep = "[" * 100_000 + "]" * 100_000
    wide = json.dumps({"@graph": [{"@type": "Thing"}] * 50_000})
    nested = ['{"mainEntity": ' * depth + '{"@type": "Thing"}' + "}" * depth for depth in (900, 5000)]
    for script in (deep, wide, *nested):
        article = extract_article(_page(f"<script type='application/ld+json'>{script}</script>"))
        assert article.is_article and article.title == "Harbour story"


@pytest.mark.parametrize("stamp", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00"])
def test_dates_at_the_edges_of_time_are_treated_as_missing(stamp):
    article = extract_article(_page(f"<meta property='article:published_time' content='{stamp}'>"))
    assert article.is_article and article.published_at is None


@pytest.mark.parametrize("document", [
    "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title><item><title>x</title></item></channel></rss>",
    "<?xml version='1.0' encoding='utf-8'?>\n<!-- generator --><feed xmlns='http://www.w3.org/2005/Atom'>"
    "<title>Feed</title><entry><title>x</title></entry></feed>",
    "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>https://e.org/a</loc></url></urlset>",
    "<?xml version='1.0'?><sitemapindex><sitemap><loc>https://e.org/s.xml</loc></sitemap></sitemapindex>",
    "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'></rdf:RDF>",
])
def test_feeds_and_sitemaps_are_not_articles(document):
    with pytest.raises(RejectedInput) as rejected:
        extract_article(document.encode())
    assert rejected.value.reason == "not_article"


def test_pages_past_the_caps_are_refused_before_extraction():
    from presslake.article.extract import MAX_ELEMENTS, MAX_HTML_CHARS

    many = _page(body="<p>x</p>" * (MAX_ELEMENTS + 1))
    assert len(many) < MAX_HTML_CHARS
    with pytest.raises(RejectedInput) as rejected:
        extract_article(many)
    assert rejected.value.reason == "too_complex"
    with pytest.raises(RejectedInput) as rejected:
        extract_article(_page(body="<p>" + "word " * (MAX_HTML_CHARS // 5) + "</p>"))
    assert rejected.value.reason == "too_large"
    with pytest.raises(RejectedInput) as rejected:  # 30 MB that arrives gzipped: refused while inflating
        extract_article(gzip.compress(_page(body="<p>" + "a" * 30_000_000 + "</p>").encode()))
    assert rejected.value.reason in ("too_large", "corrupt_gzip")


def test_the_worst_accepted_page_fits_the_parse_functions_memory():
    """Just under both caps, in a fresh process: its peak RSS must leave room in 512 MB (template.yaml)."""
    import subprocess
    import sys

    from conftest import ROOT

    code = r"""
import re, sys
sys.path.insert(0, sys.argv[1])
from presslake.article.extract import MAX_ELEMENTS, MAX_HTML_CHARS, extract_article
paragraph = "<p>" + "a steady sentence about the harbour " * 6 + "</p>"
count = min(MAX_ELEMENTS - 20, MAX_HTML_CHARS // len(paragraph) - 20)
page = "<html lang='en'><head><title>t</title></head><body><article>" + paragraph * count + "</article></body></html>"
assert len(page) < MAX_HTML_CHARS
article = extract_article(page.encode())
# VmHWM is this process's own peak (ru_maxrss would carry the parent's across fork and exec)
print(count, int(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1)) // 1024)
"""
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "functions")], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    paragraphs, peak_mb = map(int, out.stdout.split())
    assert paragraphs > 10_000 and peak_mb < 512 - 128  # room for pyarrow, botocore and the batch's rows


# ---------------------------------------------------------------- pages nobody tuned for (issue 10)

def test_a_control_character_in_the_page_does_not_lose_the_body():
    # libxml2 keeps U+0007 in the tree; trafilatura then cannot serialise it and finds nothing.
    body = ARTICLE_BODY.replace("plain words.</p>", "plain words \x07(2020).</p>", 1)
    article = extract_article(_page(body=body).encode())
    assert article.is_article and len(article.paragraphs) == 8
    assert "plain words (2020)." in article.body


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1252">', '<meta charset="shift_jis">', ""])
def test_a_page_decoded_from_its_charset_keeps_its_letters_whatever_it_declares(declaration):
    # the decoded text is parsed as UTF-8 bytes: the page's own declaration must not re-decode it
    body = ARTICLE_BODY.replace("harbour and", "café \u00fcber \u0436\u0443\u0440\u043d\u0430\u043b \ufffe harbour and")
    html = _page(head=declaration, body=body)
    article = extract_article(html.encode("cp1252", "ignore") if "1252" in declaration else html)
    expected = "café über" if "1252" in declaration else "café über журнал harbour"
    assert expected in article.body and "\ufffe" not in article.body


def test_body_text_is_nfc_without_soft_hyphens_or_zero_width_characters():
    word = "Mit\u00adtel\u00adal\u00adter\u200b"
    bengali = "\u0995\u09be\u09df"  # U+09DF is a composition exclusion: NFC spells it U+09AF U+09BC
    body = ARTICLE_BODY.replace("harbour and", f"{word} {bengali} harbour and")
    article = extract_article(_page(body=body).encode())
    assert "Mittelalter \u0995\u09be\u09af\u09bc harbour" in article.body
    assert "\u00ad" not in article.body and "\u200b" not in article.body


@pytest.mark.parametrize("name, language, first", [
    ("chinese-news.html", "zh", "本市港务局周二宣布"),
    ("japanese-news.html", "ja", "市の港湾局は火曜日"),
])
def test_cjk_news_is_an_article_measured_in_characters(name, language, first):
    # not among tests/fixtures/pages, which the demo and its tests ingest
    article = extract_article((SCRIPTS / name).read_bytes())
    assert article.is_article
    assert article.paragraphs[0].startswith(first) and len(article.paragraphs) in (5, 6)
    # One token per ideograph or kana: the body's length in characters, not in spaces.
    letters = sum(ch.isalpha() for ch in article.body)
    assert letters * 0.9 <= article.word_count <= letters
    assert article.language == language


def test_word_count_is_script_aware():
    from presslake.article.extract import count_words

    assert count_words("Three plain words") == 3
    assert count_words("港务局周二宣布") == 7
    assert count_words("Reuters 报道 港务局") == 6
    assert count_words("서울 시청 앞 광장") == 4  # Korean separates words with spaces
    assert count_words("ท่าเรือเปิดบริการเรือข้ามฟากกลางคืนอีกครั้ง") >= 6  # Thai has no spaces between words


def test_language_comes_from_the_text_when_the_page_declares_none():
    undeclared = _page().replace("<html lang='en'>", "<html>")
    assert extract_article(undeclared).language == "en"
    german = ARTICLE_BODY.replace("a perfectly ordinary news story about the harbour and the ferry that crosses it "
                                  "every hour, told in plain words",
                                  "einer ganz gewöhnlichen Geschichte über den Hafen und die Fähre, die ihn jede "
                                  "Stunde überquert, in einfachen Worten erzählt")
    assert extract_article(_page(body=german).replace("<html lang='en'>", "<html>")).language == "de"
    # a declared language yields to a text that reads as another (test below), not to a quotation in it
    assert extract_article(_page(body=german)).language == "de"
    quoted = ARTICLE_BODY + "<p>„Der Hafen und die Fähre werden jede Stunde gebraucht“, sagte sie.</p>"
    assert extract_article(_page(body=quoted)).language == "en"


SPANISH_STORY = ("<p>El puerto de la ciudad anunció el martes que el transbordador nocturno volverá a funcionar "
                 "hasta la medianoche a partir del próximo mes, después de tres años sin servicio.</p>"
                 "<p>Las enfermeras y los empleados de los restaurantes que trabajan de noche habían pedido que "
                 "el servicio volviera, porque gastaban una pequeña fortuna en taxis cada mes.</p>"
                 "<p>Los vecinos de la orilla oeste celebraron la decisión en una reunión pública el lunes por "
                 "la tarde, y los grupos ecologistas pidieron que se publiquen las mediciones de ruido.</p>")


def test_a_template_language_yields_to_a_text_that_is_clearly_another():
    # WordPress and other templates declare lang="en" whatever the story's language; the figure
    # rules read English only where the article is English (figures/languages.py)
    assert extract_article(_page(body=SPANISH_STORY)).language == "es"
    german_page = _page(body=SPANISH_STORY).replace("<html lang='en'>", "<html lang='de'>")
    assert extract_article(german_page).language == "es"
    # a script of its own decides, whatever the length in spaces (Japanese writes none)
    japanese = "".join(f"<p>港の夜間フェリーは来月から深夜まで運航すると、港湾局が火曜日に発表した。{i}</p>" for i in range(6))
    assert extract_article(_page(body=japanese)).language == "ja"
    # a language the stop lists do not know stays as declared
    assert extract_article(_page(body=SPANISH_STORY).replace("<html lang='en'>", "<html lang='gl'>")).language == "gl"


def test_english_names_and_titles_do_not_read_as_finnish():
    # jusText's Finnish and Estonian lists run to 7,000 words, "the", "New" and "John" among them
    from presslake.article.language import resolve

    titles = ("Harbour Lights by Anna Ruiz; Night Ferry by Tom Hale; Pier Nights by David King; West Bank by "
              "John West; Old Boat by Robert James; Late Shift by George William; New Timetable by Maria Lopez. ")
    assert resolve(None, titles * 3) == "en"


@pytest.mark.parametrize("text, expected", [
    ("Der Hafen und die Fähre, die ihn jede Stunde überquert, werden in einfachen Worten beschrieben.", "de"),
    ("Le port et le bac qui le traverse toutes les heures sont décrits avec des mots simples.", "fr"),
    ("El puerto y el transbordador que lo cruza cada hora se describen con palabras sencillas.", "es"),
    ("Порт и паром, который пересекает его каждый час, описаны простыми словами для всех.", "ru"),
    ("Порт і пором, який перетинає його щогодини, описані простими словами для всіх читачів.", "uk"),
    ("서울 시청 앞 광장에서 시민들이 새해를 맞이했다.", "ko"),
    ("12 34 56", None),
])
def test_detect_language(text, expected):
    from presslake.article.language import resolve

    assert resolve(None, text * 2) == expected


def test_stop_word_coverage_counts_each_languages_list():
    """The words are looked up once in an index of all lists; each language's share is still its own
    list's words over the sample, as when each list was asked in turn."""
    from presslake.article.language import STOPLISTS, _reading, _stopwords

    text = "Der Hafen und die Fähre; the harbour and the ferry; le port et le bac. " * 3
    _, coverage, words = _reading(text)
    sample = [w.casefold() for w in text.replace(";", " ").replace(".", " ").split()]
    assert words == len(sample)
    assert coverage == {code: sum(w in _stopwords(code) for w in sample) / len(sample) for code in STOPLISTS}


# The four ways pruning lost to plain trafilatura (issue 10), on pages of the project's own making.
STORY = [
    "The harbour ferry will run until midnight from next month, the port authority said on Tuesday.",
    "Night crossings stopped three years ago when the old boat was retired and not replaced.",
    "Nurses and restaurant staff on late shifts had asked for the service to come back.",
    "The new timetable adds a boat every fifteen minutes at the busiest hours of the morning.",
    "Two electric ferries will join the fleet before the end of the year, cutting fuel costs.",
    "Residents of the west bank welcomed the decision at a public meeting on Monday evening.",
    "A café owner near the pier said her staff spent a small fortune on taxis every month.",
    "Environmental groups asked the authority to publish noise measurements every quarter.",
    "The authority said it would renovate the east terminal next spring with new seating.",
    "Ticket prices will stay the same until at least the end of next year, officials said.",
]
DEK = "Night crossings return after three years as the port adds two electric boats"
HEADLINE = "<h1>Harbour ferry to run until midnight</h1>"
STORY_HTML = "".join(f"<p>{text}</p>" for text in STORY)
TEASERS = "<ul class='more'>" + "".join(
    f"<li><a href='/s/{i}'>Port City Daily story number {i} about the council, the schools, the weather "
    f"and the local football club</a></li>" for i in range(40)) + "</ul>"
MENU = " ".join(f"<span>{word}</span>" for word in (
    "Home World Europe Americas Asia Africa Business Markets Technology Science Health Sport Football "
    "Tennis Culture Books Music Film Travel Food Opinion Letters Weather Podcasts Video Photos "
    "Newsletters Events Jobs Classifieds Archive About Contact Careers Advertise Privacy Terms").split() * 6)


@pytest.mark.parametrize("kind, body, head", [
    # 1. the whole story in a block whose class looks like chrome ('share'), among teasers
    ("chrome-classed story", f"<div class='page'>{HEADLINE}<div class='story-body js-share-target'>{STORY_HTML}"
                             f"</div>{TEASERS}</div>", ""),
    # 2. an ASP.NET page: everything inside the one <form>
    ("story inside a form", f"<form id='aspnetForm' action='/story.aspx'>{HEADLINE}<div class='content'>"
                            f"{STORY_HTML}</div></form>", ""),
    # 3. a menu of several hundred words beside a chrome-classed story
    ("menu longer than the story", f"<div class='masthead'><div class='menu-wrap'><p>{MENU}</p></div></div>"
                                   f"<div class='page'>{HEADLINE}<div class='story-body js-share-target'>"
                                   f"{STORY_HTML}</div>{TEASERS}</div>", ""),
    # 4. the dek under the headline, which is the page's description
    ("dek", f"<article><header>{HEADLINE}<h2 class='standfirst'>{DEK}</h2></header>{STORY_HTML}</article>",
     f"<meta name='description' content='{DEK}'>"),
])
def test_the_story_and_only_the_story(kind, body, head):
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour ferry to run until "
            f"midnight</title><meta property='og:type' content='article'>{head}</head><body>{body}</body></html>")
    article = extract_article(html)
    assert article.paragraphs == STORY, kind
    assert article.is_article


ASIDE = "Readers also liked the harbour pool reopening after its long winter of repairs and repainting."


@pytest.mark.parametrize("class_name, dropped", [
    ("Related-Stories", True), ("SOCIAL_links", True), ("İçerik READ-NEXT", True),
    ("popularity", False), ("İçerik trendingly", False)])
def test_chrome_blocks_are_found_by_class_whatever_its_case(class_name, dropped):
    html = (f"<html><head><title>Harbour ferry</title></head><body><article>{HEADLINE}{STORY_HTML}"
            f"<div class='{class_name}'><p>{ASIDE}</p></div></article></body></html>")
    assert (ASIDE not in extract_article(html).paragraphs) == dropped


def _live_elements() -> int:
    gc.collect()
    return sum(isinstance(o, etree._Element) for o in gc.get_objects())


def test_extraction_keeps_nothing_of_the_page_alive():
    # a cache keyed by XPath string results (which hold their element) once kept ~50 pages'
    # trees alive in a batch: 60-100 MB more memory and slower collections
    html = (f"<html><body><article>{HEADLINE}{STORY_HTML}<div class='social-bar'><a href='/x'>Share</a></div>"
            f"</article></body></html>")
    before = _live_elements()
    assert extract_article(html).paragraphs == STORY
    assert _live_elements() == before


def test_a_dek_that_is_all_the_story_stays():
    text = ("Night crossings return after three years as the port adds two electric boats, the authority "
            "said on Tuesday, and nurses and restaurant staff on late shifts welcomed the news at a meeting "
            "on the pier")
    html = (f"<html lang='en'><head><title>Ferry</title><meta name='description' content='{text}'></head><body>"
            f"<article><header><h1>Ferry</h1><h2 class='standfirst'>{text}</h2></header></article></body></html>")
    assert extract_article(html).paragraphs == [text]


# A short wire story of 2008 (L3S-GN1 had 59 of 621 read as no article): a dateline and four short paragraphs
# of a sentence each, 80 words, no date or byline in its markup.
SHORT_STORY = (
    "<html><head><title>Ferry grounded off Velmar</title></head><body>"
    "<div id='nav'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
    "<h1>Ferry grounded off Velmar</h1>"
    "<p>VELMAR (Harbour Wire) - A passenger ferry ran aground off the Velmar breakwater late on Tuesday night.</p>"
    "<p>All 212 people on board were taken off by lifeboats before dawn, the port authority said.</p>"
    "<p>The ferry had left the harbour an hour late because of high winds and heavy rain.</p>"
    "<p>Divers will inspect its hull on Wednesday, and the route should reopen by the weekend.</p>"
    "</body></html>")


def test_a_short_wire_story_is_an_article():
    article = extract_article(SHORT_STORY.encode())
    assert article.is_article and "All 212 people" in article.body

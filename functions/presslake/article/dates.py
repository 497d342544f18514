"""Publication and modification dates: what the page states, in the zone it states it.

Values are read in rank: JSON-LD of the article, publication meta keys, elements marked as
the publication date (microdata, <time pubdate>, classes, data-* attributes), then generic
date keys and unmarked <time> elements, then "Published March 3, 2019 ..." in the text, and
last htmldate (its fast search, then its extensive one: the URL, dated elements, dates in the
text in many languages), on a copy of the page without what dates other things. Revision keys
only ever give `modified_at`. A value is a `Stamp`: the instant in UTC and its precision,
`day` for a date without a time (kept on its stated day, midnight UTC, so `dt` is that day)
or `second`. A time without an offset is in the zone the page states elsewhere (the offset of
another of its dates), else UTC; a time given in UTC keeps the page's own day (`Stamp.day`)
where the page states it apart.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache

from lxml import etree
from lxml.html import HtmlElement

from presslake.article.markup import clean_text
from presslake.lazy_regex import LazyPattern

DAY, SECOND = "day", "second"


@dataclass(frozen=True)
class Stamp:
    at: datetime      # aware, in the zone the page states (UTC when it states none)
    precision: str    # DAY or SECOND
    local_day: date | None = None   # the page's own day, where it gives a time in UTC and its day apart

    @property
    def utc(self) -> datetime:
        return self.at.astimezone(timezone.utc)

    @property
    def day(self) -> date:
        """The day the page states: its local day (the UTC day is `utc.date()`)."""
        return self.local_day or self.at.date()


# Zone abbreviations pages print, which dateutil only knows as the machine's own zone (it warns
# and drops the rest). Generic US names (ET, PT) follow daylight saving through the tz database;
# CST is the US one and IST India's, as on English-language news pages.
_FIXED_ZONES = {
    "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2,
    "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "SAST": 2, "WAT": 1, "CAT": 2, "EAT": 3,
    "PKT": 5, "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "PHT": 8, "AWST": 8, "JST": 9, "KST": 9,
    "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "BRT": -3, "ART": -3,
}
_GENERIC_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
                  "PT": "America/Los_Angeles"}


@cache
def _zone(name: str) -> tzinfo | None:
    name = name.upper().replace(".", "")
    if name in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[name]))
    if name in _GENERIC_ZONES:
        from dateutil import tz

        return tz.gettz(_GENERIC_ZONES[name])
    return None


def _tzinfos(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil's zone lookup: a stated offset, else a known abbreviation, else none (no warning)."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return _zone(name) if name else None


# an offset written without its colon and leading zero: -500, +530
_SHORT_OFFSET = LazyPattern(r"(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([+-])(\d)(\d{2})$")
_ISO_DATE = LazyPattern(r"^\d{4}-\d{2}-\d{2}$|^\d{8}$")
_HAS_TIME = LazyPattern(r"\d{1,2}:\d{2}|\d\s*[ap]\.?m\b|T\d{2}", re.I)
_MIDNIGHT = LazyPattern(r"[T ]00:00(?::00(?:\.0+)?)?$")
# 03.05.2019 and 03-05-2019 are day first wherever they are written (a time may follow at once:
# 03-05-2019T10:00); 03/05/2019 is not
_DAY_FIRST = LazyPattern(r"\b\d{1,2}([.-])\d{1,2}\1\d{2,4}(?!\d)")
_EPOCH = LazyPattern(r"^\d{10}(?:\d{3})?$")
# a day, month and year, in digits or with a month's name: "2019" or "March 2019" is no date
# (dateutil would fill in today's month and day)
_NAMES_A_DAY = LazyPattern(r"\d+\D+\d+\D+\d+|^\d{8}|^\d{10}(?:\d{3})?$|"
                           r"(?i:[a-z]{3,}\.?\s*\d{1,2}\D+\d{2,4}|\d{1,2}\.?\s*[a-z]{3,}\.?\s*\d{2,4})")


def _parse(text: str) -> datetime | None:
    """A date string -> datetime (naive when it states no zone), or None."""
    text = _SHORT_OFFSET.sub(lambda m: f"{m[1]}{m[2]}0{m[3]}:{m[4]}", text)
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, timezone.utc)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    from dateutil import parser as dateutil_parser  # trafilatura's own dependency

    text = re.sub(r"\b([ap])\.m\.", r"\1m", text, flags=re.I)
    try:
        return dateutil_parser.parse(text, tzinfos=_tzinfos, dayfirst=bool(_DAY_FIRST.search(text)))
    except (ValueError, OverflowError, TypeError):
        return None


def parse_stamp(value: str | None, zone: tzinfo | None = None) -> Stamp | None:
    """A date string -> Stamp. A date without a time (or a bare midnight without an offset: a date
    a CMS dressed as a time) is a day; a time without an offset is in `zone`, else UTC."""
    if not value or not isinstance(value, str):
        return None
    text = clean_text(value)
    if not text or len(text) > 80 or not _NAMES_A_DAY.search(text):
        return None
    parsed = _parse(text)
    if parsed is None or parsed.year < 1900:
        return None
    if parsed.tzinfo is None and (_ISO_DATE.match(text) or not _HAS_TIME.search(text) or _MIDNIGHT.search(text)):
        return Stamp(datetime(parsed.year, parsed.month, parsed.day, tzinfo=timezone.utc), DAY)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone or timezone.utc)
    try:
        parsed.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # 9999-12-31T23:00-05:00 has no UTC datetime: unusable
        return None
    return Stamp(parsed, SECOND)


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 and RFC 2822-ish strings -> aware UTC datetime (naive values are taken as UTC)."""
    stamp = parse_stamp(value)
    return stamp.utc if stamp else None


def stated_zone(values: list[str]) -> tzinfo | None:
    """The zone a page states: the offset of the first of its date values that carries one."""
    for value in values:
        parsed = _parse(clean_text(value)) if isinstance(value, str) and _HAS_TIME.search(value) else None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed.tzinfo
    return None


# ---------------------------------------------------------------- where pages keep dates

# Meta keys of the publication date, most specific first.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "published_time", "parsely-pub-date", "pubdate", "publishdate", "publish-date",
    "publish_date", "publication_date", "publication-date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_online_date",
    "citation_date", "prism.publicationdate", "article.published", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "pdate", "displaydate",
)
# Keys that may hold either date (a mailer's send date, a generic Dublin Core date): ranked
# below every element marked as the publication date.
GENERIC_KEYS = ("date", "dc.date", "dcterms.date", "sailthru.date", "article.created")
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dc.date.modified", "dcterms.modified", "last-modified", "article:modified", "lastmod",
)

_PUBLISHED_MARK = LazyPattern(r"(?<![a-z])(?:pub(?:lished|lish|date)?|post(?:ed)?-?date|entry-date|"
                              r"date-?pub\w*|article-?date|created)(?![a-z])", re.I)
_MODIFIED_MARK = LazyPattern(r"modif|updat|revis|edited", re.I)
_DATE_ATTRS = ("datetime", "content", "data-published", "data-publish-date", "data-pubdate",
               "data-published-at", "data-date", "title")
_CHROME_ANCESTORS = {"aside", "nav", "footer"}


def _marker(element: HtmlElement) -> str:
    parent = element.getparent()
    return " ".join(filter(None, (element.get("class"), element.get("id"), element.get("itemprop"),
                                  element.get("name"), parent.get("class") if parent is not None else None)))


def _element_value(element: HtmlElement) -> str | None:
    for attr in _DATE_ATTRS:
        if element.get(attr):
            return element.get(attr)
    text = clean_text(element.text_content())
    return text if 6 <= len(text) <= 60 else None


def _in_chrome(element: HtmlElement) -> bool:
    return any(a.tag in _CHROME_ANCESTORS for a in element.iterancestors())


# elements that may carry a date, selected by libxml2 in document order
_DATED_ELEMENTS = etree.XPath(
    "//time | //abbr | //@itemprop[. = 'datePublished' or . = 'dateModified']/.. | //@pubdate/.."
    " | //@data-published/.. | //@data-publish-date/.. | //@data-pubdate/.. | //@data-published-at/..")


def marked_dates(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """Values of the elements marked as the publication date, and of those marked as a revision,
    each in document order."""
    published, modified = [], []
    for element in _DATED_ELEMENTS(tree):
        marker = _marker(element)
        if element.get("itemprop") == "dateModified" or _MODIFIED_MARK.search(marker):
            target = modified
        elif (element.get("itemprop") == "datePublished" or element.get("pubdate") is not None
              or any(element.get(a) for a in _DATE_ATTRS[2:6]) or _PUBLISHED_MARK.search(marker)):
            target = published
        else:
            continue
        value = _element_value(element)
        if value:
            target.append(value)
    return published, modified


def _unmarked_times(tree: HtmlElement) -> list[str]:
    """<time datetime> elements outside page chrome that say nothing of what they date."""
    return [element.get("datetime") for element in tree.iter("time")
            if element.get("datetime") and not _MODIFIED_MARK.search(_marker(element)) and not _in_chrome(element)]


_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_TEXT_DATE = LazyPattern(
    r"\b(?:published|posted|first published)\s*(?:on|:)?\s*"
    r"(?P<date>(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?-i:\s+[A-Z]{2,5}\b)?)?)",
    re.I)


_KEYWORD_TEXTS = etree.XPath("//body//text()[contains(., 'ublish') or contains(., 'UBLISH') "
                             "or contains(., 'osted') or contains(., 'OSTED')]")


def text_date(tree: HtmlElement) -> str | None:
    """'Published March 3, 2019 at 4:05 p.m. ET' in the page's text (outside scripts and chrome)."""
    for node in _KEYWORD_TEXTS(tree):
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style") or _in_chrome(parent):
            continue
        match = _TEXT_DATE.search(clean_text(parent.text_content())[:300])
        if match:
            return match.group("date")
    return None


# Month names of the languages most pages are in (a dateline near the headline is in the page's).
_MONTHS = {name: number for number, names in enumerate((
    "january jan januar janvier enero gennaio janeiro januari",
    "february feb februar février fevrier febrero febbraio fevereiro februari",
    "march mar märz maerz mars marzo março marco maart",
    "april apr avril abril aprile",
    "may mai mayo maggio maio mei",
    "june jun juni juin junio giugno junho",
    "july jul juli juillet julio luglio julho",
    "august aug août aout agosto augustus",
    "september sep sept septembre septiembre setiembre settembre setembro",
    "october oct oktober okt octobre octubre ottobre outubro",
    "november nov novembre noviembre novembro",
    "december dec dezember dez décembre decembre diciembre dicembre dezembro",
), start=1) for name in names.split()}
_MONTH_NAME = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + ")"
_DATELINE = LazyPattern(
    rf"(?<!\w)(?:(?P<d1>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m1>{_MONTH_NAME})\.?,?\s+(?:de\s+)?(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_NAME})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})\.\s?(?P<m3>\d{1,2})\.\s?(?P<y3>\d{4})"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))(?!\w)", re.I)
_NOT_DATELINES = {"script", "style", "table"}
# Elements this near the headline (<h1>) and this short are where a page prints its dateline.
DATELINE_AFTER, DATELINE_BEFORE, DATELINE_CHARS = 25, 8, 100


def _day_of(match: re.Match) -> Stamp | None:
    groups = {k[0]: v for k, v in match.groupdict().items() if v}
    month = int(groups["m"]) if groups["m"].isdigit() else _MONTHS[groups["m"].casefold()]
    try:
        day = datetime(int(groups["y"]), month, int(groups["d"]), tzinfo=timezone.utc)
    except ValueError:
        return None
    return Stamp(day, DAY) if day.year >= 1995 else None


def _day_in(text: str) -> Stamp | None:
    match = _DATELINE.search(text)
    return _day_of(match) if match else None


def dateline_date(headline: HtmlElement | None) -> Stamp | None:
    """The date printed in a short element just after (or before) the headline, in any of the
    languages of `_MONTHS`, or as 18.10.2021 or 2021-10-18: a day."""
    if headline is None:
        return None
    near = headline.xpath(f"following::*[position() <= {DATELINE_AFTER}] | "
                          f"preceding::*[position() <= {DATELINE_BEFORE}]")
    for element in near:
        if element.tag in _NOT_DATELINES or _in_chrome(element) or any(a.tag == "table" for a in element.iterancestors()):
            continue  # a table's dates (an infobox's "Founded ...") date something else
        text = clean_text(element.text_content())
        if text and len(text) <= DATELINE_CHARS:
            stamp = _day_in(text)
            if stamp:
                return stamp
    return None


# /2019/03/03/, /2019-03-03-, /20190303/ in the page's address
_URL_DATE = LazyPattern(r"/((?:19|20)\d{2})([/_-]?)(\d{2})\2(\d{2})(?=[/_.-]|$)")


def url_date(url: str | None) -> Stamp | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        day = datetime(int(match[1]), int(match[3]), int(match[4]), tzinfo=timezone.utc)
    except ValueError:
        return None
    return Stamp(day, DAY)


# (a script's or a style's text is its only child: the parent test reads what the ancestors test would)
_PAGE_TEXTS = etree.XPath("//body//text()[not(parent::script or parent::style)]")


def _writes_day(tree: HtmlElement, day: datetime) -> bool:
    """Whether the page's text writes `day` as a whole date (not only its month or year)."""
    text = " ".join(_PAGE_TEXTS(tree))
    return any(stamp.at.date() == day.date() for stamp in map(_day_of, _DATELINE.finditer(text)) if stamp)


# what dates something other than the page: block quotations (an embedded post dates someone
# else's words), tables of data (an infobox's "Founded ..."; told from layout tables by holding
# no paragraph or block), scripts other than JSON-LD (an app's state dates the items it lists)
# and the links to the site's resources (a stylesheet's build stamp)
_NOT_THE_PAGES = etree.XPath("//blockquote | //table[not(.//p or .//div or .//table)]"
                             " | //script[not(contains(@type, 'ld+json'))]"
                             " | //link[contains(@rel, 'stylesheet') or contains(@rel, 'preload')"
                             " or contains(@rel, 'prefetch') or contains(@rel, 'icon')]")


@contextmanager
def _without_others_dates(tree: HtmlElement):
    """The page without what dates other things, while the block runs: they are taken out of `tree`, their
    tails left in place as `drop_tree` leaves them, and put back after (htmldate searches a copy of its own,
    so a copy here would be a second one)."""
    root, taken = tree.getroottree().getroot(), []
    try:
        for element in _NOT_THE_PAGES(tree):
            if element.getroottree().getroot() is not root:
                continue  # taken out with an element around it
            parent, previous = element.getparent(), element.getprevious()
            taken.append((element, parent, parent.index(element), previous,
                          parent.text if previous is None else previous.tail))
            element.drop_tree()
        yield tree
    finally:
        for element, parent, index, previous, text in reversed(taken):
            if previous is None:
                parent.text = text
            else:
                previous.tail = text
            parent.insert(index, element)


def htmldate_date(tree: HtmlElement, url: str | None, extensive: bool = True) -> Stamp | None:
    """htmldate's date (the URL, dated elements, then dates in the text, in many languages): a
    day at most. Its fast search first; its extensive one only where that finds nothing and the
    page is `extensive` (an article with a headline: a listing's text dates the items it lists;
    the extensive search reads every date of the page, and can take an older one the fast one
    passed by). The last resorts of the extensive search (a month, a copyright year) come as
    the 1st of a month or year: such a day counts only where the page writes it. Both search a
    copy of the page without what dates other things than the page."""
    from htmldate import find_date  # comes with trafilatura, which has imported it by now

    with _without_others_dates(tree) as pruned:
        found = find_date(pruned, extensive_search=False, original_date=True, url=url)
        if not found and extensive:
            found = find_date(pruned, extensive_search=True, original_date=True, url=url)
    if not found:
        return None
    day = datetime.strptime(found, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return Stamp(day, DAY) if day.day != 1 or _writes_day(tree, day) else None


def first_stamp(values, zone: tzinfo | None) -> Stamp | None:
    for value in values:
        stamp = parse_stamp(value, zone)
        if stamp:
            return stamp
    return None


def _values(index: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in index.get(key, [])]


def _jsonld_values(nodes: list[dict], key: str) -> list[str]:
    """String values of `key`, and numbers as strings (seconds or milliseconds since 1970)."""
    values = [node.get(key) for node in nodes]
    return [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values if isinstance(v, (str, int))]


def _zone_of_same_instant(instant: datetime, values: list[str]) -> tzinfo | None:
    """The zone of another statement of `instant` on the page: the same time with an offset
    other than UTC's, else a wall time without one a whole number of half hours away."""
    parsed = [_parse(clean_text(v)) for v in values if isinstance(v, str) and _HAS_TIME.search(v)]
    for other in parsed:
        if other is not None and other.tzinfo is not None and other.utcoffset() and abs(other - instant) < timedelta(minutes=1):
            return other.tzinfo
    half_hour = timedelta(minutes=30)
    for other in parsed:
        if other is None or other.tzinfo is not None:
            continue
        delta = other - instant.astimezone(timezone.utc).replace(tzinfo=None)
        halves = round(delta / half_hour)
        if halves and abs(halves) <= 28 and abs(delta - halves * half_hour) < timedelta(minutes=1):
            return timezone(halves * half_hour)
    return None


def in_local_time(stamp: Stamp, values: list[str], days: list[Stamp | None]) -> Stamp:
    """A time the page gives in UTC, in the page's own zone where it states the same instant in
    that zone elsewhere (`values`: its publication dates, not its revisions); else on the page's
    own day where it names one (`days`: its address, its dateline) a day apart from the UTC day:
    a page west of UTC publishing in its evening."""
    zone = _zone_of_same_instant(stamp.at, values)
    if zone is not None:
        return Stamp(stamp.at.astimezone(zone), stamp.precision)
    for day in days:
        if day is not None and abs((day.at.date() - stamp.at.date()).days) == 1:
            return Stamp(stamp.at, stamp.precision, day.at.date())
    return stamp


def page_dates(tree: HtmlElement, index: dict[str, list[str]], article_node: dict, nodes: list[dict],
               url: str | None = None, headline: HtmlElement | None = None) -> tuple[Stamp | None, Stamp | None]:
    """(published, modified) of a page, each a Stamp or None; `url` and the article's `headline`
    element (its <h1>) may date a page that has no date in its markup."""
    article_ld = [article_node] if article_node else []
    marked_published, marked_modified = marked_dates(tree)
    published_ranked = [
        _jsonld_values(article_ld, "datePublished"),
        _values(index, PUBLISHED_KEYS),
        _jsonld_values(nodes, "datePublished"),
        marked_published,
        _values(index, GENERIC_KEYS),
        _unmarked_times(tree),
    ]
    modified_ranked = [
        _jsonld_values(article_ld, "dateModified"),
        _values(index, MODIFIED_KEYS),
        _jsonld_values(nodes, "dateModified"),
        marked_modified,
    ]
    zone = stated_zone([v for values in published_ranked + modified_ranked for v in values])
    published = next(filter(None, (first_stamp(values, zone) for values in published_ranked)), None)
    modified = next(filter(None, (first_stamp(values, zone) for values in modified_ranked)), None)
    if published is not None and published.precision == SECOND and not published.at.utcoffset():
        values = [v for values in published_ranked for v in values] + [text_date(tree)]
        published = in_local_time(published, values, [url_date(url), dateline_date(headline)])
    if published is None:
        published = parse_stamp(text_date(tree), zone) or dateline_date(headline) or url_date(url)
    if published is None:
        found = htmldate_date(tree, url, extensive=headline is not None)
        # htmldate falls back on revision keys: a revision date alone does not date the publication
        published = found if found and (modified is None or found.at.date() != modified.utc.date()) else None
    return published, modified

"""Decoded page text -> lxml tree, and trafilatura, imported when a page first needs it. Pure code: no I/O."""

from __future__ import annotations

import re
from presslake.lazy_regex import LazyPattern
from functools import cache

import lxml.html
from lxml import etree
from lxml.html import HtmlElement


@cache
def trafilatura_modules():
    """trafilatura and courlan, imported with the first page that gets past the byte checks.

    Together they are about 130 ms of a cold start's imports (bench/coldstart.py); test
    events, empty files and binaries never need them.
    """
    import courlan
    import trafilatura

    return trafilatura, courlan


_XML_DECL = LazyPattern(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters XML 1.0 forbids: libxml2 keeps them in the tree, and trafilatura, which
# serialises the tree, then finds no text at all. Deleted from the UTF-8 bytes: bytes.translate
# is 2.5x faster than a regex over the str, and libxml2 parses UTF-8 bytes 30% faster than a str.
_NOT_XML_BYTES = bytes([*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20)])
_NONCHARACTERS_UTF8 = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF
# Comments and processing instructions are dropped while parsing, as trafilatura's own parser does:
# trafilatura removes them later with their tails, which took text after a comment with them.
_UTF8_HTML = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
# lxml.html's own parser picks each element's class in a Python callback, run every time an
# element object is made (3,000 times a page, trafilatura included); a fixed class skips it.
# Only form controls lose their classes (form.fields, input.value), which nothing here uses.
_UTF8_HTML.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


def parse_html(text: str) -> HtmlElement:
    # the declaration would name the page's original charset, not UTF-8
    data = _XML_DECL.sub("", text).encode("utf-8", "replace").translate(None, _NOT_XML_BYTES)
    if b"\xef\xbf" in data:
        for noncharacter in _NONCHARACTERS_UTF8:
            data = data.replace(noncharacter, b"")
    return lxml.html.document_fromstring(data or b"<html></html>", parser=_UTF8_HTML)


def script_chars(tree: HtmlElement) -> int:
    """Characters of script and style contents (JSON-LD and framework state included): no extractor
    reads them as text, and modern pages carry megabytes of them."""
    return sum(len(element.text or "") for element in tree.iter("script", "style"))

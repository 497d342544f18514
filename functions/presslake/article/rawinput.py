"""Turn raw uploaded bytes into HTML text, or say why they cannot be.

Pure functions: no I/O. Order of charset evidence follows WHATWG (BOM, transport
Content-Type, <meta> in the head, then detection), with one correction real
crawls need: a page declared as a legacy charset whose bytes are valid,
non-ASCII UTF-8 is UTF-8 (the commonest mislabel), and a page declared UTF-8
whose bytes are not UTF-8 goes to detection.
"""

from __future__ import annotations

import codecs
import csv
import re
from presslake.lazy_regex import LazyPattern
import zlib
from dataclasses import dataclass

from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

GZIP_MAGIC = b"\x1f\x8b"
# Decompressed pages larger than this are refused while inflating: a gzip bomb, or a 30 MB page
# that arrives gzipped, must not exhaust the 512 MB of the parse function.
MAX_DECOMPRESSED_BYTES = 16 * 1024 * 1024

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "riff (image/webp, audio or video)"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"%!PS", "postscript"),
    (b"PAR1", "parquet"),
)


class RejectedInput(ValueError):
    """Raw bytes that are not a page we can parse. `reason` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str


class InflateError(ValueError):
    """A compressed stream that is corrupt, truncated or larger than allowed (`kind`)."""

    def __init__(self, kind: str, detail: str):
        super().__init__(detail)
        self.kind = kind


def inflate_bounded(data: bytes, wbits: int, limit: int) -> bytes:
    """zlib/gzip/deflate (by `wbits`) into at most `limit` bytes: a decompression bomb stops there."""
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise InflateError("corrupt", str(error)) from error
    if len(out) > limit:
        raise InflateError("too_large", f"decompresses to more than {limit} bytes")
    if not inflater.eof:
        raise InflateError("truncated", "truncated compressed stream")
    return out


def gunzip_if_needed(raw: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> tuple[bytes, bool]:
    """Decompress gzip by magic bytes, whatever the file name or Content-Encoding said."""
    if not raw.startswith(GZIP_MAGIC):
        return raw, False
    try:
        return inflate_bounded(raw, 16 + zlib.MAX_WBITS, limit), True
    except InflateError as error:
        raise RejectedInput("too_large" if error.kind == "too_large" else "corrupt_gzip", str(error)) from error


_WIDE_CODECS = ("utf-16", "utf-32")


def sniff_binary(data: bytes, content_type: str | None = None) -> str | None:
    """Name the kind of a non-HTML payload, or None when it may be text.

    NUL bytes mean binary unless a BOM or the transport charset says UTF-16/32, whose
    ASCII characters all carry one.
    """
    head = data[:16]
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return kind
    sample = data[:4096]
    if read_bom(sample)[0] in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    declared = http_content_type_encoding(content_type) if content_type else None
    codec = resolve_encoding(declared) if declared else None
    if codec and codecs.lookup(codec).name.startswith(_WIDE_CODECS):
        return None
    if b"\x00" in sample:
        return "binary (NUL bytes)"
    return None


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only for pages with no usable declaration

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def choose_encoding(data: bytes, content_type: str | None = None) -> str:
    """Pick the Python codec name for `data`, following the evidence order in the module doc."""
    bom_encoding, _ = read_bom(data)
    if bom_encoding:
        return resolve_encoding(bom_encoding) or bom_encoding
    declared = http_content_type_encoding(content_type) if content_type else None
    declared = declared or html_body_declared_encoding(data[:4096])
    codec = resolve_encoding(declared) if declared else None
    if codec:
        if codecs.lookup(codec).name != "utf-8":
            # Non-ASCII bytes that happen to be valid UTF-8 in a legacy charset are
            # vanishingly rare; a page saved as UTF-8 under a stale declaration is common.
            if not data.isascii() and _valid_utf8(data):
                return "utf-8"
            return codec
        if _valid_utf8(data):
            return "utf-8"
    if _valid_utf8(data):
        return "utf-8"
    return _detect(data) or "cp1252"


def decode_page(raw: bytes, content_type: str | None = None) -> DecodedPage:
    """Raw upload bytes -> HTML text. Raises RejectedInput for anything that is not a page."""
    if not raw.strip():
        raise RejectedInput("empty", "the object has no content")
    data, _ = gunzip_if_needed(raw)
    if not data.strip():
        raise RejectedInput("empty", "the decompressed object has no content")
    kind = sniff_binary(data, content_type)
    if kind:
        raise RejectedInput("binary", f"not HTML: looks like {kind}")
    encoding = choose_encoding(data, content_type)
    text = data.decode(encoding, errors="replace")
    if text and text[0] == "\ufeff":
        text = text[1:]
    if text.count("\ufffd") > max(20, len(text) // 100):
        raise RejectedInput("undecodable", f"too many invalid {encoding} sequences")
    return DecodedPage(text=text, encoding=encoding)


# ---------------------------------------------------------------- text that is HTML

# An HTML document starts, after white space, an XML declaration and comments, with one of the tags
# WHATWG's MIME sniffing takes for text/html (plus <meta> and <link>, which some heads open with).
# Text that mentions a tag further on (a Markdown file about <title>) is not a page. Matched on the
# first SNIFF_CHARS only, with possessive groups: no text can make it backtrack.
SNIFF_CHARS = 65_536
_HTML_START = LazyPattern(
    r"\A(?:[\s\ufeff]++|<\?xml[^>]*+>|<!--(?>[^-]++|-(?!->))*+-->)*+"
    r"<(?:!doctype\s++html|html|head|body|meta|link|script|style|title|iframe|h1|div|font|table|a|b|br|p)[\s/>]",
    re.I)
_TOML_TABLE = LazyPattern(r"^\[\[?[\w.\-\" ]+\]\]?[ \t]*$", re.M)
_TOML_KEY = LazyPattern(r"^[\w.\-\"]+[ \t]*=[ \t]*\S", re.M)
_MARKDOWN = LazyPattern(r"^(?:#{1,6}[ \t]\S|```|[-*+][ \t]\S|\d+\.[ \t]\S|>[ \t])|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S", re.M)


# A document's frame and its markup, for a page that does not start as one: crawls store pages cut or
# garbled at their start ("<!DOn/wp-content/...", a stray "?", the middle of an inline script). A text that
# only mentions a `<head>` or a `<title>` has the frame and not the markup.
_DOCUMENT_FRAME = LazyPattern(r"<(?:html|head|body)[\s>]|</(?:head|body|html)>", re.I)
_MARKUP = LazyPattern(r"</?(?:p|div|span|a|table|tr|td|ul|ol|li|script|style|meta|link|img|br|h[1-6]|form|input|"
                      r"title|head|body|html)\b[^<>]{0,2000}>", re.I)
MARKUP_TAGS = 10


def text_kind(text: str) -> str | None:
    """None for an HTML document, else what the text looks like (JSON, TOML, Markdown, CSV, plain text)."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return None
    framed = _DOCUMENT_FRAME.search(head) or _DOCUMENT_FRAME.search(text, max(0, len(text) - SNIFF_CHARS))
    if framed and sum(1 for _ in zip(range(MARKUP_TAGS), _MARKUP.finditer(head))) == MARKUP_TAGS:
        return None  # a page cut at its start may have lost its <html> and <head>, not its </body>
    start = head.lstrip("\ufeff \t\r\n")
    lines = [line for line in start.splitlines()[:20] if line.strip()]
    if start[:1] == "{" or re.match(r"\[\s*[\[{\"\d\-\]]|\[\s*(true|false|null)\b", start):
        return "JSON"
    if _TOML_TABLE.search(head) and _TOML_KEY.search(head):
        return "TOML"
    if _MARKDOWN.search(head):
        return "Markdown"
    fields = [len(row) for row in csv.reader(lines[:5])]
    if len(fields) >= 3 and fields[0] >= 2 and len(set(fields)) == 1:
        return "CSV"
    return "plain text"

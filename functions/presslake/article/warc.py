"""WARC bundles: every HTML `response` record is one page. Pure; warcio reads the format.

Records stream one at a time from a file object, so memory is bounded by the largest
payload (capped), however large the file. Both gzip layouts are read: one gzip member
per record (the standard, which can be split into byte ranges) and a whole-file gzip
(read in one pass, or split by record counts). Other record types and payloads are
skipped and counted; a record that cannot be read is reported with its offset, and the
rest of the file is still read when the format allows it. A file that ends inside a
record (a truncated upload, a cut gzip member) is reported where the lost record starts.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime


WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Enough of the file to tell a whole-file gzip from one member per record.
PEEK_BYTES = 256 * 1024
PEEK_OUTPUT_BYTES = 4 * 1024 * 1024


def is_warc_key(key: str) -> bool:
    return key.lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class WarcPage:
    offset: int          # of the record in the file (its gzip member when compressed per record)
    url: str
    body: bytes
    content_type: str | None
    fetched_at: datetime | None


@dataclass(frozen=True)
class WarcSkip:
    """A record that is not a page: `bad` ones go to the quarantine manifest, the rest are counted."""

    offset: int
    reason: str
    detail: str = ""
    bad: bool = False


class NotSplittable(Exception):
    """A whole-file gzip WARC: its records have no byte offsets to range-read."""


class _Counted:
    """A stream that knows how much was read from it (warcio's offsets come from `tell`) and keeps
    its last bytes, to tell the blank lines after the last record from a record cut short."""

    TAIL = 64

    def __init__(self, stream):
        self.stream, self.position, self.tail = stream, 0, b""

    def tell(self) -> int:
        return self.position

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read() if size is None or size < 0 else self.stream.read(size)
        self.position += len(data)
        self.tail = (self.tail + data[-self.TAIL:])[-self.TAIL:]
        return data

    def unread_past(self, end: int) -> bool:
        """Whether anything but blank lines follows `end`, reading the stream to its end."""
        while self.read(64 * 1024):
            pass
        after = self.position - end
        return after > 0 and (after > len(self.tail) or bool(self.tail[-after:].strip()))


class _Gunzip:
    """A whole-file gzip whose end is missing reads as its end (warcio takes EOFError for one),
    noted in `cut`."""

    def __init__(self, fileobj):
        self.file, self.cut = gzip.GzipFile(fileobj=fileobj), False

    def read(self, size: int = -1) -> bytes:
        try:  # read1: what one inflate step gives, so the records before a cut are not thrown away with it
            return self.file.read1(size)
        except EOFError:
            self.cut = True
            return b""


class _Prefixed:
    """The bytes already peeked at, then the rest of the stream."""

    def __init__(self, head: bytes, rest):
        self.head, self.rest = head, rest

    def read(self, size: int = -1) -> bytes:
        if self.head:
            if size is None or size < 0:
                data, self.head = self.head + self.rest.read(), b""
                return data
            data, self.head = self.head[:size], self.head[size:]
            return data
        return self.rest.read() if size is None or size < 0 else self.rest.read(size)


def _is_whole_file_gzip(head: bytes) -> bool:
    """True when the first gzip member holds more than one record (a whole-file gzip)."""
    if head[:2] != b"\x1f\x8b":
        return False
    try:
        first_member = zlib.decompressobj(wbits=31).decompress(head, PEEK_OUTPUT_BYTES)
    except zlib.error:
        return False  # let the record reader report the damage with its offset
    return b"\r\n\r\nWARC/1." in first_member


def _open(stream) -> tuple[object, bool]:
    head = stream.read(PEEK_BYTES)
    source = _Prefixed(head, stream)
    if _is_whole_file_gzip(head):
        return _Gunzip(source), True
    return source, False


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _missing_bytes(record) -> int:
    """Read what is left of the record's block; what could not be read means a truncated file."""
    while record.raw_stream.read(64 * 1024):
        pass
    return getattr(record.raw_stream, "limit", 0)  # no Content-Length: nothing to compare against


def _page_or_skip(record, max_payload_bytes: int) -> WarcPage | WarcSkip:
    """Classify one record, reading its payload (offset 0: the caller learns it afterwards)."""
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    item: WarcPage | WarcSkip
    if record.format != "warc":  # warcio also reads ARC, and takes any text for one
        return WarcSkip(0, "unreadable_warc", f"not a WARC record ({record.format})", bad=True)
    if record.rec_type != "response":
        item = WarcSkip(0, f"record_type:{record.rec_type}")
    elif record.http_headers is None or not url.lower().startswith(("http://", "https://")):
        item = WarcSkip(0, "not_http", url)
    elif not (status := record.http_headers.get_statuscode() or "").startswith("2"):
        item = WarcSkip(0, f"http_status:{status or 'none'}", url)
    elif (content_type := record.http_headers.get_header("Content-Type")) and \
            not content_type.split(";")[0].strip().lower().startswith(HTML_TYPES):
        item = WarcSkip(0, "not_html", f"{url} ({content_type})")
    else:
        try:
            body = record.content_stream().read(max_payload_bytes + 1)
        except Exception as error:  # a bad content-encoding or chunking in this record only
            return WarcSkip(0, "bad_record", f"{url}: {type(error).__name__}: {error}", bad=True)
        if len(body) > max_payload_bytes:
            item = WarcSkip(0, "too_large", f"{url}: payload over {max_payload_bytes} bytes", bad=True)
        else:
            item = WarcPage(0, url, body, content_type, _parse_date(record.rec_headers.get_header("WARC-Date")))
    missing = _missing_bytes(record)
    if missing:
        return WarcSkip(0, "truncated_record", f"{url}: {missing} bytes missing", bad=True)
    return item


def _archive_iterator(source):
    """warcio's reader, imported with the first bundle: single-page batches never pay its ~30 ms."""
    from warcio.archiveiterator import ArchiveIterator

    return ArchiveIterator(source, check_digests=False)


class WarcReader:
    """Every record of a WARC stream as a page or a skip, in order. `base_offset`: where a ranged
    read began. `splittable`: whether the offsets are byte offsets of the file (a whole-file
    gzip's are offsets in the inflated stream, which no ranged read can start at).

    A file that stops being readable (truncated, corrupt gzip member, not a WARC) yields one
    bad skip where the record it could not read starts, and ends; what came before it stands.
    """

    def __init__(self, stream, *, max_payload_bytes: int, base_offset: int = 0):
        opened, whole_file = _open(stream)
        self._gunzip = opened if whole_file else None
        self._source = _Counted(opened)
        self.splittable = not whole_file
        self.max_payload_bytes = max_payload_bytes
        self.base_offset = base_offset

    def __iter__(self) -> Iterator[WarcPage | WarcSkip]:
        records = _archive_iterator(self._source)
        end = 0  # where the record after the last one read starts, in the stream warcio reads
        iterator = iter(records)
        while True:
            try:
                record = next(iterator)
            except StopIteration:
                break
            except Exception as error:  # warcio, gzip and zlib raise several kinds for a damaged file
                yield WarcSkip(self.base_offset + end, "unreadable_warc",
                               f"{type(error).__name__}: {error}".strip()[:300], bad=True)
                return
            try:
                item = _page_or_skip(record, self.max_payload_bytes)
            except Exception as error:  # a record warcio reads but cannot make sense of: skip it, keep going
                item = WarcSkip(0, "bad_record", f"{type(error).__name__}: {error}"[:300], bad=True)
            # warcio knows the offset once the record is read, and (its `offset`) where the next one
            # starts, past the blank lines between records
            offset = records.get_record_offset()
            end = records.offset
            yield replace(item, offset=self.base_offset + offset)
            if isinstance(item, WarcSkip) and item.reason == "truncated_record":
                return  # the stream ended inside this record: nothing follows it
        # warcio ends quietly at a gzip member or a header cut short: the bytes it left say so
        if self._source.unread_past(end) or (self._gunzip is not None and self._gunzip.cut):
            yield WarcSkip(self.base_offset + end, "truncated_record", "the file ends inside a record", bad=True)


def iter_warc(stream, *, max_payload_bytes: int, base_offset: int = 0) -> Iterator[WarcPage | WarcSkip]:
    """Every record of a WARC stream as a page or a skip (see WarcReader)."""
    return iter(WarcReader(stream, max_payload_bytes=max_payload_bytes, base_offset=base_offset))


def record_spans(stream) -> Iterator[tuple[int, int]]:
    """(offset, length) of every record, for splitting a file into byte ranges.

    Raises NotSplittable for a whole-file gzip, whose records cannot be read from an offset.
    """
    source, whole_file = _open(stream)
    if whole_file:
        raise NotSplittable("whole-file gzip: split it by record counts")
    records = _archive_iterator(source)
    for _record in records:
        offset = records.get_record_offset()
        yield offset, records.get_record_length()


def plan_ranges(spans: Iterable[tuple[int, int]], *, records_per_range: int) -> list[tuple[int, int | None]]:
    """Consecutive records grouped into [start, end) byte ranges of at most `records_per_range`.

    The last range runs to the end of the file (end None), so what follows the last whole
    record, a record cut short, is read and reported too.
    """
    starts = [offset for offset, _length in spans]
    return group_ranges(starts, records_per_range=records_per_range, end=None)


def group_ranges(starts: list[int], *, records_per_range: int, end: int | None) -> list[tuple[int, int | None]]:
    """Records starting at `starts` (ascending byte offsets; the last one ends at `end`) grouped into
    [start, end) byte ranges of at most `records_per_range` records."""
    firsts = starts[::records_per_range]
    return list(zip(firsts, firsts[1:] + [end]))

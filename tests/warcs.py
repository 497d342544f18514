"""WARC files for tests, written with warcio as crawlers write them."""

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def html_page(i: int, words: int = 80) -> bytes:
    body = " ".join(f"word{i}x{n}" for n in range(words))
    return (f"<html lang='en'><head><title>Story {i}</title><meta property='og:type' content='article'></head>"
            f"<body><article><h1>Story {i}</h1><p>{body}.</p><p>{body}.</p></article></body></html>").encode()


def response(url: str, payload: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"):
    return ("response", url, payload, [("Content-Type", content_type)], status)


def build(records, *, per_record_gzip: bool = True, whole_file_gzip: bool = False) -> bytes:
    """records: tuples (type, url, payload, http headers, status) as `response` makes them."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=per_record_gzip and not whole_file_gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "presslake tests"}))
    for kind, url, payload, headers, status in records:
        if kind == "request":
            http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            record = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
        elif kind == "revisit":
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_revisit_record(url, digest="sha1:AAAA", refers_to_uri=url,
                                                  refers_to_date="2025-01-01T00:00:00Z", http_headers=http)
        else:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http)
        writer.write_record(record)
    data = buffer.getvalue()
    return gzip.compress(data) if whole_file_gzip else data


def pages(n: int, start: int = 0, words: int = 80) -> list:
    return [response(f"https://news.example.org/story/{i}", html_page(i, words)) for i in range(start, start + n)]

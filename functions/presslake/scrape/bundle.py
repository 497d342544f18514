"""One source's pages of one scrape run as one .warc.gz (warcio writes the format).

Each page is a `request`, a `response` and a `metadata` record (the fetch: source,
run, time, validators), each its own gzip member, so the parse function can read
the file in one pass or by byte ranges. The response's offset is what the crawl
state records for the page.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from urllib.parse import urlsplit

# Transport headers that no longer describe the stored payload (urllib3 decoded it).
_TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


class Bundle:
    def __init__(self, source: str, run_id: str):
        from warcio.warcwriter import WARCWriter

        self.source, self.run_id = source, run_id
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=True)
        self.pages = 0

    def add(self, *, url: str, final_url: str, status: int, headers: dict[str, str], body: bytes,
            user_agent: str, fetched_at: datetime) -> int:
        """Append one fetched page; returns the offset of its response record."""
        from warcio.statusandheaders import StatusAndHeaders

        date = fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(final_url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request = StatusAndHeaders(f"GET {target} HTTP/1.1", [("Host", parts.netloc), ("User-Agent", user_agent)],
                                   is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(
            final_url, "request", payload=io.BytesIO(b""), http_headers=request, warc_headers_dict={"WARC-Date": date}))
        stored = [(k, v) for k, v in headers.items() if k.lower() not in _TRANSPORT_HEADERS]
        stored.append(("Content-Length", str(len(body))))
        offset = self.buffer.tell()
        self.writer.write_record(self.writer.create_warc_record(
            final_url, "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders(f"{status} OK", stored, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date}))
        fetch = {"source": self.source, "run_id": self.run_id, "requested_url": url,
                 "fetched_at": fetched_at.isoformat(timespec="seconds"),
                 "etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
        self.writer.write_record(self.writer.create_warc_record(
            final_url, "metadata", payload=io.BytesIO(json.dumps(fetch).encode()),
            warc_content_type="application/json", warc_headers_dict={"WARC-Date": date}))
        self.pages += 1
        return offset

    def getvalue(self) -> bytes:
        return self.buffer.getvalue()

"""A small news site on 127.0.0.1 for the local demo and the scraper's tests: a feed, a
sitemap index, a news sitemap and pages, with ETag/304 support. Local-only.

Routes map a path to (status, headers, body) or to a callable taking the request
headers and the number of earlier requests for that path, for scripted behaviour
(429 then 200, 500 then 200, ...).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Route = tuple[int, dict, bytes] | Callable[[dict, int], tuple[int, dict, bytes]]


def page_route(body: bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    """A page with a strong ETag that answers 304 to a matching If-None-Match."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def serve(headers: dict, _count: int):
        if headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": content_type, "ETag": etag}, body

    return serve


class LocalSite:
    def __init__(self, routes: dict[str, Route] | None = None):
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: Counter = Counter()
        self.user_agents: list[str] = []
        self.times: list[float] = []  # when each request arrived (time.monotonic)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                path = self.path
                site.user_agents.append(self.headers.get("User-Agent", ""))
                site.times.append(time.monotonic())
                count = site.requests[path]
                site.requests[path] += 1
                route = site.routes.get(path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = route({k.lower(): v for k, v in self.headers.items()}, count) \
                        if callable(route) else route
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in headers and isinstance(body, bytes):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for piece in [body] if isinstance(body, bytes) else body:  # a generator: a slow server
                    self.wfile.write(piece)
                    self.wfile.flush()

            def log_message(self, *args):  # keep test and demo output quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> LocalSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def demo_site(pages_dir: Path) -> LocalSite:
    """The demo's site: every page of `pages_dir` at /news/<name>, half listed in an RSS feed,
    the other half in a news sitemap behind a sitemap index, and a robots.txt that keeps
    crawlers out of /private/."""
    site = LocalSite()
    pages = sorted(p for p in pages_dir.glob("*.html"))
    for page in pages:
        site.routes[f"/news/{page.stem}"] = page_route(page.read_bytes())
    site.routes["/private/draft"] = page_route(b"<html><body><p>not for crawlers</p></body></html>")
    feed_items = "".join(f"<item><title>{p.stem}</title><link>{site.url}/news/{p.stem}</link></item>"
                         for p in pages[::2])
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local news</title>{feed_items}</channel></rss>'
    sitemap_urls = "".join(
        f"<url><loc>{site.url}/news/{p.stem}</loc><news:news><news:publication_date>2025-04-26T12:00:00Z"
        f"</news:publication_date></news:news></url>" for p in pages[1::2])
    news_sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                    f"{sitemap_urls}<url><loc>{site.url}/private/draft</loc></url></urlset>")
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{site.url}/sitemap-news.xml</loc></sitemap></sitemapindex>")
    site.routes.update({
        "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, feed.encode()),
        "/sitemap.xml": (200, {"Content-Type": "application/xml"}, index.encode()),
        "/sitemap-news.xml": (200, {"Content-Type": "application/xml"}, news_sitemap.encode()),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
    })
    return site

"""A polite, safe HTTP GET for the scraper (urllib3; no boto3).

Safety: http/https only; every request and every redirect resolves its host first and
refuses private, loopback, link-local, multicast, reserved and metadata addresses
(loopback only with `allow_loopback`, for local runs and tests), then connects to the
checked address itself, so DNS cannot change the answer in between. Bodies are capped
while streaming, and compressed bodies are inflated with a cap (decompression bombs).
Politeness: conditional GET, Retry-After on 429/503, bounded retries with backoff.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import urllib3

from presslake.article.rawinput import InflateError, inflate_bounded

METADATA_ADDRESSES = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"),
                      ipaddress.ip_address("169.254.170.2")}


class FetchError(Exception):
    """A fetch that failed for a reason worth counting (`reason` is a short code)."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str
    timeout_s: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_decoded_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    max_retries: int = 2
    backoff_s: float = 1.0
    max_retry_after_s: float = 30.0
    # A whole response must arrive within this: the read timeout restarts with every byte, so
    # without it a server sending one byte every few seconds holds a fetch forever.
    deadline_s: float = 20.0
    allow_loopback: bool = False

    @property
    def worst_case_s(self) -> float:
        """The longest one fetch can take: a response to its deadline (deadline errors are not
        retried), after retries that each wait a timeout and the longest pause allowed."""
        pause = max(self.max_retry_after_s, self.backoff_s * 2 ** self.max_retries)
        return self.deadline_s + self.timeout_s + self.max_retries * (self.timeout_s + pause)


@dataclass
class Response:
    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


# Never fetched, whatever DNS says (an SSRF blocklist from IANA's special-purpose registries,
# not only `is_private`): carrier-grade NAT, benchmarking and documentation ranges, and the
# IPv6 forms that carry an IPv4 address inside (6to4, Teredo, NAT64), which would reach
# private IPv4 space through a relay.
BLOCKED_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
    "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:db8::/32", "2002::/16",
    "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
))


def blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is one the scraper must never connect to (loopback included)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (address in METADATA_ADDRESSES or any(address in network for network in BLOCKED_NETWORKS
                                                 if network.version == address.version)
            or address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
            or address.is_reserved or address.is_unspecified)


def checked_address(host: str, port: int, allow_loopback: bool) -> str:
    """Resolve `host` and return an address we may connect to, or raise FetchError."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError("dns", f"{host}: {error}") from error
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if address.is_loopback and allow_loopback:
            addresses.append(str(address))
            continue
        if blocked(address):
            raise FetchError("blocked_address", f"{host} resolves to {address}")
        addresses.append(str(address))
    if not addresses:
        raise FetchError("dns", f"{host}: no address")
    return addresses[0]


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def _inflate(body: bytes, encoding: str, limit: int) -> bytes:
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError("unsupported_encoding", encoding)
    try:
        return inflate_bounded(body, 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS, limit)
    except InflateError as error:
        raise FetchError("decompression_bomb" if error.kind == "too_large" else "bad_encoding", str(error)) from error


def _once(url: str, policy: FetchPolicy, headers: dict[str, str]) -> Response:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("bad_scheme", url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = checked_address(parts.hostname, port, policy.allow_loopback)
    timeout = urllib3.Timeout(connect=policy.timeout_s, read=policy.timeout_s)
    if parts.scheme == "https":
        pool = urllib3.HTTPSConnectionPool(address, port, timeout=timeout, retries=False,
                                           server_hostname=parts.hostname, assert_hostname=parts.hostname)
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    host_header = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    deadline = time.monotonic() + policy.deadline_s
    try:
        raw = pool.urlopen("GET", path, headers={**headers, "Host": host_header}, redirect=False,
                           preload_content=False, decode_content=False)
    except urllib3.exceptions.TimeoutError as error:
        raise FetchError("timeout", str(error)) from error
    except urllib3.exceptions.HTTPError as error:
        raise FetchError("connection", str(error)) from error
    try:
        declared = raw.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > policy.max_bytes:
            raise FetchError("too_large", f"Content-Length {declared} > {policy.max_bytes}")
        chunks, size = [], 0
        while chunk := raw.read1(64 * 1024, decode_content=False):  # returns after one receive
            size += len(chunk)
            if size > policy.max_bytes:
                raise FetchError("too_large", f"body past {policy.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise FetchError("deadline", f"no whole response in {policy.deadline_s:.0f} s")
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        raise FetchError("connection", str(error)) from error
    finally:
        raw.release_conn()
        pool.close()
    response_headers = {k.lower(): v for k, v in raw.headers.items()}
    body = _inflate(b"".join(chunks), response_headers.get("content-encoding", "").lower().strip(),
                    policy.max_decoded_bytes)
    return Response(url=url, status=raw.status, headers=response_headers, body=body)


def fetch(url: str, policy: FetchPolicy, *, etag: str | None = None, last_modified: str | None = None,
          sleep=time.sleep, allowed=None) -> Response:
    """GET `url` following redirects (each one checked); 304 comes back as a Response.

    `allowed(url)` (robots.txt) is asked before every redirect hop. Raises FetchError for
    refused addresses and hops, oversize bodies, exhausted retries, a Retry-After longer
    than the policy's cap, and final 4xx/5xx answers.
    """
    headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate",
               "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    attempt, redirects = 0, 0
    while True:
        try:
            response = _once(url, policy, headers)
        except FetchError as error:
            if error.reason in ("timeout", "connection") and attempt < policy.max_retries:
                attempt += 1
                sleep(policy.backoff_s * 2 ** (attempt - 1))
                continue
            raise
        status = response.status
        if status in (301, 302, 303, 307, 308) and "location" in response.headers:
            redirects += 1
            if redirects > policy.max_redirects:
                raise FetchError("too_many_redirects", url)
            url = urljoin(url, response.headers["location"])
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError("bad_scheme", url)
            # the address first: robots.txt of a refused host must not be fetched either
            checked_address(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80), policy.allow_loopback)
            if allowed is not None and not allowed(url):
                raise FetchError("robots_redirect", f"redirected into a disallowed URL: {url}")
            continue
        if status in (429, 503) or status >= 500:
            wait = _retry_after(response.headers.get("retry-after"), time.time()) \
                if status in (429, 503) else None
            if wait is not None and wait > policy.max_retry_after_s:
                raise FetchError("retry_after_too_long", f"{url}: asked to wait {wait:.0f} s")
            if attempt < policy.max_retries:
                attempt += 1
                sleep(wait if wait is not None else policy.backoff_s * 2 ** (attempt - 1))
                continue
            raise FetchError(f"http_{status}", url)
        if status == 304 or 200 <= status < 300:
            return response
        raise FetchError(f"http_{status}", url)

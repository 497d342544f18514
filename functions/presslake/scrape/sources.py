"""The scrape configuration (`config/sources.json` in the bucket), validated with clear errors.

    {
      "contact": "mailto:newsdesk@example.org",        # goes into the User-Agent
      "defaults": {"max_pages": 50, "delay_s": 1.0},    # optional, per-source overrides below
      "sources": [
        {"name": "kyiv", "type": "feed", "url": "https://kyivindependent.com/rss/"},
        {"name": "site", "type": "sitemap", "url": "https://example.org/sitemap.xml",
         "group": "daily", "max_pages": 20, "allow": "/news/"},
        {"name": "picks", "type": "urls", "urls": ["https://example.org/a", "https://example.org/b"]}
      ]
    }

`allow_loopback` (top level) lets fetches reach 127.0.0.1: for local runs and tests only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from presslake import __version__

SOURCE_TYPES = ("feed", "sitemap", "urls")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_SETTINGS = {"max_pages": int, "delay_s": (int, float), "timeout_s": (int, float), "max_bytes": int}


class ConfigError(ValueError):
    """The configuration is not usable; the message says where and why."""


@dataclass(frozen=True)
class Source:
    name: str
    type: str
    url: str | None = None
    urls: tuple[str, ...] = ()
    group: str = "default"
    max_pages: int = 50
    delay_s: float = 1.0
    timeout_s: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    allow: re.Pattern | None = None


@dataclass(frozen=True)
class ScrapeConfig:
    contact: str
    sources: tuple[Source, ...] = field(default_factory=tuple)
    allow_loopback: bool = False

    @property
    def user_agent(self) -> str:
        return f"presslake/{__version__} (+{self.contact})"

    def group(self, name: str) -> list[Source]:
        return [s for s in self.sources if s.group == name]


def _http_url(value, where: str) -> str:
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
        raise ConfigError(f"{where}: expected an http(s) URL, got {value!r}")
    return value


def _settings(raw: dict, where: str) -> dict:
    out = {}
    for key, kind in _SETTINGS.items():
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, kind) or value <= 0:
                raise ConfigError(f"{where}.{key}: expected a positive number, got {value!r}")
            out[key] = value
    return out


def parse_config(data: bytes | str | dict) -> ScrapeConfig:
    """Validate a sources document; raise ConfigError naming the first problem."""
    if not isinstance(data, dict):
        try:
            data = json.loads(data)
        except ValueError as error:
            raise ConfigError(f"sources config is not JSON: {error}") from error
    if not isinstance(data, dict):
        raise ConfigError("sources config: expected a JSON object")
    unknown = set(data) - {"contact", "defaults", "sources", "allow_loopback"}
    if unknown:
        raise ConfigError(f"sources config: unknown keys {sorted(unknown)}")
    contact = data.get("contact")
    if not isinstance(contact, str) or not re.match(r"^(mailto:\S+@\S+|https?://\S+)$", contact):
        raise ConfigError("contact: expected 'mailto:address' or an http(s) URL (it goes in the User-Agent)")
    defaults = _settings(data.get("defaults") or {}, "defaults")
    raw_sources = data.get("sources")
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError("sources: expected a non-empty list")
    sources, names = [], set()
    for index, raw in enumerate(raw_sources):
        where = f"sources[{index}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: expected an object")
        unknown = set(raw) - {"name", "type", "url", "urls", "group", "allow", *_SETTINGS}
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
        name = raw.get("name")
        if not isinstance(name, str) or not _NAME.match(name):
            raise ConfigError(f"{where}.name: lower-case letters, digits, '-' or '_', got {name!r}")
        if name in names:
            raise ConfigError(f"{where}.name: {name!r} is used twice")
        names.add(name)
        kind = raw.get("type")
        if kind not in SOURCE_TYPES:
            raise ConfigError(f"{where}.type: one of {list(SOURCE_TYPES)}, got {kind!r}")
        url, urls = None, ()
        if kind == "urls":
            if not isinstance(raw.get("urls"), list) or not raw["urls"]:
                raise ConfigError(f"{where}.urls: expected a non-empty list of URLs")
            urls = tuple(_http_url(u, f"{where}.urls[{i}]") for i, u in enumerate(raw["urls"]))
        else:
            url = _http_url(raw.get("url"), f"{where}.url")
        allow = raw.get("allow")
        if allow is not None:
            try:
                allow = re.compile(allow)
            except (re.error, TypeError) as error:
                raise ConfigError(f"{where}.allow: not a regular expression: {error}") from error
        group = raw.get("group", "default")
        if not isinstance(group, str) or not _NAME.match(group):
            raise ConfigError(f"{where}.group: a short lower-case name, got {group!r}")
        sources.append(Source(name=name, type=kind, url=url, urls=urls, group=group, allow=allow,
                              **(defaults | _settings(raw, where))))
    allow_loopback = data.get("allow_loopback", False)
    if not isinstance(allow_loopback, bool):
        raise ConfigError("allow_loopback: expected true or false")
    return ScrapeConfig(contact=contact, sources=tuple(sources), allow_loopback=allow_loopback)

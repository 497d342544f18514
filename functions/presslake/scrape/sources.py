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
    """The configuration is not usable; the message names every problem (where and why)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        if len(problems) == 1:
            super().__init__(problems[0])
        else:
            super().__init__(f"sources config: {len(problems)} problems: " + "; ".join(problems))


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


def _http_url(value, where: str, problems: list[str]) -> str | None:
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
        problems.append(f"{where}: expected an http(s) URL, got {value!r}")
        return None
    return value


def _settings(raw: dict, where: str, problems: list[str]) -> dict:
    out = {}
    for key, kind in _SETTINGS.items():
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, kind) or value <= 0:
                problems.append(f"{where}.{key}: expected a positive number, got {value!r}")
                continue
            out[key] = value
    return out


def _source(raw, where: str, defaults: dict, names: set[str], problems: list[str]) -> Source | None:
    """One entry of `sources`, or None with its problems appended."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object")
        return None
    before = len(problems)
    unknown = set(raw) - {"name", "type", "url", "urls", "group", "allow", *_SETTINGS}
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        problems.append(f"{where}.name: lower-case letters, digits, '-' or '_', got {name!r}")
    elif name in names:
        problems.append(f"{where}.name: {name!r} is used twice")
    else:
        names.add(name)
    kind = raw.get("type")
    url, urls = None, ()
    if kind not in SOURCE_TYPES:
        problems.append(f"{where}.type: one of {list(SOURCE_TYPES)}, got {kind!r}")
    elif kind == "urls":
        if not isinstance(raw.get("urls"), list) or not raw["urls"]:
            problems.append(f"{where}.urls: expected a non-empty list of URLs")
        else:
            urls = tuple(_http_url(u, f"{where}.urls[{i}]", problems) for i, u in enumerate(raw["urls"]))
    else:
        url = _http_url(raw.get("url"), f"{where}.url", problems)
    allow = raw.get("allow")
    if allow is not None:
        try:
            allow = re.compile(allow)
        except (re.error, TypeError) as error:
            problems.append(f"{where}.allow: not a regular expression: {error}")
    group = raw.get("group", "default")
    if not isinstance(group, str) or not _NAME.match(group):
        problems.append(f"{where}.group: a short lower-case name, got {group!r}")
    settings = _settings(raw, where, problems)
    if len(problems) > before:
        return None
    return Source(name=name, type=kind, url=url, urls=urls, group=group, allow=allow, **(defaults | settings))


def parse_config(data: bytes | str | dict) -> ScrapeConfig:
    """Validate a sources document; raise ConfigError naming every problem, so one fix-and-upload
    round is enough."""
    if not isinstance(data, dict):
        try:
            data = json.loads(data)
        except ValueError as error:
            raise ConfigError([f"sources config is not JSON: {error}"]) from error
    if not isinstance(data, dict):
        raise ConfigError(["sources config: expected a JSON object"])
    problems: list[str] = []
    unknown = set(data) - {"contact", "defaults", "sources", "allow_loopback"}
    if unknown:
        problems.append(f"sources config: unknown keys {sorted(unknown)}")
    contact = data.get("contact")
    if not isinstance(contact, str) or not re.match(r"^(mailto:\S+@\S+|https?://\S+)$", contact):
        problems.append("contact: expected 'mailto:address' or an http(s) URL (it goes in the User-Agent)")
    raw_defaults = data.get("defaults") or {}
    if not isinstance(raw_defaults, dict):
        problems.append("defaults: expected an object")
        raw_defaults = {}
    defaults = _settings(raw_defaults, "defaults", problems)
    raw_sources = data.get("sources")
    sources, names = [], set()
    if not isinstance(raw_sources, list) or not raw_sources:
        problems.append("sources: expected a non-empty list")
    else:
        sources = [_source(raw, f"sources[{index}]", defaults, names, problems) for index, raw in enumerate(raw_sources)]
    allow_loopback = data.get("allow_loopback", False)
    if not isinstance(allow_loopback, bool):
        problems.append("allow_loopback: expected true or false")
    if problems:
        raise ConfigError(problems)
    return ScrapeConfig(contact=contact, sources=tuple(sources), allow_loopback=allow_loopback)

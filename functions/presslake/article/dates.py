"""Publication and modification dates from meta values and <time> elements."""

from __future__ import annotations

from datetime import datetime, timezone

from lxml.html import HtmlElement


def parse_datetime(value: str | None) -> datetime | None:
    """ISO 8601 and RFC 2822-ish strings -> aware UTC datetime (naive values are taken as UTC)."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            from dateutil import parser as dateutil_parser  # trafilatura's own dependency

            parsed = dateutil_parser.parse(text)
        except (ValueError, OverflowError, TypeError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:  # 9999-12-31T23:00-05:00 has no UTC datetime: unusable, like a missing date
        return None


def time_element_date(tree: HtmlElement, *, modified: bool) -> datetime | None:
    for element in tree.iter("time"):
        stamp = element.get("datetime")
        if not stamp:
            continue
        marker = " ".join(filter(None, [element.get("class"), element.get("itemprop"),
                                        element.getparent().get("class") if element.getparent() is not None else None])).lower()
        is_modified = any(w in marker for w in ("modif", "updat"))
        if is_modified == modified:
            parsed = parse_datetime(stamp)
            if parsed:
                return parsed
    return None

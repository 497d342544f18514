"""The figure record the extractor returns (one per mention)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Figure:
    text: str
    char_start: int
    char_end: int
    value: float
    value_high: float | None
    unit: str | None
    kind: str
    qualifier: str
    sentence: str
    field: str = "body"

    def to_record(self) -> dict:
        return asdict(self)

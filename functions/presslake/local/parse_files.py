"""`presslake parse` on many pages: files, folders and WARC bundles on disk -> an articles file
(and a figures file), with the parse function's rules but no S3, no queue and no lake. Local-only.

The output is a staging batch file in all but its path: the same columns, one row per
article (the newest copy within the run, as in a batch), the batch id a hash of what was
read and when, `ingested_at` the run's time. `presslake query --data FOLDER` reads such files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from presslake.lake.batch import Batch, Part, object_identity

# What the parse function reads: pages (.html, .htm, .html.gz) and WARC bundles (.warc, .warc.gz).
INPUT_SUFFIXES = (".html", ".htm", ".gz", ".warc")
OUTPUT_SUFFIXES = (".parquet", ".jsonl")
MAX_RAW_BYTES = 10 * 1024 * 1024  # the parse function's default PRESSLAKE_MAX_RAW_BYTES


class InputError(ValueError):
    """An input that does not exist, or a folder with no pages in it."""


def find_inputs(paths: list[Path]) -> list[Path]:
    """Every file given, and every page or bundle under a folder given (recursively, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(INPUT_SUFFIXES))
            if not inside:
                raise InputError(f"no pages ({', '.join(INPUT_SUFFIXES)}, .warc.gz) in {path}")
            found += inside
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path} does not exist")
    return found


def is_bundle(path: Path) -> bool:
    from presslake.article.warc import is_warc_key

    return is_warc_key(path.name)


@dataclass
class Outcome:
    """What a run read and kept."""

    batch: Batch
    pages: int = 0

    @property
    def rows(self) -> list[dict]:
        return self.batch.finished_rows()

    def summary(self, rows: int) -> list[str]:
        """Lines for the terminal: the counts, and the quarantined pages grouped by reason."""
        counts = self.batch.counts
        articles = counts.get("articles", 0)
        copies = articles - rows
        line = f"{self.pages} pages: {articles} articles ({rows} rows"
        line += f"; {copies} copies of an article already read were kept once)" if copies else ")"
        line += f", {len(self.batch.rejects)} quarantined"
        skipped = sum(v for k, v in counts.items() if k.startswith("skipped:"))
        if skipped:
            line += f"; {skipped} WARC records that are not pages skipped"
        lines = [line]
        by_reason: dict[str, list[dict]] = {}
        for reject in self.batch.rejects:
            by_reason.setdefault(reject["reason"], []).append(reject)
        for reason, rejects in sorted(by_reason.items(), key=lambda item: -len(item[1])):
            lines.append(f"  quarantined {len(rejects)} {reason}:")
            for reject in rejects[:5]:
                where = reject["raw_key"] + (f" @ {reject['raw_offset']}" if reject["raw_offset"] is not None else "")
                lines.append(f"    {where}: {reject['detail']}")
            if len(rejects) > 5:
                lines.append(f"    ... and {len(rejects) - 5} more (--rejects FILE.jsonl lists them all)")
        return lines


def parse_files(inputs: list[Path], *, now: datetime, progress: Callable[[int], None] | None = None,
                max_raw_bytes: int = MAX_RAW_BYTES) -> Outcome:
    """Parse every page of `inputs` (files, not folders); `progress` gets the bytes read as they are read."""
    outcome = Outcome(Batch(now=now))
    # each run is its own batch, as a backfill run is: two runs into one folder are two versions
    outcome.batch.identities.append(f"parse-run:{now.isoformat()}")
    advance = progress or (lambda _n: None)
    for path in inputs:
        part = Part()
        size = path.stat().st_size
        part.identities.append(object_identity("file", str(path.resolve()), f"{size}-{path.stat().st_mtime_ns}"))
        part.times.append(now)
        if is_bundle(path):
            done = 0
            for raw, url, content_type, offset, skip in _warc_items(path, max_raw_bytes):
                if skip is None:
                    outcome.pages += 1
                    _parse_page(raw, url, content_type, _provenance(path, offset), part, now)
                elif skip.bad:
                    outcome.pages += 1
                    _reject(part, _provenance(path, offset), skip.reason, skip.detail, None)
                else:
                    part.counts[f"skipped:{skip.reason.split(':')[0]}"] += 1
                step = min(offset, size) - done
                if step > 0:
                    advance(step)
                    done += step
            advance(size - done)
        else:
            outcome.pages += 1
            if size > max_raw_bytes:
                _reject(part, _provenance(path, None), "too_large", f"{size} bytes > cap {max_raw_bytes}", size)
            else:
                _parse_page(path.read_bytes(), None, None, _provenance(path, None), part, now)
            advance(size)
        outcome.batch.commit(part)
    return outcome


def _warc_items(path: Path, max_raw_bytes: int) -> Iterator[tuple]:
    from presslake.article.warc import WarcPage, iter_warc

    with path.open("rb") as stream:
        for item in iter_warc(stream, max_payload_bytes=max_raw_bytes):
            if isinstance(item, WarcPage):
                yield item.body, item.url, item.content_type, item.offset, None
            else:
                yield None, None, None, item.offset, item


def _provenance(path: Path, offset: int | None) -> dict:
    return {"raw_bucket": None, "raw_key": str(path), "raw_version": None, "raw_offset": offset}


def _parse_page(raw: bytes, url: str | None, content_type: str | None, provenance: dict, part: Part,
                now: datetime) -> None:
    """The parse function's rules for one page: an article row, or a quarantine line with the reason."""
    from presslake.article.extract import extract_article
    from presslake.article.rawinput import RejectedInput
    from presslake.lake.schema import partition_date

    try:
        article = extract_article(raw, url=url, content_type=content_type)
    except RejectedInput as rejected:
        _reject(part, provenance, rejected.reason, rejected.detail, len(raw))
        return
    except Exception as error:  # an extractor bug on one page must not stop the run
        _reject(part, provenance, "extract_error", f"{type(error).__name__}: {error}", len(raw))
        return
    if not article.is_article:
        _reject(part, provenance, "not_article", f"{article.word_count} words, title {article.title!r}", len(raw))
        return
    part.rows.append(article.to_record() | provenance | {
        "raw_sha256": hashlib.sha256(raw).hexdigest(), "ingested_at": now,
        "dt": partition_date(article.published_at, now)})
    part.counts["articles"] += 1


def _reject(part: Part, provenance: dict, reason: str, detail: str, size: int | None) -> None:
    part.rejects.append(provenance | {"stage": "parse", "reason": reason, "detail": detail, "size": size})
    part.counts[f"quarantined:{reason}"] += 1


def figure_rows(rows: list[dict]) -> list[dict]:
    """The figures rows of these article rows, as the figures function writes them."""
    from presslake.handlers.figures import figure_rows as rows_of

    return [figure for row in rows for figure in rows_of(row)]


def write_rows(rows: list[dict], out: Path, schema) -> None:
    """Parquet (the dataset's schema, as the functions write it) or JSON lines, by `out`'s suffix."""
    from presslake.lake.schema import to_parquet_bytes

    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".jsonl":
        with out.open("w", encoding="utf-8") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
        return
    out.write_bytes(to_parquet_bytes(rows, schema))


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


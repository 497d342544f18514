"""The Arrow schemas of the datasets: the one source of truth.

Glue tables in template.yaml are checked against these by a test. Columns may
only be appended at the end and a type never changes (Athena reads old files by
position and name; HIVE_PARTITION_SCHEMA_MISMATCH otherwise). Timestamps are
milliseconds in UTC, which Athena and Glue read correctly. Batch files are
partitioned by ingest date (`ingest_dt=YYYY-MM-DD` in the path, not stored in the
files); the publication date `dt` is a column, the partition of the merged tables.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq

TIMESTAMP = pa.timestamp("ms", tz="UTC")
# Field metadata keys: pyiceberg reads b"doc" as an Iceberg column's doc, and the same text is the
# Glue and Iceberg DDL column comment Athena shows (infra/athena/sync_template.py) and docs/schema.md.
DOC = b"doc"
EXAMPLE = b"example"


def column(name: str, type_: pa.DataType, doc: str, example: str) -> pa.Field:
    """A column with what it means (at most 255 characters: Glue's comment limit) and an example value."""
    return pa.field(name, type_, metadata={DOC: doc.encode(), EXAMPLE: example.encode()})


def description(field: pa.Field) -> str | None:
    return (field.metadata or {}).get(DOC, b"").decode() or None


def example(field: pa.Field) -> str | None:
    return (field.metadata or {}).get(EXAMPLE, b"").decode() or None


def athena_type(arrow_type: pa.DataType) -> str:
    """The Glue/Athena (Hive DDL) type of a column; timestamps are ms UTC, which Athena reads."""
    if pa.types.is_list(arrow_type):
        return f"array<{athena_type(arrow_type.value_type)}>"
    if pa.types.is_timestamp(arrow_type):
        return "timestamp"
    return {pa.string(): "string", pa.int32(): "int", pa.int64(): "bigint", pa.float64(): "double",
            pa.bool_(): "boolean"}[arrow_type]


ARTICLE_SCHEMA = pa.schema([
    column("article_id", pa.string(),
           "The article's stable id: a hash of its canonical URL (the uploader's source URL wins), else of its "
           "object key, so a new version of the object is the same article. One row per article_id.",
           "aed7af1bbbd5ea0b7218389d2149206f"),
    column("url", pa.string(),
           "Where the page came from: the uploader's x-amz-meta-source-url or the WARC record's target URI; null "
           "for an upload that names none.",
           "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"),
    column("canonical_url", pa.string(),
           "The page's canonical link, else its url, normalised (lower-case host, tracking parameters removed).",
           "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"),
    column("source", pa.string(),
           "The publisher: the registered domain of the canonical URL (its host when it has none, e.g. an IP "
           "address); null when the page has no URL at all.",
           "kyivindependent.com"),
    column("title", pa.string(), "The headline (JSON-LD, OpenGraph, <title> or <h1>).",
           "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"),
    column("description", pa.string(),
           "The summary the page declares (meta or OpenGraph description, JSON-LD); a dek repeated under the "
           "headline stays here, not in body.",
           "The Russian military had lost 62,400 soldiers in Kursk Oblast since the start of ..."),
    column("authors", pa.list_(pa.string()),
           "Author names from the byline and metadata, one per element, without 'By', dates or roles; empty "
           "when none is found.",
           "['Natalia Yermak']"),
    column("published_at", TIMESTAMP,
           "Publication time the page declares (JSON-LD, article:published_time, <time>), in UTC; null when "
           "it declares none.",
           "2025-04-26 14:59:51"),
    column("modified_at", TIMESTAMP, "Last modification time the page declares, in UTC; null when none.",
           "2025-04-26 15:20:02"),
    column("language", pa.string(),
           "ISO 639-1 code: the page's declaration, else detected from the text (script, then stop words); "
           "null when neither decides.",
           "en"),
    column("section", pa.string(), "The section the page declares (article:section, JSON-LD articleSection).",
           "Ukraine War"),
    column("tags", pa.list_(pa.string()), "Keywords and tags the page declares; empty when none.",
           "['Ukraine', 'Kursk Oblast', 'Russian losses']"),
    column("body", pa.string(),
           "The article text, paragraphs separated by a blank line, without navigation, ads, captions, bylines "
           "or the dek; Unicode NFC.",
           "The Russian military had lost 62,400 soldiers in Kursk Oblast since ..."),
    column("word_count", pa.int32(),
           "Words in body; characters for scripts written without spaces (Chinese, Japanese), about five "
           "letters a word for Thai, Lao, Khmer, Myanmar.",
           "203"),
    column("lead_image_url", pa.string(), "The lead image (og:image, JSON-LD image), resolved against the page URL.",
           "https://assets.kyivindependent.com/content/images/2025/04/GettyImages-2166528390.jpg"),
    column("lead_image_caption", pa.string(), "The lead image's caption (figcaption or JSON-LD caption).",
           "A view in the city after the Ukrainian Army entered, on August 16, 2024 in Sudzha, Russia. ..."),
    column("is_article", pa.bool_(),
           "Whether the page is one article (not a listing, home, search or error page). Pages that are not "
           "are quarantined as not_article, so stored rows are true.",
           "true"),
    column("extractor_version", pa.string(), "The code that extracted the row: presslake and trafilatura versions.",
           "presslake-0.1.0+trafilatura-2.3.1"),
    # provenance: where the raw page came from
    column("raw_bucket", pa.string(), "S3 bucket of the raw object the row was parsed from.",
           "presslake-123456789012-eu-west-1-prod"),
    column("raw_key", pa.string(), "S3 key of the raw object: the page itself, or the WARC bundle holding it.",
           "raw/kyiv/2025/04/26/6f0c2d0a9b.warc.gz"),
    column("raw_version", pa.string(), "S3 version id of the raw object (its ETag where versioning is off).",
           "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
    column("raw_sha256", pa.string(), "SHA-256 of the page's raw bytes, in hex.",
           "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    column("ingested_at", TIMESTAMP,
           "When the raw object arrived: its S3 event time (a backfill's rows: the backfill's time). Of two "
           "versions of an article, the later ingested_at (then batch_id) wins.",
           "2025-04-26 15:31:07"),
    # the batch layout: publication day, the batch file the row came in, the WARC record
    column("dt", pa.string(),
           "Publication day YYYY-MM-DD, the partition of the current tables: the UTC day of published_at when "
           "plausible (not in the future, not before 2000-01-01), else the ingest day.",
           "2025-04-26"),
    column("batch_id", pa.string(),
           "The parse batch that wrote the row: a hash of the raw objects, versions and WARC byte ranges it "
           "read and of its ingest day, and the name of its staging file.",
           "0c5e1b7f2a9d4e6b8c3a1f0e9d8c7b6a"),
    column("raw_offset", pa.int64(),
           "Byte offset of the page's WARC response record in raw_key; null for a single-page object.",
           "48213"),
    column("published_precision", pa.string(),
           "How precise published_at is: 'second', or 'day' when the page states a date without a time "
           "(published_at is then midnight UTC of that day, and dt is that day); null without a date.",
           "second"),
    column("publisher", pa.string(),
           "The publisher's name as the page gives it (og:site_name, JSON-LD publisher.name), else the "
           "registered domain, as in source.",
           "The Kyiv Independent"),
])

FIGURE_SCHEMA = pa.schema([
    column("article_id", pa.string(), "The article the figure is in (articles.article_id).",
           "aed7af1bbbd5ea0b7218389d2149206f"),
    column("figure_id", pa.string(), "The figure's stable id: a hash of article_id, field and char_start.",
           "5d41402abc4b2a76b9719d911017c592"),
    column("field", pa.string(), "The article column the figure was found in.", "body"),
    column("char_start", pa.int32(), "Offset of the figure's first character in that column (Unicode characters).",
           "30"),
    column("char_end", pa.int32(), "Offset just past the figure's last character.", "45"),
    column("text", pa.string(), "The figure as written, with its qualifier words.", "over 62,400 soldiers"),
    column("value", pa.float64(),
           "The number, with scale words applied (1.5 million is 1500000); a range's low end.", "62400"),
    column("value_high", pa.float64(), "A range's high end (20-30 tanks: 30); null for a single number.", "30"),
    column("unit", pa.string(),
           "What is counted or measured: the head noun, singular and lower case; an ISO 4217 code for money; % "
           "or percentage point for percent.",
           "soldier"),
    column("kind", pa.string(), "What sort of figure it is.", "count"),
    column("qualifier", pa.string(), "How the text bounds the number, from the words around it.", "min"),
    column("sentence", pa.string(), "The sentence the figure is in.",
           "Russia lost over 62,400 soldiers in Kursk operation, Ukraine says"),
    # who states the figure and whom it is about (figures/claims.py), null when the text does not say
    column("attributed_to", pa.string(),
           "Who states the figure, from reporting frames (X said, according to X) in its sentence or the "
           "next ones in the paragraph; null when the text does not say (pronouns stay null).",
           "Ukraine's General Staff"),
    column("subject", pa.string(), "Whom or what the figure is about; null when the text does not say.",
           "The Russian military"),
    # copied from the article, so one table answers a query
    column("published_at", TIMESTAMP, "The article's published_at.", "2025-04-26 14:59:51"),
    column("source", pa.string(), "The article's source (publisher domain).", "kyivindependent.com"),
    column("url", pa.string(), "The article's canonical_url, else its url.",
           "https://kyivindependent.com/russia-lost-over-62-400-soldiers-in-kursk-operation-ukraine-says/"),
    # from the article's batch row: its publication day, batch and ingest time
    column("dt", pa.string(), "The article's dt: its publication day, the partition of the current tables.",
           "2025-04-26"),
    column("batch_id", pa.string(),
           "The batch_id of the article row the figure came from; a figure belongs to that version only.",
           "0c5e1b7f2a9d4e6b8c3a1f0e9d8c7b6a"),
    column("ingested_at", TIMESTAMP, "The article row's ingested_at.", "2025-04-26 15:31:07"),
])

# One line of a quarantine manifest (JSON lines, quarantine/<stage>/ingest_dt=<day>/<batch>.jsonl):
# parse lines name the raw object, figures lines the articles file and row. The stage is the
# folder (a partition of the Glue table, like ingest_dt), so it is not a column here.
QUARANTINE_SCHEMA = pa.schema([
    column("reason", pa.string(), "Why the page or row was set aside (a short code).", "not_article"),
    column("detail", pa.string(), "What was found, for a person: sizes, the exception, the title.",
           "12 words, title 'Page not found'"),
    column("raw_bucket", pa.string(), "Parse lines: the bucket of the raw object.", "presslake-123456789012-eu-west-1-prod"),
    column("raw_key", pa.string(), "Parse lines: the raw object's key (a page, or the WARC bundle holding it).",
           "raw/uploads/2025/04/26/page.html"),
    column("raw_version", pa.string(), "Parse lines: the raw object's S3 version id.", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
    column("raw_offset", pa.int64(), "Parse lines: the WARC record's byte offset in raw_key; null for a single page.",
           "48213"),
    column("size", pa.int64(), "Parse lines: bytes of the page (or of the object, when refused unread); null if unknown.",
           "10485761"),
    column("batch_id", pa.string(), "Parse lines: the batch whose manifest this is (the manifest's file name).",
           "0c5e1b7f2a9d4e6b8c3a1f0e9d8c7b6a"),
    column("article_id", pa.string(), "Figures lines: the article row set aside; null when the whole file was.",
           "aed7af1bbbd5ea0b7218389d2149206f"),
    column("source", pa.string(), "Figures lines: the articles batch file the line is about.",
           "s3://presslake-123456789012-eu-west-1-prod/staging/articles/ingest_dt=2025-04-26/0c5e1b7f.parquet"),
    column("kept_key", pa.string(), "For duplicate_in_batch lines: the raw key of the copy that was kept.",
           "raw/kyiv/2025/04/26/a.html"),
    column("kept_version", pa.string(), "For duplicate_in_batch lines: the S3 version id of the copy that was kept.",
           "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
    column("kept_offset", pa.int64(), "For duplicate_in_batch lines: the WARC offset of the copy that was kept; null for a page.",
           "48213"),
])

PARTITION_COLUMN = "ingest_dt"
# The partitions that are folders, not columns in the files (Glue partition keys).
PARTITION_DOCS = {
    "ingest_dt": "The day the batch arrived (YYYY-MM-DD, the day of its earliest S3 event): the staging and "
                 "quarantine tables' partition, by which their files expire.",
    "stage": "The stage that set the line aside: parse (raw pages) or figures (article rows).",
}

# Every value a column may hold, with what it means (docs/schema.md lists them; tests check the code
# against them: a reason the handlers gain without a line here fails a test).
ALLOWED_VALUES = {
    "field": {"title": "found in the headline", "body": "found in the article text"},
    "kind": {"count": "a number of things (62,400 soldiers)", "money": "an amount in a currency ($8.8 billion)",
             "percent": "a share or rate (15%, 0.25 percentage point)",
             "measure": "a quantity with a unit of measure (1,000 km, 4.5 magnitude)"},
    "qualifier": {"exact": "no bounding words", "min": "at least: over, more than, at least, above, ... or more",
                  "max": "at most: up to, less than, under, nearly, almost",
                  "approx": "about, around, roughly, some, an estimated, ~"},
    "stage": {"parse": "quarantine/parse/: raw pages and WARC records the parse function set aside",
              "figures": "quarantine/figures/: article rows and files the figures function set aside"},
    "reason": {
        "empty": "parse: the object, or its decompressed content, has no bytes",
        "binary": "parse: not HTML but a PDF, an image or another binary format (magic bytes)",
        "corrupt_gzip": "parse: gzip bytes that do not decompress",
        "too_large": "parse: over MaxRawBytes (an upload or a WARC payload), over the decompression cap, "
                     "or more HTML than extraction takes; figures: a body over the figures function's "
                     "PRESSLAKE_FIGURES_MAX_BODY_CHARS (the title's figures are still kept)",
        "too_complex": "parse: more elements than extraction takes",
        "undecodable": "parse: too many invalid sequences in every candidate charset",
        "not_article": "parse: not an article (too short, a listing, home, error page, a feed or a sitemap)",
        "missing": "parse: the object was deleted before it was read",
        "unreadable_warc": "parse: not a WARC file, or unreadable from this point on (the rest of the file is lost)",
        "bad_record": "parse: one WARC record that cannot be read (headers, content encoding)",
        "truncated_record": "parse: a WARC record whose payload is cut short",
        "extract_error": "parse or figures: the extractor raised on this page or row (a bug; detail has the "
                         "exception)",
        "unreadable_parquet": "figures: the articles file is not readable Parquet",
        "schema_mismatch": "figures: the articles file lacks columns or has the wrong types",
        "bad_article_row": "figures: an article row without article_id, or with a value of the wrong type",
        "duplicate_in_batch": "parse: a copy of another page of the same batch (same article, same "
                              "content); kept_key names the copy that was kept",
        "duplicate_article_row": "figures: a second row of one article_id in one articles file; the newer "
                                 "row's figures are written",
    },
}
# Rows per Parquet row group: a batch of 1,000 articles is one group of ~5 MB of text.
ROW_GROUP_ROWS = 10_000
# Oldest publication date a partition may carry; the Glue projection range starts here too.
MIN_DT = date(2000, 1, 1)
# A publication date further ahead than this of ingest is a bad date, not a scoop.
MAX_FUTURE = timedelta(days=1)


def partition_date(published_at: datetime | None, ingested_at: datetime) -> str:
    """`dt` for a record: the publication date when plausible, else the ingest date.

    Outside the Athena projection range a row would exist in S3 but be invisible
    to every query, so unknown, future and implausibly old dates fall back.
    """
    if published_at is not None:
        published_utc = published_at.astimezone(timezone.utc)
        if MIN_DT <= published_utc.date() and published_utc <= ingested_at + MAX_FUTURE:
            return published_utc.date().isoformat()
    return ingested_at.astimezone(timezone.utc).date().isoformat()


def to_parquet_bytes(records: list[dict], schema: pa.Schema) -> bytes:
    """Rows -> one zstd Parquet file in memory (Lambda writes it with one PUT).

    Rows are sorted by (dt, article_id) when the schema has them, so a day's rows sit
    together and the column statistics let readers skip row groups.
    """
    if "dt" in schema.names and "article_id" in schema.names:
        records = sorted(records, key=lambda r: (r.get("dt") or "", r.get("article_id") or "",
                                                 r.get("field") or "", r.get("char_start") or 0))
    table = pa.Table.from_pylist(records, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", row_group_size=ROW_GROUP_ROWS)
    return sink.getvalue()


def read_parquet_bytes(data: bytes) -> pa.Table:
    # One small file per call: threads buy nothing, and pyarrow 20's reader threads can abort
    # the interpreter at exit ("terminate called without an active exception").
    return pq.read_table(io.BytesIO(data), use_threads=False)

-- The current articles, one row per article: written only by the merge (Apache Iceberg, partitioned by publication day).
-- ${LakeLocation} is the bucket's lake/ prefix, filled in by the state machine's definition substitutions.
CREATE TABLE IF NOT EXISTS articles (
  article_id string COMMENT 'The article’s stable id: a hash of its canonical URL (the uploader’s source URL wins), else of its object key, so a new version of the object is the same article. One row per article_id.',
  url string COMMENT 'Where the page came from: the uploader’s x-amz-meta-source-url or the WARC record’s target URI; null for an upload that names none.',
  canonical_url string COMMENT 'The page’s canonical link, else its url, normalised (lower-case host, tracking parameters removed).',
  source string COMMENT 'The publisher: the registered domain of the canonical URL (its host when it has none, e.g. an IP address); null when the page has no URL at all.',
  title string COMMENT 'The headline (JSON-LD, OpenGraph, <title> or <h1>).',
  description string COMMENT 'The summary the page declares (meta or OpenGraph description, JSON-LD); a dek repeated under the headline stays here, not in body.',
  authors array<string> COMMENT 'Author names from the byline and metadata, one per element, without ’By’, dates or roles; empty when none is found.',
  published_at timestamp COMMENT 'Publication time the page declares (JSON-LD, article:published_time, <time>), in UTC; null when it declares none.',
  modified_at timestamp COMMENT 'Last modification time the page declares, in UTC; null when none.',
  language string COMMENT 'ISO 639-1 code: the page’s declaration, else detected from the text (script, then stop words); null when neither decides.',
  section string COMMENT 'The section the page declares (article:section, JSON-LD articleSection).',
  tags array<string> COMMENT 'Keywords and tags the page declares; empty when none.',
  body string COMMENT 'The article text, paragraphs separated by a blank line, without navigation, ads, captions, bylines or the dek; Unicode NFC.',
  word_count int COMMENT 'Words in body; characters for scripts written without spaces (Chinese, Japanese), about five letters a word for Thai, Lao, Khmer, Myanmar.',
  lead_image_url string COMMENT 'The lead image (og:image, JSON-LD image), resolved against the page URL.',
  lead_image_caption string COMMENT 'The lead image’s caption (figcaption or JSON-LD caption).',
  is_article boolean COMMENT 'Whether the page is one article (not a listing, home, search or error page). Pages that are not are quarantined as not_article, so stored rows are true.',
  extractor_version string COMMENT 'The code that extracted the row: presslake and trafilatura versions.',
  raw_bucket string COMMENT 'S3 bucket of the raw object the row was parsed from.',
  raw_key string COMMENT 'S3 key of the raw object: the page itself, or the WARC bundle holding it.',
  raw_version string COMMENT 'S3 version id of the raw object (its ETag where versioning is off).',
  raw_sha256 string COMMENT 'SHA-256 of the page’s raw bytes, in hex.',
  ingested_at timestamp COMMENT 'When the raw object arrived: its S3 event time (a backfill’s rows: the backfill’s time). Of two versions of an article, the later ingested_at (then batch_id) wins.',
  dt string COMMENT 'Publication day YYYY-MM-DD, the partition of the current tables: the UTC day of published_at when plausible (not in the future, not before 2000-01-01), else the ingest day.',
  batch_id string COMMENT 'The parse batch that wrote the row: a hash of the raw objects, versions and WARC byte ranges it read and of its ingest day, and the name of its staging file.',
  raw_offset bigint COMMENT 'Byte offset of the page’s WARC response record in raw_key; null for a single-page object.',
  published_precision string COMMENT 'How precise published_at is: ’second’, or ’day’ when the page states a date without a time (published_at is then midnight UTC of that day, and dt is that day); null without a date.',
  publisher string COMMENT 'The publisher’s name as the page gives it (og:site_name, JSON-LD publisher.name), else the registered domain, as in source.'
)
PARTITIONED BY (dt)
LOCATION '${LakeLocation}articles/'
TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd')

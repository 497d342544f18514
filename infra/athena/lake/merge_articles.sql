-- Merge the staged articles of one chunk of publication days: a new article is inserted, a newer
-- version (by ingested_at, then batch_id) replaces the current one wherever its day is (the key is
-- article_id alone, so an article whose date moved is updated, not duplicated), an older or the same
-- version changes nothing. Parameters 1, 2: as staged_articles.sql; 3, 4: the chunk's first and last dt.
MERGE INTO articles t
USING (
  SELECT * FROM (
    SELECT article_id, url, canonical_url, source, title, description, authors, published_at,
           modified_at, language, section, tags, body, word_count, lead_image_url, lead_image_caption,
           is_article, extractor_version, raw_bucket, raw_key, raw_version, raw_sha256, ingested_at,
           dt, batch_id, raw_offset, published_precision, publisher
    FROM (
      SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY ingested_at DESC, batch_id DESC, raw_key DESC, coalesce(raw_offset, 0) DESC) AS newest
      FROM staging_articles
      WHERE ingest_dt >= ? AND ingested_at >= CAST(? AS timestamp)
    ) ranked
    WHERE newest = 1
  ) staged
  WHERE dt BETWEEN ? AND ?
) s
ON t.article_id = s.article_id
WHEN MATCHED AND (s.ingested_at > t.ingested_at OR (s.ingested_at = t.ingested_at AND s.batch_id > t.batch_id)) THEN UPDATE SET
  url = s.url,
  canonical_url = s.canonical_url,
  source = s.source,
  title = s.title,
  description = s.description,
  authors = s.authors,
  published_at = s.published_at,
  modified_at = s.modified_at,
  language = s.language,
  section = s.section,
  tags = s.tags,
  body = s.body,
  word_count = s.word_count,
  lead_image_url = s.lead_image_url,
  lead_image_caption = s.lead_image_caption,
  is_article = s.is_article,
  extractor_version = s.extractor_version,
  raw_bucket = s.raw_bucket,
  raw_key = s.raw_key,
  raw_version = s.raw_version,
  raw_sha256 = s.raw_sha256,
  ingested_at = s.ingested_at,
  dt = s.dt,
  batch_id = s.batch_id,
  raw_offset = s.raw_offset,
  published_precision = s.published_precision,
  publisher = s.publisher
WHEN NOT MATCHED THEN INSERT (
  article_id, url, canonical_url, source, title, description, authors, published_at, modified_at,
  language, section, tags, body, word_count, lead_image_url, lead_image_caption, is_article,
  extractor_version, raw_bucket, raw_key, raw_version, raw_sha256, ingested_at, dt, batch_id,
  raw_offset, published_precision, publisher
) VALUES (
  s.article_id, s.url, s.canonical_url, s.source, s.title, s.description, s.authors,
  s.published_at, s.modified_at, s.language, s.section, s.tags, s.body, s.word_count,
  s.lead_image_url, s.lead_image_caption, s.is_article, s.extractor_version, s.raw_bucket,
  s.raw_key, s.raw_version, s.raw_sha256, s.ingested_at, s.dt, s.batch_id, s.raw_offset,
  s.published_precision, s.publisher
)

-- The staged articles not yet merged, one row per article: the newest by (ingested_at, batch_id), and
-- within one batch file (which holds one row per article unless another writer made it) by raw_key, raw_offset.
-- Parameter 1: the first ingest_dt partition to read; parameter 2: the earliest ingested_at
-- (both from watermark.sql). The merge (merge_articles.sql) uses this very statement.
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

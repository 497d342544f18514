-- Every article once, fresh: the merged articles plus the staged rows not merged yet, newest version
-- by (ingested_at, batch_id). Staging holds a few days (its lifecycle rule), so this reads little.
CREATE OR REPLACE VIEW articles_live AS
WITH latest AS (
  SELECT article_id, url, canonical_url, source, title, description, authors, published_at,
         modified_at, language, section, tags, body, word_count, lead_image_url,
         lead_image_caption, is_article, extractor_version, raw_bucket, raw_key, raw_version,
         raw_sha256, ingested_at, dt, batch_id, raw_offset, published_precision, publisher
  FROM (
    SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY ingested_at DESC, batch_id DESC, raw_key DESC, coalesce(raw_offset, 0) DESC) AS newest
    FROM staging_articles
  ) ranked
  WHERE newest = 1
)
SELECT
  article_id, url, canonical_url, source, title, description, authors, published_at, modified_at,
  language, section, tags, body, word_count, lead_image_url, lead_image_caption, is_article,
  extractor_version, raw_bucket, raw_key, raw_version, raw_sha256, ingested_at, dt, batch_id,
  raw_offset, published_precision, publisher
FROM articles t
WHERE NOT EXISTS (
  SELECT 1 FROM latest s WHERE s.article_id = t.article_id AND (s.ingested_at > t.ingested_at OR (s.ingested_at = t.ingested_at AND s.batch_id > t.batch_id))
)
UNION ALL
SELECT
  article_id, url, canonical_url, source, title, description, authors, published_at, modified_at,
  language, section, tags, body, word_count, lead_image_url, lead_image_caption, is_article,
  extractor_version, raw_bucket, raw_key, raw_version, raw_sha256, ingested_at, dt, batch_id,
  raw_offset, published_precision, publisher
FROM latest s
WHERE NOT EXISTS (
  SELECT 1 FROM articles t WHERE t.article_id = s.article_id
  AND NOT (s.ingested_at > t.ingested_at OR (s.ingested_at = t.ingested_at AND s.batch_id > t.batch_id))
)

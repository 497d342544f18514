-- The current articles, one row per article: written only by the merge (Apache Iceberg, partitioned by publication day).
-- ${LakeLocation} is the bucket's lake/ prefix, filled in by the state machine's definition substitutions.
CREATE TABLE IF NOT EXISTS articles (
  article_id string,
  url string,
  canonical_url string,
  source string,
  title string,
  description string,
  authors array<string>,
  published_at timestamp,
  modified_at timestamp,
  language string,
  section string,
  tags array<string>,
  body string,
  word_count int,
  lead_image_url string,
  lead_image_caption string,
  is_article boolean,
  extractor_version string,
  raw_bucket string,
  raw_key string,
  raw_version string,
  raw_sha256 string,
  ingested_at timestamp,
  dt string,
  batch_id string,
  raw_offset bigint,
  published_precision string,
  publisher string
)
PARTITIONED BY (dt)
LOCATION '${LakeLocation}articles/'
TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd')

-- The current figures, those of each article's current version: written only by the merge (Apache Iceberg, partitioned by publication day).
-- ${LakeLocation} is the bucket's lake/ prefix, filled in by the state machine's definition substitutions.
CREATE TABLE IF NOT EXISTS figures (
  article_id string,
  figure_id string,
  field string,
  char_start int,
  char_end int,
  text string,
  value double,
  value_high double,
  unit string,
  kind string,
  qualifier string,
  sentence string,
  attributed_to string,
  subject string,
  published_at timestamp,
  source string,
  url string,
  dt string,
  batch_id string,
  ingested_at timestamp
)
PARTITIONED BY (dt)
LOCATION '${LakeLocation}figures/'
TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd')

-- The current figures, those of each article's current version: written only by the merge (Apache Iceberg, partitioned by publication day).
-- ${LakeLocation} is the bucket's lake/ prefix, filled in by the state machine's definition substitutions.
CREATE TABLE IF NOT EXISTS figures (
  article_id string COMMENT 'The article the figure is in (articles.article_id).',
  figure_id string COMMENT 'The figure’s stable id: a hash of article_id, field and char_start.',
  field string COMMENT 'The article column the figure was found in. One of: title, body.',
  char_start int COMMENT 'Offset of the figure’s first character in that column (Unicode characters).',
  char_end int COMMENT 'Offset just past the figure’s last character.',
  text string COMMENT 'The figure as written, with its qualifier words.',
  value double COMMENT 'The number, with scale words applied (1.5 million is 1500000); a range’s low end.',
  value_high double COMMENT 'A range’s high end (20-30 tanks: 30); null for a single number.',
  unit string COMMENT 'What is counted or measured: the head noun, singular and lower case; an ISO 4217 code for money; % or percentage point for percent.',
  kind string COMMENT 'What sort of figure it is. One of: count, money, percent, measure.',
  qualifier string COMMENT 'How the text bounds the number, from the words around it. One of: exact, min, max, approx.',
  sentence string COMMENT 'The sentence the figure is in.',
  attributed_to string COMMENT 'Who states the figure, from reporting frames (X said, according to X) in its sentence or the next ones in the paragraph; null when the text does not say (pronouns stay null).',
  subject string COMMENT 'Whom or what the figure is about; null when the text does not say.',
  published_at timestamp COMMENT 'The article’s published_at.',
  source string COMMENT 'The article’s source (publisher domain).',
  url string COMMENT 'The article’s canonical_url, else its url.',
  dt string COMMENT 'The article’s dt: its publication day, the partition of the current tables.',
  batch_id string COMMENT 'The batch_id of the article row the figure came from; a figure belongs to that version only.',
  ingested_at timestamp COMMENT 'The article row’s ingested_at.'
)
PARTITIONED BY (dt)
LOCATION '${LakeLocation}figures/'
TBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd')

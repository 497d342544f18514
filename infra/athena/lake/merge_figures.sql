-- Merge the figures of the articles that changed: insert the current version's figures; a figure id
-- that an earlier version also had takes the new version's values. Run after delete_stale_figures.sql.
-- Parameters: as staged_figures.sql.
MERGE INTO figures t
USING (
  SELECT f.article_id, f.figure_id, f.field, f.char_start, f.char_end, f.text, f.value, f.value_high,
         f.unit, f.kind, f.qualifier, f.sentence, f.attributed_to, f.subject, f.published_at, f.source, f.url, f.dt, f.batch_id,
         f.ingested_at
  FROM staging_figures f
  JOIN articles a ON a.article_id = f.article_id AND a.batch_id = f.batch_id
  WHERE f.ingest_dt >= ? AND a.ingested_at >= CAST(? AS timestamp) AND a.dt BETWEEN ? AND ?
) s
ON t.figure_id = s.figure_id
WHEN MATCHED AND t.batch_id <> s.batch_id THEN UPDATE SET
  article_id = s.article_id,
  field = s.field,
  char_start = s.char_start,
  char_end = s.char_end,
  text = s.text,
  value = s.value,
  value_high = s.value_high,
  unit = s.unit,
  kind = s.kind,
  qualifier = s.qualifier,
  sentence = s.sentence,
  attributed_to = s.attributed_to,
  subject = s.subject,
  published_at = s.published_at,
  source = s.source,
  url = s.url,
  dt = s.dt,
  batch_id = s.batch_id,
  ingested_at = s.ingested_at
WHEN NOT MATCHED THEN INSERT (
  article_id, figure_id, field, char_start, char_end, text, value, value_high, unit, kind,
  qualifier, sentence, attributed_to, subject, published_at, source, url, dt, batch_id, ingested_at
) VALUES (
  s.article_id, s.figure_id, s.field, s.char_start, s.char_end, s.text, s.value, s.value_high,
  s.unit, s.kind, s.qualifier, s.sentence, s.attributed_to, s.subject, s.published_at, s.source, s.url, s.dt, s.batch_id,
  s.ingested_at
)

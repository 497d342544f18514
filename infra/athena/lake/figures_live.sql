-- The figures of every live article's version: merged figures, plus staged figures of versions not
-- merged yet.
CREATE OR REPLACE VIEW figures_live AS
SELECT
  f.article_id, f.figure_id, f.field, f.char_start, f.char_end, f.text, f.value, f.value_high,
  f.unit, f.kind, f.qualifier, f.sentence, f.attributed_to, f.subject, f.published_at, f.source, f.url, f.dt, f.batch_id,
  f.ingested_at
FROM figures f
JOIN articles_live a ON a.article_id = f.article_id AND a.batch_id = f.batch_id
UNION ALL
SELECT
  f.article_id, f.figure_id, f.field, f.char_start, f.char_end, f.text, f.value, f.value_high,
  f.unit, f.kind, f.qualifier, f.sentence, f.attributed_to, f.subject, f.published_at, f.source, f.url, f.dt, f.batch_id,
  f.ingested_at
FROM staging_figures f
JOIN articles_live a ON a.article_id = f.article_id AND a.batch_id = f.batch_id
WHERE NOT EXISTS (SELECT 1 FROM figures g WHERE g.article_id = f.article_id AND g.batch_id = f.batch_id)

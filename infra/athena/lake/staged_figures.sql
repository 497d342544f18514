-- The figures of the articles' current versions, from the staged figures files.
-- Parameters 1, 2: as staged_articles.sql; 3, 4: the chunk's first and last dt. The merge
-- (merge_figures.sql) uses this very statement.
SELECT f.article_id, f.figure_id, f.field, f.char_start, f.char_end, f.text, f.value, f.value_high,
       f.unit, f.kind, f.qualifier, f.sentence, f.attributed_to, f.subject, f.published_at, f.source, f.url, f.dt, f.batch_id,
       f.ingested_at
FROM staging_figures f
JOIN articles a ON a.article_id = f.article_id AND a.batch_id = f.batch_id
WHERE f.ingest_dt >= ? AND a.ingested_at >= CAST(? AS timestamp) AND a.dt BETWEEN ? AND ?

-- Delete the figures of superseded versions: figures of the chunk's changed articles whose
-- batch is not the article's current batch (they may sit in another day, when the date moved).
-- Parameter 1: the earliest ingested_at; 2, 3: the chunk's first and last dt (twice).
DELETE FROM figures
WHERE article_id IN (
  SELECT article_id FROM articles WHERE ingested_at >= CAST(? AS timestamp) AND dt BETWEEN ? AND ?
)
AND concat(article_id, '/', batch_id) NOT IN (
  SELECT concat(article_id, '/', batch_id) FROM articles
  WHERE ingested_at >= CAST(? AS timestamp) AND dt BETWEEN ? AND ?
)

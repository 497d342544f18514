-- The publication days the staged rows touch, in chunks of at most 50 days, so that no statement
-- writes more than 100 partitions (an article whose date moved also touches its old day).
-- Parameters: as staged_articles.sql. The days come back as SQL literals.
SELECT '''' || min(dt) || '''' AS first_dt, '''' || max(dt) || '''' AS last_dt, count(*) AS days
FROM (
  SELECT dt, floor((row_number() OVER (ORDER BY dt) - 1) / 50e0) AS chunk
  FROM (
    SELECT DISTINCT dt FROM staging_articles WHERE ingest_dt >= ? AND ingested_at >= CAST(? AS timestamp)
  ) days
) chunked
GROUP BY chunk
ORDER BY min(dt)

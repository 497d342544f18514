-- Where a merge starts: the newest ingested_at already merged, less one day for batches that
-- arrive late (merging a row again changes nothing). Both values come back as SQL literals,
-- ready to be passed as execution parameters.
SELECT
  '''' || CAST(date(coalesce(max(ingested_at), TIMESTAMP '2000-01-02 00:00:00') - INTERVAL '1' DAY) AS varchar)
    || '''' AS first_ingest_dt,
  '''' || CAST(coalesce(max(ingested_at), TIMESTAMP '2000-01-02 00:00:00') - INTERVAL '1' DAY AS varchar)
    || '''' AS since
FROM articles

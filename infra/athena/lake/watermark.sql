-- Where a merge starts: the newest ingested_at already merged, less one day for batches that
-- arrive late (merging a row again changes nothing). Merged into both tables: the older of their
-- newest rows, so a run that stopped after the articles step and before the figures step is
-- covered again by the next one. Both values come back as SQL literals, ready to be passed as
-- execution parameters.
SELECT
  '''' || CAST(date(merged - INTERVAL '1' DAY) AS varchar) || '''' AS first_ingest_dt,
  '''' || CAST(merged - INTERVAL '1' DAY AS varchar) || '''' AS since
FROM (
  SELECT least(
    coalesce((SELECT max(ingested_at) FROM articles), TIMESTAMP '2000-01-02 00:00:00'),
    coalesce((SELECT max(ingested_at) FROM figures), TIMESTAMP '2000-01-02 00:00:00')
  ) AS merged
) newest

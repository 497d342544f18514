-- Quarantined pages and article rows by day, stage and reason, with up to three example keys each.
-- Read it beside the manifests' detail column: SELECT * FROM quarantine WHERE reason = '...'.
SELECT q.ingest_dt, q.stage, q.reason, count(*) AS quarantined,
       slice(array_sort(array_distinct(array_agg(coalesce(q.raw_key, q.source)))), 1, 3) AS example_keys
FROM quarantine q
GROUP BY q.ingest_dt, q.stage, q.reason
ORDER BY q.ingest_dt DESC, quarantined DESC, q.stage, q.reason

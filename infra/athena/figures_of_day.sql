-- Every figure published on one day, with the article it came from.
-- Parameter 1: the day, 'YYYY-MM-DD' (the dt partition, so Athena reads one prefix).
SELECT f.dt, f.source, f.field, f.value, f.value_high, f.unit, f.kind, f.qualifier, f.text, f.url, f.published_at
FROM figures_live f
WHERE f.dt = ?
ORDER BY f.source, f.url, f.field DESC, f.char_start

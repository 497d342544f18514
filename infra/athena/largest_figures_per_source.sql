-- The three largest figures of each kind (count, money, percent, measure) per source.
SELECT source, kind, place, value, unit, qualifier, text, url
FROM (
  SELECT f.source, f.kind, f.value, f.unit, f.qualifier, f.text, f.url,
         row_number() OVER (PARTITION BY f.source, f.kind ORDER BY f.value DESC, f.figure_id) AS place
  FROM figures_live f
) ranked
WHERE place <= 3
ORDER BY source, kind, place

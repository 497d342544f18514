-- The three largest figures of each kind (count, money, percent, measure) per source. A headline
-- figure that the article's body also states is counted once, from the body.
SELECT source, kind, place, value, unit, qualifier, text, url
FROM (
  SELECT f.source, f.kind, f.value, f.unit, f.qualifier, f.text, f.url,
         row_number() OVER (PARTITION BY f.source, f.kind ORDER BY f.value DESC, f.figure_id) AS place
  FROM figures_live f
  WHERE f.field = 'body' OR NOT EXISTS (
    SELECT 1 FROM figures_live b
    WHERE b.article_id = f.article_id AND b.field = 'body' AND b.value = f.value AND b.unit = f.unit)
) ranked
WHERE place <= 3
ORDER BY source, kind, place

-- A time series of one unit (e.g. 'soldier'): each day's figures with the article's title.
-- Parameter 1: the unit, singular as stored (soldier, person, USD, %).
SELECT f.dt, f.value, f.value_high, f.qualifier, f.text, a.title, f.url, f.published_at
FROM figures_live f
JOIN articles_live a ON a.article_id = f.article_id AND a.dt = f.dt
WHERE f.unit = ?
ORDER BY f.dt, f.value DESC, f.url, f.field DESC, f.char_start

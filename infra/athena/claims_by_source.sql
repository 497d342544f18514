-- Who claims how much of one unit, about whom, over time: each source's figures by day.
-- Figures no source is named for (the publisher's own voice) are left out.
-- Parameter 1: the unit, singular as stored (soldier, person, USD, %).
SELECT f.attributed_to, f.dt, f.subject, f.value, f.value_high, f.qualifier, f.text, f.field, f.url, f.published_at
FROM figures_live f
WHERE f.unit = ? AND f.attributed_to IS NOT NULL
ORDER BY f.attributed_to, f.dt, f.value DESC, f.url, f.field DESC, f.char_start

-- Articles that yielded no figures, newest first.
SELECT a.dt, a.source, a.title, a.word_count, coalesce(a.canonical_url, a.url) AS url
FROM articles_live a
LEFT JOIN figures_live f ON f.article_id = a.article_id AND f.dt = a.dt
WHERE f.article_id IS NULL
ORDER BY a.dt DESC, a.title

"""A page becomes an article: raw bytes, WARC bundles, metadata, the body."""

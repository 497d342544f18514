"""The scheduled scraper's logic: sources, discovery, polite fetching, crawl state."""

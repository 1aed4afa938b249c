"""`kroniek watch`: feeds, sitemaps, pages and folders followed continuously (see loop.Watcher)."""

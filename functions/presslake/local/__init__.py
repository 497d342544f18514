"""Local-only tools (never in a Lambda bundle): CLI, embedded stack, SQL, demo site."""

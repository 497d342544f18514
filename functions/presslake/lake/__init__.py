"""The lake's layout: the Arrow schemas, object keys, batch files and merge rules."""

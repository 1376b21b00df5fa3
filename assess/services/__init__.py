"""Use cases. Services take ids and plain data, flush but never commit, and never touch
the Flask request or session: the view or CLI command that calls them commits once."""

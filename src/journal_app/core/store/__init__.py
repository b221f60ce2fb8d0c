"""The journal store: one SQLite file per journal, its tables and its migrations."""

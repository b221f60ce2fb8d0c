"""The command line: argument parsing over the core operations."""

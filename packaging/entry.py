"""Entry point for the frozen (PyInstaller) application."""

import sys

from journal_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

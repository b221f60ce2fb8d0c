"""``python -m journal_app`` and the ``journal-app`` command."""

import sys


def main() -> int:
    if getattr(sys, "frozen", False):  # a packaged app reads returned PDFs in a child process
        import multiprocessing  # (not imported otherwise: ~20 ms of the window's start)

        multiprocessing.freeze_support()
    from journal_app.cli.main import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())

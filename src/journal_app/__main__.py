"""``python -m journal_app`` and the ``journal-app`` command."""

import sys


def main() -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a packaged app reads returned PDFs in a child process
    from journal_app.cli.main import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())

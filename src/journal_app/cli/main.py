"""The command line: thin argument parsing over the core. ``journal-app`` with no command (or
with a journal's path) starts the window."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from journal_app import __version__
from journal_app.config import AppPaths
from journal_app.core.errors import JournalAppError

PROG = "journal-app"
COMMANDS = ("frameworks", "new", "dump", "load", "check", "export-pdf", "backups", "restore",
            "export-for-mentor", "sign-off", "import-review", "gui")


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line on stderr, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{self.prog} --help')", 2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Learning Journal: keep a mentor-recognition learning journal.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="keep settings, backups and added frameworks in DIR")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    fw = sub.add_parser("frameworks", help="list, show or validate frameworks")
    fws = fw.add_subparsers(dest="fw_command", metavar="ACTION")
    fws.add_parser("list", help="list the available frameworks (the default)")
    show = fws.add_parser("show", help="print one framework")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="the whole framework as JSON")
    val = fws.add_parser("validate", help="check a framework file")
    val.add_argument("file", type=Path)

    new = sub.add_parser("new", help="create a journal (never overwrites a file)")
    new.add_argument("path", type=Path)
    new.add_argument("--framework", required=True, metavar="ID")
    new.add_argument("--owner", required=True, metavar="NAME")
    new.add_argument("--school", default="", metavar="NAME")
    new.add_argument("--role", default="", metavar="ROLE")

    d = sub.add_parser("dump", help="write the whole journal as JSON (evidence included)")
    d.add_argument("path", type=Path)
    d.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    d.add_argument("--without-private", action="store_true", help="leave out entries marked private")

    ld = sub.add_parser("load", help="build a journal from a JSON dump")
    ld.add_argument("json", type=Path)
    ld.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")

    ck = sub.add_parser("check", help="check a journal: SQLite integrity, schema, evidence checksums")
    ck.add_argument("path", type=Path)

    pdf = sub.add_parser("export-pdf", help="print sheets or the whole journal to a PDF file")
    pdf.add_argument("path", type=Path)
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    pdf.add_argument("--sheet", default="journal",
                     choices=["reflection", "criteria", "journal", "blank", "blank-reflection", "blank-criteria", "tla"],
                     help="which sheet (default: the whole journal)")
    pdf.add_argument("--stage", action="append", metavar="ID", help="a stage to print (repeatable; default: all)")
    pdf.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    pdf.add_argument("--include-private", action="store_true", help="print entries marked private too")

    bk = sub.add_parser("backups", help="list a journal's automatic backups")
    bk.add_argument("path", type=Path)
    bk.add_argument("--now", action="store_true", help="take a backup now first")
    rs = sub.add_parser("restore", help="put a backup in the journal's place (the current file is kept aside)")
    rs.add_argument("path", type=Path)
    rs.add_argument("--backup", required=True, metavar="ID", help="a backup id from 'journal-app backups'")

    em = sub.add_parser("export-for-mentor", help="write a review copy for a mentor (nothing private in it)")
    em.add_argument("path", type=Path)
    em.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.ljournal")
    em.add_argument("--stage", action="append", metavar="ID", help="a stage to include (repeatable; default: all)")

    so = sub.add_parser("sign-off", help="as a mentor, sign off a stage in a review copy")
    so.add_argument("copy", type=Path)
    so.add_argument("--stage", required=True, metavar="ID")
    so.add_argument("--role", required=True, metavar="ROLE", help="a verifier role id of the stage")
    so.add_argument("--name", required=True, metavar="NAME")
    so.add_argument("--comment", default="", metavar="TEXT")
    so.add_argument("--not-yet", action="store_true", help="not yet verified (give the reasons in --comment)")

    ir = sub.add_parser("import-review", help="add a returned review's comments and sign-offs to the journal")
    ir.add_argument("path", type=Path)
    ir.add_argument("reviewed", type=Path)

    gui = sub.add_parser("gui", help="start the window (the default)")
    gui.add_argument("path", type=Path, nargs="?")
    return p


def _registry(paths: AppPaths):
    from journal_app.core.frameworks import FrameworkRegistry

    return FrameworkRegistry.load(extra_dirs=[paths.frameworks_dir])


def _cmd_frameworks(args: argparse.Namespace, paths: AppPaths) -> int:
    action = args.fw_command or "list"
    if action == "validate":
        from journal_app.core.frameworks import load_framework_file

        fw = load_framework_file(args.file, bases=_registry(paths).raw())
        print(f"{args.file}: valid framework {fw.id!r} ({fw.title}, version {fw.version}, "
              f"{len(fw.stages)} stage(s))")
        return 0
    reg = _registry(paths)
    if action == "show":
        fw = reg.get(args.id)
        if args.json:
            print(fw.model_dump_json(indent=2))
        else:
            print(f"{fw.id}: {fw.title} (version {fw.version})\n{fw.description}\nSource: {fw.source}")
            for s in fw.stages:
                print(f"  {s.id}: {s.title} — {len(s.criteria)} criteria, "
                      f"{s.checklist_item_count} checklist items, verified by "
                      + ", ".join(v.title for v in s.reflection.verifiers))
        return 0
    rows = [(f.id, f.title, f.version, ", ".join(s.id for s in f.stages) or "-") for f in sorted(reg, key=lambda f: f.id)]
    widths = [max(len(r[i]) for r in rows + [("ID", "TITLE", "VERSION", "STAGES")]) for i in range(3)]
    print(f"{'ID':<{widths[0]}}  {'TITLE':<{widths[1]}}  {'VERSION':<{widths[2]}}  STAGES")
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}")
    for problem in reg.problems:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    return 0


def _cmd_new(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.journal import Journal

    fw = _registry(paths).get(args.framework)
    journal = Journal.create(args.path, fw, args.owner, args.school, args.role)
    journal.close()
    print(f"created {args.path} ({fw.label}, kept by {args.owner})")
    return 0


def _cmd_dump(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.exchange import dump, dump_to_file
    from journal_app.core.journal import Journal

    with Journal.open(args.path, readonly=True) as journal:
        if args.output:
            dump_to_file(journal, args.output, include_private=not args.without_private)
        else:
            dump(journal, sys.stdout, include_private=not args.without_private)
    return 0


def _cmd_load(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.exchange import load

    journal = load(args.json, args.output)
    journal.close()
    print(f"created {args.output} from {args.json}")
    return 0


def _cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.check import check_journal

    report = check_journal(args.path)
    if report.ok:
        for line in report.seals:
            print(f"{args.path}: {line}")
        print(f"{args.path}: sound (format {report.schema_version}; " + "; ".join(report.notes) + ")")
        return 0
    for problem in report.problems:
        text = problem if problem.startswith(str(args.path)) else f"{args.path}: {problem}"
        print(f"{PROG}: {text}", file=sys.stderr)
    return 1


def _cmd_export_pdf(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.journal import Journal
    from journal_app.core.reports import export_pdf

    with Journal.open(args.path, readonly=True) as journal:
        out = export_pdf(journal, args.output, sheet=args.sheet, stage_ids=args.stage,
                         page_size=args.page_size, include_private=args.include_private)
    print(f"wrote {out}")
    return 0


def _cmd_backups(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.backups import BackupStore

    store = BackupStore(paths.backups_dir)
    path = args.path.resolve()
    if args.now:
        result = store.backup(path, "manual")
        if result.warning:
            print(f"{PROG}: warning: {result.warning}", file=sys.stderr)
    backups = store.list(path)
    if not backups:
        print(f"{args.path}: no backups yet (they are taken when the journal is opened in the window, "
              "or with --now)")
        return 0
    print(f"{'ID':<40}  {'DATE':<17}  {'SIZE':>9}  HELD")
    for b in backups:
        print(f"{b.id:<40}  {b.created:%d %b %Y %H:%M}  {b.size / 1024**2:7.1f}MB  "
              f"{b.stages} stages, {b.criteria_achieved} criteria achieved, {b.reflection_words} words of reflection")
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.backups import BackupStore

    store = BackupStore(paths.backups_dir)
    aside = store.restore(args.path.resolve(), args.backup)
    print(f"restored {args.path} from backup {args.backup}" + (f"; the previous file was kept as {aside}" if aside else ""))
    return 0


def _cmd_export_for_mentor(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.journal import Journal
    from journal_app.core.review import export_for_mentor

    with Journal.open(args.path) as journal:
        out = export_for_mentor(journal, args.output, args.stage)
    print(f"wrote the review copy {out}")
    return 0


def _cmd_sign_off(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.journal import Journal

    with Journal.open(args.copy) as copy:
        seal = copy.sign_off(args.stage, args.role, args.name, verified=not args.not_yet, comment=args.comment)
        if copy.review is not None and not copy.review.reviewer_name:
            copy.set_reviewer(args.name, args.role)
    outcome = "not yet verified" if args.not_yet else "verified"
    print(f"{args.copy}: stage {args.stage} {outcome} by {args.name} (seal {seal[:12]})")
    return 0


def _cmd_import_review(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.backups import BackupStore
    from journal_app.core.journal import Journal
    from journal_app.core.review import import_review

    with Journal.open(args.path, backups=BackupStore(paths.backups_dir)) as journal:
        summary = import_review(journal, args.reviewed, BackupStore(paths.backups_dir))
    print(summary.describe())
    return 0


def _cmd_gui(path: Path | None, paths: AppPaths) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        raise CliError("no display to show the window on: run it on a desktop, under "
                       "'xvfb-run journal-app', or with QT_QPA_PLATFORM=offscreen", 2)
    missing = _missing_x11_libraries()
    if missing:
        raise CliError("the window needs the X11 libraries " + ", ".join(missing) + " (on Debian or Ubuntu: "
                       f"sudo apt install {' '.join(missing)}), or run it with QT_QPA_PLATFORM=wayland", 2)
    from journal_app.ui.app import run_gui

    return run_gui(path, paths)


# Libraries Qt's X11 plugin loads and a desktop usually has, but a minimal system may lack;
# without them Qt aborts with a long message instead of opening the window.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}


def _missing_x11_libraries() -> list[str]:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    from ctypes.util import find_library

    return [package for lib, package in X11_LIBRARIES.items() if find_library(lib) is None]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # `journal-app PATH` (as a file manager calls it) opens the window on that journal.
        first = next((a for a in argv if not a.startswith("-")), None)
        idx = argv.index(first) if first is not None else -1
        if first is not None and first not in COMMANDS and not (idx > 0 and argv[idx - 1] == "--data-dir"):
            argv.insert(idx, "gui")
        args = build_parser().parse_args(argv)
        paths = AppPaths.default(args.data_dir)
        handlers = {"frameworks": _cmd_frameworks, "new": _cmd_new, "dump": _cmd_dump,
                    "load": _cmd_load, "check": _cmd_check, "export-pdf": _cmd_export_pdf,
                    "backups": _cmd_backups, "restore": _cmd_restore,
                    "export-for-mentor": _cmd_export_for_mentor, "sign-off": _cmd_sign_off,
                    "import-review": _cmd_import_review}
        if args.command in handlers:
            return handlers[args.command](args, paths)
        return _cmd_gui(getattr(args, "path", None), paths)
    except CliError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return e.code
    except JournalAppError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    except (FileExistsError, FileNotFoundError, PermissionError, IsADirectoryError) as e:
        print(f"{PROG}: error: {e.args[-1] if e.filename is None else f'{e.filename}: {e.strerror}'}",
              file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{PROG}: error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:
        print(f"{PROG}: error: the journal file could not be read or written ({e})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130

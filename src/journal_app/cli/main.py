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
from journal_app.core import i18n
from journal_app.core.errors import JournalAppError, storage_error
from journal_app.core.i18n import QT_TRANSLATE_NOOP, format_datetime, translate

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
        raise CliError(translate("cli", "{message} (see '{prog} --help')").format(message=message, prog=self.prog), 2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=translate("cli", "Learning Journal: keep a mentor-recognition learning journal."))
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--lang", choices=list(i18n.LANGUAGES),
                   help=translate("cli", "the language of messages, sheets and the window (default: as chosen in "
                                         "Preferences, else the system's)"))
    p.add_argument("--data-dir", metavar="DIR", help=translate("cli", "keep settings, backups and added frameworks in DIR"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    _framework_commands(sub)
    _journal_commands(sub)
    _backup_commands(sub)
    _mentor_commands(sub)
    gui = sub.add_parser("gui", help=translate("cli", "start the window (the default)"))
    gui.add_argument("path", type=Path, nargs="?")
    return p


def _framework_commands(sub: argparse._SubParsersAction) -> None:
    fw = sub.add_parser("frameworks", help=translate("cli", "list, show or validate frameworks"))
    fws = fw.add_subparsers(dest="fw_command", metavar="ACTION")
    fws.add_parser("list", help=translate("cli", "list the available frameworks (the default)"))
    show = fws.add_parser("show", help=translate("cli", "print one framework"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help=translate("cli", "the whole framework as JSON"))
    val = fws.add_parser("validate", help=translate("cli", "check a framework file"))
    val.add_argument("file", type=Path)


def _journal_commands(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help=translate("cli", "create a journal (never overwrites a file)"))
    new.add_argument("path", type=Path)
    new.add_argument("--framework", required=True, metavar="ID")
    new.add_argument("--owner", required=True, metavar="NAME")
    new.add_argument("--school", default="", metavar="NAME")
    new.add_argument("--role", default="", metavar="ROLE")

    d = sub.add_parser("dump", help=translate("cli", "write the whole journal as JSON (evidence included)"))
    d.add_argument("path", type=Path)
    d.add_argument("-o", "--output", type=Path, metavar="FILE", help=translate("cli", "write to FILE instead of standard output"))
    d.add_argument("--without-private", action="store_true", help=translate("cli", "leave out entries marked private"))

    ld = sub.add_parser("load", help=translate("cli", "build a journal from a JSON dump"))
    ld.add_argument("json", type=Path)
    ld.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")

    ck = sub.add_parser("check", help=translate("cli", "check a journal: SQLite integrity, schema, evidence checksums"))
    ck.add_argument("path", type=Path)

    pdf = sub.add_parser("export-pdf", help=translate("cli", "print sheets or the whole journal to a PDF file"))
    pdf.add_argument("path", type=Path)
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    pdf.add_argument("--sheet", default="journal",
                     choices=["reflection", "criteria", "journal", "blank", "blank-reflection", "blank-criteria", "tla"],
                     help=translate("cli", "which sheet (default: the whole journal)"))
    pdf.add_argument("--stage", action="append", metavar="ID", help=translate("cli", "a stage to print (repeatable; default: all)"))
    pdf.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    pdf.add_argument("--include-private", action="store_true", help=translate("cli", "print entries marked private too"))


def _backup_commands(sub: argparse._SubParsersAction) -> None:
    bk = sub.add_parser("backups", help=translate("cli", "list a journal's automatic backups"))
    bk.add_argument("path", type=Path)
    bk.add_argument("--now", action="store_true", help=translate("cli", "take a backup now first"))
    rs = sub.add_parser("restore", help=translate("cli", "put a backup in the journal's place (the current file is kept aside)"))
    rs.add_argument("path", type=Path)
    rs.add_argument("--backup", required=True, metavar="ID", help=translate("cli", "a backup id from 'journal-app backups'"))


def _mentor_commands(sub: argparse._SubParsersAction) -> None:
    em = sub.add_parser("export-for-mentor", help=translate("cli", "write a review copy for a mentor (nothing private in it)"))
    em.add_argument("path", type=Path)
    em.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    em.add_argument("--stage", action="append", metavar="ID", help=translate("cli", "a stage to include (repeatable; default: all)"))
    em.add_argument("--form", action="store_true",
                    help=translate("cli", "write a fillable PDF review form (for a mentor with only a PDF reader) "
                                          "instead of a review copy (.ljournal)"))

    so = sub.add_parser("sign-off", help=translate("cli", "as a mentor, sign off a stage in a review copy"))
    so.add_argument("copy", type=Path)
    so.add_argument("--stage", required=True, metavar="ID")
    so.add_argument("--role", required=True, metavar="ROLE",
                    help=translate("cli", "a verifier role of the stage: its title as printed (in English or Welsh, any case) or its id"))
    so.add_argument("--name", required=True, metavar="NAME")
    so.add_argument("--comment", default="", metavar="TEXT")
    so.add_argument("--not-yet", action="store_true", help=translate("cli", "not yet verified (give the reasons in --comment)"))

    ir = sub.add_parser("import-review", help=translate("cli", "add a returned review's comments and sign-offs to the journal"))
    ir.add_argument("path", type=Path)
    ir.add_argument("reviewed", type=Path, metavar="RETURNED",
                    help=translate("cli", "the returned review copy (.ljournal) or review form (.pdf)"))
    ir.add_argument("--preview", action="store_true",
                    help=translate("cli", "only show what the returned review would add; change nothing"))


def _registry(paths: AppPaths):
    """The frameworks; each of the user's framework files that was left out is a warning line."""
    from journal_app.core.frameworks import FrameworkRegistry

    reg = FrameworkRegistry.load(extra_dirs=[paths.frameworks_dir])
    for problem in reg.problems:
        print(_warning_line(problem), file=sys.stderr)
    return reg


def _cmd_frameworks(args: argparse.Namespace, paths: AppPaths) -> int:
    action = args.fw_command or "list"
    if action == "validate":
        from journal_app.core.frameworks import load_framework_file

        fw = load_framework_file(args.file, bases=_registry(paths).raw())
        print(translate("cli", "{file}: valid framework {id!r} ({title}, version {version}, %n stage(s))", None, len(fw.stages)).format(
            file=args.file, id=fw.id, title=fw.title, version=fw.version))
        return 0
    reg = _registry(paths)
    if action == "show":
        fw = reg.get(args.id)
        if args.json:
            print(fw.model_dump_json(indent=2))
        else:
            print(translate("cli", "{id}: {title} (version {version})\n{description}\nSource: {source}").format(
                id=fw.id, title=fw.title, version=fw.version, description=fw.description, source=fw.source))
            for s in fw.stages:
                print("  " + translate("cli", "{id}: {title} — {criteria} criteria, {items} checklist items, verified by "
                                       "{verifiers}").format(id=s.id, title=s.title, criteria=len(s.criteria),
                                                              items=s.checklist_item_count,
                                                              verifiers=", ".join(v.title for v in s.reflection.verifiers)))
        return 0
    rows = [(f.id, f.title, f.version, ", ".join(s.id for s in f.stages) or "-") for f in sorted(reg, key=lambda f: f.id)]
    widths = [max(len(r[i]) for r in rows + [("ID", "TITLE", "VERSION", "STAGES")]) for i in range(3)]
    print(f"{'ID':<{widths[0]}}  {'TITLE':<{widths[1]}}  {'VERSION':<{widths[2]}}  STAGES")
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}")
    return 0


def _cmd_new(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.journal import Journal

    fw = _registry(paths).get(args.framework)
    journal = Journal.create(args.path, fw, args.owner, args.school, args.role)
    journal.close()
    print(translate("cli", "created {path} ({framework}, kept by {owner})").format(path=args.path, framework=fw.label,
                                                                                 owner=args.owner))
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
    print(translate("cli", "created {path} from {dump}").format(path=args.output, dump=args.json))
    return 0


def _cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.check import check_journal

    report = check_journal(args.path)
    if report.ok:
        for line in report.seals:
            print(f"{args.path}: {line}")
        print(translate("cli", "{path}: sound (format {version}; {notes})").format(path=args.path, version=report.schema_version,
                                                                            notes="; ".join(report.notes)))
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
    print(translate("cli", "wrote {path}").format(path=out))
    return 0


def _cmd_backups(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.backups import BackupStore

    store = BackupStore(paths.backups_dir)
    path = args.path.resolve()
    if args.now:
        result = store.backup(path, "manual")
        if result.warning:
            print(_warning_line(result.warning), file=sys.stderr)
    backups = store.list(path)
    if not backups:
        print(translate("cli", "{path}: no backups yet (they are taken when the journal is opened in the window, or "
                               "with --now)").format(path=args.path))
        return 0
    print(f"{'ID':<40}  {'DATE':<17}  {'SIZE':>9}  HELD")
    for b in backups:
        print(f"{b.id:<40}  {format_datetime(b.created):<17}  {b.size / 1024**2:7.1f}MB  " + translate(
            "cli", "{stages} stages, {criteria} criteria achieved, {words} words of reflection").format(
                stages=b.stages, criteria=b.criteria_achieved, words=b.reflection_words))
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.backups import BackupStore

    store = BackupStore(paths.backups_dir)
    aside = store.restore(args.path.resolve(), args.backup)
    print((translate("cli", "restored {path} from backup {backup}; the previous file was kept as {aside}") if aside else
           translate("cli", "restored {path} from backup {backup}")).format(path=args.path, backup=args.backup, aside=aside))
    return 0


def _cmd_export_for_mentor(args: argparse.Namespace, paths: AppPaths) -> int:
    with _open_for_writing(args.path) as journal:
        if args.form:
            from journal_app.core.reviewform.export import export_review_form

            out = export_review_form(journal, args.output, args.stage)
        else:
            from journal_app.core.review import export_for_mentor

            out = export_for_mentor(journal, args.output, args.stage)
    print((translate("cli", "wrote the review form {path}: send it to your mentor, who fills it in with a PDF "
                            "reader and sends it back") if args.form else
           translate("cli", "wrote the review copy {path}")).format(path=out))
    return 0


def _cmd_sign_off(args: argparse.Namespace, paths: AppPaths) -> int:
    from journal_app.core.frameworks.localize import role_named

    with _open_for_writing(args.copy) as copy:
        role = role_named(copy.framework, args.stage, args.role)
        seal = copy.sign_off(args.stage, role, args.name, verified=not args.not_yet, comment=args.comment)
    message = (translate("cli", "{copy}: stage {stage} not yet verified by {name} (seal {seal})") if args.not_yet else
               translate("cli", "{copy}: stage {stage} verified by {name} (seal {seal})"))
    print(message.format(copy=args.copy, stage=args.stage, name=args.name, seal=seal[:12]))
    return 0


def _cmd_import_review(args: argparse.Namespace, paths: AppPaths) -> int:
    import tempfile

    from journal_app.core.backups import BackupStore
    from journal_app.core.journal import Journal
    from journal_app.core.review_import import apply, preview, read_returned

    opened = Journal.open(args.path, readonly=True) if args.preview else \
        _open_for_writing(args.path, backups=BackupStore(paths.backups_dir))
    with opened as journal, \
            tempfile.TemporaryDirectory(prefix="journal-review-") as tmp:
        returned = read_returned(args.reviewed, tmp)
        print(preview(journal, returned).describe())
        if args.preview:
            return 0
        print()
        summary = apply(journal, returned, BackupStore(paths.backups_dir))
    print(summary.describe())
    return 0


def _cmd_gui(path: Path | None, paths: AppPaths, lang: str | None = None) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        raise CliError(translate("cli", "no display to show the window on: run it on a desktop, under "
                       "'xvfb-run journal-app', or with QT_QPA_PLATFORM=offscreen"), 2)
    missing = _missing_x11_libraries()
    if missing:
        raise CliError(translate("cli", "the window needs the X11 libraries {names} (on Debian or Ubuntu: sudo apt "
                                 "install {packages}), or run it with QT_QPA_PLATFORM=wayland").format(
                                     names=", ".join(missing), packages=" ".join(missing)), 2)
    from journal_app.ui.app import run_gui

    return run_gui(path, paths, lang)


# Libraries Qt's X11 plugin loads and a desktop usually has, but a minimal system may lack;
# without them Qt aborts with a long message instead of opening the window.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}


def _missing_x11_libraries() -> list[str]:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    from ctypes.util import find_library

    return [package for lib, package in X11_LIBRARIES.items() if find_library(lib) is None]


def _plain_failure(e: OSError | sqlite3.Error) -> str:
    """An OS or SQLite error in plain words (disk full, read-only, ...) where it is one."""
    where = getattr(e, "filename", None)
    what = (translate("cli", "the command did not finish ({where})").format(where=where) if where else
            translate("cli", "the command did not finish"))
    plain = storage_error(e, what, Path(where).parent if where else None)
    if plain is not None:
        return str(plain)
    if isinstance(e, OSError):
        return f"{e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}"
    return translate("cli", "the journal file could not be read or written ({reason})").format(reason=e)


def _open_for_writing(path: Path, **kwargs: object):  # noqa: ANN202
    """A journal opened to be changed; a read-only one (media, file or folder) is refused
    plainly before anything is done."""
    from journal_app.core.journal import Journal

    journal = Journal.open(path, **kwargs)
    _say_open_note(journal)
    if journal.read_only_reason is not None:
        notice = translate("cli", "This journal is read-only ({reason}); nothing was changed.").format(reason=journal.read_only_reason)
        journal.close()
        raise CliError(notice)
    return journal


def _say_open_note(journal) -> None:  # noqa: ANN001
    """A stray -wal set aside (or left out) when the journal was opened: one warning line."""
    if journal.open_note:
        print(_warning_line(journal.open_note), file=sys.stderr)


def _warning_line(message: object) -> str:
    return translate("cli", "{prog}: warning: {message}").format(prog=PROG, message=message)


def _error_line(message: object) -> str:
    one_line = " ".join(str(message).split())  # a name or a reason read from a file may hold line breaks
    return translate("cli", "{prog}: error: {message}").format(prog=PROG, message=one_line)


def _option(argv: list[str], name: str) -> str | None:
    for i, a in enumerate(argv):
        if a == name and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return None


def _choose_language(argv: list[str]) -> None:
    """Before the parser is built (its help is translated too): ``--lang``, else the language
    chosen in Preferences, else the system's."""
    lang = _option(argv, "--lang")
    if lang is None:
        from journal_app.settings import Settings

        lang = Settings.load(AppPaths.default(_option(argv, "--data-dir")).settings_file).language
    if lang in i18n.LANGUAGES or lang in (None, "system"):
        i18n.set_language(i18n.resolve(lang))
    argparse._ = lambda text: translate("argparse", text)  # argparse's own messages, as gettext would


# argparse's messages the command line shows (argparse looks them up with gettext at run time).
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # `journal-app PATH` (as a file manager calls it) opens the window on that journal.
        idx = next((i for i, a in enumerate(argv)
                    if not a.startswith("-") and not (i > 0 and argv[i - 1] in ("--data-dir", "--lang"))), None)
        if idx is not None and argv[idx] not in COMMANDS:
            argv.insert(idx, "gui")
        _choose_language(argv)
        args = build_parser().parse_args(argv)
        paths = AppPaths.default(args.data_dir)
        handlers = {"frameworks": _cmd_frameworks, "new": _cmd_new, "dump": _cmd_dump,
                    "load": _cmd_load, "check": _cmd_check, "export-pdf": _cmd_export_pdf,
                    "backups": _cmd_backups, "restore": _cmd_restore,
                    "export-for-mentor": _cmd_export_for_mentor, "sign-off": _cmd_sign_off,
                    "import-review": _cmd_import_review}
        if args.command in handlers:
            return handlers[args.command](args, paths)
        return _cmd_gui(getattr(args, "path", None), paths, args.lang)
    except CliError as e:
        print(_error_line(e), file=sys.stderr)
        return e.code
    except JournalAppError as e:
        print(_error_line(e), file=sys.stderr)
        return 1
    except (FileExistsError, FileNotFoundError, IsADirectoryError) as e:
        print(_error_line(e.args[-1] if e.filename is None else f"{e.filename}: {e.strerror}"), file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as e:
        print(_error_line(_plain_failure(e)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 (the last resort: one line, never a traceback)
        print(_error_line(translate("cli", "stopped by an unexpected problem ({name}: {reason})").format(
            name=e.__class__.__name__, reason=str(e)[:300])), file=sys.stderr)
        return 1

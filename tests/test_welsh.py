"""Cymraeg: every string translated, the window, dialogs, printed sheets and command line in
Welsh with no English left and nothing clipped, and switching language losing nothing."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from journal_app.core import i18n
from journal_app.core.frameworks.localize import coverage, localize
from journal_app.core.journal import Journal

ROOT = Path(__file__).resolve().parent.parent
CY_TS = ROOT / "resources" / "i18n" / "journal_app_cy.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(?\w*\)?[sdr]")


def catalogue() -> list[tuple[str, str, str]]:
    """(context, English, Welsh) for every message of the Welsh catalogue."""
    out = []
    for ctx in ET.parse(CY_TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            forms = [f.text or "" for f in m.iter("numerusform")]  # a %n message: each plural form
            for welsh in forms or [m.findtext("translation") or ""]:
                out.append((ctx.findtext("name"), m.findtext("source"), welsh))
    return out


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text).replace("&", "")).strip()


def english_detectors() -> tuple[set[str], list[re.Pattern]]:
    """English UI strings whose Welsh differs: exact texts, and templates (placeholders become
    wildcards) that still have at least two English words of their own."""
    exact, templates = set(), []
    for _ctx, en, cy in catalogue():
        if _plain(en) == _plain(cy) or not re.search(r"[A-Za-z]{2}", en):
            continue
        if PLACEHOLDER.search(en):
            words = re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub(" ", re.sub(r"<[^>]+>", " ", en)))
            if len(words) >= 2:
                parts = [re.escape(_plain(p)) for p in PLACEHOLDER.split(en)]
                templates.append(re.compile("^" + ".+".join(parts) + "$", re.S))
        else:
            exact.add(_plain(en).rstrip("…").rstrip(":"))
    return exact, templates


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for everything a reader sees or hears in ``root``: labels, buttons, tabs,
    group titles, placeholders, tooltips, accessible names, actions and table headings."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}({w.objectName() or w.accessibleName()})"
        if w.isWindow():
            out.append((name + ".windowTitle", w.windowTitle()))
        out.append((name + ".accessibleName", w.accessibleName()))
        out.append((name + ".toolTip", w.toolTip()))
        if isinstance(w, QLabel):
            out.append((name + ".text", w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name + ".text", w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name + ".title", w.title()))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            out.append((name + ".placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            out += [(name + f".item{i}", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [(name + f".tab{i}", w.tabText(i)) for i in range(w.count())]
        model = getattr(w, "model", None)
        if callable(model) and hasattr(w, "horizontalHeader") and w.model() is not None:
            m = w.model()
            out += [(name + f".heading{c}", str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(m.columnCount())]
    for a in root.findChildren(QAction):
        out += [("QAction.text", a.text()), ("QAction.statusTip", a.statusTip())]
    for menu in root.findChildren(QMenu):
        out.append(("QMenu.title", menu.title()))
    return [(what, t) for what, t in out if t]


def assert_no_english(root: QWidget, allowed: set[str] = frozenset()) -> None:
    exact, templates = english_detectors()
    left = []
    for what, text in visible_texts(root):
        plain = _plain(text).rstrip("…").rstrip(":")
        if plain in allowed:
            continue
        if plain in exact or any(t.match(_plain(text)) for t in templates):
            left.append(f"{what}: {text!r}")
    assert not left, "English left in the Welsh window:\n" + "\n".join(left)


def assert_not_clipped(root: QWidget) -> None:
    """Labels and buttons that do not wrap are at least as wide as their text needs, and every
    tab bar shows all its tabs without scroll buttons."""
    clipped = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text():
            need = w.minimumSizeHint().width()
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton):
            need = w.minimumSizeHint().width()
        else:
            need = 0
        if need and w.width() < need:
            clipped.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: {w.width()} < {need}")
        if isinstance(w, QTabBar) and w.count():
            if sum(w.tabSizeHint(i).width() for i in range(w.count())) > w.width() + 1:
                clipped.append(f"tab bar {[w.tabText(i) for i in range(w.count())]}: {w.width()} too narrow")
    assert not clipped, "Clipped in Welsh:\n" + "\n".join(clipped)


# ---------------------------------------------------------------- the catalogue
@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(ROOT / ".venv" / "bin"))) is None
                    and shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_every_string_in_the_code_has_a_welsh_translation(tmp_path):
    """lupdate over the sources finds nothing new or unfinished in the Welsh catalogue."""
    ts = tmp_path / "cy.ts"
    shutil.copy(CY_TS, ts)
    lupdate = shutil.which("pyside6-lupdate", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lupdate")
    sources = [str(p) for p in sorted((ROOT / "src" / "journal_app").rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)], check=True,
                   capture_output=True)
    unfinished = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")]  # a %n string: every plural form
            done = all(f.strip() for f in forms) if m.get("numerus") == "yes" else (t.text or "").strip()
            if t.get("type") in ("unfinished", "vanished", "obsolete") or not done:
                unfinished.append(f"{ctx.findtext('name')}: {m.findtext('source')!r}")
    assert not unfinished, "Not translated into Welsh:\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_and_one_mnemonic():
    for ctx, en, cy in catalogue():
        assert sorted(PLACEHOLDER.findall(en)) == sorted(PLACEHOLDER.findall(cy)), (ctx, en, cy)
        mnemonics = lambda s: len(re.findall(r"&(?!amp;|lt;|gt;|quot;|apos;|#)\S", s))  # noqa: E731
        assert mnemonics(en) == mnemonics(cy), (ctx, en, cy)


def test_the_glossary_terms_are_the_ones_the_catalogue_uses():
    """Key terms of docs/glossary-cy.md appear in the catalogue, and their rivals do not."""
    welsh = " ".join(cy for _c, _e, cy in catalogue())
    for term in ("dyddlyfr", "meini prawf", "tystiolaeth", "myfyrdod", "targed", "dilysu", "llofnod",
                 "hyfforddiant cychwynnol athrawon", "copi wrth gefn", "sgwrs ddysgu", "taith ddysgu"):
        assert term in welsh.lower(), term
    glossary = (ROOT / "docs" / "glossary-cy.md").read_text(encoding="utf-8")
    assert "hyfforddiant cychwynnol athrawon" in glossary
    for rival in ("cyfnodolyn", "adfyfyrio", "gwiriad"):  # other words for journal, reflection, verification
        assert rival not in welsh.lower(), rival


# ---------------------------------------------------------------- the core speaks Welsh
def test_the_core_translates_and_writes_welsh_dates():
    assert i18n.translate("sheets", "Signature:") == "Signature:"
    with i18n.using("cy"):
        assert i18n.translate("sheets", "Signature:") == "Llofnod:"
        assert i18n.format_date(dt.date(2026, 3, 5)) == "5 Maw 2026"
        assert i18n.format_date(dt.date(2026, 11, 23), short=False) == "23 Tachwedd 2026"
    assert i18n.format_date(dt.date(2026, 3, 5)) == "5 Mar 2026"


def test_the_system_language_is_followed_when_asked():
    assert i18n.resolve("system", {"LANG": "cy_GB.UTF-8"}) == "cy"
    assert i18n.resolve("system", {"LANGUAGE": "cy:en", "LANG": "en_GB.UTF-8"}) == "cy"
    assert i18n.resolve("system", {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.resolve("en", {"LANG": "cy_GB.UTF-8"}) == "en"


# ---------------------------------------------------------------- frameworks in Welsh
def test_frameworks_show_welsh_where_they_have_it_and_say_they_are_partly_translated(registry):
    ljmu = registry.get("ljmu-mentor")
    cy = localize(ljmu, "cy")
    assert [s.label for s in cy.stages] == ["Rhagofynnol", "Mentor sy'n Datblygu", "Mentor Effeithiol", "Mentor Uwch"]
    assert cy.stages[1].reflection.sections.targets == "Targedau ar gyfer Datblygu Pellach"
    assert cy.stages[1].criteria[0].text == ljmu.stages[1].criteria[0].text  # English where no Welsh
    cover = coverage(ljmu, "cy")
    assert 0 < cover.translated < cover.total
    national = localize(registry.get("curee-national"), "cy")
    assert all(p.title and p.text for p in national.principles)
    assert national.principles[0].title == "sgwrs ddysgu"
    wales = localize(registry.get("curee-wales"), "cy")
    assert wales.principles[5].text != national.principles[5].text  # the Welsh Government's own wording
    assert [p.id for p in wales.principles] == [p.id for p in national.principles]


def test_a_framework_file_with_welsh_for_a_field_it_does_not_have_is_refused(tmp_path):
    from journal_app.core.errors import FrameworkError
    from journal_app.core.frameworks import load_framework_file

    text = (ROOT / "resources" / "frameworks" / "gtc-tla.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace('cy: {title: "Hyfforddi a mentora"}', 'cy: {titel: "Hyfforddi a mentora"}'),
                   encoding="utf-8")
    with pytest.raises(FrameworkError, match="cy.titel"):
        load_framework_file(bad)


def test_an_old_journal_borrows_the_welsh_of_the_bundled_framework(tmp_path):
    fixture = ROOT / "tests" / "fixtures" / "journal-format1.ljournal"
    copy = tmp_path / "old.ljournal"
    shutil.copy(fixture, copy)
    with Journal.open(copy) as j:
        assert "cy" not in json.dumps(j.framework_snapshot.model_dump(exclude_defaults=True))
        assert j.framework.stages[1].label == "Developing Mentor"
        assert j.framework_note() == ""
        with i18n.using("cy"):
            assert j.framework.stages[1].label == "Mentor sy'n Datblygu"
            assert j.framework_note().startswith("Wedi'i gyfieithu'n rhannol")


# ---------------------------------------------------------------- printed sheets
def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("sheet", ["reflection", "criteria", "journal", "blank", "blank-reflection",
                                   "blank-criteria", "tla"])
def test_every_printed_sheet_is_in_welsh(full_welsh_journal, tmp_path, sheet):
    from journal_app.core.reports import export_pdf

    with i18n.using("cy"):
        out = export_pdf(full_welsh_journal, tmp_path / f"{sheet}.pdf", sheet=sheet,
                         stage_ids=["developing"] if sheet not in ("journal", "tla") else None)
    raw = _pdf_text(out)
    text = re.sub(r"\s+", " ", raw)
    assert re.search(r"Tudalen 1 o \d+", text)
    months = "|".join(i18n.MONTHS["cy"])
    assert re.search(rf"Argraffwyd \d+ ({months}) \d{{4}}", text)
    english = [en for ctx, en, cy in catalogue() if ctx in ("sheets", "reports", "layout") and en != cy
               and not PLACEHOLDER.search(en) and len(re.findall(r"[A-Za-z]+", en)) >= 2]
    # A heading or cell of its own (framework text, still English, may use the same words).
    lines = {line.strip() for line in raw.splitlines()}
    left = [en for en in english if re.sub(r"<[^>]+>", "", en).strip() in lines]
    assert not left, f"English left on the {sheet} sheet: {left}"
    if sheet in ("reflection", "blank-reflection", "journal"):
        assert "Llofnod:" in text and "Signature" not in text


# ---------------------------------------------------------------- the command line
def test_the_command_line_speaks_welsh_with_lang(run_cli, journal):
    journal.close()
    code, out, err = run_cli("--lang", "cy", "check", journal.path)
    assert code == 0 and "cyfan a chywir" in out, out
    code, out, err = run_cli("--lang", "cy", "check", journal.path.with_name("nowhere.ljournal"))
    assert code == 1 and out == ""
    assert err == f"journal-app: {journal.path.with_name('nowhere.ljournal')}: nid oes ffeil o'r fath\n"
    code, out, err = run_cli("--lang", "cy", "dump", journal.path.with_name("nowhere.ljournal"))
    assert code == 1 and err.startswith("journal-app: gwall: ") and err.count("\n") == 1, err
    code, out, err = run_cli("--lang", "cy", "export-pdf", journal.path)
    assert code == 2 and err.count("\n") == 1 and "mae angen y dadleuon canlynol" in err, err
    code, out, err = run_cli("check", journal.path)
    assert "sound" in out  # English again without --lang


def test_the_command_line_follows_the_language_chosen_in_preferences(run_cli, journal, _isolated_data_dir):
    journal.close()
    settings = _isolated_data_dir / "settings" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"language": "cy"}), encoding="utf-8")
    code, out, _err = run_cli("check", journal.path)
    assert "cyfan a chywir" in out
    code, out, _err = run_cli("--lang", "en", "check", journal.path)
    assert "sound" in out


def test_the_command_line_help_is_in_welsh(capsys):
    from journal_app.cli.main import main

    with pytest.raises(SystemExit):
        main(["--lang", "cy", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("defnydd: journal-app") and "dangos y neges gymorth hon a gadael" in out


# ---------------------------------------------------------------- the window
@pytest.fixture
def full_welsh_journal(tmp_path, ljmu, registry):
    """A journal with something in every part, so every page and sheet has content to show."""
    j = Journal.create(tmp_path / "Ann.ljournal", ljmu, "Ann Jones", "Ysgol y Bryn", "Tiwtor ysgol")
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 11, 3))
    j.set_criterion_notes("developing", "dev-qts-standards", "Adborth wythnosol i'r athro dan hyfforddiant.")
    ev = tmp_path / "Arsylwi gwers.pdf"
    ev.write_bytes(b"%PDF-1.4 demo")
    j.add_evidence(ev, links=[("developing", "dev-qts-standards")])
    j.set_tick("developing", "mentoring", "m1", True, note="Rheolau sylfaenol")
    j.set_reflection("developing", "Dysgais fod **gwrando yn gyntaf** yn newid y sgwrs.")
    j.add_target("developing", "Arsylwi gwers ar y cyd", "Nodiadau wedi'u cytuno", dt.date.today() - dt.timedelta(days=2))
    j.set_verification("developing", "professional-mentor", name="M. Roberts", state="verified",
                       verified_on=dt.date(2025, 12, 1), comment="Gwaith da.")
    cid = j.add_conversation(dt.date(2025, 10, 2), "Siân", "mentoring", their_role="Mentor proffesiynol",
                             focus="Adborth", notes="Trafod", agreed_actions="Arsylwi\nDarllen")
    assert cid
    j.start_journey(registry.get("gtc-tla"), focus="Gwella adborth", tla_stage=2, ljmu_stage_id="developing")
    item = j.add_plan_item("action", "Arsylwi dwy wers", dt.date(2026, 1, 15))
    j.change_plan_item(item, "Roedd angen mwy o amser", text="Arsylwi tair gwers")
    j.add_plan_item("review", "Adolygu gyda'r mentor", dt.date(2026, 2, 1))
    j.set_dimension_account("coaching-mentoring", "Bûm yn hyfforddi cydweithiwr bob wythnos.")
    j.link_to_dimension("coaching-mentoring", "conversation", cid)
    j.add_breakthrough("Mae'r athro dan hyfforddiant yn arwain y drafodaeth", "Nodiadau", "Adborth da")
    yield j
    j.close()


@pytest.fixture
def welsh_window(qtbot, welsh, tmp_path, full_welsh_journal, errors):
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    path = full_welsh_journal.path
    full_welsh_journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), "cy")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_journal(path)
    yield window
    window.close_journal()


def duplicate_mnemonics(root: QWidget, menus: list[str] = ()) -> dict[str, list[str]]:
    """Alt+letter keys that two visible things in ``root`` share (menu titles included)."""
    def letter(text: str) -> str | None:
        m = re.search(r"&(?!#|amp;|lt;|gt;|quot;|apos;|nbsp;)([^&\s])", text.replace("&&", ""))
        return m.group(1).lower() if m else None

    seen: dict[str, list[str]] = {}
    texts = list(menus)
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and letter(w.text()) and w.buddy() is None and "<" not in w.text():
            seen.setdefault("no buddy", []).append(w.text())  # shown as a literal "&", the key does nothing
            seen.setdefault("no buddy", []).append("")
        if isinstance(w, QAbstractButton | QLabel):
            texts.append(w.text())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
    for t in texts:
        if letter(t):
            seen.setdefault(letter(t), []).append(t)
    return {k: v for k, v in seen.items() if len(v) > 1}


def _every_page(window, qtbot):
    """Show every page and every stage tab, yielding after each."""
    for key in window.view.keys():
        window.view.show_page(key)
        if key.startswith("stage:"):
            page = window.view.stage_pages[key.removeprefix("stage:")]
            for i in range(page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield f"{key}#{i}"
        else:
            QApplication.processEvents()
            yield key


def test_the_main_window_in_welsh_has_no_english_left_and_nothing_clipped(welsh_window, qtbot):
    window = welsh_window
    assert window.menuBar().actions()[0].text() == "&Ffeil"
    menus = [a.text() for a in window.menuBar().actions()]
    for where in _every_page(window, qtbot):
        assert_no_english(window, allowed={"Learning Journal"})
        assert_not_clipped(window)
        assert not duplicate_mnemonics(window, menus), where


def test_the_start_screen_in_welsh(qtbot, welsh, tmp_path):
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    window = make_window(AppPaths.default(tmp_path / "data"), "cy")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    assert_no_english(window, allowed={"Learning Journal"})
    assert_not_clipped(window)


def _open_and_check(qtbot, make_dialog, english: bool = False) -> None:
    """Open a dialog, check it (in Welsh: no English, nothing clipped), close it."""
    dialog = make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    if not english:
        assert_no_english(dialog, allowed={"Learning Journal"})
        assert_not_clipped(dialog)
    assert not duplicate_mnemonics(dialog)
    dialog.close()


@pytest.fixture(params=["en", "cy"])
def window_in(request, qtbot, tmp_path, full_welsh_journal, errors):
    """The main window in English and in Welsh, on a journal with something everywhere."""
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window
    from journal_app.ui.i18n import Translators

    path = full_welsh_journal.path
    full_welsh_journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), request.param)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_journal(path)
    yield window
    window.close_journal()
    Translators().apply("en")


def test_no_alt_letter_twice_on_any_page_in_either_language(window_in, qtbot):
    """Each Alt-letter does one thing wherever the teacher is (menus included), and every label
    that shows one moves to its field."""
    menus = [a.text() for a in window_in.menuBar().actions()]
    problems = {where: dups for where in _every_page(window_in, qtbot)
                if (dups := duplicate_mnemonics(window_in, menus))}
    assert not problems, problems


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_no_alt_letter_twice_in_a_journal_of_any_framework(qtbot, tmp_path, registry, errors, lang):
    """Every framework's pages: a stage without criteria has an Evidence tab whose letter once
    clashed with the Edit menu's."""
    from journal_app.config import AppPaths
    from journal_app.core.journal import Journal
    from journal_app.ui.app import make_window
    from journal_app.ui.i18n import Translators

    problems = {}
    try:
        for fw in registry.journal_frameworks():
            path = tmp_path / f"{fw.id}.ljournal"
            Journal.create(path, fw, "Ann Jones").close()
            window = make_window(AppPaths.default(tmp_path / "data"), lang)
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            assert window.open_journal(path)
            menus = [a.text() for a in window.menuBar().actions()]
            problems.update({f"{fw.id} {where}": dups for where in _every_page(window, qtbot)
                             if (dups := duplicate_mnemonics(window, menus))})
            window.close_journal()
    finally:
        Translators().apply("en")
    assert not problems, problems


def test_the_alt_letter_checker_catches_a_shared_letter_and_a_literal_ampersand(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QPushButton("&Verification", root)
    QLabel("Save &as:", root)
    root.show()
    found = duplicate_mnemonics(root, ["&View"])
    assert found["v"] == ["&View", "&Verification"] and "Save &as:" in found["no buddy"]


def test_every_dialog_has_unique_alt_letters_in_english(window_in, qtbot, registry, tmp_path):
    if window_in.translators.language != "en":
        pytest.skip("Welsh dialogs are checked by test_every_dialog_in_welsh")
    _check_every_dialog(window_in, qtbot, registry, tmp_path, english=True)


def test_every_dialog_in_welsh(welsh_window, qtbot, registry, tmp_path):
    _check_every_dialog(welsh_window, qtbot, registry, tmp_path)


def _check_every_dialog(w, qtbot, registry, tmp_path, english: bool = False):
    from journal_app.ui.curee_pane import TagDialog
    from journal_app.ui.framework_text import FrameworkTextDialog
    from journal_app.ui.help_window import HelpWindow, WelcomeDialog
    from journal_app.ui.journey_page import PlanItemDialog
    from journal_app.ui.messages import QMessageBox
    from journal_app.ui.new_journal_dialog import NewJournalDialog
    from journal_app.ui.paper_signoff import PaperSignOffDialog
    from journal_app.ui.preferences_dialog import PreferencesDialog
    from journal_app.ui.printing import ExportPdfDialog
    from journal_app.ui.restore_dialog import RestoreDialog
    from journal_app.ui.review_panel import SendToMentorDialog

    fw = w.session.journal.framework

    def check(make_dialog) -> None:
        _open_and_check(qtbot, make_dialog, english)

    check(lambda: NewJournalDialog(registry.journal_frameworks(), tmp_path, w))
    check(lambda: PreferencesDialog("cy", w))
    check(lambda: ExportPdfDialog(fw, sheet="journal", parent=w))
    check(lambda: ExportPdfDialog(fw, sheet="reflection", stage_id="developing", printing=True, parent=w))
    check(lambda: SendToMentorDialog(fw, w))
    check(lambda: PaperSignOffDialog(w.session, fw.stage("developing"), w))
    check(lambda: RestoreDialog(w.backups.list(w.session.journal.path), w.session.journal.path.name, w))
    check(lambda: TagDialog(w.session.curee, [], [], "myfyrdod", w))
    check(lambda: PlanItemDialog("Newid y cynllun", "action", "Arsylwi", None, True, w))
    check(lambda: FrameworkTextDialog([registry.get("ljmu-mentor")], w))
    check(lambda: HelpWindow(w))
    check(lambda: WelcomeDialog(w))
    if english:
        return
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, w)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"Iawn", "Canslo"}  # Qt's own strings too


def test_switching_language_keeps_what_was_typed_and_where_you_were(qtbot, tmp_path, journal, errors):
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    path = journal.path
    journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_journal(path)
    try:
        window.view.show_page("stage:developing#reflection")
        editor = window.view.stage_pages["developing"].reflection.editor
        editor.setFocus()
        qtbot.keyClicks(editor, "Heb ei gadw eto")  # typed, not yet saved (autosave waits)
        window.view.search.setText("mentora")
        assert window.view.stage_pages["developing"].reflection.autosave.pending
        assert window.set_language("cy")
        assert i18n.language() == "cy"
        assert window.menuBar().actions()[0].text() == "&Ffeil"
        assert window.settings.language == "cy"
        page = window.view.stage_pages["developing"]
        assert window.view.current_key() == "stage:developing#reflection"
        assert "Heb ei gadw eto" in page.reflection.editor.toPlainText()
        assert window.session.journal.reflection("developing").text.strip().endswith("Heb ei gadw eto")
        assert window.view.search.text() == "mentora"
        assert page.tabs.tabText(page.tabs.currentIndex()) == "M&yfyrdod"
        assert window.view.nav.item(2).text().startswith("Mentor sy'n Datblygu")
        assert window.set_language("en")
        assert window.menuBar().actions()[0].text() == "&File"
        assert "Heb ei gadw eto" in window.view.stage_pages["developing"].reflection.editor.toPlainText()
    finally:
        window.translators.apply("en")
        window.close_journal()


def test_dates_and_sorting_follow_welsh(welsh_window, qtbot):
    from journal_app.ui.models import EvidenceModel

    w = welsh_window
    j = w.session.journal
    for name in ("Cyfarfod.pdf", "Chwarae.pdf", "Llun.pdf", "Lwc.pdf"):
        f = Path(j.path.parent / name)
        f.write_bytes(b"x")
        w.session.run(lambda jj, f=f: jj.add_evidence(f))
    w.view.show_page("evidence")
    page = w.view.pages["evidence"]
    page.refresh()
    page.table.sortByColumn(EvidenceModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, EvidenceModel.NAME).data() for r in range(page.proxy.rowCount())]
    ordered = [n for n in names if n in ("Cyfarfod.pdf", "Chwarae.pdf", "Llun.pdf", "Lwc.pdf")]
    assert ordered == ["Cyfarfod.pdf", "Chwarae.pdf", "Lwc.pdf", "Llun.pdf"]  # c < ch, l < ll in Welsh
    added = page.proxy.index(0, EvidenceModel.ADDED).data()
    assert re.search(r"\d+ (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) \d{4}", added), added
    from PySide6.QtCore import QLocale

    assert QLocale().toString(QDate(2026, 3, 5), "d MMMM yyyy") == "5 Mawrth 2026"


def test_the_checks_catch_english_and_clipping(qtbot, tmp_path, journal, errors):
    """The two checks above are not vacuous: the English window fails the first, a squeezed
    button the second."""
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    path = journal.path
    journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_journal(path)
    try:
        assert len(visible_texts(window)) > 100
        with pytest.raises(AssertionError, match="Performance criterion|&File|Overview"):
            assert_no_english(window)
        button = window.findChild(QPushButton)
        squeezed = QWidget()
        qtbot.addWidget(squeezed)
        b = QPushButton("Cadw'r copi adolygu…", squeezed)
        b.resize(20, b.sizeHint().height())
        squeezed.show()
        with pytest.raises(AssertionError, match="Clipped"):
            assert_not_clipped(squeezed)
        assert button is not None
    finally:
        window.close_journal()


def test_a_review_copy_opened_by_a_welsh_speaking_mentor(qtbot, welsh, tmp_path, full_welsh_journal, errors):
    from journal_app.config import AppPaths
    from journal_app.core.review import export_for_mentor
    from journal_app.ui.app import make_window

    copy = export_for_mentor(full_welsh_journal, tmp_path / "adolygu.ljournal")
    full_welsh_journal.close()
    window = make_window(AppPaths.default(tmp_path / "data"), "cy")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_journal(copy)
    try:
        assert window.session.review_mode
        window.view.show_page("stage:developing#verification")
        QApplication.processEvents()
        assert_no_english(window, allowed={"Learning Journal"})
        assert_not_clipped(window)
    finally:
        window.close_journal()

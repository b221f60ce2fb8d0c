"""Say what happened, in plain words: evidence types as a person names them, opening evidence
with no viewer says so and offers a copy, no welcome dialog over a journal being opened, and the
Overview's journey table in the language in use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from conftest import open_window
from journal_app.core import i18n
from journal_app.core.filetypes import describe_media_type
from journal_app.core.journal import Journal
from journal_app.ui import messages


@pytest.mark.parametrize(("media", "en", "cy"), [
    ("application/pdf", "PDF document", "Dogfen PDF"),
    ("image/png", "PNG image", "Delwedd PNG"),
    ("image/x-portable-anymap", "Image", "Delwedd"),
    ("application/octet-stream", "File", "Ffeil"),
    ("", "File", "Ffeil"),
])
def test_evidence_types_are_named_as_people_name_them(media, en, cy):
    assert describe_media_type(media) == en
    with i18n.using("cy"):
        assert describe_media_type(media) == cy


@pytest.fixture
def evidence_window(qtbot, tmp_path, paths, errors, ljmu):
    path = tmp_path / "e.ljournal"
    j = Journal.create(path, ljmu, "Kim")
    (tmp_path / "lesson.pdf").write_bytes(b"%PDF-1.4 the lesson")
    eid = j.add_evidence(tmp_path / "lesson.pdf")
    j.close()
    w = open_window(qtbot, paths)
    assert w.open_journal(path)
    w.view.show_page("evidence")
    yield w, w.view.pages["evidence"], eid
    w.close_journal()


def test_the_evidence_page_says_pdf_document(evidence_window):
    from journal_app.ui.models import EvidenceModel

    _w, page, _eid = evidence_window
    assert page.proxy.index(0, EvidenceModel.TYPE).data() == "PDF document"


def test_opening_evidence_with_no_viewer_says_so_and_offers_a_copy(evidence_window, monkeypatch, tmp_path, errors):
    from PySide6.QtGui import QDesktopServices

    _w, page, eid = evidence_window
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no program for PDFs here
    page.actions.open(eid)
    assert errors == ["No program to open it: “lesson.pdf” (PDF document) could not be opened: "
                      "no program on this computer is set to open it."]
    chosen, shown = [], []
    monkeypatch.setattr(messages, "error_with_action", lambda parent, title, text, action, detail="": chosen.append(action) or True)
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(text))
    dest = tmp_path / "copy" / "lesson copy.pdf"
    dest.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    page.actions.open(eid)
    assert chosen == ["Save a copy…"]
    assert dest.read_bytes() == b"%PDF-1.4 the lesson"
    assert shown == [f"A copy of “lesson.pdf” was saved as {dest}."]


def test_no_welcome_over_a_journal_being_opened(qtbot, tmp_path, paths, errors, ljmu, monkeypatch):
    from journal_app.core.review import export_for_mentor
    from journal_app.ui.app import start
    from journal_app.ui.help_window import WelcomeDialog

    shown = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.append(self) or 0)
    j = Journal.create(tmp_path / "t.ljournal", ljmu, "Kim")
    copy = export_for_mentor(j, tmp_path / "review.ljournal")
    j.close()
    w = open_window(qtbot, paths)
    start(w, copy)  # a mentor's first start: the review copy double-clicked
    w.welcome_if_first_start()
    qtbot.waitUntil(lambda: w.session is not None, timeout=5000)
    assert shown == [] and not w.settings.welcomed
    w.close_journal()
    w.welcome_if_first_start()  # the start screen of a first start: welcome
    assert len(shown) == 1 and w.settings.welcomed


def test_the_overview_journey_table_in_welsh(qtbot, welsh, tmp_path, ljmu, registry, errors):
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    j = Journal.create(tmp_path / "w.ljournal", ljmu, "Ann")
    j.start_journey(registry.get("gtc-tla"), focus="Adborth", tla_stage=2)
    j.set_dimension_account("coaching-mentoring", "Un gair")
    j.close()
    w = make_window(AppPaths.default(tmp_path / "data"), "cy")
    qtbot.addWidget(w)
    w.show()
    assert w.open_journal(tmp_path / "w.ljournal")
    model = w.view.overview.journey.model()
    cells = {model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 3)}
    assert {"Yn dal yn denau", "Heb ddechrau", "2 gair", "0 gair"} <= cells, cells
    assert not cells & {"Thin", "Not started", "Still thin"}
    w.close_journal()


def test_counts_use_plural_forms_not_brackets(run_cli, journal, tmp_path):
    """The core and the command line say "1 evidence item checked", "2 … items", never "item(s)"."""
    from journal_app.core.i18n import translate

    assert translate("check", "%n evidence item(s) checked", None, 1) == "1 evidence item checked"
    assert translate("check", "%n evidence item(s) checked", None, 2) == "2 evidence items checked"
    with i18n.using("cy"):
        assert translate("check", "%n evidence item(s) checked", None, 2) == "Gwiriwyd 2 eitem dystiolaeth"
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 a")
    journal.add_evidence(tmp_path / "a.pdf")
    journal.close()
    code, out, _err = run_cli("check", journal.path)
    assert code == 0 and "1 evidence item checked" in out and "(s)" not in out


@pytest.mark.parametrize(("lang", "counts"), [("en", ("0 words", "1 word", "2 words")), ("cy", ("0 gair", "1 gair", "2 gair"))])
def test_the_reflection_word_count_in_plural_forms(qtbot, tmp_path, ljmu, registry, errors, lang, counts):
    """Counted with Qt's plural forms in either language: "1 word" in English (its catalogue
    of plural forms is loaded too), and Welsh's singular noun after every number."""
    from journal_app.config import AppPaths
    from journal_app.ui.app import make_window

    with Journal.create(tmp_path / "w.ljournal", ljmu, "Ann") as j:
        j.start_journey(registry.get("gtc-tla"), focus="Feedback", tla_stage=2)
        j.set_dimension_account("coaching-mentoring", "Listen")
    w = make_window(AppPaths.default(tmp_path / "data"), lang)
    qtbot.addWidget(w)
    w.show()
    try:
        assert w.open_journal(tmp_path / "w.ljournal")
        words = w.view.stage_pages["developing"].reflection.words
        shown = []
        for text in ("", "Listen", "Listen first"):
            w.view.stage_pages["developing"].reflection.editor.setPlainText(text)
            shown.append(words.text())
        assert tuple(shown) == counts
        model = w.view.overview.journey.model()
        assert counts[1] in {model.index(r, 1).data() for r in range(model.rowCount())}  # the Overview's too
        w.close_journal()
    finally:
        w.translators.apply("en")

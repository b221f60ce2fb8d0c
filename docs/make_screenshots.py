"""Grab the README's screenshots from a demo journal, offscreen on a 1366×768 laptop screen
(the window as it opens there: the screen's work area less a window manager's title bar).

    make screenshots        (or: QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--lang cy])

In Welsh (``--lang cy``) they go to docs/screenshots/cy/.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

SCREEN = Path(tempfile.gettempdir()) / "journal-app-screen-1366x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":  # a laptop's screen, not Qt's 800×800
    SCREEN.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.config import AppPaths  # noqa: E402
from journal_app.core.frameworks import FrameworkRegistry  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.ui.app import make_window  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def demo_journal(folder: Path) -> Path:
    path = folder / "Ann Jones learning journal.ljournal"
    j = Journal.create(path, FrameworkRegistry.load().get("ljmu-mentor"), "Ann Jones",
                       "Hillside Primary School", "School-based tutor")
    for crit, state, day in [("pre-professional-behaviour", "achieved", 12), ("pre-subject-knowledge", "achieved", 20),
                             ("pre-other-professionals", "achieved", 28), ("pre-classroom-practice", "partly_evidenced", 0)]:
        j.set_criterion_state("prerequisite", crit, state, dt.date(2025, 9, day) if day else None)
    j.set_criterion_state("developing", "dev-qts-standards", "achieved", dt.date(2025, 11, 3))
    j.set_criterion_state("developing", "dev-programme-requirements", "achieved", dt.date(2025, 11, 10))
    j.set_criterion_state("developing", "dev-documentation", "partly_evidenced")
    j.set_criterion_state("developing", "dev-partnership", "begun")
    j.set_criterion_notes("developing", "dev-qts-standards",
                          "Weekly feedback to my trainee is organised under the Standards; targets are set "
                          "against them and reviewed each Friday.")
    notes = folder / "Lesson observation – week 3.pdf"
    notes.write_bytes(b"%PDF-1.4 demo")
    j.add_evidence(notes, links=[("developing", "dev-qts-standards"), ("developing", "dev-documentation")])
    plan = folder / "Training plan, autumn term.docx"
    plan.write_bytes(b"demo")
    j.add_evidence(plan, links=[("developing", "dev-programme-requirements")])
    for item in ("m1", "m2", "m5", "m8"):
        j.set_tick("developing", "mentoring", item, True)
    j.set_tick("developing", "mentoring", "m1", note="Ground rules agreed in week 1")
    j.set_reflection("developing", "This term I learnt that **listening first** changes the feedback conversation.\n\n"
                     "- I now ask the trainee to evaluate the lesson before I speak.\n"
                     "- Targets are fewer and sharper.")
    today = dt.date.today()
    j.add_target("developing", "Co-observe a lesson with the link tutor", "Joint notes agreed",
                 today - dt.timedelta(days=3))
    j.add_target("developing", "Run a target-setting session with two trainees", "Both trainees' targets are SMART",
                 today + dt.timedelta(days=40))
    j.set_verification("prerequisite", "senior-staff", name="M. Roberts (Deputy Head)", state="verified",
                       verified_on=dt.date(2025, 10, 1), comment="Ann models professional behaviour consistently.")
    j.close()
    return path


def render_sheets(path: Path, folder: Path, out: Path) -> None:
    """One page of each printed sheet, as PNG (needs pdftoppm from poppler-utils)."""
    import shutil
    import subprocess

    from journal_app.core.reports import export_pdf

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: sheet pages not rendered", file=sys.stderr)
        return
    with Journal.open(path, readonly=True) as j:
        for sheet, stage, page in [("reflection", "developing", 1), ("criteria", "developing", 1),
                                   ("blank-reflection", "effective", 1), ("journal", None, 1),
                                   ("journal", None, 2)]:
            pdf = export_pdf(j, folder / f"{sheet}.pdf", sheet=sheet, stage_ids=[stage] if stage else None)
            name = f"sheet-{sheet}" + (f"-page{page}" if sheet == "journal" else "")
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(out / name)], check=True)


def dark_palette() -> QPalette:
    """A dark desktop's palette (as Fusion draws one), to see the window as it looks there."""
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d6fb4"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                         (QPalette.ColorRole.ToolTipBase, "#353535"), (QPalette.ColorRole.ToolTipText, "#e6e6e6")):
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def grab(app: QApplication, window, out: Path, name: str) -> None:  # noqa: ANN001
    app.processEvents()
    window.grab().save(str(out / f"{name}.png"))


def main(argv: list[str]) -> int:
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    out = OUT / lang if lang and lang != "en" else OUT
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = demo_journal(folder)
        window = make_window(AppPaths.default(folder / "data"), lang)
        window.settings.add_recent(path, "Ann Jones", "LJMU Learning Journal")
        window.start.refresh()
        window.show()  # at the size it opens at on the screen (see journal_app.ui.screen_fit)
        grab(app, window, out, "start-screen")
        window.open_journal(path)
        window.view.show_page("overview")
        grab(app, window, out, "overview")
        window.view.show_page("stage:developing#criteria")
        grab(app, window, out, "stage-criteria")
        window.view.show_page("stage:developing#reflection")
        grab(app, window, out, "stage-reflection")
        window.view.show_page("conversations")
        grab(app, window, out, "conversations-empty")
        j = window.session.journal
        for day, who, role, focus, actions in (
                (7, "Siân Evans", "Trainee teacher", "Feedback after the Year 4 maths lesson",
                 "Try 'ask first' feedback in next week's debrief\nPlan the fractions sequence together"),
                (14, "Dr K. Patel", "University link tutor", "Joint observation: what we each saw",
                 "Co-observe a lesson with the link tutor")):
            cid = j.add_conversation(dt.date(2025, 11, day), who, "mentoring", their_role=role, focus=focus,
                                     notes="We began with the trainee's own evaluation of the lesson.",
                                     agreed_actions=actions)
        j.action_to_target(cid - 1, 0, "developing")
        page = window.view.pages["conversations"]
        page.select_conversation(cid - 1)
        grab(app, window, out, "conversations")
        window.view.show_page("targets")
        grab(app, window, out, "targets")
        window.close()
        light = app.palette()
        app.setPalette(dark_palette())  # as on a dark desktop: set before the window is made
        window = make_window(AppPaths.default(folder / "data"), lang)
        window.show()
        window.open_journal(path)
        window.view.show_page("stage:developing#criteria")
        grab(app, window, out, "stage-criteria-dark")
        window.close()
        app.setPalette(light)
        render_sheets(path, folder, out)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

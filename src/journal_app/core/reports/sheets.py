"""The printed sheets, as lists of platypus flowables: a stage's reflection and verification
sheet, its criteria record (with the skills checklists), and the parts of the whole journal.
Everything the user typed goes through ``text.plain``, ``text.plain_flowables`` or
``text.markdown_flowables``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from journal_app.core import privacy
from journal_app.core.frameworks.models import Stage
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Labels, format_date, translate
from journal_app.core.journal import Journal
from journal_app.core.reports.layout import (
    FONT,
    FRAME_PADDING,
    RULE,
    SHADE,
    CheckBox,
    Run,
    StageMarker,
    WritingLines,
    heading,
    styles,
)
from journal_app.core.reports.text import markdown_flowables, plain, plain_flowables
from journal_app.core.views import CRITERION_STATES, human_size

STATE_WORDS = Labels("sheets", {"not_started": QT_TRANSLATE_NOOP("sheets", "Not started"), "begun": QT_TRANSLATE_NOOP("sheets", "Begun"), "partly_evidenced": QT_TRANSLATE_NOOP("sheets", "Partly evidenced"),
               "achieved": QT_TRANSLATE_NOOP("sheets", "Achieved")})
STATUS_WORDS = Labels("sheets", {"open": QT_TRANSLATE_NOOP("sheets", "Open"), "achieved": QT_TRANSLATE_NOOP("sheets", "Achieved"), "dropped": QT_TRANSLATE_NOOP("sheets", "Dropped")})
assert set(STATE_WORDS) == set(CRITERION_STATES)
# At most this many words of one text are set inside a table cell (a cell's row is laid out
# again at every page it runs over); the rest follows the table, across the page.
CELL_WORDS = 1500


def long_date(d: dt.date) -> str:
    return format_date(d, short=False)


def short_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def grid(extra: list | None = None, header: bool = True) -> TableStyle:
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 10.8),  # for cells given as plain strings
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(cmds + (extra or []))


@dataclass
class Sheets:
    journal: Journal
    width: float
    include_private: bool = False

    def __post_init__(self) -> None:
        self.st = styles()
        self.owner = self.journal.details().owner
        self.text_width = self.width - 2 * FRAME_PADDING  # what a paragraph in the body frame has
        self._continued: list[str] = []  # the ends of cell texts too long for a cell, in order

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return Paragraph(plain(text), self.st[style])

    def prints(self, table: str, row: object) -> bool:
        """Whether an entry is printed: private ones only when asked for (``privacy``'s rule)."""
        return self.include_private or not privacy.is_private(table, row)

    def shown(self, table: str, row: object, column: str) -> object:
        return getattr(row, column) if self.include_private else privacy.shown(table, row, column)

    def fit(self, text: str, width: float, style: str = "cell") -> Paragraph | str | list[Flowable]:
        """A plain string when the text fits on one line of a ``width``-wide cell (much faster to
        lay out than a Paragraph, and printed literally too); else wrapping paragraphs."""
        st = self.st[style]
        if "\n" not in text and stringWidth(text, st.fontName, st.fontSize) <= width - 9:
            return text
        return self.cell(text, width, style)

    def cell(self, text: str, width: float, style: str = "cell") -> list[Flowable]:
        """The user's text in a ``width``-wide table cell (grid padding: 4 each side), in bounded
        pieces; beyond CELL_WORDS words the rest is printed after the table (``after``)."""
        words = list(re.finditer(r"\S+", text))
        if len(words) <= CELL_WORDS:
            return plain_flowables(text, self.st[style], width - 8)
        cut = words[CELL_WORDS - 1].end()
        self._continued.append(text[cut:].strip())
        n = len(self._continued)
        return [*plain_flowables(text[:cut] + " …", self.st[style], width - 8),
                Paragraph(translate("sheets", "(continued below the table, note {n})").format(n=n), self.st["note"])]

    def after(self, table: Table) -> Flowable:
        """``table``, followed by the ends of its cells' texts that were too long for a cell."""
        if not self._continued:
            return table
        out: list[Flowable] = [table]
        for n, rest in enumerate(self._continued, 1):
            out.append(Paragraph(translate("sheets", "Note {n}, continued from the table above:").format(n=n), self.st["note"]))
            out += plain_flowables("… " + rest, self.st["body"], self.text_width)
        self._continued = []
        return Run(out)

    def label(self, markup: str, style: str = "cell") -> Paragraph:
        """Text of the app's or the framework's own (escaped too: framework files are data)."""
        return Paragraph(plain(markup), self.st[style])

    # ------------------------------------------------------------------ reflection sheet
    def reflection_sheet(self, stage: Stage, *, blank: bool = False, toc_level: int | None = None) -> list[Flowable]:
        sheet = stage.reflection
        st = self.st
        out: list[Flowable] = [StageMarker(stage.label),
                               heading(plain(sheet.title), st["h1"], toc_level, f"refl-{stage.id}-{int(blank)}"),
                               Paragraph(plain(sheet.heading), st["h2"])]
        out.append(Paragraph(plain(sheet.sections.reflection), st["section"]))
        reflection = self.journal.reflection(stage.id)
        if blank:
            out.append(WritingLines(14))
        elif not self.prints("reflection", reflection):
            out.append(Paragraph(translate("sheets", "Kept private by the teacher: not included in this printout."), st["note"]))
        elif reflection.text.strip():
            out += markdown_flowables(reflection.text, st["body"], st["bullet"], st["h2"], self.text_width)
        else:
            out.append(Paragraph(translate("sheets", "No reflection written yet."), st["note"]))
        out.append(CondPageBreak(120))
        out.append(Paragraph(plain(sheet.sections.targets), st["section"]))
        out.append(self.targets_table(stage.id, blank=blank))
        out.append(CondPageBreak(200))
        out.append(Paragraph(plain(sheet.sections.verification), st["section"]))
        if sheet.verification_note:
            out.append(Paragraph(plain(sheet.verification_note), st["note"]))
        if not blank:
            from journal_app.core.review import fingerprint

            seals = self.journal.seals(stage.id)
            for seal in seals:
                role = stage.verifier(seal.role_id)
                line = f"{role.title if role else seal.role_id}: {seal.describe()}"
                out.append(Paragraph(("⚠ " if seal.changed and seal.outcome == "verified" else "") + plain(line),
                                     st["small"]))
            out.append(Paragraph(plain(translate("sheets", "Content fingerprint: {id_16} (matches the journal state this sheet was printed from)").format(id_16=fingerprint(self.journal, stage.id)[:16])), st["small"]))
        verifs = {v.role_id: v for v in self.journal.verifications(stage.id)}
        for verifier in sheet.verifiers:
            v = None if blank else verifs.get(verifier.id)
            out.append(Spacer(1, 6))
            out.append(KeepTogether(self.verifier_box(verifier.title, v)))
        return out

    def verifier_box(self, role: str, v) -> list[Flowable]:  # noqa: ANN001
        st = self.st
        comment: list[Flowable]
        if v is not None and v.comment.strip():
            comment = self.cell(v.comment, self.width - 4, "body")  # (the box's padding is 6, not 4)
        else:
            comment = [WritingLines(4, gap=18)]
        state = ""
        if v is not None and v.state == "verified":
            state = translate("sheets", "Verified") + (translate("sheets", " on {verified_on}").format(verified_on=short_date(v.verified_on)) if v.verified_on else "")
        rows = [
            [Paragraph(plain(role), st["cellbold"]), self.p(state, "small")],
            [[Paragraph(translate("sheets", "Comments"), st["small"]), *comment], ""],
            [self.p(translate("sheets", "Name: ") + (v.name if v is not None else ""), "body"),
             self.p(translate("sheets", "Date: ") + (short_date(v.verified_on) if v is not None else ""), "body")],
            [self.p(translate("sheets", "Signature:"), "body"), ""],
        ]
        t = Table(rows, colWidths=[self.width * 0.62, self.width * 0.38], rowHeights=[None, None, 24, 34],
                  splitInRow=1)  # a comment longer than a page goes on over the next
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("SPAN", (0, 1), (1, 1)),
            ("SPAN", (0, 3), (1, 3)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
            ("LINEABOVE", (0, 2), (-1, 2), 0.5, RULE),
            ("LINEBELOW", (0, 2), (-1, 2), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]))
        return [self.after(t)]

    def targets_table(self, stage_id: str | None, *, blank: bool = False, all_targets: bool = False) -> Flowable:
        st = self.st
        header = [translate("sheets", "Target"), translate("sheets", "Success criteria"), translate("sheets", "Due"), translate("sheets", "Status")] + ([translate("sheets", "Stage")] if all_targets else [])
        rows: list[list] = [[Paragraph(h, st["cellbold"]) for h in header]]
        if blank:
            rows += [["", "", "", ""] for _ in range(6)]
        else:
            targets = self.journal.targets(None if all_targets else stage_id)
            for t in targets:
                if not self.prints("target", t):
                    continue
                w = self.width
                cols = [w * 0.38, w * 0.32, w * 0.13, w * 0.17] if not all_targets else \
                    [w * 0.33, w * 0.27, w * 0.12, w * 0.11, w * 0.17]
                row = [self.fit(t.text + (translate("sheets", "\nReview: {review_notes}").format(review_notes=t.review_notes) if t.review_notes else ""), cols[0]),
                       self.fit(t.success_criteria, cols[1]), short_date(t.due_date), STATUS_WORDS[t.status]]
                if all_targets:
                    stage = self.journal.framework.stage(t.stage_id) if t.stage_id else None
                    row.append(self.fit(stage.label if stage else translate("sheets", "Whole journal"), cols[4]))
                rows.append(row)
            if len(rows) == 1:
                rows.append([Paragraph(translate("sheets", "No targets recorded."), st["note"]), "", "", ""] + ([""] if all_targets else []))
        w = self.width
        widths = [w * 0.38, w * 0.32, w * 0.13, w * 0.17] if not all_targets else \
            [w * 0.33, w * 0.27, w * 0.12, w * 0.11, w * 0.17]
        t = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1,
                  rowHeights=[None] + ([26] * (len(rows) - 1) if blank else [None] * (len(rows) - 1)))
        t.setStyle(grid())
        return self.after(t)

    # ------------------------------------------------------------------ criteria record
    def criteria_record(self, stage: Stage, *, blank: bool = False, toc_level: int | None = None) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [StageMarker(stage.label),
                               heading(plain(stage.heading or stage.title), st["h1"], toc_level,
                                       f"crit-{stage.id}-{int(blank)}")]
        if stage.description:
            out.append(Paragraph(plain(stage.description), st["body"]))
        if stage.criteria:
            out.append(self._criteria_table(stage, blank))
        elif not stage.checklists:
            out.append(Paragraph(translate("sheets", "This stage has no criteria table; its evidence is listed below."), st["note"]))
            out.append(self._stage_evidence(stage, blank))
        if stage.cpd_links:
            out.append(Paragraph(plain(stage.cpd_links.heading), st["section"]))
            for link in stage.cpd_links.items:
                out.append(Paragraph(f"<b>{plain(link.title)}</b> {plain(link.text)}", st["body"]))
        for checklist in stage.checklists:
            out += self._checklist(stage, checklist, blank)
        if not blank:
            out += self._diamond(stage)
        return out

    def _diamond(self, stage: Stage) -> list[Flowable]:
        """The stage's Diamond 9, a row per priority (as placed in the window)."""
        from journal_app.core.curee import DIAMOND_ROWS, diamond_row

        slots = self.journal.diamond(stage.id)
        if not any(slots):
            return []
        names = {(cl.id, i.id): f"{i.lead} ({cl.title.lower()})" for cl in stage.checklists for i in cl.items}
        rows: list[list] = [[Paragraph(translate("sheets", "Priority"), self.st["cellbold"]), Paragraph(translate("sheets", "Skills"), self.st["cellbold"])]]
        for row in range(len(DIAMOND_ROWS)):
            placed = [names[s] for n, s in enumerate(slots) if s and diamond_row(n) == row]
            rows.append([str(row + 1), self.p("; ".join(placed) or "—")])
        t = Table(rows, colWidths=[self.width * 0.15, self.width * 0.85], repeatRows=1)
        t.setStyle(grid())
        return [CondPageBreak(120), Paragraph(translate("sheets", "Diamond 9: skills in order of priority"), self.st["section"]), t]

    def _criteria_table(self, stage: Stage, blank: bool) -> Flowable:
        st = self.st
        records = self.journal.criterion_records(stage.id)
        evidence = {} if blank else self._evidence_by_criterion(stage.id)
        header = ["", translate("sheets", "Performance criteria"), stage.evidenced_by_label, translate("sheets", "Your evidence"), translate("sheets", "Achieved"), stage.codes_heading]
        rows: list[list] = [[Paragraph(plain(h), st["cellbold"]) for h in header]]
        first_of_table: dict[str, int] = {}
        for n, table in enumerate(stage.standards_tables):
            for cid in table.criteria:
                first_of_table.setdefault(cid, n)
        shown_tables: set[int] = set()
        for n, crit in enumerate(stage.criteria, 1):
            rec = records[crit.id]
            text: list[Flowable] = [self.label(crit.text)]
            text += [Paragraph(plain(p.text) + (" <font size=7>({codes})</font>".format(codes=plain(', '.join(p.codes))) if p.codes else ""),
                               st["cell"], bulletText="•") for p in crit.points]
            evidenced = crit.evidenced_by or ", ".join(crit.standards.induction)
            if blank:
                yours: list[Flowable] = [WritingLines(3, gap=14)]
                achieved: list[Flowable] = [CheckBox(False), Paragraph(translate("sheets", "Date:"), st["small"])]
            else:
                yours = []
                notes = self.shown("criterion_record", rec, "notes")
                if notes.strip():
                    yours += self.cell(notes, self.width * 0.23)
                for name in evidence.get(crit.id, []):
                    yours.append(Paragraph(f"▪ {plain(name)}", st["small"]))
                achieved = [CheckBox(rec.achieved), self.p(STATE_WORDS[rec.state], "small")]
                if rec.achieved and rec.achieved_on:
                    achieved.append(self.p(short_date(rec.achieved_on), "small"))
            rows.append([self.p(str(n)), text, self.label(evidenced), yours, achieved,
                         self._codes_cell(stage, crit.id, first_of_table, shown_tables)])
        w = self.width
        t = Table(rows, colWidths=[w * 0.04, w * 0.27, w * 0.18, w * 0.23, w * 0.13, w * 0.15], repeatRows=1,
                  splitInRow=1)
        t.setStyle(grid())
        return self.after(t)

    def _codes_cell(self, stage: Stage, criterion_id: str, first: dict[str, int], shown: set[int]) -> list[Flowable]:
        """The booklet's spanning codes cell: printed in its first row, "as above" after.
        (Induction codes are printed in the Evidenced by column, as in the booklet.)"""
        parts: list[Flowable] = []
        n = first.get(criterion_id)
        if n is not None:
            if n in shown:
                return [Paragraph(translate("sheets", "as above"), self.st["small"])]
            shown.add(n)
            table = stage.standards_tables[n]
            for label, codes in ((translate("sheets", "Attributes"), table.attributes), (translate("sheets", "Knowledge"), table.knowledge), (translate("sheets", "Skills"), table.skills)):
                if codes:
                    parts.append(Paragraph("<b>{label}:</b> {join}".format(label=label, join=plain(', '.join(codes))), self.st["small"]))
        return parts

    def _evidence_by_criterion(self, stage_id: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for e in self.journal.evidence_items(stage_id):
            if not self.prints("evidence_item", e):
                continue
            for sid, cid in e.links:
                if sid == stage_id:
                    out.setdefault(cid, []).append(e.name)
        return out

    def _stage_evidence(self, stage: Stage, blank: bool) -> Flowable:
        items = [] if blank else [e for e in self.journal.evidence_items(stage.id)
                                  if self.prints("evidence_item", e)]
        rows = [[Paragraph(translate("sheets", "Evidence"), self.st["cellbold"]), Paragraph(translate("sheets", "Added"), self.st["cellbold"])]]
        rows += [[self.p(e.name), self.p(short_date(e.added_at.date()))] for e in items] or [["", ""]] * 6
        t = Table(rows, colWidths=[self.width * 0.75, self.width * 0.25], repeatRows=1)
        t.setStyle(grid())
        return t

    def _checklist(self, stage: Stage, checklist, blank: bool) -> list[Flowable]:  # noqa: ANN001
        st = self.st
        ticks = self.journal.ticks(stage.id)
        out: list[Flowable] = [CondPageBreak(160),
                               Paragraph(plain(checklist.heading or translate("sheets", "Skills checklist")) + ": " + plain(checklist.title),
                                         st["section"])]
        if checklist.intro:
            out.append(Paragraph(plain(checklist.intro), st["note"]))
        rows: list[list] = [[Paragraph(plain(checklist.definition), st["cell"]),
                             Paragraph(translate("sheets", "Checklist"), st["cellbold"]), Paragraph(translate("sheets", "Note"), st["cellbold"])]]
        for item in checklist.items:
            t = ticks[(checklist.id, item.id)]
            text = f"<b>{plain(item.lead)}</b> {plain(item.text)}"
            if item.points:
                text += "<br/>" + "<br/>".join("• " + plain(p) for p in item.points)
            rows.append([Paragraph(text, st["cell"]), CheckBox(t.ticked and not blank),
                         self.p("" if blank else t.note)])
        table = Table(rows, colWidths=[self.width * 0.61, self.width * 0.13, self.width * 0.26], repeatRows=1, splitInRow=1)  # "Checklist" whole
        table.setStyle(grid([("ALIGN", (1, 1), (1, -1), "CENTER")]))
        return out + [table]

    # ------------------------------------------------------------------ whole journal
    def cover(self, printed: dt.date) -> list[Flowable]:
        st = self.st
        d = self.journal.details()
        fw = self.journal.framework
        lines = [Spacer(1, 120), Paragraph(plain(fw.title), st["title"]), Spacer(1, 24),
                 Paragraph(translate("sheets", "Kept by <b>{owner}</b>").format(owner=plain(d.owner)), st["subtitle"])]
        if d.role:
            lines.append(Paragraph(plain(d.role), st["subtitle"]))
        if d.school:
            lines.append(Paragraph(plain(d.school), st["subtitle"]))
        lines += [Spacer(1, 36), Paragraph(plain(translate("sheets", "Framework: {label} (version {version})").format(label=fw.label, version=fw.version)), st["subtitle"]),
                  Paragraph(plain(fw.source), st["centred"]), Spacer(1, 24),
                  Paragraph(plain(translate("sheets", "Printed {long_date}").format(long_date=long_date(printed))), st["subtitle"]), PageBreak()]
        return lines

    def plan(self) -> list[Flowable]:
        fw = self.journal.framework
        if fw.plan is None:
            return []
        st = self.st
        cols = fw.plan.columns
        header = [translate("sheets", "Stage"), cols.get("principle", "Principle"), cols.get("descriptors", "Stage Descriptors"),
                  cols.get("knowledge", "Professional Knowledge & Understanding"), cols.get("evidence", "Types of Evidence")]
        rows: list[list] = [[self.label(h, "cellbold") for h in header]]
        for r in fw.plan.rows:
            rows.append([self.label(r.label, "cellbold"), self.label(r.principle), self.label(r.descriptors),
                         [self.label(k) for k in r.knowledge], [self.label(e) for e in r.evidence]])
        w = self.width
        t = Table(rows, colWidths=[w * 0.14, w * 0.24, w * 0.22, w * 0.22, w * 0.18], repeatRows=1, splitInRow=1)
        t.setStyle(grid())
        return [StageMarker(translate("sheets", "Framework plan")), heading(plain(fw.plan.title), st["h1"], 0, "plan"), t, PageBreak()]

    def evidence_index(self) -> list[Flowable]:
        st = self.st
        items = [e for e in self.journal.evidence_items() if self.prints("evidence_item", e)]
        rows: list[list] = [[Paragraph(h, st["cellbold"]) for h in (translate("sheets", "Evidence item"), translate("sheets", "Size"), translate("sheets", "Added"), "SHA-256")]]
        w = self.width
        for e in items:
            rows.append([self.fit(e.name, w * 0.44), human_size(e.size), short_date(e.added_at.date()),
                         f"{e.sha256[:32]}\n{e.sha256[32:]}"])
        if len(rows) == 1:
            rows.append([Paragraph(translate("sheets", "No evidence items."), st["note"]), "", "", ""])
        t = Table(rows, colWidths=[w * 0.44, w * 0.12, w * 0.14, w * 0.30], repeatRows=1, splitInRow=1)
        t.setStyle(grid([("FONT", (3, 1), (3, -1), FONT, 6.5, 8)]))
        return [StageMarker(translate("sheets", "Evidence")), heading(translate("sheets", "Index of evidence items"), st["h1"], 0, "evidence"),
                self.after(t)]

    # ------------------------------------------------------------------ TLA learning journey
    def tla_summary(self) -> list[Flowable]:
        st = self.st
        j = self.journal.journey()
        out: list[Flowable] = [StageMarker(translate("sheets", "Learning journey")),
                               heading(translate("sheets", "Teacher Learning Academy: learning journey"), st["h1"], 0, "tla")]
        if j is None:
            return out + [Paragraph(translate("sheets", "No learning journey has been started in this journal."), st["note"])]
        stage = self.journal.framework.stage(j.ljmu_stage_id) if j.ljmu_stage_id else None
        facts = [[translate("sheets", "Learning focus"), self.p(j.focus or "—")],
                 [translate("sheets", "TLA stage aimed for"), self.p(translate("sheets", "Stage {tla_stage}: {stage_title}").format(tla_stage=j.tla_stage, stage_title=j.stage_title))],
                 [translate("sheets", "Supports"), self.p(stage.title if stage else "—")]]
        t = Table(facts, colWidths=[self.width * 0.25, self.width * 0.75])
        t.setStyle(grid(header=False))
        out += [t, Paragraph(translate("sheets", "The plan"), st["section"])]
        plan = self.journal.plan()
        rows: list[list] = [[Paragraph(h, st["cellbold"]) for h in ("", translate("sheets", "Action or review point"), translate("sheets", "Due"), translate("sheets", "Done"))]]
        rows += [[translate("sheets", "Review") if p.kind == "review" else translate("sheets", "Action"), self.p(p.text), short_date(p.due_date),
                  CheckBox(p.done)] for p in plan] or [["", Paragraph(translate("sheets", "No plan yet."), st["note"]), "", ""]]
        t = Table(rows, colWidths=[self.width * w for w in (0.14, 0.6, 0.14, 0.12)], repeatRows=1, splitInRow=1)
        t.setStyle(grid())
        out.append(t)
        history = self.journal.plan_history()
        if history:
            out.append(Paragraph(translate("sheets", "Changes to the plan, and why"), st["h2"]))
            rows = [[Paragraph(h, st["cellbold"]) for h in (translate("sheets", "When"), translate("sheets", "Change"), translate("sheets", "Why"))]]
            rows += [[short_date(c.changed_at.date()), self.p(c.change), self.p(c.reason or "—")] for c in history]
            t = Table(rows, colWidths=[self.width * w for w in (0.14, 0.5, 0.36)], repeatRows=1, splitInRow=1)
            t.setStyle(grid())
            out.append(t)
        out.append(Paragraph(translate("sheets", "The six dimensions"), st["section"]))
        evidence = {e.id: e for e in self.journal.evidence_items() if self.prints("evidence_item", e)}
        conversations = {c.id: c for c in self.journal.conversations() if self.prints("conversation", c)}
        for d in j.dimensions:
            out.append(Paragraph(plain(d.title), st["h2"]))
            out.append(Paragraph(translate("sheets", "<i>Stage {tla_stage} asks:</i> {descriptor}").format(tla_stage=j.tla_stage, descriptor=plain(d.descriptor)), st["small"]))
            out += plain_flowables(d.account or translate("sheets", "Not written yet."), st["body"], self.text_width)
            linked = [translate("sheets", "Evidence: {name}").format(name=evidence[ref].name) if kind == "evidence" and ref in evidence else
                      translate("sheets", "Conversation with {with_whom}, {date}").format(with_whom=conversations[ref].with_whom, date=format_date(conversations[ref].held_on))
                      if kind == "conversation" and ref in conversations else "" for kind, ref in d.links]
            for line in filter(None, linked):
                out.append(Paragraph("▪ " + plain(line), st["small"]))
        out.append(Paragraph(translate("sheets", "Learning breakthroughs"), st["section"]))
        for b in self.journal.breakthroughs():
            out.append(Paragraph(f"<b>{short_date(b.recorded_on)}</b> {plain(b.what_changed)}", st["body"]))
            if b.evidence:
                out.append(Paragraph(translate("sheets", "<i>Evidence:</i> ") + plain(b.evidence), st["small"]))
            if b.feedback:
                out.append(Paragraph(translate("sheets", "<i>Pupil or colleague feedback:</i> ") + plain(b.feedback), st["small"]))
        if not self.journal.breakthroughs():
            out.append(Paragraph(translate("sheets", "No learning breakthrough recorded yet."), st["note"]))
        for note in self.journal.journey_notes():
            out.append(Paragraph("⚠ " + plain(note), st["small"]))
        linked_ids = {ref for d in j.dimensions for kind, ref in d.links if kind == "evidence"}
        if linked_ids & set(evidence):
            out.append(Paragraph(translate("sheets", "Evidence index"), st["section"]))
            rows = [[Paragraph(h, st["cellbold"]) for h in (translate("sheets", "Evidence item"), translate("sheets", "Size"), translate("sheets", "Added"))]]
            rows += [[self.fit(evidence[i].name, self.width * 0.6), human_size(evidence[i].size),
                      short_date(evidence[i].added_at.date())] for i in sorted(linked_ids & set(evidence))]
            t = Table(rows, colWidths=[self.width * w for w in (0.6, 0.2, 0.2)], repeatRows=1)
            t.setStyle(grid())
            out.append(self.after(t))
        return out


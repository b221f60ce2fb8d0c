"""The benchmark runs once, on the small journal, so that it cannot rot. Timings are the
benchmark's business (bench/results.md), never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_the_benchmark_runs_on_the_small_journal(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--size", "small", "--runs", "1",
                          "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    doc = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert doc["size"] == "small"
    names = {"start_ratio", "start_seconds", "open_seconds", "open_peak_mb", "tick_ms", "search_ms",
             "stage_sheet_seconds", "journal_pdf_seconds", "export_ratio", "evidence_memory_rise_mb", "check_seconds",
             "long_text_pdf_ratio", "ready_ratio", "store_floor_ratio"}
    assert set(doc["measures"]) == names
    for name, m in doc["measures"].items():
        assert m["figure"] >= 0 and (m["unit"] == "MB" or m["figure"] > 0), name
        assert m["met"] in (True, False) if m["target"] is not None else m["met"] is None
    table = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "| Ticking a criterion, committed to disk |" in table


def test_the_generator_is_deterministic(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    from make_journal import make

    from journal_app.core.journal import Journal

    def content(n: int) -> tuple:
        path = make("small", tmp_path / f"j{n}.ljournal")
        with Journal.open(path, readonly=True) as j:
            return ([(e.name, e.size, e.sha256, e.private, e.links) for e in j.evidence_items()],
                    [(t.stage_id, t.text, t.due_date, t.private) for t in j.targets()],
                    [j.reflection(s.id).text for s in j.framework.stages],
                    [sorted(j.criterion_records(s.id).items()) for s in j.framework.stages])

    first, second = content(1), content(2)
    assert len(first[0]) == 40 and len(first[1]) == 20
    assert first == second

"""One privacy rule (core/privacy.py): every table and column is classified, and a review copy
or a dump without private entries keeps no byte of a private entry and no row that refers to
one, whatever SQLite's compile options (secure_delete forced off, as in SQLite's default build)."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import random
import sqlite3
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import privacy
from journal_app.core.exchange import dump_to_file
from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor
from journal_app.core.store.models import Base

REAL_CONNECT = sqlite3.connect


class _SecureDeleteOff(sqlite3.Connection):
    def execute(self, sql, *args):  # noqa: ANN001, ANN002, ANN201
        if isinstance(sql, str) and "secure_delete" in sql.lower():
            sql = "PRAGMA secure_delete = OFF"
        return super().execute(sql, *args)


def _connect_without_secure_delete(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
    kwargs.setdefault("factory", _SecureDeleteOff)
    conn = REAL_CONNECT(*args, **kwargs)
    sqlite3.Connection.execute(conn, "PRAGMA secure_delete = OFF")
    return conn


@contextlib.contextmanager
def secure_delete(on: bool):
    """As SQLite's default build (secure_delete off) on every connection, however the app asks."""
    if on:
        yield
        return
    with mock.patch.object(sqlite3, "connect", _connect_without_secure_delete):
        yield


# ---------------------------------------------------------------- the rule covers everything
def test_every_table_and_column_is_classified(journal):
    kinds = {"shared", "private-rows", "private-columns", "dependent", "review", "meta"}
    for table in Base.metadata.sorted_tables:
        try:
            rule = privacy.rule(table.name)
        except KeyError:
            pytest.fail(f"table {table.name} is not classified in core/privacy.py")
        assert rule.kind in kinds
        assert set(rule.columns) == {c.name for c in table.columns}, (
            f"columns of {table.name} not classified in core/privacy.py: "
            f"{sorted({c.name for c in table.columns} ^ set(rule.columns))}")
        if rule.kind in ("private-rows", "private-columns"):
            assert rule.private and rule.flag in rule.columns
        if rule.kind == "dependent":
            assert rule.owners and all(privacy.rule(o.table) for o in rule.owners)
    # Every table of a journal file as the app makes it: classified, or the derived search index.
    conn = sqlite3.connect(journal.path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    conn.close()
    unclassified = {t for t in tables if not t.startswith(("sqlite_", "search_fts"))} - \
        {r.table for r in privacy.RULES} - set(privacy.DERIVED)
    assert not unclassified


def test_the_rule_names_what_depends_on_a_private_entry():
    tag = privacy.hidden("curee_tag")
    assert "kind = 'reflection'" in tag and "kind = 'conversation'" in tag and "kind = 'target'" in tag
    assert "kind = 'evidence'" in privacy.hidden("dimension_link")
    assert "evidence_item" in privacy.hidden("evidence_chunk")
    assert privacy.hidden("sign_off") == "1" and privacy.hidden("diamond_slot") is None


# ---------------------------------------------------------------- no trace, secure_delete off
def evidence_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def samples(data: bytes, n: int = 24, width: int = 48) -> list[bytes]:
    step = max(1, (len(data) - width) // n)
    return [data[i:i + width] for i in range(0, len(data) - width, step)]


def dump_bytes(path: Path) -> bytes:
    doc = json.loads(path.read_text(encoding="utf-8"))
    decoded = b"".join(base64.b64decode(e["content_base64"]) for e in doc["evidence"])
    return path.read_bytes() + decoded


@pytest.mark.parametrize("on", [False, True], ids=["secure_delete-off", "secure_delete-on"])
def test_no_byte_of_a_private_entry_in_a_review_copy_or_a_dump(tmp_path, ljmu, registry, on):
    private_evidence = evidence_bytes(1, 1_500_000)
    deleted_evidence = evidence_bytes(2, 700_000)
    secrets = ["PRIVREFLqk", "OLDPRIVREFLzz", "PRIVCONVwq", "PRIVTARGxv", "PRIVNOTEjj", "PRIVAGREEyy", "PRIVNAMEkk"]
    with secure_delete(on):
        j = Journal.create(tmp_path / "ann.ljournal", ljmu, "Ann Jones")
        curee = registry.get("curee-national")
        j.start_journey(registry.get("gtc-tla"), "Focus", 1)
        for version in ("OLDPRIVREFLzz first draft", "OLDPRIVREFLzz second draft"):
            j.set_reflection("effective", version, private=True)
        j.set_reflection("effective", "PRIVREFLqk final", private=True)
        j.set_tags("reflection", "effective", ["learning-agreement"], [], curee)
        j.set_reflection("developing", "PUBLICREFL for the mentor")
        cid = j.add_conversation(dt.date(2025, 1, 1), "PRIVCONVwq person", "mentoring", private=True)
        j.link_conversation(cid, "developing", "dev-qts-standards")
        j.set_tags("conversation", cid, ["learning-conversation"], [], curee)
        j.link_to_dimension("coaching-mentoring", "conversation", cid)
        tid = j.add_target("developing", "PRIVTARGxv target", private=True)
        j.set_tags("target", tid, [], ["mentors/m9"], curee)
        j.set_criterion_notes("developing", "dev-qts-standards", "PRIVNOTEjj notes", private=True)
        j.set_agreement("PRIVAGREEyy person", ground_rules="PRIVAGREEyy rules", private=True)
        (tmp_path / "secret.bin").write_bytes(private_evidence)
        eid = j.add_evidence(tmp_path / "secret.bin", name="PRIVNAMEkk.bin", private=True,
                             links=[("developing", "dev-qts-standards")])
        j.link_to_dimension("knowledge-base", "evidence", eid)
        (tmp_path / "gone.bin").write_bytes(deleted_evidence)
        j.remove_evidence(j.add_evidence(tmp_path / "gone.bin", private=True))
        j.close()
        raw = (tmp_path / "ann.ljournal").read_bytes()
        if not on:  # the journal itself keeps what it deleted: the export must not carry it on
            assert any(s in raw for s in samples(deleted_evidence)) or b"OLDPRIVREFLzz first" in raw
        (tmp_path / "out").mkdir()
        with Journal.open(tmp_path / "ann.ljournal") as j:
            copy = export_for_mentor(j, tmp_path / "out" / "copy.ljournal")
            dumped = dump_to_file(j, tmp_path / "out" / "dump.json", include_private=False)
    for name, data in (("review copy", copy.read_bytes()), ("dump", dump_bytes(dumped))):
        for secret in secrets:
            assert secret.encode() not in data, f"{secret} in the {name}"
        for sample in samples(private_evidence) + samples(deleted_evidence):
            assert sample not in data, f"private evidence bytes in the {name}"
        assert b"PUBLICREFL" in data
    conn = REAL_CONNECT(copy)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM curee_tag").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM dimension_link").fetchone()[0] == 0
    conn.close()
    doc = json.loads(dumped.read_text(encoding="utf-8"))
    assert doc["tags"] == [] and doc["dimension_links"] == []


# ---------------------------------------------------------------- property: any mix of entries
ENTRY = st.tuples(st.sampled_from(["reflection", "conversation", "evidence", "target", "notes", "agreement"]),
                  st.booleans(), st.booleans(), st.booleans())  # kind, private, tagged, linked


def build(j: Journal, registry, entries, folder: Path) -> tuple[list[str], list[str], list[bytes], dict]:
    curee = registry.get("curee-national")
    j.start_journey(registry.get("gtc-tla"), "Focus", 1)
    stages = [s.id for s in j.framework.stages]
    private, public, private_bytes = [], [], []
    private_refs: dict[str, set] = {"reflection": set(), "conversation": set(), "target": set(), "evidence": set()}
    criteria = [c.id for c in j.stage("developing").criteria]
    used: set[str] = set()
    for n, (kind, is_private, tagged, linked) in enumerate(entries):
        stage, crit = stages[n % len(stages)], criteria[n % len(criteria)]
        if kind == "reflection" and stage in used:
            continue  # one reflection a stage
        used.add(stage if kind == "reflection" else "")
        token = f"TOKEN{n:03d}{'P' if is_private else 'S'}{kind[:4]}"
        (private if is_private else public).append(token)
        if kind == "reflection":
            j.set_reflection(stage, f"{token} text", private=is_private)
            ref = stage
        elif kind == "conversation":
            ref = j.add_conversation(dt.date(2025, 1, 1), f"{token} person", "mentoring", private=is_private)
            if linked:
                j.link_conversation(ref, "developing", crit)
                j.link_to_dimension("coaching-mentoring", "conversation", ref)
        elif kind == "target":
            ref = j.add_target(stage, f"{token} target", private=is_private)
        elif kind == "evidence":
            data = token.encode() + os.urandom(3000) + token.encode()
            (folder / f"{n}.bin").write_bytes(data)
            ref = j.add_evidence(folder / f"{n}.bin", name=f"{token}.bin", private=is_private,
                                 links=[("developing", crit)] if linked else [])
            if linked:
                j.link_to_dimension("knowledge-base", "evidence", ref)
            if is_private:
                private_bytes.append(data[len(token):len(token) + 64])
        elif kind == "notes":
            j.set_criterion_notes("developing", crit, f"{token} notes", private=is_private)
            continue
        else:
            j.set_agreement(f"{token} person", ground_rules=f"{token} rules", private=is_private)
            continue
        if is_private:
            private_refs[kind].add(str(ref))
        if tagged and kind != "evidence":
            j.set_tags(kind, ref, ["learning-conversation"], [], curee)
    return private, public, private_bytes, private_refs


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "8")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(entries=st.lists(ENTRY, min_size=1, max_size=8), on=st.booleans())
def test_property_no_private_entry_nor_a_row_referring_to_one_leaves(ljmu, registry, entries, on):
    with tempfile.TemporaryDirectory() as tmp, secure_delete(on):
        folder = Path(tmp)
        (folder / "out").mkdir()
        j = Journal.create(folder / "j.ljournal", ljmu, "Ann Jones")
        try:
            private, public, private_bytes, refs = build(j, registry, entries, folder)
            copy = export_for_mentor(j, folder / "out" / "copy.ljournal")
            dumped = dump_to_file(j, folder / "out" / "dump.json", include_private=False)
        finally:
            j.close()
        copy_bytes, dump_data = copy.read_bytes(), dump_bytes(dumped)
        for data in (copy_bytes, dump_data):
            for token in private:
                assert token.encode() not in data
            for sample in private_bytes:
                assert sample not in data
        for token in public:
            assert token.encode() in dump_data
        # No row of the copy is private or refers to what is not there.
        conn = REAL_CONNECT(copy)
        try:
            for rule in privacy.RULES:
                for cond in (privacy.hidden(rule.table), privacy.orphaned(rule.table)):
                    if cond and rule.kind not in ("review", "private-columns"):
                        assert conn.execute(f"SELECT count(*) FROM {rule.table} WHERE {cond}").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM criterion_record WHERE notes_private = 1").fetchone()[0] == 0
        finally:
            conn.close()
        doc = json.loads(dumped.read_text(encoding="utf-8"))
        assert not {t["ref"] for t in doc["tags"] if t["kind"] == "reflection"} & refs["reflection"]
        assert not {t["ref"] for t in doc["tags"] if t["kind"] == "conversation"} & refs["conversation"]
        assert not {t["ref"] for t in doc["tags"] if t["kind"] == "target"} & refs["target"]
        assert not {str(x["ref_id"]) for x in doc["dimension_links"] if x["kind"] == "evidence"} & refs["evidence"]
        assert not {str(x["ref_id"]) for x in doc["dimension_links"] if x["kind"] == "conversation"} & refs["conversation"]

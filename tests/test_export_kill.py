"""An export killed at any moment (kill -9) leaves nothing in the destination folder: a review
copy, a dump, a PDF or a review form is built away from it (or without a name) and gets its
name there only once it is whole."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.files import TEMP_NAME
from journal_app.core.journal import Journal

CHILD = textwrap.dedent("""
    import errno, os, signal, sys
    from pathlib import Path
    from journal_app.core import exchange, files, review
    from journal_app.core.journal import Journal

    journal, dest, phase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

    def inside():
        print("inside", flush=True)
        signal.pause()

    if phase == "strip":  # the work copy built and stripped, nothing published yet
        strip = review._strip
        def stripped(*a):
            strip(*a)
            inside()
        review._strip = stripped
    elif phase == "publish":  # half of the finished copy written into the destination folder
        def half(src, out):   # (on another filesystem than the work file: copied, not linked)
            data = Path(src).read_bytes()
            out.write(data[: len(data) // 2])
            out.flush()
            os.fsync(out.fileno())
            inside()
        def no_link(*a, **k):
            raise OSError(errno.EXDEV, "another filesystem")
        files.copy_into = half
        os.link = no_link
    elif phase == "link":  # the finished copy on the disk beside the journal, about to be linked in
        def before_link(*a, **k):
            inside()
        os.link = before_link
    elif phase == "dump":  # half a dump written, every private entry in it so far
        def partial(j, out, include_private=True):
            out.write('{"format": "learning-journal-dump", "private": "PRIVATE-TEXT' + "x" * 100000)
            out.flush()
            inside()
        exchange.dump = partial
    elif phase == "pdf":  # half the sheets written, with private text (--include-private)
        from journal_app.core import reports
        def half_pdf(j, out, *a):
            out.write(b"%PDF-1.4 PRIVATE-TEXT" + b"x" * 100000)
            out.flush()
            inside()
        reports._build = half_pdf
    elif phase == "form":  # half of the review form written
        from journal_app.core.reviewform import export as form_export
        def half_form(pdf, out, *a):
            out.write(pdf[: len(pdf) // 2])
            out.flush()
            inside()
        form_export.stamp = half_form
    with Journal.open(journal) as j:
        if phase == "dump":
            exchange.dump_to_file(j, dest, include_private=True)
        elif phase == "pdf":
            reports.export_pdf(j, dest, include_private=True)
        elif phase == "form":
            form_export.export_review_form(j, dest)
        else:
            review.export_for_mentor(j, dest)
""")


@pytest.fixture
def teacher(tmp_path, ljmu):
    folder = tmp_path / "teacher"
    folder.mkdir()
    with Journal.create(folder / "ann.ljournal", ljmu, "Ann Jones") as j:
        j.set_reflection("effective", "PRIVATE-TEXT of a reflection", private=True)
        j.set_reflection("developing", "For the mentor")
        (folder / "obs.bin").write_bytes(os.urandom(400_000))
        j.add_evidence(folder / "obs.bin", links=[("developing", "dev-qts-standards")])
    (folder / "obs.bin").unlink()
    return folder / "ann.ljournal"


def kill_mid_export(journal: Path, dest: Path, phase: str, tmpdir: Path) -> None:
    env = dict(os.environ, TMPDIR=str(tmpdir))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(journal), str(dest), phase],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        line = child.stdout.readline() if ready else b""
        assert line == b"inside\n", child.stderr.read().decode() if child.poll() is not None else "no answer"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()


def companions(journal: Path) -> set[str]:
    """The journal's own files beside it while it is open (not the export's)."""
    return {f"{journal.name}{s}" for s in ("-wal", "-shm", "-journal", ".lock")}


DEST_NAMES = {"dump": "dump.json", "pdf": "sheets.pdf", "form": "form.pdf"}


@pytest.mark.parametrize("phase", ["strip", "publish", "link", "dump", "pdf", "form"])
def test_a_killed_export_leaves_nothing_in_the_destination_folder(teacher, tmp_path, phase):
    out, tmpdir = tmp_path / "for-mentor", tmp_path / "tmp"
    out.mkdir()
    tmpdir.mkdir()
    (out / "already-there.txt").write_text("keep")
    before = sorted(os.listdir(out))
    kill_mid_export(teacher, out / DEST_NAMES.get(phase, "copy.ljournal"), phase, tmpdir)
    assert sorted(os.listdir(out)) == before  # not even a hidden file
    # What the export was building is in the journal's own folder, named as the app's temporary
    # files (removed at the next start), never in the mentor's folder.
    left = set(os.listdir(teacher.parent)) - {teacher.name} - companions(teacher)
    assert all(TEMP_NAME.fullmatch(name) for name in left), left


@pytest.mark.parametrize("phase", ["strip", "publish", "link"])
def test_a_killed_export_into_the_journals_own_folder_leaves_nothing_new(teacher, tmp_path, phase):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    before = set(os.listdir(teacher.parent))
    kill_mid_export(teacher, teacher.parent / "copy.ljournal", phase, tmpdir)
    assert set(os.listdir(teacher.parent)) - companions(teacher) == before
    # The work files went to the system's temporary folder, only the owner may read them.
    for name in os.listdir(tmpdir):
        assert TEMP_NAME.fullmatch(name)
        assert (tmpdir / name).stat().st_mode & 0o077 == 0


def test_a_finished_export_leaves_no_work_file_anywhere(teacher, tmp_path, monkeypatch):
    import tempfile

    from journal_app.core.exchange import dump_to_file
    from journal_app.core.review import export_for_mentor

    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    before = set(os.listdir(teacher.parent))
    with Journal.open(teacher) as j:
        export_for_mentor(j, teacher.parent / "same-folder.ljournal")
        export_for_mentor(j, tmp_path / "elsewhere.ljournal")
        dump_to_file(j, tmp_path / "dump.json", include_private=False)
        dump_to_file(j, tmp_path / "dump.json", include_private=False)  # a dump replaces its file
    assert set(os.listdir(teacher.parent)) - companions(teacher) == before | {"same-folder.ljournal"}
    assert os.listdir(tmpdir) == []
    assert sorted(os.listdir(tmp_path)) == sorted(["teacher", "tmp", "elsewhere.ljournal", "dump.json"])


def test_when_the_journals_folder_cannot_take_the_work_files_the_temporary_folder_does(teacher, tmp_path, monkeypatch):
    import tempfile

    from journal_app.core import files, review

    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    real = files.private_file

    def refuse_beside_the_journal(folder):  # noqa: ANN001, ANN202 - as a full disk does
        if Path(folder) == teacher.parent:
            raise OSError(28, "No space left on device")
        return real(folder)

    monkeypatch.setattr(review, "private_file", refuse_beside_the_journal)
    before = set(os.listdir(teacher.parent))
    with Journal.open(teacher) as j:
        copy = review.export_for_mentor(j, tmp_path / "copy.ljournal")
    assert b"PRIVATE-TEXT" not in copy.read_bytes() and b"For the mentor" in copy.read_bytes()
    assert set(os.listdir(teacher.parent)) - companions(teacher) == before and os.listdir(tmpdir) == []


def test_a_read_only_journal_is_refused_before_anything_is_written(teacher, tmp_path):
    from journal_app.core.errors import ReadOnlyError
    from journal_app.core.review import export_for_mentor

    before = set(os.listdir(teacher.parent))
    with Journal.open(teacher, readonly=True) as j, pytest.raises(ReadOnlyError):
        export_for_mentor(j, tmp_path / "copy.ljournal")
    assert not (tmp_path / "copy.ljournal").exists() and set(os.listdir(teacher.parent)) == before


def test_a_finished_copy_is_linked_in_where_it_can_be_and_copied_where_not(tmp_path, monkeypatch):
    """``files.published``: one step and no second copy of a large file on one filesystem; a
    copy written unseen on another (or one without links); never over an existing file."""
    import errno

    from journal_app.core import files

    work = tmp_path / "work.bin"
    work.write_bytes(b"review copy " * 1000)
    linked = tmp_path / "out" / "linked.ljournal"
    linked.parent.mkdir()
    files.published(work, linked)
    assert os.stat(linked).st_ino == os.stat(work).st_ino and linked.read_bytes() == work.read_bytes()
    with pytest.raises(FileExistsError):
        files.published(work, linked)

    real_link = os.link

    def no_link(src, *a, **k):  # the work file cannot be linked there (the unseen copy still can)
        if str(src) == str(work):
            raise OSError(errno.EXDEV, "another filesystem")
        return real_link(src, *a, **k)

    monkeypatch.setattr(os, "link", no_link)
    copied = tmp_path / "out" / "copied.ljournal"
    files.published(work, copied)
    assert os.stat(copied).st_ino != os.stat(work).st_ino and copied.read_bytes() == work.read_bytes()
    assert sorted(os.listdir(copied.parent)) == ["copied.ljournal", "linked.ljournal"]

"""Evidence items: files kept inside the journal, streamed in and out in chunks.

An item is written in several short transactions (so a large video never holds the write
lock for long, nor sits in memory whole). Until its last chunk is in, its ``sha256`` is
empty: such an incomplete item is invisible and is removed the next time the journal opens.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import delete, select

from journal_app.core import search as fts
from journal_app.core.errors import InvalidOperation
from journal_app.core.files import written_aside
from journal_app.core.i18n import translate
from journal_app.core.store.models import EvidenceChunk, EvidenceItem, EvidenceLink, utcnow
from journal_app.core.views import EvidenceView

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

CHUNK_SIZE = 1024 * 1024
CHUNKS_PER_TRANSACTION = 16

# progress(bytes_done, bytes_total) -> False to cancel
Progress = Callable[[int, int], bool | None]


class EvidenceCancelled(InvalidOperation):
    pass


class EvidenceOps:
    """Mixed into Journal; relies on its ``_read``/``_write`` and ``_criterion``."""

    if TYPE_CHECKING:
        def _read(self) -> AbstractContextManager[Session]: ...
        def _write(self, topic: str | None, ref: object = None, *, stage_id: str | None = None) -> AbstractContextManager[Session]: ...
        def _criterion(self, stage_id: str, criterion_id: str) -> None: ...
        def _link_target(self, stage_id: str, criterion_id: str) -> None: ...

    # ---------------------------------------------------------------- reading
    def evidence_items(self, stage_id: str | None = None,
                       criterion_id: str | None = None) -> list[EvidenceView]:
        """All complete items, or those linked to one criterion (or stage)."""
        q = select(EvidenceItem).where(EvidenceItem.sha256 != "").order_by(EvidenceItem.id)
        if stage_id is not None:
            sub = select(EvidenceLink.evidence_id).where(EvidenceLink.stage_id == stage_id)
            if criterion_id is not None:
                sub = sub.where(EvidenceLink.criterion_id == criterion_id)
            q = q.where(EvidenceItem.id.in_(sub))
        return self._evidence_views(q)

    def evidence(self, evidence_id: int) -> EvidenceView:
        """One complete item (looked up alone: exports call this once per item)."""
        found = self._evidence_views(select(EvidenceItem).where(EvidenceItem.id == evidence_id,
                                                                EvidenceItem.sha256 != ""))
        if not found:
            raise InvalidOperation(translate("evidence", "no evidence item with id {evidence_id}").format(evidence_id=evidence_id))
        return found[0]

    def _evidence_views(self, query) -> list[EvidenceView]:  # noqa: ANN001
        with self._read() as s:
            items = list(s.scalars(query))
            links: dict[int, list[tuple[str, str]]] = {}
            ids = [i.id for i in items]
            if ids:
                for link in s.scalars(select(EvidenceLink).where(EvidenceLink.evidence_id.in_(ids))
                                      .order_by(EvidenceLink.stage_id, EvidenceLink.criterion_id)):
                    links.setdefault(link.evidence_id, []).append((link.stage_id, link.criterion_id))
        return [EvidenceView(i.id, i.name, i.media_type, i.size, i.sha256, i.added_at, i.private,
                             tuple(links.get(i.id, ()))) for i in items]

    def iter_evidence_bytes(self, evidence_id: int) -> Iterator[bytes]:
        """The item's content, a chunk at a time (each chunk read in its own short query)."""
        self.evidence(evidence_id)
        seq = 0
        while True:
            with self._read() as s:
                data = s.scalar(select(EvidenceChunk.data).where(
                    EvidenceChunk.evidence_id == evidence_id, EvidenceChunk.seq == seq))
            if data is None:
                return
            yield data
            seq += 1

    def export_evidence(self, evidence_id: int, dest: str | Path) -> Path:
        """Write the item's content to ``dest`` (written aside, then renamed into place)."""
        dest = Path(dest)
        with written_aside(dest) as tmp, open(tmp, "wb") as f:
            for chunk in self.iter_evidence_bytes(evidence_id):
                f.write(chunk)
        return dest

    def evidence_checksum_problems(self) -> list[str]:
        """Items whose content no longer matches the checksum stored when they were added."""
        problems = []
        for e in self.evidence_items():
            h = hashlib.sha256()
            size = 0
            for chunk in self.iter_evidence_bytes(e.id):
                h.update(chunk)
                size += len(chunk)
            if h.hexdigest() != e.sha256 or size != e.size:
                problems.append(translate("evidence", "evidence item {name!r} (id {id}) does not match its checksum").format(name=e.name, id=e.id))
        return problems

    # ---------------------------------------------------------------- adding
    def add_evidence(self, source: str | Path, *, name: str | None = None,
                     links: Iterable[tuple[str, str]] = (), private: bool = False,
                     progress: Progress | None = None, added_at=None) -> int:
        source = Path(source)
        if not source.is_file():
            raise InvalidOperation(translate("evidence", "{source}: no such file to attach").format(source=source))
        size = source.stat().st_size
        media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        with open(source, "rb") as f:
            return self.add_evidence_stream(f, name=name or source.name, media_type=media,
                                            size_hint=size, links=links, private=private,
                                            progress=progress, added_at=added_at)

    def add_evidence_stream(self, stream: BinaryIO, *, name: str, media_type: str = "",
                            size_hint: int = 0, links: Iterable[tuple[str, str]] = (),
                            private: bool = False, progress: Progress | None = None,
                            added_at=None, expect_sha256: str | None = None,
                            evidence_id: int | None = None) -> int:
        if not name.strip():
            raise InvalidOperation(translate("evidence", "an evidence item needs a name"))
        links = list(links)
        for stage_id, criterion_id in links:
            self._link_target(stage_id, criterion_id)
        media_type = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self._write(None) as s:
            item = EvidenceItem(id=evidence_id, name=name.strip(), media_type=media_type, size=0,
                                sha256="", added_at=added_at or utcnow(), private=private)
            s.add(item)
            s.flush()
            evidence_id = item.id
        h = hashlib.sha256()
        done = 0
        seq = 0
        try:
            eof = False
            while not eof:
                with self._write(None) as s:
                    for _ in range(CHUNKS_PER_TRANSACTION):
                        data = stream.read(CHUNK_SIZE)
                        if not data:
                            eof = True
                            break
                        h.update(data)
                        row = EvidenceChunk(evidence_id=evidence_id, seq=seq, data=data)
                        s.add(row)
                        s.flush()
                        s.expunge(row)  # the session must not keep every chunk alive
                        seq += 1
                        done += len(data)
                if progress is not None and progress(done, max(size_hint, done)) is False:
                    raise EvidenceCancelled(translate("evidence", "adding the evidence file was cancelled"))
            digest = h.hexdigest()
            if expect_sha256 is not None and digest != expect_sha256:
                raise InvalidOperation(translate("evidence", "evidence {name!r}: content does not match its checksum").format(name=name))
            with self._write("evidence", evidence_id) as s:
                item = s.get(EvidenceItem, evidence_id)
                assert item is not None
                item.size = done
                item.sha256 = digest
                fts.index_entry(s, "evidence", None, str(evidence_id), item.name)
                for stage_id, criterion_id in links:
                    s.merge(EvidenceLink(evidence_id=evidence_id, stage_id=stage_id,
                                         criterion_id=criterion_id))
        except BaseException:
            self._delete_evidence_rows(evidence_id)
            raise
        return evidence_id

    def _delete_evidence_rows(self, evidence_id: int) -> None:
        try:
            with self._write(None) as s:
                s.execute(delete(EvidenceChunk).where(EvidenceChunk.evidence_id == evidence_id))
                s.execute(delete(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id))
                s.execute(delete(EvidenceItem).where(EvidenceItem.id == evidence_id))
        except Exception:
            pass  # left incomplete: cleared on the next open

    def _discard_incomplete_evidence(self) -> None:
        with self._read() as s:
            stale = list(s.scalars(select(EvidenceItem.id).where(EvidenceItem.sha256 == "")))
        for evidence_id in stale:
            self._delete_evidence_rows(evidence_id)

    # ---------------------------------------------------------------- changing
    def rename_evidence(self, evidence_id: int, name: str) -> None:
        if not name.strip():
            raise InvalidOperation(translate("evidence", "an evidence item needs a name"))
        with self._write("evidence", evidence_id) as s:
            item = self._item(s, evidence_id)
            item.name = name.strip()
            fts.index_entry(s, "evidence", None, str(evidence_id), item.name)

    def set_evidence_private(self, evidence_id: int, private: bool) -> None:
        with self._write("evidence", evidence_id) as s:
            self._item(s, evidence_id).private = private

    def remove_evidence(self, evidence_id: int) -> None:
        with self._write("evidence", evidence_id) as s:
            item = self._item(s, evidence_id)
            s.execute(delete(EvidenceChunk).where(EvidenceChunk.evidence_id == evidence_id))
            s.execute(delete(EvidenceLink).where(EvidenceLink.evidence_id == evidence_id))
            s.delete(item)
            fts.remove_entry(s, "evidence", str(evidence_id))

    def link_evidence(self, evidence_id: int, stage_id: str, criterion_id: str) -> None:
        self._link_target(stage_id, criterion_id)
        with self._write("evidence", evidence_id) as s:
            self._item(s, evidence_id)
            s.merge(EvidenceLink(evidence_id=evidence_id, stage_id=stage_id, criterion_id=criterion_id))

    def unlink_evidence(self, evidence_id: int, stage_id: str, criterion_id: str) -> None:
        with self._write("evidence", evidence_id) as s:
            s.execute(delete(EvidenceLink).where(
                EvidenceLink.evidence_id == evidence_id, EvidenceLink.stage_id == stage_id,
                EvidenceLink.criterion_id == criterion_id))

    @staticmethod
    def _item(s: Session, evidence_id: int) -> EvidenceItem:
        item = s.get(EvidenceItem, evidence_id)
        if item is None or not item.sha256:
            raise InvalidOperation(translate("evidence", "no evidence item with id {evidence_id}").format(evidence_id=evidence_id))
        return item

"""What identifies a review form, kept in the PDF's document catalogue (``/LearningJournal``),
which PDF readers neither show nor change, and the finishing touches reportlab cannot make:
the signature field and each page's tab order."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from journal_app.core.reviewform.fields import SIGNATURE

KEY = "/LearningJournal"
PRINTED_MARK = "Learning Journal review form"
FORMAT = 1


@dataclass(frozen=True)
class FormIdentity:
    journal_uuid: str
    export_id: str
    owner: str
    stages: tuple[str, ...]
    fingerprints: dict[str, str] = field(default_factory=dict)

    def as_pdf(self) -> generic.DictionaryObject:
        return generic.DictionaryObject({
            generic.NameObject("/Kind"): generic.NameObject("/ReviewForm"),
            generic.NameObject("/Format"): generic.NumberObject(FORMAT),
            generic.NameObject("/Journal"): generic.TextStringObject(self.journal_uuid),
            generic.NameObject("/Export"): generic.TextStringObject(self.export_id),
            generic.NameObject("/Owner"): generic.TextStringObject(self.owner),
            generic.NameObject("/Stages"): generic.ArrayObject(generic.TextStringObject(s) for s in self.stages),
            generic.NameObject("/Fingerprints"): generic.DictionaryObject({
                generic.NameObject("/" + s): generic.TextStringObject(fp) for s, fp in self.fingerprints.items()}),
        })


def stamp(pdf: bytes, out: BinaryIO, identity: FormIdentity, spot: tuple[int, tuple], tooltip: str) -> None:
    """Write ``pdf`` to ``dest`` with the identity, the empty signature field and the tab order
    (fields in reading order: rows top to bottom)."""
    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    w.root[KEY] = identity.as_pdf()
    w.update_root()
    page, box = spot
    append_signature_field(w, SigFieldSpec(SIGNATURE, on_page=page, box=tuple(int(round(v)) for v in box),
                                           readable_field_name=tooltip))
    pages = w.root["/Pages"]
    for n in range(int(pages["/Count"])):
        ref, _resources = w.find_page_for_modification(n)
        page_obj = ref.get_object()
        page_obj[generic.NameObject("/Tabs")] = generic.NameObject("/R")
        w.update_container(page_obj)
    w.write(out)

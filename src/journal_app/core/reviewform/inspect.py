"""Looking inside a returned PDF, in a child process with a time and memory limit, so that no
crafted file can hang the app or exhaust it. Nothing in the file is run or extracted: the
child reads the form's identity, its field values and its signatures' verdicts, notes what it
refuses (encryption, JavaScript, embedded files, too many pages) and returns plain values.

Imports only what the child needs (pyHanko), never Qt or the journal's store.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import sys
import threading
import time
from pathlib import Path
from typing import Any

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 500
MAX_OBJECTS = 200_000
MAX_TEXT = 20_000
TIME_LIMIT = 30.0  # seconds for the whole look, signatures included
MEMORY_LIMIT = 1024 * 1024 * 1024
CANCEL_POLL = 0.05  # seconds between looks at the cancel event while the child works

# Keys whose presence means the PDF carries something that runs or an attached file.
ACTIVE_KEYS = {"/JS": "javascript", "/JavaScript": "javascript", "/EmbeddedFiles": "embedded-files",
               "/EmbeddedFile": "embedded-files", "/Launch": "launch", "/XFA": "xfa", "/RichMedia": "media"}

# Actions that reach outside the document (a web address, another file, a form submitted to a
# server): a review form has none, and a record kept in the journal must not carry them.
OUTWARD_ACTIONS = ("/URI", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/Rendition", "/Movie", "/Sound")


class Refusal(Exception):
    """A reason code and detail, turned into a translated message by the reader."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code, self.detail = code, detail


def inspect_pdf(path: Path, cancel: threading.Event | None = None) -> dict[str, Any]:
    """Run ``look`` in a child process; a Refusal if it fails, overruns or is killed. Setting
    ``cancel`` (from another thread) stops the wait: the child is killed and Cancelled raised."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(str(path), child), daemon=True)
    proc.start()
    child.close()
    try:
        if not _answered(parent, cancel):
            raise Refusal("too-slow")
        try:
            kind, value = parent.recv()
        except (EOFError, OSError):
            raise Refusal("damaged", "the reader stopped") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if kind == "refused":
        raise Refusal(*value)
    return value


def _answered(conn, cancel: threading.Event | None) -> bool:  # noqa: ANN001
    """Whether the child answered within TIME_LIMIT; Cancelled as soon as ``cancel`` is set."""
    if cancel is None:
        return conn.poll(TIME_LIMIT)
    deadline = time.monotonic() + TIME_LIMIT
    while not cancel.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        if conn.poll(min(CANCEL_POLL, left)):
            return True
    from journal_app.core.errors import Cancelled  # here: the child need not import it

    raise Cancelled


def _child(path: str, conn) -> None:  # noqa: ANN001
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    sys.setrecursionlimit(2000)
    import logging

    logging.disable(logging.CRITICAL)  # pyHanko logs an untrusted certificate as an error: not ours to show
    try:
        result: tuple = ("ok", look(Path(path)))
    except Refusal as e:
        result = ("refused", (e.code, e.detail))
    except MemoryError:
        result = ("refused", ("damaged", "too large to read"))
    except RecursionError:
        result = ("refused", ("damaged", "nested too deeply"))
    except Exception as e:  # noqa: BLE001 (any parser failure on hostile input is "damaged")
        result = ("refused", ("damaged", f"{type(e).__name__}: {e}"[:200]))
    try:
        conn.send(result)
    except Exception:  # noqa: BLE001 (a value that cannot be sent back: treat the file as damaged)
        conn.send(("refused", ("damaged", "unreadable values")))
    conn.close()


def look(path: Path) -> dict[str, Any]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(path, "rb") as f:
        reader = PdfFileReader(f, strict=False)
        if reader.encrypted:
            raise Refusal("encrypted")
        root = reader.root
        pages = int(_get(_get(root, "/Pages"), "/Count", 0))
        if pages > MAX_PAGES:
            raise Refusal("too-many-pages", str(pages))
        active = _active_content(reader)
        if active:
            raise Refusal("active", ",".join(sorted(active)))
        keywords = str(_get(_get(reader.trailer_view, "/Info"), "/Keywords", ""))
        identity, fields = _identity(root), _fields(root)
        printed = identity is None and not fields and pages > 0 and _first_page_marked(path)
        return {"pages": pages, "identity": identity, "keywords": keywords[:200], "printed": printed,
                "fields": fields, "signatures": _signatures(reader)}


def _first_page_marked(path: Path) -> bool:
    """Whether the first page's text carries the form's printed mark (a form printed to PDF)."""
    import pypdfium2

    from journal_app.core.reviewform.identity import PRINTED_MARK

    doc = pypdfium2.PdfDocument(str(path))
    try:
        page = doc[0]
        text = page.get_textpage().get_text_range()
        return PRINTED_MARK in " ".join(text.split())
    finally:
        doc.close()


def _active_content(reader) -> set[str]:  # noqa: ANN001
    """Walk every object reachable from the trailer (iteratively, bounded) for active content."""
    from pyhanko.pdf_utils import generic

    found: set[str] = set()
    seen: set[tuple[int, int]] = set()
    stack: list = [reader.trailer_view]
    visited = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                continue
            seen.add(key)
            obj = obj.get_object()
        visited += 1
        if visited > MAX_OBJECTS:
            raise Refusal("damaged", "too many objects")
        if isinstance(obj, generic.DictionaryObject):
            for k in obj:
                if k in ACTIVE_KEYS:
                    found.add(ACTIVE_KEYS[k])
            if obj.get("/S") in ("/JavaScript", "/Launch"):
                found.add(ACTIVE_KEYS["/" + str(obj.get("/S"))[1:]])
            elif obj.get("/S") in OUTWARD_ACTIONS:  # a link out, or a form sent somewhere
                found.add("outward")
            stack.extend(obj.raw_get(k) for k in obj)
        elif isinstance(obj, generic.ArrayObject):
            stack.extend(obj.raw_get(i) for i in range(len(obj)))
    return found


def _get(d: Any, key: str, default: Any = None) -> Any:
    """``d[key]`` resolved (pyHanko's ``get`` may return an indirect reference), else default."""
    from pyhanko.pdf_utils import generic

    if not isinstance(d, generic.DictionaryObject) or key not in d:
        return default
    v = d.raw_get(key)
    return v.get_object() if isinstance(v, generic.IndirectObject) else v


def _items(arr: Any) -> list:
    from pyhanko.pdf_utils import generic

    if not isinstance(arr, generic.ArrayObject):
        return []
    return [v.get_object() if isinstance(v, generic.IndirectObject) else v for v in (arr.raw_get(i) for i in range(len(arr)))]


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    s = str(value)
    if len(s) > limit:
        raise Refusal("too-long", s[:40])
    return s


def _identity(root) -> dict[str, Any] | None:  # noqa: ANN001
    ident = _get(root, "/LearningJournal")
    if ident is None:
        return None
    try:
        fps = _get(ident, "/Fingerprints")
        if len(fps) > 200:
            raise ValueError("too many fingerprints")
        return {"kind": str(_get(ident, "/Kind", "")), "format": int(_get(ident, "/Format", 0)),
                "journal": _text(_get(ident, "/Journal"), 64), "export": _text(_get(ident, "/Export"), 64),
                "owner": _text(_get(ident, "/Owner"), 500),
                "stages": [_text(s, 64) for s in _items(_get(ident, "/Stages"))[:200]],
                "fingerprints": {str(k)[1:]: _text(_get(fps, k), 64) for k in fps}}
    except (TypeError, ValueError, AttributeError):
        return {"broken": True}


def _fields(root) -> dict[str, dict[str, Any]]:  # noqa: ANN001
    """Every terminal field: its full name, type and value (a text or a name)."""
    from pyhanko.pdf_utils import generic

    form = _get(root, "/AcroForm")
    out: dict[str, dict[str, Any]] = {}
    if form is None:
        return out
    stack = [(f, "", None) for f in reversed(_items(_get(form, "/Fields")))]
    seen = 0
    while stack:
        field, prefix, inherited_ft = stack.pop()
        seen += 1
        if seen > 20_000 or not isinstance(field, generic.DictionaryObject):
            raise Refusal("damaged", "a broken form")
        name = _text(_get(field, "/T"), 200)
        full = f"{prefix}.{name}" if prefix and name else (name or prefix)
        ft = _get(field, "/FT", inherited_ft)
        kids = [k for k in _items(_get(field, "/Kids")) if isinstance(k, generic.DictionaryObject) and "/T" in k]
        if kids:
            stack.extend((k, full, ft) for k in reversed(kids))
            continue
        if full in out:  # two fields of one name: which one the mentor meant cannot be known
            raise Refusal("duplicate-field", full[:80])
        value = _get(field, "/V")
        out[full] = {"type": str(ft) if ft else "", "value": _text(value)}
    return out


def _signatures(reader) -> list[dict[str, Any]]:  # noqa: ANN001
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    out = []
    for sig in reader.embedded_regular_signatures:
        entry: dict[str, Any] = {"field": str(sig.field_name)}
        try:
            status = validate_pdf_signature(sig, ValidationContext(allow_fetching=False))
        except (SignatureValidationError, ValueError, KeyError, TypeError) as e:
            entry.update(valid=False, reason=str(e)[:200])
            out.append(entry)
            continue
        cert = status.signing_cert
        entry.update(
            valid=bool(status.intact and status.valid), intact=bool(status.intact),
            coverage=status.coverage.name if status.coverage is not None else "",
            whole_file=status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
            trusted=bool(status.trusted), signer=_common_name(cert),
            certificate_sha256=hashlib.sha256(cert.dump()).hexdigest() if cert is not None else "",
            signed_at=status.signer_reported_dt.isoformat() if status.signer_reported_dt else None)
        out.append(entry)
    return out


def _common_name(cert) -> str:  # noqa: ANN001
    if cert is None:
        return ""
    native = cert.subject.native
    return str(native.get("common_name") or cert.subject.human_friendly)[:200]

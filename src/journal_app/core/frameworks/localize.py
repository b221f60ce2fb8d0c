"""A framework in the reader's language: the ``cy`` wording of each item where a framework
file gives it, English otherwise, and how much of the framework that covers.

Journals keep a snapshot of their framework as it was when they were created. A snapshot
from before a framework file had Welsh wording borrows it from the bundled framework of the
same id, field by field, and only where the English is word for word the same, so a
translation never stands in for text it does not translate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from journal_app.core.frameworks.models import Framework, Standards, StandardsTable, _Model
from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate

M = TypeVar("M", bound=_Model)

#: Fields that hold identifiers, codes or references rather than words to translate.
NOT_TEXT = {"cy", "id", "format", "based_on", "version", "source", "group", "codes", "criteria", "stage",
            "stages", "ljmu_stage", "number"}
#: Models whose lists are Professional Standards codes.
CODE_MODELS = (Standards, StandardsTable)

# Defaults a framework file may leave out; translated like the app's own strings.
DEFAULT_TEXTS = (
    QT_TRANSLATE_NOOP("frameworks", "Reflection"),
    QT_TRANSLATE_NOOP("frameworks", "Targets for Further Development"),
    QT_TRANSLATE_NOOP("frameworks", "Verification"),
    QT_TRANSLATE_NOOP("frameworks", "Reflection and Verification including Development Targets"),
    QT_TRANSLATE_NOOP("frameworks", "Professional Standards"),
    QT_TRANSLATE_NOOP("frameworks", "Evidenced by"),
)


def _text_fields(model: _Model) -> list[str]:
    if isinstance(model, CODE_MODELS):
        return []
    out = []
    for name in type(model).model_fields:
        if name in NOT_TEXT:
            continue
        value = getattr(model, name)
        if (isinstance(value, str) and value) or (isinstance(value, list) and value and
                                                  all(isinstance(v, str) for v in value)):
            out.append(name)
    return out


def _children(value: object) -> list[_Model]:
    if isinstance(value, _Model):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, _Model)]
    return []


def _partner(model: _Model, others: list[_Model], index: int) -> _Model | None:
    """The item of the bundled framework that ``model`` (item ``index`` of its list) stands for."""
    key = getattr(model, "id", None)
    if key is not None:
        return next((o for o in others if getattr(o, "id", None) == key), None)
    return others[index] if index < len(others) and type(others[index]) is type(model) else None


def _wording(model: _Model, fallback: _Model | None, lang: str) -> dict[str, str | list[str]]:
    own = dict(model.cy) if lang == "cy" else {}
    if fallback is not None and lang == "cy":
        for name, text in fallback.cy.items():
            if name not in own and getattr(fallback, name, None) == getattr(model, name, None):
                own[name] = text
    return own


def localize(model: M, lang: str, fallback: M | None = None) -> M:
    """``model`` with its text in ``lang`` where known (``fallback``: the bundled version)."""
    if lang == "en":
        return model
    wording = _wording(model, fallback, lang)
    updates: dict[str, object] = {}
    for name in type(model).model_fields:
        if name == "cy":
            continue
        value = getattr(model, name)
        if name in wording:
            updates[name] = wording[name]
        elif isinstance(value, _Model):
            partner = getattr(fallback, name, None) if fallback is not None else None
            new = localize(value, lang, partner if isinstance(partner, _Model) else None)
            if new is not value:
                updates[name] = new
        elif isinstance(value, list) and value and isinstance(value[0], _Model):
            partners = _children(getattr(fallback, name, None)) if fallback is not None else []
            new_list = [localize(v, lang, _partner(v, partners, i)) for i, v in enumerate(value)]
            if any(a is not b for a, b in zip(new_list, value, strict=True)):
                updates[name] = new_list
        elif isinstance(value, str) and value in DEFAULT_TEXTS:
            updates[name] = translate("frameworks", value)
    return model.model_copy(update=updates) if updates else model


@dataclass(frozen=True)
class Coverage:
    translated: int
    total: int

    @property
    def complete(self) -> bool:
        return self.translated >= self.total

    @property
    def none(self) -> bool:
        return self.translated == 0


def coverage(model: _Model, lang: str, fallback: _Model | None = None) -> Coverage:
    """How many of ``model``'s text fields (its own and its items') have ``lang`` wording."""
    if lang == "en":
        return Coverage(1, 1)
    done = total = 0

    def walk(m: _Model, fb: _Model | None) -> None:
        nonlocal done, total
        wording = _wording(m, fb, lang)
        for name in _text_fields(m):
            total += 1
            done += name in wording or getattr(m, name) in DEFAULT_TEXTS
        for name in type(m).model_fields:
            value = getattr(m, name)
            partners = _children(getattr(fb, name, None)) if fb is not None else []
            for i, child in enumerate(_children(value)):
                walk(child, _partner(child, partners, i) if isinstance(value, list) else
                     (partners[0] if partners else None))

    walk(model, fallback)
    return Coverage(done, total)


def _note(model: _Model, lang: str, fallback: _Model | None = None) -> str:
    c = coverage(model, lang, fallback)
    if c.complete:
        return ""
    if c.none:
        return translate("frameworks", "Not translated: this framework's text is in English.")
    return translate("frameworks", "Partly translated: some of this framework's text is in English.")


def _bundled(fw: Framework) -> Framework | None:
    from journal_app.core.frameworks.loader import bundled_framework

    return bundled_framework(fw.id)


def in_language(fw: Framework, lang: str) -> Framework:
    """``fw`` in ``lang`` where it has the wording (a journal's snapshot borrowing from the
    bundled framework of its id); ``fw`` itself in English, without reading anything."""
    return fw if lang == "en" else localize(fw, lang, _bundled(fw))


def language_note(fw: Framework, lang: str) -> str:
    """What a reader of ``lang`` should know about ``fw``'s wording ("" if all of it is in
    their language)."""
    return "" if lang == "en" else _note(fw, lang, _bundled(fw))


def _folded(text: str) -> str:
    return " ".join(text.replace("-", " ").split()).casefold()


def role_named(fw: Framework, stage_id: str, text: str) -> str:
    """The id of the verifier role of stage ``stage_id`` that ``text`` names: the role's id or
    its title as printed, in English or in Welsh, in any case and spacing ("Professional Mentor",
    "professional mentor", "Mentor Proffesiynol", "professional-mentor"). The one rule for the
    window and the command line. The id exactly as given always wins; otherwise a name that
    fits no role, or more than one, is an error listing the roles; a
    stage the framework does not have is left for the caller to refuse (``text`` comes back)."""
    from journal_app.core.errors import InvalidOperation
    from journal_app.core.i18n import language

    stage, welsh = fw.stage(stage_id), in_language(fw, "cy").stage(stage_id)
    if stage is None or welsh is None:
        return text
    names = {v.id: {_folded(v.id), _folded(v.title), _folded(w.title)}
             for v, w in zip(stage.reflection.verifiers, welsh.reflection.verifiers, strict=True)}
    matches = [role_id for role_id, said in names.items() if _folded(text) in said]
    if text.strip() in names:  # an id as given is never ambiguous
        matches = [text.strip()]
    if len(matches) == 1:
        return matches[0]
    shown = in_language(fw, language()).stage(stage_id) or stage
    roles = ", ".join(f"{v.id} ({v.title})" for v in shown.reflection.verifiers)
    if matches:
        raise InvalidOperation(translate("frameworks", "{text!r} names more than one verifier role of stage {stage_id!r}; give its id (roles: {roles})").format(text=text, stage_id=stage_id, roles=roles))
    raise InvalidOperation(translate("frameworks", "stage {stage_id!r} has no verifier role {text!r} (roles: {roles})").format(stage_id=stage_id, text=text, roles=roles))

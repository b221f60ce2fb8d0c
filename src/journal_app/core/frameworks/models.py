"""Typed models of a framework file (see docs/framework-format.md)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from journal_app.core.i18n import translate

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Welsh wording of this item's text fields, by field name (a string, or a list of strings
    #: for a list field, item for item). Shown when the app speaks Welsh; English otherwise.
    cy: dict[str, str | list[str]] = {}

    @model_validator(mode="after")
    def _cy_names_text_fields(self) -> _Model:
        for name, value in self.cy.items():
            current = getattr(self, name, None) if name in type(self).model_fields and name != "cy" else None
            if isinstance(current, str) and isinstance(value, str) and value.strip():
                continue
            if (isinstance(current, list) and isinstance(value, list) and len(value) == len(current)
                    and all(isinstance(c, str) for c in current) and all(v.strip() for v in value)):
                continue
            raise ValueError(f"cy.{name}: names no text field of the same shape here (give the Welsh for a "
                             f"text field, or one Welsh line for each line of a list)")
        return self


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{what} id {i!r} is used twice")
        seen.add(i)


def _unique_ids(what: str):
    """A field validator: the items' ``id``s are unique (the error points at the list)."""

    def check(cls, items: list) -> list:  # noqa: ANN001
        _unique([i.id for i in items], what)
        return items

    return classmethod(check)


class Point(_Model):
    """A sub-point of a criterion, optionally with the codes printed beside it."""

    text: Text
    codes: list[str] = []

    @model_validator(mode="before")
    @classmethod
    def _from_str(cls, v: object) -> object:
        return {"text": v} if isinstance(v, str) else v


class Standards(_Model):
    attributes: list[str] = []
    knowledge: list[str] = []
    skills: list[str] = []
    induction: list[str] = []

    def merged(self, other: Standards) -> Standards:
        def m(a: list[str], b: list[str]) -> list[str]:
            return a + [x for x in b if x not in a]

        return Standards(
            attributes=m(self.attributes, other.attributes),
            knowledge=m(self.knowledge, other.knowledge),
            skills=m(self.skills, other.skills),
            induction=m(self.induction, other.induction),
        )

    def all_codes(self) -> list[str]:
        return self.induction + self.attributes + self.knowledge + self.skills

    def is_empty(self) -> bool:
        return not self.all_codes()


class Criterion(_Model):
    id: Id
    text: Text
    points: list[Point] = []
    evidenced_by: str = ""
    group: str | None = None
    standards: Standards = Standards()

    @property
    def full_text(self) -> str:
        return "\n".join([self.text, *("• " + p.text for p in self.points)])


class StandardsTable(_Model):
    """One spanning cell of the booklet's Professional Standards column and the rows it spans."""

    criteria: list[Id] = Field(min_length=1)
    attributes: list[str] = []
    knowledge: list[str] = []
    skills: list[str] = []

    def standards(self) -> Standards:
        return Standards(attributes=self.attributes, knowledge=self.knowledge, skills=self.skills)


class ChecklistItem(_Model):
    id: Id
    lead: Text
    text: str = ""
    points: list[str] = []

    @property
    def full_text(self) -> str:
        s = f"{self.lead} {self.text}".strip()
        if self.points:
            s += " " + "; ".join(self.points)
        return s


class Checklist(_Model):
    id: Id
    title: Text
    heading: str = ""
    intro: str = ""
    definition: str = ""
    items: list[ChecklistItem] = Field(min_length=1)

    _items = field_validator("items")(_unique_ids("checklist item"))


class Verifier(_Model):
    id: Id
    title: Text


class SheetSections(_Model):
    reflection: Text = "Reflection"
    targets: Text = "Targets for Further Development"
    verification: Text = "Verification"


class ReflectionSheet(_Model):
    title: Text
    heading: Text = "Reflection and Verification including Development Targets"
    sections: SheetSections = SheetSections()
    verification_note: str = ""
    verifiers: list[Verifier] = Field(min_length=1)

    _verifiers = field_validator("verifiers")(_unique_ids("verifier"))


class CpdLink(_Model):
    title: Text
    text: Text


class CpdLinks(_Model):
    heading: Text
    items: list[CpdLink] = Field(min_length=1)


class Stage(_Model):
    id: Id
    number: int = Field(ge=1)
    title: Text
    short_title: str = ""
    heading: str = ""
    subtitle: str = ""
    description: str = ""
    codes_heading: str = "Professional Standards"
    evidenced_by_label: str = "Evidenced by"
    evidenced_by_intro: str = ""
    criteria: list[Criterion] = []
    standards_tables: list[StandardsTable] = []
    cpd_links: CpdLinks | None = None
    checklists: list[Checklist] = []
    reflection: ReflectionSheet

    _criteria = field_validator("criteria")(_unique_ids("criterion"))
    _checklists = field_validator("checklists")(_unique_ids("checklist"))

    @model_validator(mode="after")
    def _refs(self) -> Stage:
        known = {c.id for c in self.criteria}
        for i, table in enumerate(self.standards_tables):
            for cid in table.criteria:
                if cid not in known:
                    raise ValueError(
                        f"standards_tables[{i}] names criterion {cid!r}, which this stage does not have"
                    )
        return self

    @property
    def label(self) -> str:
        return self.short_title or self.title

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def checklist(self, checklist_id: str) -> Checklist | None:
        return next((c for c in self.checklists if c.id == checklist_id), None)

    def verifier(self, role_id: str) -> Verifier | None:
        return next((v for v in self.reflection.verifiers if v.id == role_id), None)

    def standards_for(self, criterion_id: str) -> Standards:
        """The codes a criterion carries: its own and those of the table cell spanning it."""
        crit = self.criterion(criterion_id)
        result = crit.standards if crit else Standards()
        for table in self.standards_tables:
            if criterion_id in table.criteria:
                result = result.merged(table.standards())
        return result

    @property
    def checklist_item_count(self) -> int:
        return sum(len(c.items) for c in self.checklists)


class PlanRow(_Model):
    stage: Id
    label: Text
    principle: str = ""
    descriptors: str = ""
    knowledge: list[str] = []
    evidence: list[str] = []


class Plan(_Model):
    title: Text
    columns: dict[str, str] = {}
    rows: list[PlanRow] = Field(min_length=1)


class KeyPrinciples(_Model):
    title: Text
    intro: str = ""
    items: list[Text] = Field(min_length=1)


class TlaStage(_Model):
    number: int = Field(ge=1, le=4)
    title: Text


class Dimension(_Model):
    id: Id
    title: Text
    descriptors: dict[int, Text]


class Principle(_Model):
    id: Id
    title: Text
    text: Text


class Concept(_Model):
    id: Id
    title: Text
    definition: Text
    why: list[str] = []
    who: list[str] = []
    what_intro: str = ""
    what: list[str] = []
    where: str = ""
    when: str = ""


class SkillSet(_Model):
    id: Id
    title: Text
    items: list[ChecklistItem] = Field(min_length=1)


class LearnerItem(_Model):
    lead: Text
    text: str = ""


class LearnerSet(_Model):
    id: Id
    title: Text
    items: list[LearnerItem] = Field(min_length=1)


class TlaAlignment(_Model):
    framework: Id
    stages: dict[Id, list[Annotated[int, Field(ge=1, le=4)]]]


class PgModule(_Model):
    title: Text
    credits: int = Field(gt=0)
    stage: Id


class PgCert(_Model):
    title: Text
    note: str = ""
    modules: list[PgModule] = Field(min_length=1)


class Alignment(_Model):
    tla: TlaAlignment | None = None
    pg_cert: PgCert | None = None


class Framework(_Model):
    format: Literal[1]
    id: Id
    based_on: Id | None = None
    title: Text
    short_title: str = ""
    version: Text
    source: Text
    description: Text
    journal: bool = False
    overview: list[str] = []
    key_principles: KeyPrinciples | None = None
    plan: Plan | None = None
    stages: list[Stage] = []
    journey_steps: list[str] = []
    tla_stages: list[TlaStage] = []
    dimensions: list[Dimension] = []
    principles_intro: str = ""
    principles: list[Principle] = []
    concepts: list[Concept] = []
    skills_intro: str = ""
    skills: list[SkillSet] = []
    learners_intro: str = ""
    learners: list[LearnerSet] = []
    alignment: Alignment | None = None

    _stages = field_validator("stages")(_unique_ids("stage"))
    _principles = field_validator("principles")(_unique_ids("principle"))
    _dimensions = field_validator("dimensions")(_unique_ids("dimension"))
    _concepts = field_validator("concepts")(_unique_ids("concept"))

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        if self.journal and not self.stages:
            raise ValueError("a framework with 'journal: true' needs at least one stage")
        stage_ids = {s.id for s in self.stages}
        if self.plan:
            for row in self.plan.rows:
                if row.stage not in stage_ids:
                    raise ValueError(f"plan row {row.label!r} names stage {row.stage!r}, which is not defined")
        if self.alignment:
            named: list[str] = []
            if self.alignment.tla:
                named += list(self.alignment.tla.stages)
            if self.alignment.pg_cert:
                named += [m.stage for m in self.alignment.pg_cert.modules]
            for sid in named:
                if sid not in stage_ids:
                    raise ValueError(f"alignment names stage {sid!r}, which is not defined")
        tla_numbers = {s.number for s in self.tla_stages}
        for d in self.dimensions:
            missing = tla_numbers - set(d.descriptors)
            if missing:
                raise ValueError(f"dimension {d.id!r} has no descriptor for stage(s) {sorted(missing)}")
        return self

    @property
    def label(self) -> str:
        return self.short_title or self.title

    @property
    def has_criteria(self) -> bool:
        """Whether any stage has performance criteria (Cornwall's phases have none)."""
        return any(s.criteria for s in self.stages)

    @property
    def has_checklists(self) -> bool:
        return any(s.checklist_item_count for s in self.stages)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def require_stage(self, stage_id: str) -> Stage:
        from journal_app.core.errors import InvalidOperation

        s = self.stage(stage_id)
        if s is None:
            known = ", ".join(x.id for x in self.stages) or "none"
            raise InvalidOperation(translate("frameworks", "unknown stage {stage!r} (this journal's stages: {known})").format(stage=stage_id, known=known))
        return s

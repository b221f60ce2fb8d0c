"""A verifier role is named as it is printed (English or Welsh title, any case) or by its id:
one rule in the core (frameworks.localize.role_named) that the command line's sign-off and the
window's review panel both use; an unknown or ambiguous name is one line listing the roles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from journal_app.core.errors import InvalidOperation
from journal_app.core.frameworks import parse_framework
from journal_app.core.frameworks.localize import role_named
from journal_app.core.journal import Journal
from journal_app.core.review import export_for_mentor
from journal_app.resources import resource_path


@pytest.mark.parametrize("said", ["Professional Mentor", "professional mentor", "PROFESSIONAL  MENTOR ",
                                  "professional-mentor", "Mentor Proffesiynol", "mentor proffesiynol"])
def test_a_role_is_named_as_printed_or_by_id(ljmu, said):
    assert role_named(ljmu, "developing", said) == "professional-mentor"
    assert role_named(ljmu, "developing", "university liaison / link tutor") == "university-link-tutor"


def test_an_unknown_role_lists_the_stages_roles(ljmu):
    with pytest.raises(InvalidOperation) as info:
        role_named(ljmu, "developing", "Headteacher")
    message = str(info.value)
    assert "no verifier role 'Headteacher'" in message and "\n" not in message
    assert "professional-mentor (Professional Mentor)" in message and "university-link-tutor" in message


def test_a_name_that_fits_two_roles_is_refused():
    data = yaml.safe_load(Path(resource_path("frameworks", "cornwall-mcl.yaml")).read_text(encoding="utf-8"))
    data["stages"][0]["reflection"]["verifiers"] = [{"id": "mentor", "title": "Tutor"},
                                                     {"id": "tutor", "title": "Mentor"}]
    fw = parse_framework(data, origin="test")
    stage = fw.stages[0].id
    with pytest.raises(InvalidOperation, match=r"'MENTOR' names more than one verifier role .*mentor \(Tutor\)"):
        role_named(fw, stage, "MENTOR")
    assert role_named(fw, stage, "mentor") == "mentor"  # the id exactly as given is never ambiguous


def test_sign_off_takes_the_printed_title(run_cli, tmp_path, ljmu):
    teacher = Journal.create(tmp_path / "t.ljournal", ljmu, "Ann Jones")
    copy = export_for_mentor(teacher, tmp_path / "for-pat.ljournal", ["developing"])
    teacher.close()
    code, out, err = run_cli("sign-off", copy, "--stage", "developing", "--role", "professional mentor",
                             "--name", "Pat Mentor")
    assert code == 0 and "verified by Pat Mentor" in out, err
    code, out, err = run_cli("--lang", "cy", "sign-off", copy, "--stage", "developing", "--role", "Tiwtor Cyswllt y Brifysgol",
                             "--name", "Sam Tutor")
    assert code == 0, err
    with Journal.open(copy, readonly=True) as j:
        assert {s.role_id for s in j.seals("developing")} >= {"professional-mentor", "university-link-tutor"}
        assert j.review.reviewer_role == "professional-mentor"
    code, _, err = run_cli("sign-off", copy, "--stage", "developing", "--role", "Mentor", "--name", "X")
    assert code == 1 and "no verifier role 'Mentor'" in err and "Professional Mentor" in err and err.count("\n") == 1

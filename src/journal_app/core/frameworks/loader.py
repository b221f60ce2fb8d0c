"""Loading and validating framework files, with errors that name the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from journal_app.core.errors import FrameworkError
from journal_app.core.frameworks.models import Framework
from journal_app.core.i18n import translate

SUFFIXES = (".yaml", ".yml", ".json")


def _node_line(root: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the composed YAML to a line number."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if str(k.value) == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or translate("frameworks", "(top level)")


def _read(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FrameworkError(translate("frameworks", "{path}: no such framework file").format(path=path)) from None
    except UnicodeDecodeError as e:
        raise FrameworkError(translate("frameworks", "{path}: not UTF-8 text ({reason} at byte {start})").format(path=path, reason=e.reason, start=e.start)) from None
    except OSError as e:
        raise FrameworkError(translate("frameworks", "{path}: cannot be read ({strerror})").format(path=path, strerror=e.strerror)) from None
    if path.suffix == ".json":
        try:
            return json.loads(text), None
        except json.JSONDecodeError as e:
            raise FrameworkError(translate("frameworks", "{path}, line {lineno}: not valid JSON ({msg})").format(path=path, lineno=e.lineno, msg=e.msg)) from None
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = translate("frameworks", ", line {line_1}, column {column_1}").format(line_1=mark.line + 1, column_1=mark.column + 1) if mark else ""
        raise FrameworkError(translate("frameworks", "{path}{where}: not valid YAML ({context})").format(path=path, where=where, context=e.problem or e.context)) from None
    except yaml.YAMLError as e:
        raise FrameworkError(translate("frameworks", "{path}: not valid YAML ({e})").format(path=path, e=e)) from None
    return data, node


def parse_framework(data: Any, *, origin: str, node: yaml.Node | None = None) -> Framework:
    if not isinstance(data, dict):
        raise FrameworkError(translate("frameworks", "{origin}: a framework file must hold a mapping of fields at the top level").format(origin=origin))
    try:
        return Framework.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        loc = tuple(err["loc"])
        line = _node_line(node, loc) if node is not None else None
        where = translate("frameworks", ", line {line}").format(line=line) if line else ""
        more = translate("frameworks", " (and {error_count} more problem(s))").format(error_count=e.error_count() - 1) if e.error_count() > 1 else ""
        msg = err["msg"].removeprefix("Value error, ")
        raise FrameworkError(translate("frameworks", "{origin}{where}, at {format_loc}: {msg}{more}").format(origin=origin, where=where, format_loc=_format_loc(loc), msg=msg, more=more)) from None


def read_framework_data(path: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    data, node = _read(path)
    if not isinstance(data, dict):
        raise FrameworkError(translate("frameworks", "{path}: a framework file must hold a mapping of fields at the top level").format(path=path))
    return data, node


def load_framework_file(path: str | Path, bases: dict[str, dict[str, Any]] | None = None) -> Framework:
    """Load one file. ``bases`` maps framework ids to raw data, for files with ``based_on``."""
    path = Path(path)
    data, node = read_framework_data(path)
    base_id = data.get("based_on")
    if base_id:
        if not bases or base_id not in bases:
            raise FrameworkError(translate("frameworks", "{path}: based_on names {base_id!r}, which is not an available framework").format(path=path, base_id=base_id))
        data = {**bases[base_id], **data}
    return parse_framework(data, origin=str(path), node=node)


@dataclass
class FrameworkRegistry:
    """The frameworks available to the app: the bundled ones and any the user added."""

    frameworks: dict[str, Framework] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, builtin_dir: Path | None = None, extra_dirs: Iterable[Path] = ()) -> FrameworkRegistry:
        """Bundled files must be valid (an error is raised); a broken user file is reported in
        ``problems`` and left out, so one bad file does not stop the app."""
        if builtin_dir is None:
            from journal_app.resources import resource_path

            builtin_dir = resource_path("frameworks")
        reg = cls()
        reg._load_dir(builtin_dir, strict=True)
        for d in extra_dirs:
            if d.is_dir():
                reg._load_dir(d, strict=False)
        return reg

    def _load_dir(self, folder: Path, *, strict: bool) -> None:
        files = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
        raw: dict[Path, tuple[dict[str, Any], yaml.Node | None]] = {}
        for p in files:
            try:
                raw[p] = read_framework_data(p)
            except FrameworkError as e:
                if strict:
                    raise
                self.problems.append(str(e))
        bases = {d.get("id"): d for d, _ in raw.values() if not d.get("based_on")}
        bases.update({fid: fw.model_dump(mode="json") for fid, fw in self.frameworks.items()})
        # Files without based_on first, so that derived editions find their base.
        for p, (data, node) in sorted(raw.items(), key=lambda kv: bool(kv[1][0].get("based_on"))):
            try:
                if data.get("based_on"):
                    base = bases.get(data["based_on"])
                    if base is None:
                        raise FrameworkError(
                            translate("frameworks", "{p}: based_on names {data_based_on!r}, which is not an available framework").format(p=p, data_based_on=data['based_on'])
                        )
                    data = {**base, **data}
                fw = parse_framework(data, origin=str(p), node=node)
                if fw.id in self.frameworks:
                    raise FrameworkError(translate("frameworks", "{p}: framework id {id!r} is already defined by {id2}").format(p=p, id=fw.id, id2=self.paths[fw.id]))
            except FrameworkError as e:
                if strict:
                    raise
                self.problems.append(str(e))
                continue
            self.frameworks[fw.id] = fw
            self.paths[fw.id] = p

    def get(self, framework_id: str) -> Framework:
        try:
            return self.frameworks[framework_id]
        except KeyError:
            known = ", ".join(sorted(self.frameworks))
            raise FrameworkError(translate("frameworks", "unknown framework {framework_id!r} (available: {known})").format(framework_id=framework_id, known=known)) from None

    def journal_frameworks(self) -> list[Framework]:
        return [f for f in self.frameworks.values() if f.journal]

    def __iter__(self):
        return iter(self.frameworks.values())

    def raw(self) -> dict[str, dict[str, Any]]:
        return {fid: fw.model_dump(mode="json") for fid, fw in self.frameworks.items()}


@cache
def bundled_framework(framework_id: str) -> Framework | None:
    """The framework of that id as bundled with the app (read once), or None."""
    try:
        return FrameworkRegistry.load().frameworks.get(framework_id)
    except FrameworkError:
        return None

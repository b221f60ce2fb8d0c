"""Loading and validating framework files, with errors that name the file and the line.

A framework file is data from anywhere, so reading it is bounded: at most ``MAX_BYTES``, read
from a regular file only (never waiting on a pipe or a device), at most ``MAX_DEPTH`` levels of
nesting and ``MAX_NODES`` values, counting every repeat a YAML alias makes (so a "billion
laughs" file is refused, not expanded). Each limit is one line naming the file.
"""

from __future__ import annotations

import json
import os
import stat
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
MAX_BYTES = 2 * 1024 * 1024  # the largest bundled file is 37 KB
MAX_DEPTH = 40  # the bundled files nest 9 deep at most
MAX_NODES = 100_000  # values, aliases expanded; the bundled files have 1,600 at most


class _Bounded(FrameworkError):
    """A limit was passed while parsing (the message is filled in with the file's name)."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing nesting deeper than MAX_DEPTH while it composes (its
    composer recurses once per level, so a deep file would end in RecursionError)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 (PyYAML's signature)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Bounded(translate("frameworks", "nested more than {limit} levels deep").format(limit=MAX_DEPTH))
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _children(value: Any) -> Iterable[Any]:
    if isinstance(value, yaml.MappingNode):
        return (x for pair in value.value for x in pair)
    if isinstance(value, yaml.SequenceNode):
        return value.value
    if isinstance(value, dict):
        return (x for pair in value.items() for x in pair)
    if isinstance(value, list):
        return value
    return ()


def _check_bounds(root: Any) -> None:
    """Count the values under ``root`` (YAML nodes or parsed JSON) as they would be used, every
    alias expanded, without recursion; stop as soon as a limit is passed."""
    count = 0
    stack = [(root, 1)]
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise _Bounded(translate("frameworks", "more than {limit} values (YAML aliases counted each time they are used)").format(limit=MAX_NODES))
        if depth > MAX_DEPTH:
            raise _Bounded(translate("frameworks", "nested more than {limit} levels deep").format(limit=MAX_DEPTH))
        stack.extend((child, depth + 1) for child in _children(value))


def _read_text(path: Path, *, follow_links: bool) -> str:
    """The file's text, read only if it is a regular file of at most MAX_BYTES. Opening does not
    wait on a pipe; with ``follow_links`` false a symbolic link is refused, not followed."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        if path.is_symlink():
            raise FrameworkError(translate("frameworks", "{path}: a link, not a regular file; not read as a framework").format(path=path))
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FrameworkError(translate("frameworks", "{path}: not a regular file; not read as a framework").format(path=path))
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FrameworkError(translate("frameworks", "{path}: larger than {limit} MB; not read as a framework").format(path=path, limit=MAX_BYTES // (1024 * 1024)))
    return data.decode("utf-8")


# The app's own framework files are read with libyaml's C parser (ten times faster: ~7 ms for
# the five instead of ~70 ms at every start). A user's file is read by the bounded Python loader:
# its composer is the one that refuses deep nesting before the C stack would overflow.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _parse_yaml(text: str, *, own: bool = False) -> tuple[Any, yaml.Node | None]:
    loader = _FAST_LOADER(text) if own and _FAST_LOADER is not None else _BoundedLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _check_bounds(node)
        return loader.construct_document(node), node
    finally:
        loader.dispose()


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


def _read(path: Path, *, follow_links: bool = True, own: bool = False) -> tuple[Any, yaml.Node | None]:
    try:
        return _parse(path, _read_text(path, follow_links=follow_links), own=own)
    except _Bounded as e:
        raise FrameworkError(translate("frameworks", "{path}: {reason}; not read as a framework").format(path=path, reason=e)) from None
    except FileNotFoundError:
        raise FrameworkError(translate("frameworks", "{path}: no such framework file").format(path=path)) from None
    except UnicodeDecodeError as e:
        raise FrameworkError(translate("frameworks", "{path}: not UTF-8 text ({reason} at byte {start})").format(path=path, reason=e.reason, start=e.start)) from None
    except OSError as e:
        raise FrameworkError(translate("frameworks", "{path}: cannot be read ({strerror})").format(path=path, strerror=e.strerror or e)) from None


def _parse(path: Path, text: str, *, own: bool = False) -> tuple[Any, yaml.Node | None]:
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise FrameworkError(translate("frameworks", "{path}, line {lineno}: not valid JSON ({msg})").format(path=path, lineno=e.lineno, msg=e.msg)) from None
        except RecursionError:
            raise _Bounded(translate("frameworks", "nested more than {limit} levels deep").format(limit=MAX_DEPTH)) from None
        _check_bounds(data)
        return data, None
    try:
        return _parse_yaml(text, own=own)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = translate("frameworks", ", line {line_1}, column {column_1}").format(line_1=mark.line + 1, column_1=mark.column + 1) if mark else ""
        raise FrameworkError(translate("frameworks", "{path}{where}: not valid YAML ({context})").format(path=path, where=where, context=e.problem or e.context)) from None
    except yaml.YAMLError as e:
        raise FrameworkError(translate("frameworks", "{path}: not valid YAML ({e})").format(path=path, e=e)) from None


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
        more = translate("frameworks", " (and %n more problem(s))", None, e.error_count() - 1) if e.error_count() > 1 else ""
        msg = err["msg"].removeprefix("Value error, ")
        raise FrameworkError(translate("frameworks", "{origin}{where}, at {format_loc}: {msg}{more}").format(origin=origin, where=where, format_loc=_format_loc(loc), msg=msg, more=more)) from None


def read_framework_data(path: Path, *, follow_links: bool = True,
                        own: bool = False) -> tuple[dict[str, Any], yaml.Node | None]:
    """``own``: one of the app's own (bundled) files, read with the fast parser."""
    data, node = _read(path, follow_links=follow_links, own=own)
    if not isinstance(data, dict):
        raise FrameworkError(translate("frameworks", "{path}: a framework file must hold a mapping of fields at the top level").format(path=path))
    return data, node


def load_framework_file(path: str | Path, bases: dict[str, dict[str, Any]] | None = None) -> Framework:
    """Load one file. ``bases`` maps framework ids to raw data, for files with ``based_on``."""
    path = Path(path)
    data, node = read_framework_data(path)
    base_id = data.get("based_on")
    if base_id:
        if not bases or not isinstance(base_id, str) or base_id not in bases:
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
        # Every file with a framework's name is tried (a link or pipe among them is reported and
        # left out, never followed or waited on); the bundled folder is the app's own.
        try:
            files = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)
        except OSError as e:
            if strict:
                raise
            self.problems.append(translate("frameworks", "{folder}: cannot be read ({strerror})").format(folder=folder, strerror=e.strerror or e))
            return
        raw: dict[Path, tuple[dict[str, Any], yaml.Node | None]] = {}
        for p in files:
            try:
                raw[p] = read_framework_data(p, follow_links=strict, own=strict)
            except FrameworkError as e:
                if strict:
                    raise
                self.problems.append(str(e))
        bases = {d.get("id"): d for d, _ in raw.values() if not d.get("based_on") and isinstance(d.get("id"), str)}
        bases.update({fid: fw.model_dump(mode="json") for fid, fw in self.frameworks.items()})
        # Files without based_on first, so that derived editions find their base.
        for p, (data, node) in sorted(raw.items(), key=lambda kv: bool(kv[1][0].get("based_on"))):
            try:
                if data.get("based_on"):
                    base = bases.get(data["based_on"]) if isinstance(data["based_on"], str) else None
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

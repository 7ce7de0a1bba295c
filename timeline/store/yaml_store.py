"""Round-trip YAML documents: read an event file safely, keep its comments and layout, write it back.

Reading refuses what is not an event file (too big, binary, not UTF-8, bad YAML,
duplicate keys, not a mapping, empty) with one located ``Problem`` each; writing
reproduces a hand-written file byte for byte when nothing in it changed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver

from timeline.errors import InputError, Problem
from timeline.store.atomic import atomic_write_text

#: Event files larger than this are refused unread: nobody writes 20 MB of events by hand.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The first line of every event file timeline creates, so editors find the schema.
SCHEMA_MODELINE = "yaml-language-server: $schema=schema.json"
_BOM = "\ufeff"


class _EventFileConstructor(RoundTripConstructor):
    """Round-trip constructor that leaves impossible timestamps (2019-02-30) as text.

    The record model then reports them, located, instead of the YAML reader crashing.
    """

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node) if isinstance(node, ScalarNode) else None


_EventFileConstructor.add_constructor(
    "tag:yaml.org,2002:timestamp", _EventFileConstructor.construct_yaml_timestamp
)


class _EventFileRepresenter(RoundTripRepresenter):
    """Round-trip representer that writes ``null`` rather than an empty value."""

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


_EventFileRepresenter.add_representer(type(None), _EventFileRepresenter.represent_none)


@dataclass
class Layout:
    """How a file is laid out, so writing it back changes nothing a person chose."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2
    explicit_start: bool = False
    bom: bool = False
    final_newline: bool = True


@dataclass
class YamlDocument:
    """One event file as a round-trip tree, with where it lives and how it is laid out."""

    path: Path
    data: CommentedMap
    layout: Layout = field(default_factory=Layout)
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            self.label = str(self.path)


#: Text that libyaml (YAML 1.1 lexing) reads differently from the round-trip reader,
#: explicit tags included (an empty ``!`` node is '' there and null here), and anchors and
#: aliases (libyaml ends the anchor of ``- &1:20`` at the colon, the round-trip reader does not).
_FAST_READER_DIFFERS = re.compile(
    r"^%YAML|[\t\x85\u2028\u2029]|\r(?!\n)|(?:^|[\s\[{,])[!&*]", re.MULTILINE
)


class _Yaml12Resolver(VersionedResolver):
    """Resolver fixed to YAML 1.2 (as the round-trip reader uses), without a costly per-scalar lookup."""

    @property
    def processing_version(self) -> Any:
        return (1, 2)


class _FastConstructor(SafeConstructor):
    """Safe constructor that refuses the tags the round-trip reader builds differently."""

    def refuse(self, node: Any) -> Any:
        raise ValueError(f"{node.tag} is left to the round-trip reader")


for _tag in ("set", "omap", "pairs", "binary"):
    _FastConstructor.add_constructor(f"tag:yaml.org,2002:{_tag}", _FastConstructor.refuse)


def _fast_yaml() -> YAML | None:
    """The C-backed safe reader, or None when ruamel.yaml.clib is not installed."""
    yaml = YAML(typ="safe", pure=False)
    if getattr(yaml.Parser, "__name__", "") != "CParser":
        return None
    yaml.Resolver = _Yaml12Resolver
    yaml.Constructor = _FastConstructor
    return yaml


def fast_load(text: str) -> Any | None:
    """Plain data read by the C-backed safe reader; None when it cannot be trusted to agree.

    None means: no C reader, text where the two readers are known to differ (a
    ``%YAML`` directive, tags, anchors and aliases, tabs, line breaks other than LF and CRLF), or any error at
    all; the caller then uses the round-trip reader, which also says where each
    problem is.
    """
    if _FAST_READER_DIFFERS.search(text):
        return None
    yaml = _fast_yaml()
    if yaml is None:
        return None
    try:
        data = yaml.load(text.removeprefix(_BOM))
    except Exception:  # noqa: BLE001 - any refusal sends the file to the careful reader
        return None
    return to_plain(data) if isinstance(data, dict) else None


def compose_nodes(text: str) -> Any | None:
    """The node tree of ``text`` (with character offsets, BOM excluded), or None if it does not parse."""
    yaml = _fast_yaml() or YAML(typ="safe", pure=True)
    try:
        return yaml.compose(text.removeprefix(_BOM))
    except Exception:  # noqa: BLE001 - the caller falls back to rewriting the whole file
        return None


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _EventFileConstructor
    yaml.Representer = _EventFileRepresenter
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def read_text(path: Path, label: str) -> str:
    """The UTF-8 text of an event file, or an InputError saying why it cannot be one."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                [
                    Problem(
                        label,
                        f"file is {size / 1024 / 1024:.0f} MB, over the "
                        f"{MAX_FILE_BYTES // 1024 // 1024} MB limit for event files "
                        "(split it into several files)",
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InputError([Problem(label, f"cannot read the file: {error.strerror}")]) from None
    if b"\x00" in raw:
        return _refuse(label, "binary file, not YAML text (event files are UTF-8 YAML)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        byte = raw[error.start]
        raise InputError(
            [
                Problem(
                    label,
                    f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8",
                    line,
                    column,
                )
            ]
        ) from None


def _refuse(label: str, message: str) -> str:
    raise InputError([Problem(label, message)])


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _yaml_problem(label: str, text: str, error: YAMLError) -> Problem:
    """One located line for an error of the YAML reader."""
    if isinstance(error, ReaderError):
        before = text[: error.position]
        line = before.count("\n") + 1
        column = error.position - (before.rfind("\n") + 1) + 1
        return Problem(
            label,
            f"unacceptable character {error.character!r} (YAML allows no control characters; remove it)",
            line,
            column,
        )
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        where: tuple[int | None, int | None] = (
            (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        )
        problem = _one_line(error.problem)
        if duplicate := re.match(r'found duplicate key "(.*?)" with value', problem):
            message = f"duplicate key {duplicate[1]!r} (a key may appear only once in a mapping; remove one)"
        elif "expected a single document" in _one_line(error.context):
            message = "more than one YAML document (---) in the file; keep one per file"
        else:
            context = _one_line(error.context)
            message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
        return Problem(label, message, *where)
    return Problem(label, f"YAML error: {_one_line(str(error))}")


def guess_layout(text: str) -> Layout:
    """The indentation a person used: mapping indent, sequence indent and dash offset."""
    layout = Layout(
        explicit_start=bool(re.match(r"(?:\s*#.*\n|\s*\n)*---", text.lstrip(_BOM))),
        bom=text.startswith(_BOM),
        final_newline=text.endswith("\n") or not text,
    )
    key_only = re.compile(r"^( *)[^\s#-][^#]*:\s*(?:#.*)?$")
    lines = text.splitlines()
    found_mapping = found_sequence = False
    for number, line in enumerate(lines):
        parent = key_only.match(line)
        if not parent:
            continue
        following = next(
            (n for n in lines[number + 1 :] if n.strip() and not n.lstrip().startswith("#")), None
        )
        if following is None:
            continue
        parent_indent = len(parent[1])
        child_indent = len(following) - len(following.lstrip(" "))
        if following.lstrip().startswith("- ") and not found_sequence:
            after_dash = following.lstrip()[1:]
            content = child_indent + 1 + len(after_dash) - len(after_dash.lstrip(" "))
            layout.offset = max(child_indent - parent_indent, 0)
            layout.sequence = max(content - parent_indent, 2)
            found_sequence = True
        elif child_indent > parent_indent and not found_mapping:
            layout.mapping = child_indent - parent_indent
            found_mapping = True
        if found_mapping and found_sequence:
            break
    if not found_mapping and found_sequence:
        layout.mapping = max(layout.sequence - layout.offset, 2)
    return layout


def parse_document(path: Path, text: str, label: str | None = None) -> YamlDocument:
    """Parse event-file text into a round-trip tree; an InputError if it is not a mapping."""
    shown = label or str(path)
    if not text.strip(_BOM + " \t\r\n"):
        raise InputError([Problem(shown, "empty file (write `events:` and a list of events)")])
    try:
        data = _yaml().load(text)
    except YAMLError as error:
        raise InputError([_yaml_problem(shown, text, error)]) from None
    if data is None:
        raise InputError(
            [Problem(shown, "empty file: only comments (write `events:` and a list of events)")]
        )
    if not isinstance(data, CommentedMap):
        kind = (
            "a list"
            if isinstance(data, list)
            else f"a single value ({_one_line(str(data))[:40]!r})"
        )
        raise InputError(
            [
                Problem(
                    shown,
                    f"the file holds {kind}; an event file is a mapping with an `events:` list",
                    1,
                    1,
                )
            ]
        )
    return YamlDocument(path=path, data=data, layout=guess_layout(text), label=shown)


def read_document(path: Path, label: str | None = None) -> YamlDocument:
    """Read and parse one event file; every refusal is an InputError with a located problem."""
    shown = label or str(path)
    return parse_document(path, read_text(path, shown), shown)


def new_document(path: Path, label: str | None = None) -> YamlDocument:
    """An empty event file: the schema modeline comment and an ``events:`` list."""
    data = CommentedMap()
    data["events"] = CommentedSeq()
    data.yaml_set_start_comment(SCHEMA_MODELINE)
    return YamlDocument(path=path, data=data, label=label or str(path))


def dump_document(document: YamlDocument) -> str:
    """The text of a document, laid out as it was read."""
    yaml = _yaml()
    layout = document.layout
    yaml.indent(mapping=layout.mapping, sequence=layout.sequence, offset=layout.offset)
    yaml.explicit_start = layout.explicit_start
    buffer = io.StringIO()
    yaml.dump(document.data, buffer)
    text = buffer.getvalue()
    if not layout.final_newline:
        text = text.rstrip("\n")
    return (_BOM if layout.bom else "") + text


def dump_items(items: list[Any], dash_column: int, content_column: int, layout: Layout) -> str:
    """Mappings as ``events:`` list items: dash at ``dash_column``, keys at ``content_column``.

    Nested lists and mappings follow ``layout``. Used to splice events into a file
    in its own indentation without re-dumping (so reformatting) what a person wrote.
    """
    yaml = _yaml()
    gap = max(content_column - dash_column, 2)
    yaml.indent(mapping=layout.mapping, sequence=layout.offset + gap, offset=layout.offset)
    buffer = io.StringIO()
    yaml.dump(CommentedMap([("events", CommentedSeq(items))]), buffer)
    lines = buffer.getvalue().splitlines(keepends=True)[1:]
    shift = dash_column - layout.offset
    return "".join(
        (" " * shift + line if shift >= 0 else line[-shift:]) if line.strip() else line
        for line in lines
    )


def write_document(document: YamlDocument) -> None:
    """Write a document atomically: the old file or the new one, never half of either."""
    atomic_write_text(document.path, dump_document(document))


def to_plain(node: Any) -> Any:
    """Plain Python data (dict, list, str, int, date...) from a round-trip tree, for validation."""
    if isinstance(node, dict):
        return {
            (key if isinstance(key, str) else str(key)): to_plain(value)
            for key, value in node.items()
        }
    if isinstance(node, list | set | tuple):
        return [to_plain(item) for item in node]
    if isinstance(node, TaggedScalar):
        return to_plain(node.value)
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, datetime):
        return datetime(
            node.year, node.month, node.day, node.hour, node.minute, node.second, node.microsecond
        )
    if isinstance(node, date):
        return date(node.year, node.month, node.day)
    return node

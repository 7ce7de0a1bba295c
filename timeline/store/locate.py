"""Map pydantic validation errors back to the YAML line, column and field a person wrote.

Each pydantic error becomes one ``Problem``: ``events[3].date: 'Febuary 3' is not a
date (...)`` at the line and column of the offending key or list item.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from timeline.errors import Problem

Loc = Sequence[int | str]


def field_path(loc: Loc) -> str:
    """``('events', 3, 'date')`` as ``events[3].date``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def position(root: Any, loc: Loc, prefer_key: bool = True) -> tuple[int, int] | None:
    """1-based (line, column) of the deepest node of ``loc`` present in a round-trip tree.

    A mapping entry is located at its key (where a person looks), a list item at its
    first character; parts of ``loc`` that are not in the file (a missing field)
    locate the nearest enclosing node.
    """
    found: tuple[int, int] | None = _start_of(root)
    node = root
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            spot = node.lc.key(part) if prefer_key else node.lc.value(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            spot = node.lc.item(part)
            node = node[part]
        else:
            break
        if spot is not None and spot[0] is not None:
            found = (spot[0] + 1, spot[1] + 1)
    return found


def _start_of(node: Any) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    return lc.line + 1, lc.col + 1


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The record model that the mapping at ``loc`` is read into, for naming its keys."""
    current: type[BaseModel] | None = model
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        current = _model_in(info.annotation) if info is not None else None
    return current


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return None
    for arg in typing.get_args(annotation):
        if (found := _model_in(arg)) is not None:
            return found
    return None


def _message(error: Any, model: type[BaseModel]) -> str:
    """A one-line, actionable message for one pydantic error."""
    kind = error["type"]
    loc = error["loc"]
    given = error.get("input")
    text = " ".join(str(error["msg"]).split())
    if kind == "extra_forbidden":
        owner = _model_at(model, loc[:-1])
        allowed = f" (allowed: {', '.join(owner.model_fields)})" if owner is not None else ""
        return f"unknown key {loc[-1]!r}{allowed}"
    if kind == "missing":
        return "required field is missing"
    if kind in {"value_error", "assertion_error"}:
        return text.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if isinstance(given, str | int | float | bool) or given is None:
        return f"{given!r} is not valid: {text[0].lower() + text[1:]}"
    return text[0].lower() + text[1:]


def problems_from_validation(
    label: str, root: Any, error: ValidationError, model: type[BaseModel], prefix: Loc = ()
) -> list[Problem]:
    """One located problem per pydantic error, ``prefix`` prepended to each error's path."""
    problems = []
    for item in error.errors():
        loc = (*prefix, *item["loc"])
        where = position(root, loc, prefer_key=item["type"] != "missing")
        line, column = where if where is not None else (None, None)
        problems.append(
            Problem(label, _message(item, model), line, column, field_path(loc) or None)
        )
    return problems

"""Rebuild validated records from their trusted JSON fast, without running validators again.

The index stores each event as ``model_dump(mode="json", exclude_defaults=True)`` of
an ``Event`` that passed validation. Reading it back with ``Event.model_validate``
would run every Python validator again (date phrases, taxonomy, ids); here a plan
made once per model from its field annotations fills defaults, turns ISO days back
into ``date`` and nested mappings back into models, and builds the instances
directly. Models whose fields this cannot plan fall back to ``model_validate``.
"""

from __future__ import annotations

import contextlib
import gc
import json
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic_core import PydanticUndefined

from timeline.model import Event

_REQUIRED = object()


class UnplannableModel(TypeError):
    """A field shape the fast reader does not know; the caller validates instead."""


@dataclass(frozen=True)
class _Plan:
    """How to build one model class from its JSON form."""

    cls: type[BaseModel]
    template: dict[str, Any]
    factories: tuple[tuple[str, Callable[[], Any]], ...]
    required: tuple[str, ...]
    dates: tuple[str, ...]
    models: tuple[tuple[str, _Plan], ...]
    model_lists: tuple[tuple[str, _Plan], ...]


def _unwrap_optional(annotation: Any) -> Any:
    """``X | None`` as ``X``; anything else unchanged."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _mentions_model_or_date(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | date):
        return True
    return any(_mentions_model_or_date(arg) for arg in typing.get_args(annotation))


@cache
def plan_for(cls: type[BaseModel]) -> _Plan:
    """The build plan of a model class (UnplannableModel for shapes it cannot rebuild)."""
    template: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    required: list[str] = []
    dates: list[str] = []
    models: list[tuple[str, _Plan]] = []
    model_lists: list[tuple[str, _Plan]] = []
    for name, info in cls.model_fields.items():
        if info.default_factory is not None:
            template[name] = None
            factories.append((name, info.default_factory))  # type: ignore[arg-type]
        elif info.default is PydanticUndefined:
            template[name] = _REQUIRED
            required.append(name)
        else:
            template[name] = info.default
        inner = _unwrap_optional(info.annotation)
        origin = typing.get_origin(inner)
        if inner is date:
            dates.append(name)
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            models.append((name, plan_for(inner)))
        elif origin is list and len(typing.get_args(inner)) == 1:
            (item,) = typing.get_args(inner)
            if isinstance(item, type) and issubclass(item, BaseModel):
                model_lists.append((name, plan_for(item)))
            elif _mentions_model_or_date(item):
                raise UnplannableModel(f"{cls.__name__}.{name}: {inner}")
        elif _mentions_model_or_date(inner):
            raise UnplannableModel(f"{cls.__name__}.{name}: {inner}")
    return _Plan(
        cls,
        template,
        tuple(factories),
        tuple(required),
        tuple(dates),
        tuple(models),
        tuple(model_lists),
    )


def build(plan: _Plan, data: dict[str, Any]) -> Any:
    """An instance of ``plan.cls`` from its trusted JSON mapping (KeyError when a field is missing)."""
    values = {**plan.template, **data}
    for name, factory in plan.factories:
        if name not in data:
            values[name] = factory()
    for name in plan.required:
        if values[name] is _REQUIRED:
            raise KeyError(name)
    for name in plan.dates:
        value = values[name]
        if value is not None:
            values[name] = date.fromisoformat(value)
    for name, inner in plan.models:
        value = values[name]
        if value is not None:
            values[name] = build(inner, value)
    for name, inner in plan.model_lists:
        values[name] = [build(inner, item) for item in values[name]]
    instance = plan.cls.__new__(plan.cls)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", set(data))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while building many objects that hold no cycles.

    Each collection scans every live object, so building 100,000 records with it on
    costs several times the building itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def event_to_record(event: Event) -> dict[str, Any]:
    """The compact JSON form of a validated event: what differs from the defaults."""
    return event.model_dump(mode="json", exclude_defaults=True)


def events_from_records(records: list[dict[str, Any]]) -> list[Event]:
    """Events from the JSON forms ``event_to_record`` made, without validating them again."""
    try:
        plan = plan_for(Event)
    except UnplannableModel:
        return [Event.model_validate(record) for record in records]
    with paused_gc():
        return [build(plan, record) for record in records]


@cache
def _event_list() -> TypeAdapter[list[Event]]:
    return TypeAdapter(list[Event])


def events_to_json(events: list[Event]) -> str:
    """``json.dumps([e.model_dump(mode="json") ...], ensure_ascii=False, indent=2)``, in Rust.

    The same text, four times faster: the tail of a corpus run that no worker can share.
    Python and Rust write floats alike except below 1e-4 (``1e-05`` against ``0.00001``),
    so such confidences take the slow path.
    """
    if any(0 < abs(event.confidence) < 1e-4 for event in events):
        return json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False, indent=2)
    return _event_list().dump_json(events, indent=2).decode("utf-8")

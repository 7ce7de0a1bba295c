"""The published JSON Schema of event files, generated from the record models."""

from __future__ import annotations

import json
from typing import Any

from timeline.model import EventFile

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def event_file_schema() -> dict[str, Any]:
    """The JSON Schema that ``events/*.yaml`` files follow (shorthands included)."""
    schema = EventFile.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, **schema}


def event_file_schema_text() -> str:
    """The schema as the exact text kept in ``events/schema.json``."""
    return json.dumps(event_file_schema(), indent=2, ensure_ascii=False) + "\n"

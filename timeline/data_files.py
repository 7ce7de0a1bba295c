"""The language data shipped under ``timeline/data/``, each file read and parsed once.

Callers share the parsed value, so they must treat it as read-only.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML


@cache
def data_file(name: str) -> Any:
    """The parsed contents of ``timeline/data/<name>`` (a YAML file), loaded once."""
    text = resources.files("timeline.data").joinpath(name).read_text("utf-8")
    return YAML(typ="safe").load(text)

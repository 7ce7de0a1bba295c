"""Fixtures for the dashboard tests: a store folder on disk holding the example events."""

from __future__ import annotations

import importlib.util
import shutil
import socket
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from dashboard import ids
from dashboard.app import create_app
from dashboard.state import StoreState

#: The shipped example store: the hand-written and the extracted events of the worked example.
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "events").glob("*.yaml"))

#: Hand-written events the example file lacks: an undated one, a scheduled one, hostile text.
EXTRA_YAML = """\
# extra events for the dashboard tests
events:
  - title: Talks on a third summit
    type: meeting
    actors: [North Korea, United States]
    sources:
      - document: notes.txt
        quote: Officials said talks on a third summit would follow.
  - title: "<img src=x onerror=alert(1)>"
    type: statement
    actors: ["<b>Bold</b> Actor"]
    sources:
      - url: "javascript:alert(1)"
        quote: "<script>alert(2)</script> said on 2019-03-10"
  - title: Planned inspection visit
    type: visit
    status: scheduled
    date: March 2019
    actors: [United Nations Security Council]
"""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    """A store folder with a copy of the shipped example events only."""
    folder = tmp_path / "events"
    folder.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
    return folder


@pytest.fixture
def store_dir(example_dir: Path) -> Path:
    """The example events plus undated, scheduled and hostile-text events in a second file."""
    (example_dir / "extra.yaml").write_text(EXTRA_YAML, encoding="utf-8")
    return example_dir


@pytest.fixture
def store(store_dir: Path) -> StoreState:
    """The in-memory store over ``store_dir``."""
    return StoreState.open([store_dir])


@cache
def shared_conftest() -> ModuleType:
    """tests/conftest.py as a module, for its browser helpers (``require_browser``)."""
    path = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location("timeline_shared_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def serve_dashboard(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """Start the real dashboard over a folder on a free port and open it in headless Chromium.

    Returns a function ``(folder, read_only=False) -> dash_duo``; the page is ready
    when it returns. Skips outside CI when no Chromium is installed; fails under CI.
    """
    shared_conftest().require_browser()
    duo = request.getfixturevalue("dash_duo")

    def start(folder: Path, read_only: bool = False) -> Any:
        duo.start_server(create_app([folder], read_only=read_only), port=free_port())
        duo.wait_for_element(f"#{ids.GRAPH} .js-plotly-plot", timeout=15)
        # the tests wait explicitly; an implicit wait would slow every "no such element" check
        duo.driver.implicitly_wait(0)
        return duo

    return start

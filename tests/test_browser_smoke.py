"""The browser fixture itself works: headless Chromium renders a local page."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_chromium_renders_local_file(chromium: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p id='x'>hello</p></body></html>", encoding="utf-8")
    chromium.get(page.as_uri())
    assert chromium.find_element("id", "x").text == "hello"

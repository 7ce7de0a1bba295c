"""Large JSON responses leave the dashboard gzipped, and only when the browser accepts it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dashboard.app import create_app


@pytest.mark.parametrize(
    ("accept", "zipped"), [("gzip, deflate, br", True), ("", False), ("identity", False)]
)
def test_layout_json_is_gzipped_when_accepted(store_dir: Path, accept: str, zipped: bool) -> None:
    client = create_app([store_dir]).server.test_client()
    plain = client.get("/_dash-layout")
    answer = client.get("/_dash-layout", headers={"Accept-Encoding": accept})
    assert answer.status_code == 200
    assert (answer.headers.get("Content-Encoding") == "gzip") is zipped
    body = gzip.decompress(answer.data) if zipped else answer.data
    assert json.loads(body) == json.loads(plain.data)
    if zipped:
        assert len(answer.data) < len(plain.data)

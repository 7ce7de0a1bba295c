"""``timeline serve``: help, the warning for hosts beyond this machine, bad paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from timeline.cli import main, serve


def test_help_shows_options_and_an_example() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    for option in (
        "--host",
        "--port",
        "--debug",
        "--read-only",
        "Example:",
        "timeline serve events/",
    ):
        assert option in result.output


@pytest.mark.parametrize(
    ("host", "warned"),
    [
        ("127.0.0.1", False),
        ("127.0.0.2", False),
        ("localhost", False),
        ("::1", False),
        ("0.0.0.0", True),
        ("::", True),
        ("192.168.1.20", True),
        ("example.org", True),
    ],
)
def test_host_warning(host: str, warned: bool) -> None:
    message = serve.host_warning(host, 8050, read_only=False)
    assert (message is not None) is warned
    if message:
        assert "anyone who can reach this port" in message and "add events" in message
        assert f"{host}:8050" in message


def test_read_only_warning_does_not_mention_adding() -> None:
    message = serve.host_warning("0.0.0.0", 8050, read_only=True)
    assert message is not None and "add events" not in message


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8050/"),
        ("0.0.0.0", "http://127.0.0.1:8050/"),
        ("::1", "http://[::1]:8050/"),
        ("localhost", "http://localhost:8050/"),
    ],
)
def test_serve_url(host: str, url: str) -> None:
    assert serve.serve_url(host, 8050) == url


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "nowhere" in result.output and "Traceback" not in result.output


def test_serve_prints_the_url_and_runs_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.yaml").write_text("events:\n  - {title: T, type: other}\n", encoding="utf-8")
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("dash.Dash.run", lambda self, **kwargs: calls.append(kwargs))
    result = CliRunner().invoke(
        main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "8123"]
    )
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert "Warning" in result.output
    assert calls == [{"host": "0.0.0.0", "port": 8123, "debug": False}]

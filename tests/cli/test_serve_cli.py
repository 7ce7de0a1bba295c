"""``timeline serve``: help, the warning for hosts beyond this machine, bad paths."""

from __future__ import annotations

import socket
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
    checked: list[tuple[str, int]] = []
    monkeypatch.setattr(serve, "listen_problem", lambda host, port: checked.append((host, port)))
    result = CliRunner().invoke(
        main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "8123"]
    )
    assert checked == [("0.0.0.0", 8123)]
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    assert "Warning" in result.output
    assert calls == [{"host": "0.0.0.0", "port": 8123, "debug": False}]


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    (tmp_path / "a.yaml").write_text("events:\n  - {title: T, type: other}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("port", ["0", "-5", "65536", "99999", "http"])
def test_port_out_of_range_is_a_usage_error(small_store: Path, port: str) -> None:
    result = CliRunner().invoke(main, ["serve", str(small_store), "--port", port])
    assert result.exit_code == 2
    assert "Invalid value for '--port'" in result.output
    assert "Timeline dashboard" not in result.output and "Traceback" not in result.output


def test_port_in_use_is_one_line_and_no_url(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("dash.Dash.run", lambda self, **kwargs: calls.append(kwargs))
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", str(small_store), "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"cannot listen on 127.0.0.1:{port} (Address already in use)"
    ]
    assert result.stdout == "" and calls == []


# documentation addresses (RFC 5737): never this machine's, so binding them fails at once
@pytest.mark.parametrize("host", ["192.0.2.1", "203.0.113.9"])
def test_host_that_cannot_be_bound_is_one_line(small_store: Path, host: str) -> None:
    result = CliRunner().invoke(main, ["serve", str(small_store), "--host", host])
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"cannot listen on {host}:8050 (") and line.endswith(")")


@pytest.mark.parametrize(
    "error",
    [OSError(98, "Address already in use"), PermissionError(13, "Permission denied")],
)
def test_oserror_from_the_server_is_one_line(
    small_store: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    def run(self: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("dash.Dash.run", run)
    monkeypatch.setattr(serve, "listen_problem", lambda host, port: None)
    result = CliRunner().invoke(main, ["serve", str(small_store), "--port", "8124"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.splitlines()[-1] == f"cannot listen on 127.0.0.1:8124 ({error.strerror})"


def test_server_that_exits_after_its_own_message_is_exit_2(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(self: object, **kwargs: object) -> None:
        raise SystemExit(1)

    monkeypatch.setattr("dash.Dash.run", run)
    monkeypatch.setattr(serve, "listen_problem", lambda host, port: None)
    result = CliRunner().invoke(main, ["serve", str(small_store), "--port", "8125"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("cannot listen on 127.0.0.1:8125 (")


def test_free_port_is_free_after_the_check() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert serve.listen_problem("127.0.0.1", port) is None
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))


def test_debug_reloader_child_skips_the_check(
    small_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("dash.Dash.run", lambda self, **kwargs: calls.append(kwargs))
    monkeypatch.setenv("WERKZEUG_RUN_MAIN", "true")
    with socket.socket() as held_by_parent:
        held_by_parent.bind(("127.0.0.1", 0))
        held_by_parent.listen()
        port = held_by_parent.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", str(small_store), "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert calls and f"http://127.0.0.1:{port}/" in result.stdout

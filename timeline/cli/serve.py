"""``timeline serve``: open the interactive dashboard over an events store."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import click

from timeline.cli.errors import EXIT_BAD_INPUT, fail
from timeline.cli.wording import counted
from timeline.errors import InputError
from timeline.store.index import index_disabled, load_indexed
from timeline.store.loader import load_store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8050


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach ``host`` (localhost, 127.0.0.0/8, ::1)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_url(host: str, port: int) -> str:
    """The address to open in a browser (this machine's, when serving on every interface)."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def listen_problem(host: str, port: int) -> str | None:
    """Why the dashboard could not listen on ``host:port`` (taken, no such address), or None.

    Binds and releases a socket the way the server will (address reuse on), so the
    URL is printed only when the port is known to be free.
    """
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host.strip("[]") or None, port, type=socket.SOCK_STREAM
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as error:
        return cannot_listen(host, port, error)
    return None


def cannot_listen(host: str, port: int, error: OSError | str) -> str:
    """The one-line message for a dashboard that cannot listen."""
    reason = error if isinstance(error, str) else (error.strerror or str(error))
    return f"cannot listen on {host}:{port} ({reason})"


def _stop(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(EXIT_BAD_INPUT)


def host_warning(host: str, port: int, read_only: bool) -> str | None:
    """The warning printed when the dashboard is reachable from other machines, else None."""
    if is_loopback(host):
        return None
    if read_only:
        return (
            f"Warning: serving on {host}:{port}; anyone who can reach this port can read "
            "every event in the store."
        )
    return (
        f"Warning: serving on {host}:{port}; anyone who can reach this port can read the "
        "events and add events to your files. Use --read-only, or --host 127.0.0.1 to "
        "serve this machine only."
    )


@click.command(name="serve")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Interface to listen on.")
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on (1-65535).",
)
@click.option("--debug", is_flag=True, help="Dash debug mode: reload on code change, error pane.")
@click.option("--read-only", is_flag=True, help="Turn off the add-event form.")
def command(paths: tuple[Path, ...], host: str, port: int, debug: bool, read_only: bool) -> None:
    """Open the interactive timeline of the event files under PATHS (default: events/).

    Filters live in the page address, so a filtered view can be shared as a link.
    A port that is taken, or a host this machine cannot listen on, is one error
    line and exit code 2.
    The add-event form appends to a YAML file inside the first folder given;
    files edited on disk show up when the page is reloaded.

    \b
    Example:
      timeline serve events/
      timeline serve events/ --port 8060 --read-only
    """
    chosen = list(paths) or [Path("events")]
    try:
        # through the derived index, so a large store opens in seconds, not minutes
        store = load_store(chosen) if index_disabled() else load_indexed(chosen)
    except InputError as error:
        fail(error.problems)
        return
    from dashboard.app import create_app

    # under the debug reloader the parent process already holds the port for this child
    if os.environ.get("WERKZEUG_RUN_MAIN") != "true":
        problem = listen_problem(host, port)
        if problem:
            _stop(problem)
    app = create_app(chosen, read_only=read_only)
    warning = host_warning(host, port, read_only)
    if warning:
        click.secho(warning, fg="yellow", err=True)
    click.echo(f"{counted(len(store.events), 'event')} in {counted(len(store.files), 'file')}")
    click.echo(f"Timeline dashboard: {serve_url(host, port)}  (Ctrl+C to stop)")
    try:
        app.run(host=host, port=port, debug=debug)
    except OSError as error:
        _stop(cannot_listen(host, port, error))
    except SystemExit as stop:
        # werkzeug exits 1 after its own message when the port was taken meanwhile
        if stop.code not in (0, None):
            _stop(cannot_listen(host, port, "the server could not start"))
        raise

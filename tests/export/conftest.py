"""Small synthetic events shared by the export tests, hostile ones included."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from timeline.model import Event

GENERATED = datetime(2019, 3, 1, 12, 0, tzinfo=UTC)

#: strings that would run script, break out of markup or become spreadsheet formulas
PAYLOADS = (
    "<script>window.pwned = 1</script>",
    '"><img src=x onerror="window.pwned = 1">',
    "</script><script>window.pwned = 1</script>",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
)


def event_data(ident: str, **fields: Any) -> dict[str, Any]:
    """The fields of a small valid event, overridable."""
    base: dict[str, Any] = {
        "id": ident,
        "title": f"Event {ident}",
        "type": "meeting",
        "date": "2019-02-03",
        "actors": ["Alpha"],
        "sources": [
            {
                "document": "articles/a.txt",
                "url": f"https://news.example.org/{ident}",
                "quote": f"Quote about {ident}.",
            }
        ],
    }
    return base | fields


@pytest.fixture
def sample_events() -> list[Event]:
    """Six events: days, a fuzzy part of a month, a multi-day window, no actor, undated."""
    rows = [
        event_data("day-one", actors=["Alpha"], date="2019-02-03"),
        event_data(
            "late-jan",
            actors=["Beta"],
            status="scheduled",
            date={"value": "2019-01", "mod": "END", "text": "late January"},
        ),
        event_data("joint", actors=["Alpha", "Beta"], date="2019-02-10", type="agreement"),
        event_data("summit", actors=["Gamma"], date={"start": "2019-02-27", "end": "2019-02-28"}),
        event_data("lonely", actors=[], date="2019-02-12", type="statement"),
        event_data("undated", actors=["Alpha"], date=None, type="visit"),
    ]
    return [Event.model_validate(row) for row in rows]


@pytest.fixture
def hostile_events() -> list[Event]:
    """One dated event per payload, the payload in its title, actor, quote and location."""
    rows = [
        event_data(
            f"hostile-{index}",
            title=payload,
            actors=[payload],
            location=payload,
            date=f"2019-02-{index + 1:02d}",
            sources=[{"document": "a.txt", "quote": f"{payload} said"}],
        )
        for index, payload in enumerate(PAYLOADS)
    ]
    rows.append(event_data("hostile-undated", title=PAYLOADS[2], date=None, actors=[PAYLOADS[1]]))
    return [Event.model_validate(row) for row in rows]


class _Answer(BaseHTTPRequestHandler):
    """Answers every GET with a page saying it was reached (proof that the network is on)."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        body = b"<p id='reached'>reached</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        return


@pytest.fixture
def local_server() -> Iterator[str]:
    """The URL of a web server on this machine, which a browser with networking on can reach."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def go_offline(driver: Any) -> None:
    """Turn the browser's networking off through DevTools (offline emulation)."""
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0},
    )


@pytest.fixture
def offline_chromium(chromium: Any) -> Any:
    """The headless Chromium with networking turned off."""
    go_offline(chromium)
    return chromium

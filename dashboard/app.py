"""Build the Dash app over a store: ``create_app([Path("events")])``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import dash

from dashboard.callbacks import register_callbacks
from dashboard.compression import compress_responses
from dashboard.layout import build_layout
from dashboard.state import StoreState

ASSETS = Path(__file__).parent / "assets"


def create_app(paths: Sequence[Path], *, read_only: bool = False) -> dash.Dash:
    """The dashboard over the event files under ``paths``; ``read_only`` turns off the add-event form."""
    store = StoreState.open(paths)
    app = dash.Dash(
        __name__,
        title="Timeline",
        assets_folder=str(ASSETS),
        serve_locally=True,
        external_stylesheets=[],
        external_scripts=[],
        update_title="",
    )

    def layout() -> object:
        return build_layout(store, read_only)

    app.layout = layout
    register_callbacks(app, store, read_only)
    compress_responses(app.server)
    app.server.config["TIMELINE_STORE"] = store
    return app

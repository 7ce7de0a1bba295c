"""The Dash app over an events store: layout and callbacks only; figures come from timeline.figure."""

from __future__ import annotations

from dashboard.app import create_app

__all__ = ["create_app"]

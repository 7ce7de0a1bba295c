"""Gzip the app's JSON responses: a figure of thousands of events shrinks about tenfold.

Dash can do this with the optional ``flask-compress``; this small hook needs
nothing beyond the standard library. Level 1 costs about 10 ms per MB and keeps
most of the gain.
"""

from __future__ import annotations

import gzip

from flask import Flask, Response, request

#: responses smaller than this are sent as they are (gzip would not pay for itself)
MIN_BYTES = 1024
LEVEL = 1


def gzip_json(response: Response) -> Response:
    """The response gzipped, when it is JSON, large enough and the browser accepts gzip."""
    if (
        response.status_code != 200
        or response.direct_passthrough
        or response.mimetype != "application/json"
        or "Content-Encoding" in response.headers
        or "gzip" not in request.headers.get("Accept-Encoding", "").lower()
    ):
        return response
    body = response.get_data()
    if len(body) < MIN_BYTES:
        return response
    response.set_data(gzip.compress(body, compresslevel=LEVEL))
    response.headers["Content-Encoding"] = "gzip"
    response.headers.add("Vary", "Accept-Encoding")
    return response


def compress_responses(server: Flask) -> None:
    """Gzip every large JSON response of ``server`` (callback results, the layout)."""
    server.after_request(gzip_json)

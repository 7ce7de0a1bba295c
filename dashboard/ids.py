"""Every component id of the dashboard, in one place so layout, callbacks and tests agree."""

from __future__ import annotations

URL = "url"
FILTER_STATE = "filter-state"

ACTORS = "filter-actors"
TYPES = "filter-types"
DATES = "filter-dates"
TEXT = "filter-text"
TOGGLES = "filter-toggles"
CLEAR = "filter-clear"

GRAPH = "timeline-graph"
SUMMARY = "view-summary"
EMPTY = "view-empty"
UNDATED = "undated-list"
UNDATED_ITEM = "undated-item"  # pattern-matching type: {"type": UNDATED_ITEM, "index": event id}
DETAIL = "detail-panel"

EXPORT_BUTTON = "export-button"
EXPORT_DOWNLOAD = "export-download"

FORM = "add-form"
FORM_TITLE = "add-title"
FORM_TYPE = "add-type"
FORM_DATE = "add-date"
FORM_ACTORS = "add-actors"
FORM_LOCATION = "add-location"
FORM_SOURCE = "add-source"
FORM_QUOTE = "add-quote"
FORM_NOTES = "add-notes"
FORM_FILE = "add-file"
FORM_NEW_FILE = "add-new-file"
FORM_SUBMIT = "add-submit"
FORM_MESSAGES = "add-messages"
STORE_VERSION = "store-version"
PROBLEMS = "store-problems"

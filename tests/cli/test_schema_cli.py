"""``timeline schema``: the published schema is generated from the models and never stale."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import main
from timeline.store.schema import event_file_schema_text

EVENTS = Path(__file__).parents[2] / "events"


def test_published_schema_is_current() -> None:
    published = (EVENTS / "schema.json").read_text(encoding="utf-8")
    assert published == event_file_schema_text(), (
        "stale: run `timeline schema -o events/schema.json`"
    )


def test_event_files_point_editors_at_the_schema() -> None:
    for path in EVENTS.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=schema.json", path


def test_schema_prints_and_writes(tmp_path: Path) -> None:
    printed = CliRunner().invoke(main, ["schema"])
    assert printed.exit_code == 0
    schema = json.loads(printed.output)
    assert schema["properties"]["events"]["items"] == {"$ref": "#/$defs/Event"}
    assert schema["$defs"]["Event"]["additionalProperties"] is False
    target = tmp_path / "schema.json"
    written = CliRunner().invoke(main, ["schema", "-o", str(target)])
    assert written.exit_code == 0
    assert target.read_text(encoding="utf-8") == printed.output


def test_every_field_has_a_description() -> None:
    schema = json.loads(event_file_schema_text())
    for name, definition in schema["$defs"].items():
        forms = definition.get("anyOf", [definition])
        properties = next(form["properties"] for form in forms if "properties" in form)
        for field, spec in properties.items():
            assert spec.get("description"), f"{name}.{field}"


def test_help_has_an_example() -> None:
    assert (
        "timeline schema -o events/schema.json"
        in CliRunner().invoke(main, ["schema", "--help"]).output
    )


def test_schema_into_a_missing_folder_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nodir" / "x.json"
    result = CliRunner().invoke(main, ["schema", "-o", str(target)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"{target}: folder {target.parent} does not exist (create it first)"
    ]
    assert not target.parent.exists()

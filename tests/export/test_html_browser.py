"""The exported page in a real headless Chromium from file://: it draws, filters, stays inert.

The browser runs with networking turned off (DevTools offline emulation), and a
first check proves it: a web server on this machine cannot be reached.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from timeline.export import export_events
from timeline.model import Event

from .conftest import GENERATED, PAYLOADS, go_offline

pytestmark = pytest.mark.browser

DRAWN_ITEMS = """
const plot = document.querySelector('#timeline .cartesianlayer');
return plot.querySelectorAll('.scatterlayer .points path.point').length
     + plot.querySelectorAll('.barlayer g.point').length;
"""


def open_page(driver: Any, tmp_path: Path, events: list[Event], **options: Any) -> None:
    page = tmp_path / "timeline.html"
    page.write_bytes(export_events(events, "html", generated=GENERATED, **options))
    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.body.dataset.ready === 'true'")
    )


def drawn_items(driver: Any) -> int:
    count: int = driver.execute_script(DRAWN_ITEMS)
    return count


def hover_label(driver: Any, event: Event) -> str:
    """The hover label plotly draws for an event's first item (hover is throttled: wait)."""
    assert event.date is not None
    driver.execute_script(
        """
        const chart = document.getElementById('timeline');
        chart.data.forEach((trace, curve) => {
          if (trace.meta && trace.meta.shape === 'link') { return; }
          const point = trace.customdata.findIndex(id => id === arguments[0]);
          if (point >= 0) { Plotly.Fx.hover(chart, [{curveNumber: curve, pointNumber: point}]); }
        });
        """,
        event.id,
    )
    day = event.date.start.isoformat()
    script = (
        "const l = document.querySelector('#timeline .hoverlayer'); return l ? l.textContent : '';"
    )
    WebDriverWait(driver, 5).until(lambda d: day in d.execute_script(script))
    text: str = driver.execute_script(script)
    return text


def severe_logs(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_chart_draws_and_filters_by_actor_with_the_network_off(
    chromium: Any, local_server: str, tmp_path: Path, sample_events: list[Event]
) -> None:
    chromium.get(local_server)
    assert chromium.find_elements(By.ID, "reached")  # the probe works while online
    go_offline(chromium)
    with pytest.raises(WebDriverException, match="ERR_INTERNET_DISCONNECTED"):
        chromium.get(local_server)
    sources = ["events/korea.yaml", "events/extra/more.yaml"]
    open_page(chromium, tmp_path, sample_events, title="Sample", sources=sources)
    assert chromium.execute_script("return navigator.onLine") is False
    assert all(name in chromium.find_element(By.ID, "generated").text for name in sources)
    assert chromium.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")
    # one item per event and lane: "joint" has two actors, the undated event none
    expected = sum(max(len(e.actors), 1) for e in sample_events if e.date is not None)
    assert drawn_items(chromium) == expected
    select = Select(chromium.find_element(By.ID, "actor-filter"))
    assert [o.text for o in select.options] == ["All actors", "Alpha", "Beta", "Gamma"]
    select.select_by_visible_text("Alpha")
    WebDriverWait(chromium, 10).until(lambda d: drawn_items(d) != expected)
    alpha = [e for e in sample_events if e.date and any(a.name == "Alpha" for a in e.actors)]
    assert drawn_items(chromium) == sum(len(e.actors) for e in alpha)
    assert chromium.find_element(By.ID, "timeline").get_attribute("data-shown") == str(len(alpha))
    select.select_by_visible_text("All actors")
    WebDriverWait(chromium, 10).until(lambda d: drawn_items(d) == expected)
    undated = chromium.find_elements(By.CSS_SELECTOR, "#undated li")
    assert [li.get_attribute("data-id") for li in undated] == ["undated"]
    assert severe_logs(chromium) == []


def test_injected_markup_stays_text(
    offline_chromium: Any, tmp_path: Path, hostile_events: list[Event]
) -> None:
    chromium = offline_chromium
    open_page(chromium, tmp_path, hostile_events, title=PAYLOADS[0])
    assert drawn_items(chromium) == sum(1 for e in hostile_events if e.date is not None)
    hover_texts = [hover_label(chromium, event) for event in hostile_events if event.date]
    shown = " ".join(hover_texts)
    for payload in PAYLOADS[:3]:
        assert payload in shown  # displayed literally, as text
    options = [o.text for o in Select(chromium.find_element(By.ID, "actor-filter")).options]
    assert set(PAYLOADS) <= set(options)
    assert chromium.execute_script("return typeof window.pwned") == "undefined"
    assert chromium.find_elements(By.CSS_SELECTOR, "body img") == []
    assert chromium.find_element(By.TAG_NAME, "h1").text == PAYLOADS[0]
    assert severe_logs(chromium) == []

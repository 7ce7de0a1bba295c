"""Shared fixtures: a real headless Chromium for browser tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMEDRIVER_PATHS = ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")


def find_chromium() -> tuple[str, str] | None:
    """Paths of a Chromium binary and its driver, or None when either is missing."""
    binary = next((p for p in CHROMIUM_PATHS if os.path.exists(p)), None) or shutil.which(
        "chromium"
    )
    driver = next((p for p in CHROMEDRIVER_PATHS if os.path.exists(p)), None) or shutil.which(
        "chromedriver"
    )
    return (binary, driver) if binary and driver else None


def chromium_options(user_data_dir: str) -> Any:
    """Headless Chromium options that work as root on a machine with no network."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    found = find_chromium()
    if found:
        options.binary_location = found[0]
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={user_data_dir}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return options


def require_browser() -> tuple[str, str]:
    """The Chromium paths; skip the test outside CI when absent, fail under CI."""
    found = find_chromium()
    if found is None:
        message = "no headless Chromium + chromedriver (apt-get install chromium chromium-driver)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " -- required under CI")
        pytest.skip(message)
    return found


@pytest.fixture
def chromium() -> Iterator[Any]:
    """A Selenium WebDriver on Debian's headless Chromium, closed after the test."""
    _, driver_path = require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="timeline-chromium-") as profile:
        driver = webdriver.Chrome(service=Service(driver_path), options=chromium_options(profile))
        driver.set_page_load_timeout(60)
        try:
            yield driver
        finally:
            driver.quit()


def pytest_setup_options() -> Any:
    """Options for Dash's ``dash_duo`` fixture: Debian's Chromium, headless, no network."""
    return chromium_options(tempfile.mkdtemp(prefix="timeline-dash-"))

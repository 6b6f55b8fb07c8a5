"""End-to-end: the pages in headless Chromium (Debian ``chromium`` + ``chromium-driver``, driven by
Selenium) against a server on loopback. Skipped when Chromium or Selenium is missing."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium")
from dateline.web.testing import chromium, chromium_paths, running_server  # noqa: E402

if chromium_paths() is None:
    pytest.skip("chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from web_store import built_store  # noqa: E402

PAGES = ["/", "/articles", "/articles/doha-talks", "/events", "/actors", "/actors/Tom%20West%7CUSA%7CGOV",
         "/quotes", "/stories", "/stories/1", "/map", "/docs"]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with running_server(built_store(tmp_path_factory)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def arrived(driver, fragment: str, seconds: float = 20) -> str:
    """The URL once a click's navigation has reached a page whose URL holds ``fragment`` (a click
    returns before the next page loads; on a loaded machine reading the URL at once races it)."""
    WebDriverWait(driver, seconds).until(expected_conditions.url_contains(fragment))
    WebDriverWait(driver, seconds).until(
        lambda d: d.execute_script("return document.readyState") == "complete")
    return driver.current_url


def console_errors(driver) -> list[str]:
    """Severe console messages since the last call (CSP violations and failed loads among them)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_every_page_loads_without_errors(base, browser):
    console_errors(browser)
    for path in PAGES:
        browser.get(base + path)
        assert browser.find_element(By.TAG_NAME, "h1").text, path
        assert browser.find_element(By.CSS_SELECTOR, "header.top nav").is_displayed()
        assert console_errors(browser) == [], path


def test_clicking_an_event_highlights_its_evidence(base, browser):
    browser.get(base + "/articles/doha-talks")
    assert browser.find_elements(By.CSS_SELECTOR, ".ev-on[data-ev]") == []
    browser.find_element(By.CSS_SELECTOR, 'a.event-link[data-event="e1"]').click()
    on = browser.find_elements(By.CSS_SELECTOR, ".ev-on[data-ev]")
    assert on and all("e1" in el.get_attribute("data-ev").split() for el in on)
    highlighted = "".join(el.text for el in on)
    assert "pledged" in highlighted and "Taliban" not in highlighted
    assert "active" in browser.find_element(By.ID, "event-1").get_attribute("class")
    # another event moves the highlight
    browser.find_element(By.CSS_SELECTOR, 'a.event-link[data-event="e0"]').click()
    on = browser.find_elements(By.CSS_SELECTOR, ".ev-on[data-ev]")
    assert "met" in "".join(el.text for el in on) and "pledged" not in "".join(el.text for el in on)
    assert "active" not in browser.find_element(By.ID, "event-1").get_attribute("class")
    # the evidence is what the page background shows: the highlight colour is applied
    colour = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", on[0])
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_events_explorer_rows_open_their_evidence(base, browser):
    browser.get(base + "/events?modality=negated")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events tr.event-row")
    assert len(rows) == 1
    rows[0].find_element(By.CSS_SELECTOR, "a.evidence-link").click()
    assert "/articles/paris-protest" in arrived(browser, "/articles/paris-protest")
    on = browser.find_elements(By.CSS_SELECTOR, ".ev-on[data-ev]")
    assert "did not arrest" in "".join(el.text for el in on)


def test_events_filter_form(base, browser):
    browser.get(base + "/events")
    box = browser.find_element(By.NAME, "country")
    box.send_keys("FRA")
    browser.find_element(By.CSS_SELECTOR, "#event-filters button[type=submit]").click()
    assert "country=FRA" in arrived(browser, "country=FRA")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events tr.event-row")) == 2


def test_hover_shows_the_resolution(base, browser):
    browser.get(base + "/articles/doha-talks")
    place = browser.find_element(By.CSS_SELECTOR, "#article-text span.hl-place")
    assert "GeoNames 290030" in place.get_attribute("title")
    timex = browser.find_element(By.CSS_SELECTOR, "#article-text span.hl-timex")
    assert "2021-11-22" in timex.get_attribute("title")


def test_map_shows_markers(base, browser):
    browser.get(base + "/map")
    svg = browser.find_element(By.ID, "worldmap")
    assert svg.size["width"] > 500
    markers = browser.find_elements(By.CSS_SELECTOR, "#event-markers circle.marker")
    assert len(markers) == 3 and all(m.is_displayed() and m.size["width"] > 0 for m in markers)
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.land")) > 150


def test_hostile_markup_runs_nothing(base, browser):
    browser.get(base + "/articles/hostile-markup")
    browser.find_element(By.CSS_SELECTOR, "#boilerplate summary").click()    # unfold it too
    for el in browser.find_elements(By.CSS_SELECTOR, "#article-text span"):
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", el)
    assert browser.execute_script("return window.__xss === undefined")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    text = browser.find_element(By.ID, "article-text").text
    assert '<script>window.__xss = "text";</script>' in text and "onerror=" in text
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text script, #article-text img, #article-text b") == []
    assert "<script>" in browser.find_element(By.ID, "article-title").text
    assert browser.find_elements(By.CSS_SELECTOR, "main script, main img") == []


def test_story_timeline_events_open_their_evidence(base, browser):
    browser.get(base + "/articles/paris-protest")
    story = browser.find_element(By.CSS_SELECTOR, 'a[href^="/stories/"]').get_attribute("href")
    browser.get(story)
    marks = browser.find_elements(By.CSS_SELECTOR, "#story-strip circle.mark-event")
    assert len(marks) == 2
    browser.find_elements(By.CSS_SELECTOR, "#story-timeline a.evidence-link")[0].click()
    assert "/articles/paris-protest?event=" in arrived(browser, "/articles/paris-protest?event=")
    assert browser.find_elements(By.CSS_SELECTOR, ".ev-on[data-ev]")


def test_map_filter_form(base, browser):
    browser.get(base + "/map")
    browser.find_element(By.NAME, "type").send_keys("PROTEST")
    browser.find_element(By.CSS_SELECTOR, "#map-filters button[type=submit]").click()
    assert "type=PROTEST" in arrived(browser, "type=PROTEST")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#event-markers circle.marker")) == 1

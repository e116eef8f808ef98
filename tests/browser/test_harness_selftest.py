"""The harness finds what it is meant to find: tests of the tests.

fixtures/selftest.html has exactly one contrast failure, one request to another site and one
localStorage write; fixtures/clean.html has nothing wrong; fixtures/csp.html has an inline
script its own Content-Security-Policy blocks.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext

from harness import DESKTOP, Sink, audit, guard_of, new_context, serve, sink
from helpers import BROWSER_FIXTURES as FIXTURES  # tests/browser/fixtures
FOREIGN_IMAGE = "https://example.com/x.png"


@pytest.fixture(scope="module")
def fixtures_url() -> Iterator[str]:
    with serve(FIXTURES) as url:
        yield url


@pytest.fixture
def context(browser: Browser, fixtures_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, fixtures_url, DESKTOP)
    yield context
    context.close()


def test_reports_each_planted_problem(context: BrowserContext, fixtures_url: str,
                                      trap: Sink) -> None:
    page = context.new_page()
    before = len(trap.hits())
    result = audit(page, fixtures_url + "selftest.html", trap=trap)

    assert [v.rule for v in result.violations] == ["color-contrast"]
    assert result.violations[0].targets == (".faint",)
    assert result.foreign_requests == [FOREIGN_IMAGE]
    # Routing aborted it in the browser: it did not even reach the local proxy.
    assert guard_of(context).blocked == [FOREIGN_IMAGE]
    assert trap.new_hits(before) == []
    assert result.storage["localStorage"] == {"selftest": "written"}
    assert result.storage_writes == ["localStorage selftest"]
    assert result.cookies == [] and result.csp_violations == []

    assert not result.clean
    report = result.report()
    for expected in ("color-contrast", FOREIGN_IMAGE, "localStorage left behind: selftest"):
        assert expected in report


def test_clean_page_after_a_dirty_one_is_clean(context: BrowserContext, fixtures_url: str) -> None:
    """Storage left by one audited page is cleared, not blamed on the next."""
    page = context.new_page()
    assert not audit(page, fixtures_url + "selftest.html").clean
    result = audit(page, fixtures_url + "clean.html")
    assert result.clean, result.report()


def test_a_blocked_request_is_never_sent(context: BrowserContext, fixtures_url: str) -> None:
    """A request to another origin is aborted before it leaves the browser: the server it
    was meant for (a second local server here, so that we can count) sees nothing."""
    page = context.new_page()
    with sink() as tracker:
        pixel = f"http://{tracker.address}/pixel.png"

        def add_pixel(page_: object) -> None:
            page.evaluate("(src) => new Promise((done) => { const img = new Image(); "
                          "img.onload = img.onerror = done; img.src = src; })", pixel)

        result = audit(page, fixtures_url + "clean.html", interact=add_pixel)
        assert result.foreign_requests == [pixel]
        assert tracker.hits() == []


def test_the_proxy_stops_what_routing_does_not(browser: Browser, fixtures_url: str,
                                               trap: Sink) -> None:
    """Without routing, a request to another site still gets no further than the sink."""
    context = new_context(browser, fixtures_url, DESKTOP, route_block=False)
    try:
        before = len(trap.hits())
        result = audit(context.new_page(), fixtures_url + "selftest.html", trap=trap)
        assert FOREIGN_IMAGE in result.foreign_requests
        assert "(via proxy) CONNECT example.com:443" in result.foreign_requests
        assert trap.new_hits(before) == ["CONNECT example.com:443"]
    finally:
        context.close()


def test_reports_code_the_content_security_policy_blocked(
    context: BrowserContext, fixtures_url: str
) -> None:
    page = context.new_page()
    result = audit(page, fixtures_url + "csp.html")
    assert result.csp_violations == ["script-src-elem blocked inline"]
    assert page.title() == "Harness self-test: code the policy blocks"
    assert not result.clean

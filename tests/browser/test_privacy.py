"""Nothing about a visit stays on the device or leaves the site.

The every-page audit checks storage, cookies and requests after ordinary use; these tests
cover what ordinary use does not reach: search, Material's own saved settings, and the
Content-Security-Policy actually stopping a request to another site.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext

from harness import audit, guard_of


def test_searching_leaves_no_trace(desktop: BrowserContext, base_url: str) -> None:
    page = desktop.new_page()
    page.goto(base_url)
    search = page.locator("[data-md-component=search-query]")
    assert search.count() == 1, "the site has no search box"
    search.click()
    page.keyboard.type("help")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    # The open search, results and all, must be as accessible as any page.
    result = audit(page, interact=None)
    assert result.clean, result.report()
    assert urlsplit(page.url).query == ""
    results.first.locator("a").first.click()
    page.wait_for_load_state("load")
    # The words searched for are not in the address of the result (no ?h=help).
    assert urlsplit(page.url).query == ""
    after = audit(page, interact=None, axe=False)
    assert after.clean, after.report()


def test_material_keeps_its_settings_in_memory_only(desktop: BrowserContext, base_url: str) -> None:
    """Material saves palette, tabs and dismissed banners through __md_set: Signpost's
    replacement keeps them for the page's life and writes nothing to storage."""
    page = desktop.new_page()
    page.goto(base_url)
    kept = page.evaluate(
        """() => {
          __md_set("__palette", { index: 1 });
          __md_set("__source", { stars: 3 }, sessionStorage);
          return [__md_get("__palette"), __md_get("__source", sessionStorage)];
        }"""
    )
    assert kept == [{"index": 1}, {"stars": 3}]
    result = audit(page, interact=None, axe=False)
    assert result.clean, result.report()
    page.reload()
    assert page.evaluate('() => __md_get("__palette")') is None


def test_the_content_security_policy_stops_requests_to_other_sites(
    desktop: BrowserContext, base_url: str
) -> None:
    page = desktop.new_page()
    page.goto(base_url)
    failures: list[str] = []
    page.on("requestfailed", lambda request: failures.append(f"{request.url} {request.failure}"))
    before = len(guard_of(desktop).blocked)
    page.evaluate(
        """() => new Promise((done) => {
          const img = new Image();
          img.onload = img.onerror = done;
          img.src = "https://example.com/tracker.png";
          const script = document.createElement("script");
          script.textContent = "document.title = 'inline script ran'";
          document.body.append(img, script);
        })"""
    )
    result = audit(page, interact=None, axe=False)
    assert "img-src blocked https://example.com/tracker.png" in result.csp_violations
    assert "script-src-elem blocked inline" in result.csp_violations
    assert page.title() != "inline script ran"
    # Stopped by the page's own policy inside the browser: routing never had to abort it.
    assert guard_of(desktop).blocked[before:] == []
    assert failures == ["https://example.com/tracker.png csp"]

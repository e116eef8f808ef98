"""Material's search on a site made of hostile text shows text, not elements.

Material's search UI renders the titles and text in search/search_index.json as HTML, so the
index must hold them escaped exactly once. This builds the hostile fixture site of
tests/test_no_markup.py (written by tests/hostile_site.py), searches it in Chromium and
checks that the results read exactly as the content is written, that no element or event
handler came from content and that no script ran (an `alert` would open a dialog).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page

from harness import DESKTOP, new_context, serve
from hostile_site import SITE_NAME, TEEN, build, words


@pytest.fixture(scope="session")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    built = build(tmp_path_factory.mktemp("no-markup-browser"), hostile=True)
    with serve(built.site) as url:
        yield url


@pytest.fixture
def hostile_desktop(browser: Browser, hostile_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, hostile_url, DESKTOP)
    yield context
    context.close()


def opened(context: BrowserContext, url: str) -> tuple[Page, list[str]]:
    page = context.new_page()
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    page.goto(url)
    return page, dialogs


HANDLERS = """() => [...document.querySelectorAll("*")].flatMap(e =>
  [...e.attributes].filter(a => a.name.toLowerCase().startsWith("on"))
    .map(a => e.tagName + " " + a.name))"""


def test_search_results_show_hostile_names_as_text(hostile_desktop: BrowserContext,
                                                   hostile_url: str) -> None:
    page, dialogs = opened(hostile_desktop, hostile_url)
    assert page.title() == words(SITE_NAME) or page.title().endswith(f" - {words(SITE_NAME)}")
    search = page.locator("[data-md-component=search-query]")
    search.click()
    page.keyboard.type("Teen Night")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    titles = [words(t) for t in page.locator(".md-search-result__article h1").all_text_contents()]
    assert TEEN in titles, titles
    injected = page.evaluate("""() => [...document.querySelectorAll(
      ".md-search-result img, .md-search-result script, .md-search-result iframe, " +
      ".md-search-result svg, .md-search-result object")].map(e => e.outerHTML)""")
    assert injected == []
    assert page.evaluate(HANDLERS) == []
    # Searching for markup finds it as text too.
    search.fill("")
    page.keyboard.type("onerror")
    results.first.wait_for()
    assert page.evaluate(HANDLERS) == []
    assert page.locator(".md-search-result img").count() == 0
    assert dialogs == []


def test_pages_named_with_markup_run_no_script(hostile_desktop: BrowserContext,
                                               hostile_url: str) -> None:
    for path in ("", "services/", "needs/need-0/", "levels/everyday/", "consent/why/",
                 "pathway/", "you-said-we-did/", "what-help-fits-us/", "page/", "front/",
                 "404.html"):
        page, dialogs = opened(hostile_desktop, hostile_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate(HANDLERS) == [], path
        assert dialogs == [], path
        if path == "needs/need-0/":
            assert page.title() == f"{TEEN} - {words(SITE_NAME)}"
        page.close()

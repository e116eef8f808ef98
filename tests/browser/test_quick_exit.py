""""Leave this site": by mouse or touch, by keyboard, by Shift three times, without JavaScript.

The neutral site is never really fetched: the browser's request for it is answered with a
stand-in page, so the tests can follow the exit without any network.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

from project import Project
from harness import js_function, new_context, PHONE

NEUTRAL_PAGE = "<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>"
EXIT_LINK = "a[data-sp-exit]"


def answer_exit(page: Page, exit_url: str) -> None:
    page.route(exit_url, lambda route: route.fulfill(content_type="text/html", body=NEUTRAL_PAGE))


def open_two_pages(page: Page, base_url: str) -> str:
    """Visits the home page, then the staying-safe page; returns the second one's address."""
    page.goto(base_url)
    page.locator(".sp-exit__help").click()
    page.wait_for_load_state("load")
    assert page.url != base_url
    return page.url


def assert_left_for_good(page: Page, exit_url: str, left: str, base_url: str) -> None:
    page.wait_for_url(exit_url)
    assert page.locator("h1").inner_text() == "Weather"
    # location.replace(): the page that was left is gone from the tab's history.
    page.go_back(wait_until="load")
    assert page.url != left
    assert page.url == base_url


# Installed before the click: once the click has been handled (quick-exit.js listens
# first, on the document), logs what a person would see at that moment.
_WATCH_CLICK = js_function("watch-click")


def test_click_blanks_the_page_at_once_and_back_does_not_return(
    desktop: BrowserContext, base_url: str, project: Project
) -> None:
    page = desktop.new_page()
    seen: list[str] = []
    page.on("console", lambda message: seen.append(message.text))
    left = open_two_pages(page, base_url)
    # The neutral site's answer is held back until the page being left has said what it
    # showed, so its message cannot be lost with the page.
    held: list[Route] = []
    # A lambda, not held.append: Playwright refuses a built-in method as a handler.
    page.route(project.quick_exit_url, lambda route: held.append(route))  # noqa: PLW0108
    page.evaluate(_WATCH_CLICK)
    # A plain mouse click: Locator.click() would wait for the held navigation to finish.
    box = page.locator(EXIT_LINK).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(100):
        if held and seen:
            break
        page.wait_for_timeout(50)
    assert held, "clicking the quick exit did not ask for the neutral site"
    # Blank straight away, before the neutral site had even answered.
    assert seen == ['seen {"title":"","shown":"none","blank":true}']
    held[0].fulfill(content_type="text/html", body=NEUTRAL_PAGE)
    assert_left_for_good(page, project.quick_exit_url, left, base_url)


def test_keyboard_reaches_it_first_and_enter_leaves(
    desktop: BrowserContext, base_url: str, project: Project
) -> None:
    page = desktop.new_page()
    left = open_two_pages(page, base_url)
    answer_exit(page, project.quick_exit_url)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('a[data-sp-exit]')")
    page.keyboard.press("Enter")
    assert_left_for_good(page, project.quick_exit_url, left, base_url)


def test_shift_three_times_within_five_seconds_leaves(
    desktop: BrowserContext, base_url: str, project: Project
) -> None:
    page = desktop.new_page()
    page.clock.install()
    left = open_two_pages(page, base_url)
    answer_exit(page, project.quick_exit_url)
    # Shift+Tab (moving backwards) and capital letters are not presses of Shift on its own,
    # and start the count again.
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+A")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url == left, "Shift used with other keys left the site"
    page.keyboard.press("Shift")
    page.clock.fast_forward(5100)
    # The first two presses are too old now: two more do not make three.
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url == left, "Shift pressed three times over more than five seconds left the site"
    page.keyboard.press("Shift")
    assert_left_for_good(page, project.quick_exit_url, left, base_url)


@pytest.fixture
def no_javascript(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, base_url, PHONE, javascript=False)
    yield context
    context.close()


def test_without_javascript_it_is_a_plain_link(
    no_javascript: BrowserContext, base_url: str, project: Project
) -> None:
    page = no_javascript.new_page()
    page.goto(base_url)
    link = page.locator(EXIT_LINK)
    assert link.get_attribute("href") == project.quick_exit_url
    assert "noreferrer" in (link.get_attribute("rel") or "").split()
    assert link.is_visible() and link.inner_text() == "Leave this site"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('a[data-sp-exit]')")
    answer_exit(page, project.quick_exit_url)
    page.keyboard.press("Enter")
    page.wait_for_url(project.quick_exit_url)


def test_what_this_button_does_explains_it(desktop: BrowserContext, base_url: str) -> None:
    page = desktop.new_page()
    page.goto(base_url)
    page.get_by_role("link", name="What this button does").click()
    assert page.locator("h1").inner_text().startswith("Staying safe online")
    text = page.locator(".md-content").inner_text()
    for words in ("Leave this site", "history", "Private", "999", "55"):
        assert words in text


def visible_and_uncovered(page: Page) -> bool:
    return page.evaluate(js_function("exit-in-view-and-uncovered"))


def test_on_a_phone_it_stays_in_view_over_menu_and_search(
    phone: BrowserContext, base_url: str, project: Project
) -> None:
    page = phone.new_page()
    page.goto(base_url + "staying-safe-online/")
    page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
    assert page.evaluate("() => window.scrollY") > 500, "the page is too short to test scrolling"
    assert visible_and_uncovered(page), "scrolled to the bottom, Leave this site is hidden"

    page.get_by_role("button", name="Menu").click()
    page.wait_for_timeout(400)
    assert page.locator(".md-nav--primary").first.is_visible()
    assert visible_and_uncovered(page), "with the menu open, Leave this site is covered"
    page.mouse.click(300, 400)  # on the shaded page beside the menu: closes it
    page.wait_for_timeout(400)

    search = page.get_by_role("button", name="Search")
    if search.count():
        search.click()
        page.wait_for_timeout(500)
        assert page.locator(".md-search__input").is_visible()
        assert visible_and_uncovered(page), "with search open, Leave this site is covered"

    answer_exit(page, project.quick_exit_url)
    page.locator(EXIT_LINK).tap()
    page.wait_for_url(project.quick_exit_url)

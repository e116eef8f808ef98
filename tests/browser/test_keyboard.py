"""Keyboard only: every link is reached, always visibly focused and never hidden.

The walk starts at the top of the home page and presses Tab until focus leaves the page.
For every element focused it checks what a keyboard user needs to see: a strong focus
indicator (outline or box-shadow), the element inside the window, and not under the sticky
header (WCAG 2.4.7 and 2.4.11).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from harness import js_function, new_context, PHONE

# Describes the focused element, or returns null when nothing in the page has focus.
_FOCUSED = js_function("focused")

# Every link a sighted visitor can see on the page (and so must be able to reach), less
# links inside a <label>: the label's own control is what the keyboard reaches.
_VISIBLE_LINKS = js_function("visible-links")


def walk(page: Page, key: str = "Tab", limit: int = 400) -> tuple[list[str], set[str]]:
    """Presses `key` (Tab, or Shift+Tab to go backwards) until focus leaves the page;
    returns the problems met and the links focused."""
    problems: list[str] = []
    reached: set[str] = set()
    seen: set[str] = set()
    page.evaluate("() => document.querySelectorAll('[data-sp-walk]')"
                  ".forEach((el) => el.removeAttribute('data-sp-walk'))")
    for step in range(1, limit + 1):
        page.keyboard.press(key)
        info = page.evaluate(_FOCUSED)
        if info is None or info["id"] in seen:
            return problems, reached
        seen.add(info["id"])
        name = f"{key} {step}: {info['name']}"
        if not (info["outline"] or info["shadow"]):
            problems.append(f"{name} has no visible focus indicator")
        if not info["inWindow"]:
            problems.append(f"{name} is focused outside the window")
        elif info["underHeader"]:
            problems.append(f"{name} is hidden under the sticky header")
        elif not info["uncovered"]:
            problems.append(f"{name} is covered by {info['hit']}")
        if info["href"] is not None:
            reached.add(info["href"])
    problems.append(f"focus never left the page after {limit} presses of {key}")
    return problems, reached


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_keyboard_walk_of_the_home_page(
    request: pytest.FixtureRequest, base_url: str, viewport: str
) -> None:
    context: BrowserContext = request.getfixturevalue(viewport)
    page = context.new_page()
    # Without animations, what the test sees is what stays on screen.
    page.emulate_media(reduced_motion="reduce")
    page.goto(base_url)
    visible_links = page.evaluate(_VISIBLE_LINKS)
    problems, reached = walk(page)
    unreached = [link for link in visible_links if link.split(" ", 1)[0] not in reached]
    problems += [f"never reached by Tab: {link}" for link in unreached]
    assert len(reached) >= 5, f"only {len(reached)} links reached"
    # Backwards from the end of the page: what scrolls in from above is what the sticky
    # header can hide.
    page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
    page.locator("body").focus()
    backwards, _ = walk(page, "Shift+Tab")
    assert not problems + backwards, "\n".join(problems + backwards)


def test_skip_link_is_second_and_moves_focus_to_the_content(desktop: BrowserContext,
                                                            base_url: str) -> None:
    page = desktop.new_page()
    page.goto(base_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    skip = page.locator(".sp-skip")
    assert page.evaluate("() => document.activeElement.classList.contains('sp-skip')")
    assert skip.is_visible() and skip.inner_text() == "Skip to main content"
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["width"] > 50, "the skip link does not show when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "sp-main"
    heading_top = page.evaluate(
        "() => document.querySelector('.md-content h1').getBoundingClientRect().top")
    header_bottom = page.locator("[data-md-component=header]").bounding_box()["y"] + page.locator(
        "[data-md-component=header]").bounding_box()["height"]
    assert heading_top >= header_bottom - 1, "the skip link scrolls the heading under the header"
    # The next Tab goes on from the content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate(
        "() => !!document.activeElement.closest('.md-content')"
        " || !document.querySelector('.md-content a[href]')"
    )


# How many menu links are on screen, where a finger or pointer could reach them.
_MENU_LINKS_SHOWN = js_function("menu-links-shown")


@pytest.mark.parametrize("key", ["Enter", " "], ids=["Enter", "Space"])
def test_the_menu_opens_and_closes_from_the_keyboard_on_a_phone(
    phone: BrowserContext, base_url: str, key: str
) -> None:
    page = phone.new_page()
    page.emulate_media(reduced_motion="reduce")
    page.goto(base_url)
    menu = page.get_by_role("button", name="Menu")
    assert page.evaluate(_MENU_LINKS_SHOWN) == 0
    menu.focus()
    page.keyboard.press(key)
    assert page.evaluate("() => document.getElementById('__drawer').checked")
    assert page.evaluate(_MENU_LINKS_SHOWN) > 0
    assert menu.get_attribute("aria-expanded") == "true"
    in_menu = "() => !!document.activeElement.closest('.md-nav--primary')"
    # Focus moves into the open menu, and Tab goes on through its links.
    assert page.evaluate(in_menu)
    page.keyboard.press("Tab")
    assert page.evaluate(in_menu)
    # Escape closes it and puts focus back on the Menu button.
    page.keyboard.press("Escape")
    assert not page.evaluate("() => document.getElementById('__drawer').checked")
    assert page.evaluate(_MENU_LINKS_SHOWN) == 0
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Menu"
    assert menu.get_attribute("aria-expanded") == "false"


def test_without_javascript_the_menu_opens_from_the_keyboard_on_a_phone(
    browser: Browser, base_url: str
) -> None:
    """Menu is then a link to the menu: Enter opens it, Tab goes on through its links, and
    it closes when focus moves on past them. Search needs JavaScript, so it is not offered."""
    context = new_context(browser, base_url, PHONE, javascript=False)
    page = context.new_page()
    page.goto(base_url)
    assert page.evaluate(_MENU_LINKS_SHOWN) == 0
    assert not page.get_by_role("button", name="Search").is_visible()
    page.get_by_role("link", name="Menu").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**#sp-menu")
    assert menu_links_shown_soon(page) > 0  # it slides in
    in_menu = "() => !!document.activeElement.closest('.md-nav--primary')"
    page.keyboard.press("Tab")
    assert page.evaluate(in_menu)
    for _ in range(100):
        page.keyboard.press("Tab")
        if not page.evaluate(in_menu):
            break
        assert page.evaluate(_MENU_LINKS_SHOWN) > 0, "the menu closed with focus still in it"
    else:
        pytest.fail("Tab never left the menu")
    assert menu_links_shown_soon(page, until_none=True) == 0
    context.close()


def menu_links_shown_soon(page: Page, until_none: bool = False) -> int:
    """_MENU_LINKS_SHOWN once the drawer has slid, polled from here: without JavaScript the
    page runs no timers or animation frames for Playwright's own waiting."""
    for _ in range(40):
        shown = page.evaluate(_MENU_LINKS_SHOWN)
        if (shown == 0) == until_none:
            return shown
        page.wait_for_timeout(50)
    return shown

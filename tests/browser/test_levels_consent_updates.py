"""In a browser: consent versions as tabs, "You said, we did" filters, and the pages meant
for paper (levels side by side on one sheet, the consent leaflet on one page).

Each interactive page is also used with JavaScript off, where everything must still be
there, and is audited after being used, since using it changes what is on screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from harness import DESKTOP, PHONE, audit, new_context

READERS = ("parents", "young-people", "children", "professionals")


@pytest.fixture
def no_script(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, base_url, PHONE, javascript=False)
    yield context
    context.close()


def shown_readers(page: Page) -> list[str]:
    return [r for r in READERS if page.locator(f"section#{r}").is_visible()]


def test_consent_versions_are_tabs_a_reader_can_pick(desktop: BrowserContext,
                                                     base_url: str) -> None:
    page = desktop.new_page()
    page.goto(base_url + "consent/")
    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(4)
    assert shown_readers(page) == ["parents"]
    expect(page.get_by_role("tab", name="Parents and carers")).to_have_attribute(
        "aria-selected", "true")

    page.get_by_role("tab", name="Children").click()
    assert shown_readers(page) == ["children"]
    assert page.url.endswith("consent/#children")

    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Professionals")).to_be_focused()
    assert shown_readers(page) == ["professionals"]
    result = audit(page, interact=None)
    assert result.clean, result.report()


@pytest.mark.parametrize(("address", "reader"), [
    ("consent/#professionals", "professionals"),
    ("consent/#children-saying-no", "children"),
    ("consent/why-we-ask/#young-people", "young-people"),
])
def test_a_link_opens_the_version_it_names(phone: BrowserContext, base_url: str,
                                           address: str, reader: str) -> None:
    page = phone.new_page()
    page.goto(base_url + address)
    assert shown_readers(page) == [reader]


def test_without_javascript_every_version_shows(no_script: BrowserContext,
                                                base_url: str) -> None:
    page = no_script.new_page()
    page.goto(base_url + "consent/")
    assert shown_readers(page) == list(READERS)
    expect(page.get_by_role("tab")).to_have_count(0)
    page.get_by_role("link", name="Children", exact=True).click()
    assert page.url.endswith("#children")


def visible_updates(page: Page) -> list[str]:
    return page.locator("article[data-sp-update]:visible").evaluate_all(
        "items => items.map(item => item.id)")


def test_updates_narrow_in_place_by_status_and_by_who_told_us(phone: BrowserContext,
                                                              base_url: str) -> None:
    page = phone.new_page()
    page.goto(base_url + "you-said-we-did/")
    every = visible_updates(page)
    planned = page.locator("article[data-status=planned]").evaluate_all(
        "items => items.map(item => item.id)")
    assert 0 < len(planned) < len(every)
    expect(page.get_by_role("navigation", name="Show only some updates")).to_be_hidden()

    page.get_by_label("Status").select_option(label="Planned")
    assert visible_updates(page) == planned
    expect(page.locator("[data-sp-count]")).to_have_text(
        f"Showing {len(planned)} of {len(every)} updates.")

    page.get_by_label("Status").select_option(label="Any status")
    page.get_by_label("Who told us").select_option(label="Brackenford Youth Forum")
    forum = visible_updates(page)
    assert forum and len(forum) < len(every)
    for year in page.locator("section[data-sp-year]").all():
        assert year.is_visible() == (year.locator("article:visible").count() > 0)
    result = audit(page, interact=None)
    assert result.clean, result.report()


def test_without_javascript_the_filters_are_links_to_pages(no_script: BrowserContext,
                                                           base_url: str) -> None:
    page = no_script.new_page()
    page.goto(base_url + "you-said-we-did/")
    expect(page.locator("form.sp-filter")).to_be_hidden()
    page.get_by_role("link", name="Planned", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did: planned")
    statuses = page.locator("article[data-sp-update]").evaluate_all(
        "items => items.map(item => item.dataset.status)")
    assert statuses and set(statuses) == {"planned"}


def printed_pages(page: Page) -> int:
    pdf = page.pdf(prefer_css_page_size=True, format="A4")
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("address", ["levels/compare/", "consent/leaflet/"])
def test_pages_for_paper_print_on_one_sheet(browser: Browser, base_url: str,
                                            address: str) -> None:
    context = new_context(browser, base_url, DESKTOP)
    page = context.new_page()
    page.goto(base_url + address)
    expect(page.get_by_role("button", name=re.compile("^Print this"))).to_be_visible()
    assert printed_pages(page) == 1
    context.close()


def test_the_comparison_scrolls_inside_its_own_box_on_a_phone(phone: BrowserContext,
                                                              base_url: str) -> None:
    page = phone.new_page()
    page.goto(base_url + "levels/compare/")
    table = page.get_by_role("region", name="Levels of need, lowest first")
    assert table.evaluate("box => box.scrollWidth > box.clientWidth")
    table.focus()
    page.keyboard.press("ArrowRight")
    # Scrolling may be smooth: wait (up to the default time limit) for the box to move.
    page.wait_for_function("box => box.scrollLeft > 0", arg=table.element_handle())


def test_a_level_says_which_of_its_contacts_are_open_now(phone: BrowserContext,
                                                         base_url: str) -> None:
    page = phone.new_page()
    page.goto(base_url + "levels/specialist/")
    contacts = page.locator("#contacts ~ .sp-contact")
    assert contacts.count() >= 2
    expect(page.locator(".sp-open-now:visible").first).to_have_text(re.compile(r"\S"))
    assert page.locator(".sp-open-now:visible").count() == contacts.count()

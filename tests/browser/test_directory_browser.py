"""Find a service in a real browser: filters, search, counts, printing, privacy, and the
same answers with and without JavaScript.

Expected results come from the content model (what a service file says), written out here
as plainly as a reader of the YAML would apply them; the pages must agree.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from harness import Viewport, audit, new_context
from helpers import REPO

# `content`, the sample's checked content as of the date the site was built, is the session
# fixture of tests/conftest.py.
LIVE_COUNT = "[data-sp-count][role=status]"
SMALL_PHONE = Viewport("360px phone", 360, 740, mobile=True)
GROUPS = {"pregnancy": None, "0-4": (0, 4), "5-10": (5, 10), "11-15": (11, 15),
          "16-18": (16, 18), "19-25": (19, 25)}


def fits(service, group: str) -> bool:
    if GROUPS[group] is None:
        return service.pregnancy
    lowest, highest = GROUPS[group]
    return service.ages.start < highest + 1 and service.ages.end >= lowest


def finder(context: BrowserContext, base_url: str) -> Page:
    page = context.new_page()
    page.goto(base_url + "services/")
    page.locator("[data-sp-finder][data-sp-ready]").wait_for()
    page.wait_for_function("() => /match/.test(document.querySelector('[data-sp-count]')"
                           ".textContent)")
    return page


def count_said(page: Page) -> int:
    """The number in the live region, once it has settled."""
    page.wait_for_function("() => /match/.test(document.querySelector('[data-sp-count]')"
                           ".textContent)")
    text = page.locator(LIVE_COUNT).inner_text()
    return 0 if text.startswith("No services") else int(re.match(r"\d+", text).group())


def shown(page: Page, expected: int) -> list[str]:
    """The service ids listed, after pressing "Show more results" until all `expected` are."""
    wait = ("(n) => document.querySelectorAll('[data-sp-results] > li').length === n"
            f" && !document.querySelector('[data-sp-more]').hidden === n < {expected}")
    target = min(expected, 20)
    page.wait_for_function(wait, arg=target)
    while target < expected:
        page.get_by_role("button", name="Show more results").click()
        target = min(expected, target + 20)
        page.wait_for_function(wait, arg=target)
    links = page.locator("[data-sp-results] .sp-card__title a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    return [link.strip("/").split("/")[-1] for link in links]


def ids(services) -> list[str]:
    return [s.id for s in services]


# ---- Filters ---------------------------------------------------------------------------


FILTERS: dict[str, tuple[Callable[[Page], None], Callable]] = {
    "need": (lambda p: p.select_option("#sp-need", "money-housing"),
             lambda s: "money-housing" in s.needs),
    "age": (lambda p: p.select_option("#sp-group", "11-15"), lambda s: fits(s, "11-15")),
    "pregnancy": (lambda p: p.select_option("#sp-group", "pregnancy"),
                  lambda s: s.pregnancy),
    "free": (lambda p: p.check("#sp-free"), lambda s: s.free),
    "level": (lambda p: p.select_option("#sp-level", "specialist"),
              lambda s: "specialist" in s.levels),
    "how to get it": (lambda p: (p.check("#sp-access-drop-in"),
                                 p.check("#sp-access-appointment")),
                      lambda s: {"drop-in", "appointment"} & set(s.access)),
    "how it is given": (lambda p: p.check("#sp-delivery-home-visit"),
                        lambda s: "home-visit" in s.delivery),
    "area": (lambda p: p.select_option("#sp-area", "Millbrook"),
             lambda s: "Millbrook" in s.areas),
    "language": (lambda p: p.select_option("#sp-language", "Polish"),
                 lambda s: "Polish" in s.languages),
}


def open_more_filters(page: Page) -> None:
    if page.locator(".sp-finder__more:not([open])").count():
        page.locator(".sp-finder__more > summary").click()


def test_each_filter_narrows_the_list(desktop: BrowserContext, base_url: str, content
                                      ) -> None:
    page = finder(desktop, base_url)
    everything = count_said(page)
    assert everything == len(content.published_services)
    open_more_filters(page)
    for name, (choose, keeps) in FILTERS.items():
        choose(page)
        expected = ids(s for s in content.published_services if keeps(s))
        assert 0 < len(expected) < everything, name
        assert count_said(page) == len(expected), name
        assert shown(page, len(expected)) == expected, name
        page.get_by_role("button", name="Clear all filters").click()
        assert count_said(page) == everything


def test_filters_combine_and_clear(desktop: BrowserContext, base_url: str, content) -> None:
    page = finder(desktop, base_url)
    page.select_option("#sp-need", "emotional-wellbeing")
    page.select_option("#sp-group", "16-18")
    open_more_filters(page)
    page.check("#sp-delivery-online")
    expected = ids(s for s in content.published_services if "emotional-wellbeing" in s.needs
                   and fits(s, "16-18") and "online" in s.delivery)
    assert count_said(page) == len(expected) > 0
    assert shown(page, len(expected)) == expected
    assert page.locator("summary").inner_text() == "More filters (1 chosen)"
    page.get_by_role("button", name="Clear all filters").click()
    assert count_said(page) == len(content.published_services)
    assert page.evaluate("() => document.activeElement.id") == "sp-words"


def test_search_words_include_each_needs_other_words(desktop: BrowserContext, base_url: str,
                                                     content) -> None:
    page = finder(desktop, base_url)
    page.fill("#sp-words", "rent arrears")
    money = ids(s for s in content.published_services if "money-housing" in s.needs)
    assert count_said(page) == len(money)
    found = shown(page, len(money))
    assert sorted(found) == sorted(money)
    assert found[0] == "brackenford-advice-centre"  # says "rent arrears" itself: first

    page.fill("#sp-words", "Polish")  # a language a service speaks
    polish = ids(s for s in content.published_services if "Polish" in s.languages)
    assert count_said(page) == len(polish)

    page.fill("#sp-words", "food bank")
    assert "food-bank" in shown(page, count_said(page))

    page.fill("#sp-words", "xylophone")
    assert count_said(page) == 0
    assert page.locator(LIVE_COUNT).inner_text() == (
        "No services match. Try fewer filters or other words.")


def test_counts_are_announced_in_a_live_region(desktop: BrowserContext, base_url: str) -> None:
    page = finder(desktop, base_url)
    region = page.locator(LIVE_COUNT)  # role=status: polite, read out when it changes
    before = region.inner_text()
    page.select_option("#sp-need", "young-carers")
    after = region.inner_text()
    assert after != before
    assert re.fullmatch(r"\d+ services? match(es)?\.", after)


def test_more_results_and_focus(desktop: BrowserContext, base_url: str, content) -> None:
    page = finder(desktop, base_url)
    page.wait_for_function("() => document.querySelectorAll('[data-sp-results] > li')"
                           ".length === 20")  # of them all, at first
    page.get_by_role("button", name="Show more results").click()
    page.wait_for_function("() => document.querySelectorAll('[data-sp-results] > li')"
                           ".length === 40")
    focused = page.evaluate("() => document.activeElement.textContent")
    assert focused == content.published_services[20].name


# ---- Without JavaScript, the same answers ---------------------------------------------------


def listed(site: Path, url: str) -> list[str]:
    """The services a pre-rendered list shows, over all its pages."""
    found = []
    while url:
        html = (site / url / "index.html").read_text(encoding="utf-8")
        found += [h.strip("/").split("/")[-1] for h in
                  re.findall(r'class="sp-card__title"><a href="([^"]+)"', html)]
        following = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = (Path(url) / following.group(1)).as_posix() if following else ""
        url = re.sub(r"[^/]+/\.\./", "", url).strip("/")
    return found


def test_pre_rendered_pages_agree_with_the_filters(desktop: BrowserContext, base_url: str,
                                                   built_site: Path, content) -> None:
    page = finder(desktop, base_url)
    for need in content.needs:
        page.select_option("#sp-need", need)
        for group in GROUPS:
            page.select_option("#sp-group", group)
            expected = listed(built_site, f"needs/{need}/{group}")
            assert count_said(page) == len(expected), (need, group)
            assert shown(page, len(expected)) == expected, (need, group)
    page.select_option("#sp-need", "money-housing")
    page.select_option("#sp-group", "5-10")
    page.check("#sp-free")
    assert shown(page, count_said(page)) == listed(built_site, "needs/money-housing/5-10/free")


def test_free_money_help_for_a_seven_year_old_with_javascript(browser: Browser,
                                                             base_url: str, content) -> None:
    context = new_context(browser, base_url, SMALL_PHONE)
    try:
        page = finder(context, base_url)
        page.select_option("#sp-need", "money-housing")  # tap, tap
        page.select_option("#sp-group", "5-10")  # tap, tap
        page.check("#sp-free")  # tap
        expected = ids(s for s in content.published_services if "money-housing" in s.needs
                       and fits(s, "5-10") and s.free)
        assert count_said(page) == len(expected) > 0
        first = page.locator("[data-sp-results] .sp-card__title a").first
        assert first.inner_text() == content.services[expected[0]].name
        first.scroll_into_view_if_needed()
        assert first.is_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_nothing_moves_while_the_finder_starts(browser: Browser, base_url: str) -> None:
    """On a phone, the page does not jump as Find a service's finder starts: the lists
    under it stay where the family saw them (a layout shift is what a thumb mis-taps on;
    Lighthouse counts it as CLS)."""
    context = new_context(browser, base_url, SMALL_PHONE)
    try:
        page = finder(context, base_url)
        shifts = page.evaluate("""() => new Promise((done) => {
            new PerformanceObserver((list) => done(list.getEntries().map((e) => e.value)))
              .observe({type: "layout-shift", buffered: true});
            setTimeout(() => done([]), 500);
        })""")
        assert sum(shifts) < 0.01, f"the page moved as it loaded: layout shifts {shifts}"
    finally:
        context.close()


def test_free_money_help_for_a_seven_year_old_without_javascript(browser: Browser,
                                                                base_url: str,
                                                                content) -> None:
    context = new_context(browser, base_url, SMALL_PHONE, javascript=False)
    try:
        page = context.new_page()
        page.goto(base_url + "services/")
        assert page.locator("[data-sp-finder]").is_hidden()
        page.get_by_role("link", name="Money, debt and housing").click()
        page.wait_for_url("**/needs/money-housing/")
        page.get_by_role("link", name="5 to 10 years").click()
        page.wait_for_url("**/needs/money-housing/5-10/")
        page.get_by_role("link", name="Free services only").click()
        page.wait_for_url("**/needs/money-housing/5-10/free/")
        names = page.locator(".sp-card__title a").all_inner_texts()
        expected = [s.name for s in content.published_services if "money-housing" in s.needs
                    and fits(s, "5-10") and s.free]
        assert names == expected
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


# ---- Printing, privacy, accessibility -------------------------------------------------------


def test_results_print_as_a_clean_handout(desktop: BrowserContext, base_url: str) -> None:
    desktop.add_init_script("window.print = () => { window.__printed = true; };")
    page = finder(desktop, base_url)
    page.select_option("#sp-group", "11-15")
    page.get_by_role("button", name="Print these results").click()
    page.wait_for_function("() => window.__printed === true")
    assert page.locator("[data-sp-results] > li").count() == count_said(page) > 20  # all
    assert page.locator("[data-sp-chosen]").is_hidden()  # on screen the form says it
    page.emulate_media(media="print")
    assert page.locator("[data-sp-chosen]").inner_text() == "Chosen: 11 to 15 years."
    assert page.locator("[data-sp-form]").is_hidden()
    assert page.locator(".sp-browse").is_hidden()
    assert page.locator("[data-sp-results]").is_visible()
    assert page.locator("[data-sp-results] .sp-print-only").first.is_visible()


def use_the_finder(page: Page) -> None:
    page.locator("[data-sp-finder][data-sp-ready]").wait_for()
    page.fill("#sp-words", "refuge")
    page.press("#sp-words", "Enter")
    page.select_option("#sp-group", "pregnancy")
    page.locator(".sp-finder__more > summary").click()
    page.check("#sp-access-self-referral")
    count_said(page)


def test_the_finder_keeps_choices_private_and_is_accessible(phone: BrowserContext,
                                                            base_url: str) -> None:
    page = phone.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    result = audit(page, base_url + "services/", interact=use_the_finder)
    assert result.clean, result.report()
    assert page.url == base_url + "services/"  # nothing chosen is in the address
    assert not [url for url in requests if "refuge" in url or "?" in url]


def test_the_benchmark_counts_every_file_the_finder_loads(desktop: BrowserContext,
                                                          base_url: str,
                                                          built_site: Path) -> None:
    spec = importlib.util.spec_from_file_location("scale", REPO / "benchmarks" / "scale.py")
    scale = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scale
    spec.loader.exec_module(scale)
    requested: list[str] = []
    desktop.on("request", lambda request: requested.append(request.url))
    page = finder(desktop, base_url)
    page.wait_for_load_state("networkidle")  # what loads at load: the finder is not used yet
    counted = set(scale.page_loads(built_site, "services/index.html"))
    fetched = {url[len(base_url):].split("?")[0] or "index.html" for url in requested}
    fetched = {"services/index.html" if path == "services/" else path for path in fetched}
    assert fetched - counted == set()
    # ...and no data file more than the browser fetches at load, so the figure is not inflated
    assert {p for p in counted if p.endswith(".json")} == {p for p in fetched
                                                           if p.endswith(".json")}
    # A first use fetches exactly the files the benchmark adds for it, in its order.
    requested.clear()
    page.focus("#sp-words")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    later = [url[len(base_url):] for url in requested if url.endswith(".json")]
    assert later == scale.first_use(built_site, "services/index.html")

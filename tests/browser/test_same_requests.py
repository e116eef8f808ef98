"""No request depends on a choice: on Find a service and on "What help fits us?", two families
choosing different things, and typing different words, make exactly the same requests, in the
same order, so a host's logs cannot tell what either looked for.

Each family has a fresh browser (no cache: the harness's routing turns Chromium's HTTP cache
off, so every fetch is seen). What each page asks for as it loads comes first, its order left
to the browser; everything after that is compared in order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import Browser, Page

from harness import DESKTOP, new_context


@dataclass
class Requests:
    at_load: list[str]  # sorted: the browser's own order, with Material's worker beside it
    after: list[str]  # in the order they were made
    shown: list[str]  # what the family was shown, to prove the choices differed


def visit(browser: Browser, base_url: str, path: str, ready: Callable[[Page], None],
          use: Callable[[Page], list[str]]) -> Requests:
    """Opens `path` in a fresh browser, waits until it has settled, then lets `use` choose
    things (returning what the page shows) and waits until every request has ended."""
    context = new_context(browser, base_url, DESKTOP)
    try:
        page = context.new_page()
        requested: list[str] = []
        context.on("request", lambda request: requested.append(request.url))
        page.goto(base_url + path, wait_until="networkidle")
        ready(page)
        page.wait_for_load_state("networkidle")
        loaded = len(requested)
        shown = use(page)
        page.wait_for_timeout(300)  # anything a choice set off late would be caught too
        page.wait_for_load_state("networkidle")
        strip = len(base_url)
        return Requests(sorted(url[strip:] for url in requested[:loaded]),
                        [url[strip:] for url in requested[loaded:]], shown)
    finally:
        context.close()


# ---- Find a service ---------------------------------------------------------------------


def finder_ready(page: Page) -> None:
    page.locator("[data-sp-finder][data-sp-ready]").wait_for()


def results_shown(page: Page) -> list[str]:
    """Once the count has settled: the count, and the names of every result, all shown."""
    page.wait_for_function("() => /match/.test(document.querySelector('[data-sp-count]')"
                           ".textContent)")
    more = page.get_by_role("button", name="Show more results")
    while more.is_visible():
        more.click()
        page.wait_for_timeout(50)
    page.wait_for_function("() => ![...document.querySelectorAll('[data-sp-results] > li')]"
                           ".some((li) => !li.querySelector('a'))")  # every card arrived
    return [page.locator("[data-sp-count]").inner_text(),
            *page.locator("[data-sp-results] .sp-card__title a").all_inner_texts()]


def money_help_for_a_seven_year_old(page: Page) -> list[str]:
    page.select_option("#sp-need", "money-housing")
    page.select_option("#sp-group", "5-10")
    page.check("#sp-free")
    page.fill("#sp-words", "rent arrears")
    return results_shown(page)


def refuge_in_polish_from_a_specialist(page: Page) -> list[str]:
    page.fill("#sp-words", "refuge")
    page.select_option("#sp-need", "domestic-abuse")
    page.locator(".sp-finder__more > summary").click()
    page.select_option("#sp-language", "Polish")
    first = results_shown(page)
    page.fill("#sp-words", "")
    page.select_option("#sp-level", "specialist")
    return first + results_shown(page)


def test_the_finder_fetches_the_same_files_whatever_is_chosen(browser: Browser, base_url: str,
                                                              built_site: Path) -> None:
    one = visit(browser, base_url, "services/", finder_ready, money_help_for_a_seven_year_old)
    two = visit(browser, base_url, "services/", finder_ready,
                refuge_in_polish_from_a_specialist)
    assert one.shown != two.shown  # different choices, different services
    assert one.at_load == two.at_load
    assert one.after == two.after
    # What comes after loading is the index's own fixed list, in its order, nothing else.
    finder = (built_site / "services" / "index.html").read_text(encoding="utf-8")
    index_url = urljoin(base_url + "services/", re.search(r'data-index="([^"]+)"',
                                                          finder).group(1))
    index = json.loads((built_site / index_url[len(base_url):]).read_text(encoding="utf-8"))
    assert one.after == [urljoin(index_url, name)[len(base_url):] for name in index["later"]]
    assert index_url[len(base_url):] in one.at_load
    assert not [url for url in one.at_load + one.after if "?" in url or "#" in url]


# ---- What help fits us? -----------------------------------------------------------------------


def questionnaire_ready(page: Page) -> None:
    page.locator("[data-sp-start]").wait_for(state="visible")


def answer(labels: list[str]) -> Callable[[Page], list[str]]:
    """Answers each question by clicking the labels given (in the order of the questions),
    then reads the services the results step shows."""
    def use(page: Page) -> list[str]:
        page.get_by_role("button", name="Start now").click()
        for label in labels:
            if label == "Continue":
                page.locator("[data-sp-continue]:visible").click()
                if page.locator('[data-sp-step="urgent"]:not([hidden])').count():
                    page.locator("[data-sp-continue]:visible").click()
            else:
                page.locator("label:visible", has_text=re.compile(f"^{re.escape(label)}$")
                             ).first.click()
        page.get_by_role("button", name="See help that might fit").click()
        page.wait_for_function(
            "() => document.querySelector('[data-sp-slot=\"results\"]').children.length")
        return page.locator("[data-sp-slot=results] .sp-card__title").all_inner_texts()
    return use


def test_the_questionnaire_fetches_the_same_files_whatever_is_answered(
        browser: Browser, base_url: str, built_site: Path, content) -> None:
    danger, ages, worries, levels = content.questionnaire.questions
    no = next(o.label for o in danger.options if not o.urgent)
    yes = next(o.label for o in danger.options if o.urgent)
    first = [no, "Continue", ages.options[0].label, "Continue", worries.options[0].label,
             "Continue", levels.options[0].label, "Continue"]
    second = [yes, "Continue", ages.options[-1].label, "Continue",
              *[o.label for o in worries.options[1:4]], "Continue", levels.options[-1].label,
              "Continue"]
    path = "what-help-fits-us/"
    one = visit(browser, base_url, path, questionnaire_ready, answer(first))
    two = visit(browser, base_url, path, questionnaire_ready, answer(second))
    assert one.shown and two.shown and one.shown != two.shown
    assert one.at_load == two.at_load
    assert one.after == two.after
    # What comes after loading is help.json's own fixed list, in its order, nothing else.
    data_url = base_url + path + "help.json"
    data = json.loads((built_site / path / "help.json").read_text(encoding="utf-8"))
    assert one.after == [urljoin(data_url, name)[len(base_url):] for name in data["later"]]
    assert data_url[len(base_url):] in one.at_load

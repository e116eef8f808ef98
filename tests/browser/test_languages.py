"""The site in the languages families read, in Chromium: one tap from any page to the same
page in another language, Urdu right to left at 320 px, and the questionnaire answered in
Bengali with JavaScript and without, its results marking what is still in English.

The sample publishes Bengali, Polish and Urdu (content/translations/). test_every_page.py
audits one page of each kind in each of them; these tests follow what a family does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from harness import PHONE, js_function, new_context
from helpers import REPO, TODAY, check
from signpost.features.questionnaire import matching
from signpost.language import translations_for
from signpost.load import Loaded
from signpost.model import Content, Option
from signpost.translations.translated import translated_content

QUESTIONNAIRE = "what-help-fits-us/"
READ_RESULTS = js_function("read-results")
ANSWER_ALL = f"(paths) => {js_function('answer-all')}(paths, {READ_RESULTS})"
# One page of each kind a family opens from the home page, by its English path.
KINDS = ("", "services/", "services/food-bank/", "contacts/", QUESTIONNAIRE, "levels/",
         "staying-safe-online/", "about/")


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    return check(REPO, TODAY)


def bengali(loaded: Loaded) -> Content:
    assert loaded.content is not None
    return translated_content(loaded.content, loaded.translations["bn"])


def said(code: str, english: str) -> str:
    return translations_for(code).gettext(english)


@pytest.fixture
def phone_without_script(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, base_url, PHONE, javascript=False)
    yield context
    context.close()


def language_link(page: Page, code: str) -> str:
    """Taps the language switcher's link to `code`, checking it is in view without scrolling
    (one tap, from the top of any page)."""
    link = page.locator(f'.sp-languages a[hreflang="{code}"]')
    box = link.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE.size["height"], page.url
    with page.expect_navigation():
        link.click()
    return page.url


@pytest.mark.parametrize("path", KINDS, ids=lambda path: path or "home")
def test_one_tap_from_any_page_to_the_same_page_in_bengali(phone: BrowserContext,
                                                           base_url: str, loaded: Loaded,
                                                           path: str) -> None:
    page = phone.new_page()
    page.goto(base_url + path)
    assert language_link(page, "bn") == base_url + "bn/" + path
    assert page.evaluate("document.documentElement.lang") == "bn"
    assert page.locator(".sp-exit__button").inner_text() == said("bn", "Leave this site")
    assert said("bn", "Leave this site") != "Leave this site"
    routes = [t.text for t in bengali(loaded).site.emergency]  # type: ignore[union-attr]
    band = page.locator(".sp-emergency").first.inner_text()
    assert all(route in band for route in routes), band
    # and back: the English page links to itself in English, named in English
    assert language_link(page, "en") == base_url + path
    assert page.evaluate("document.documentElement.lang") == "en"
    page.close()


@pytest.mark.parametrize("path", KINDS, ids=lambda path: path or "home")
def test_urdu_reads_right_to_left_with_nothing_cut_off_at_320px(phone: BrowserContext,
                                                                base_url: str,
                                                                path: str) -> None:
    page = phone.new_page()
    page.goto(base_url + "ur/" + path)
    assert page.evaluate("document.documentElement.lang") == "ur"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE.size["width"]
    for selector in (".sp-exit__button", ".sp-languages", ".sp-emergency", "h1"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None, selector
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE.size["width"] + 0.5, (
            selector, box)
    page.close()


def paths_through(content: Content) -> list[list[Option]]:
    danger, ages, worries, levels = (q.options for q in content.questionnaire.questions)
    no = next(o for o in danger if not o.urgent)
    return [[no, age, worries[n % len(worries)], levels[n % len(levels)]]
            for n, age in enumerate(ages)]


def test_the_questionnaire_answered_in_bengali_shows_the_rules_results(
        desktop: BrowserContext, base_url: str, loaded: Loaded) -> None:
    content = bengali(loaded)
    page = desktop.new_page()
    page.goto(base_url + "bn/" + QUESTIONNAIRE, wait_until="load")
    start = page.locator("[data-sp-start]")
    start.wait_for(state="visible")
    assert start.inner_text().strip() == said("bn", "Start now") != "Start now"
    paths = paths_through(content)
    ids = [[[f"sp-q-{q}-{o}" for o, option in enumerate(question.options)
             if any(option is c for c in path)]
            for q, question in enumerate(content.questionnaire.questions)] for path in paths]
    shown = page.evaluate(ANSWER_ALL, ids)
    for path, results in zip(paths, shown, strict=True):
        names = [m.service.name for m in matching.outcome(content, path).matches]
        assert [service[0] for service in results["services"]] == names
    page.close()


def test_without_javascript_the_bengali_questionnaire_leads_to_results_marked_english(
        phone_without_script: BrowserContext, base_url: str, loaded: Loaded) -> None:
    content = bengali(loaded)
    page = phone_without_script.new_page()
    page.goto(base_url + "bn/" + QUESTIONNAIRE)
    ages = next(q for q in content.questionnaire.questions
                if any(matching.gives_age(o) for o in q.options))
    with page.expect_navigation():
        page.get_by_role("link", name=ages.options[0].label, exact=True).click()
    assert page.url.startswith(base_url + "bn/" + QUESTIONNAIRE)
    worries = next(q for q in content.questionnaire.questions if q.type == "many")
    with page.expect_navigation():
        page.get_by_role("link", name=worries.options[0].label, exact=True).click()
    assert page.locator("h1").inner_text() == said("bn", "Help that might fit your family")
    cards = page.locator(".sp-q-card")
    assert cards.count() > 0
    # A service this language has no text for is still shown, in English, and says so: its
    # card, in the page's language, and the page, under its heading. (The sample translates
    # ten of its services, so most of any results are still in English.)
    english = page.locator('.sp-q-card p > [lang="en"]')
    assert english.count() > 0
    tags = page.locator(".sp-q-card .sp-tag-english").all_inner_texts()
    assert tags and set(tags) == {said("bn", "(in English)")}
    assert page.locator(".sp-in-english").count() == 1
    page.close()


def test_every_language_page_names_itself_in_every_other_language(built_site: Path) -> None:
    home = (built_site / "pl" / "index.html").read_text(encoding="utf-8")
    for code, name in (("en", "English"), ("bn", "বাংলা"), ("ur", "اردو")):
        assert f'hreflang="{code}" lang="{code}"' in home and name in home


def test_find_a_service_s_cards_say_what_is_still_in_english(desktop: BrowserContext,
                                                              base_url: str) -> None:
    """The finder's cards, built by its script, mark what a translation lacks as the lists'
    cards do: the English summary inside lang="en" and "(in English)" in Bengali after it;
    a translated summary (the food bank's) has neither, and the English site marks nothing."""
    page = desktop.new_page()
    page.goto(base_url + "bn/services/")
    page.locator("[data-sp-finder][data-sp-ready]").wait_for()
    page.locator("[data-sp-results] > li").first.wait_for()
    cards = page.locator("[data-sp-results] > li")
    english = cards.filter(has=page.locator('p > span[lang="en"] + .sp-tag-english'))
    assert english.count() > 0
    assert set(english.locator(".sp-tag-english").all_inner_texts()) == {
        said("bn", "(in English)")}
    page.fill("#sp-words", "food")  # the food bank's English name is still a word of it
    food = cards.filter(has=page.locator('a[href*="food-bank"]'))
    food.first.wait_for()
    assert food.first.locator('p [lang="en"], .sp-tag-english').count() == 0
    page.goto(base_url + "services/")
    page.locator("[data-sp-results] > li").first.wait_for()
    assert page.locator('[data-sp-results] [lang="en"], [data-sp-results] .sp-tag-english'
                        ).count() == 0
    page.close()


def test_find_a_service_finds_bengali_words_in_bengali(desktop: BrowserContext, base_url: str,
                                                        loaded: Loaded) -> None:
    """A word of a service's Bengali summary, typed on the Bengali Find a service, finds
    it: the search words are made from the page's own language, vowel signs and all."""
    summary = bengali(loaded).services["food-bank"].summary
    word = max(summary.split(), key=len).strip("।,.")
    page = desktop.new_page()
    page.goto(base_url + "bn/services/")
    page.locator("[data-sp-finder][data-sp-ready]").wait_for()
    page.fill("#sp-words", word)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-sp-results] .sp-card__title a')]"
        ".some(a => a.getAttribute('href').includes('food-bank'))")
    assert page.locator(".sp-languages__current").inner_text() == "বাংলা"
    page.close()

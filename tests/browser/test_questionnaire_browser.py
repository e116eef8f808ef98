"""What help fits us? in Chromium: by keyboard, on a 320px phone, with JavaScript on and off.

Paths from the table in tests/questionnaire_fixture.py are answered by keyboard on the fixture
site, checking what a family sees and that nothing was stored, sent or put in the address.
On the sample site, the results the script shows for hundreds of answer sets are compared
with the rule (matching.outcome) and with the pages made for use without JavaScript.
"""

from __future__ import annotations

import json
import random
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from harness import js_function

from harness import (CHROMIUM, CHROMIUM_ARGS, CHROMIUM_DISABLED_FEATURES, DESKTOP, PHONE, Sink,
                     audit, new_context, serve)
from signpost_checks import chrome_check
from helpers import REPO, TODAY, check
from signpost.features.questionnaire import matching
from signpost.model import Content, Option
from signpost.features.questionnaire.pages import why
from questionnaire_fixture import (PATHS, build_fixture_site, chosen, fixture_content,
                                   result_pages, shown_services)

QUESTIONNAIRE = "what-help-fits-us/"

# What the results step shows, read the way a family would see it.
READ_RESULTS = js_function("read-results")

# Answers many answer sets through the page's own buttons and reads each one's results.
ANSWER_ALL = f"(paths) => {js_function('answer-all')}(paths, {READ_RESULTS})"


def chrome() -> Callable[[Page], list[str]]:
    """The harness's checks of Signpost's chrome (quick exit, emergency routes, 24px
    answers, no sideways scrolling), for the fixture site."""
    site = fixture_content().site
    return chrome_check(site.quick_exit, [route.text for route in site.emergency])


def expected(content: Content, options: list[Option]) -> dict[str, object]:
    outcome = matching.outcome(content, options)
    return {"urgent_first": outcome.urgent, "level": outcome.level.name,
            "services": [[m.service.name, why(m)] for m in outcome.matches],
            "contacts": [c.name for c in outcome.contacts]}


def input_ids(content: Content, options: list[Option]) -> list[list[str]]:
    """The ids of the inputs for chosen options, question by question."""
    return [[f"sp-q-{q}-{o}" for o, option in enumerate(question.options)
             if any(option is c for c in options)]
            for q, question in enumerate(content.questionnaire.questions)]


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = build_fixture_site(tmp_path_factory.mktemp("questionnaire-browser"))
    with serve(site) as url:
        yield url


@pytest.fixture
def phone_on_fixture(browser: Browser, fixture_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, fixture_url, PHONE)
    yield context
    context.close()


def later_files(site_url: str) -> list[str]:
    """The URLs the questionnaire fetches on its first use, in order, as help.json lists them:
    the same whatever a family answers."""
    data_url = site_url + "what-help-fits-us/help.json"
    with urllib.request.urlopen(data_url) as response:  # noqa: S310 - the local test server
        data = json.load(response)
    return [urljoin(data_url, name) for name in data["later"]]


class Visit:
    """The questionnaire page open in a tab, with every request it makes after loading."""

    def __init__(self, context: BrowserContext, url: str) -> None:
        self.page = context.new_page()
        self.site_url = url
        self.url = url + QUESTIONNAIRE
        self.page.goto(self.url, wait_until="load")
        self.page.locator("[data-sp-start]").wait_for(state="visible")
        self.history = self.page.evaluate("history.length")
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))

    def focused(self) -> str:
        return self.page.evaluate("document.activeElement.textContent.replace(/\\s+/g, ' ')"
                                  ".trim()")

    def tab_to(self, test: str, limit: int = 60) -> None:
        """Press Tab until the focused element passes `test` (JavaScript, given `e`)."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate(f"(e => {test})(document.activeElement)"):
                return
        raise AssertionError(f"Tab never reached an element where {test}")

    def press_button(self, name: str) -> None:
        self.tab_to(f"e.tagName === 'BUTTON' && e.textContent.trim() === {name!r}")
        self.page.keyboard.press("Enter")

    def answer(self, content: Content, answers: tuple) -> None:
        """Answers every question by keyboard, checking focus moves to each heading."""
        self.press_button("Start now")
        for number, (question, answer) in enumerate(
                zip(content.questionnaire.questions, answers, strict=True)):
            assert self.focused() == question.ask
            labels = answer if isinstance(answer, tuple) else (answer,)
            places = [i for i, o in enumerate(question.options) if o.label in labels]
            if question.type == "one":
                self.tab_to(f"e.name === 'sp-q-{number}'")
                self.page.keyboard.press("Space" if places[0] == 0 else "ArrowDown")
                for _ in range(max(places[0] - 1, 0)):
                    self.page.keyboard.press("ArrowDown")
            else:
                for place in places:
                    self.tab_to(f"e.id === 'sp-q-{number}-{place}'")
                    self.page.keyboard.press("Space")
            self.press_button("Continue")
            if self.focused() == "Get help now":
                call = self.page.locator('[data-sp-step="urgent"] a[href="tel:999"]')
                assert call.first.is_visible()
                self.press_button("Continue")
        assert self.focused() == "Check your answers"
        self.press_button("See help that might fit")
        assert self.focused() == "Help that might fit your family"

    def results(self) -> dict[str, object]:
        self.page.wait_for_function(
            "() => document.querySelector('[data-sp-slot=\"results\"]').children.length")
        return self.page.evaluate(READ_RESULTS)

    def assert_private(self) -> None:
        """Nothing stored, sent, put in the address or the history; no other site asked; since
        the page loaded, only the files every family's first use fetches, in their order."""
        assert self.page.url == self.url
        assert self.page.evaluate("history.length") == self.history
        assert self.requests == later_files(self.site_url)
        found = audit(self.page, None, interact=None, checks=chrome())
        assert found.clean, found.report()

    def nothing_chosen(self) -> bool:
        return self.page.evaluate(
            "[...document.querySelectorAll('input[data-sp-option]')].every(i => !i.checked)"
            " && !document.querySelector('.sp-q-card')")


# -- paths by keyboard, on a phone ------------------------------------------------------------


@pytest.mark.parametrize("name", ["two needs: most needs met first, then by name",
                                  "danger and pregnancy, level not given",
                                  "urgent need at the highest level",
                                  "no need given: no services, contacts only"])
def test_a_path_answered_by_keyboard_shows_the_rules_results(
        phone_on_fixture: BrowserContext, fixture_url: str, name: str) -> None:
    path = PATHS[name]
    content = fixture_content()
    visit = Visit(phone_on_fixture, fixture_url)
    visit.answer(content, path.answers)
    shown = visit.results()
    assert shown == expected(content, chosen(content, path.answers))
    assert [s for s, _ in shown["services"]] == list(path.shown)
    assert shown["urgent_first"] is path.urgent
    assert shown["level"] == path.level
    visit.assert_private()


def test_an_urgent_answer_shows_999_at_once_then_the_urgent_routes(
        phone_on_fixture: BrowserContext, fixture_url: str) -> None:
    visit = Visit(phone_on_fixture, fixture_url)
    visit.press_button("Start now")
    visit.tab_to("e.name === 'sp-q-0'")
    visit.page.keyboard.press("Space")  # Yes
    reveal = visit.page.locator('[data-sp-step="question"]:not([hidden]) [data-sp-reveal]')
    assert reveal.is_visible() and "call 999" in reveal.inner_text()
    visit.press_button("Continue")
    assert visit.focused() == "Get help now"
    step = visit.page.locator('[data-sp-step="urgent"]')
    text = step.inner_text()
    assert text.index("Call 999") < text.index("Front Door")
    assert "Monday to Friday: 9am to 5pm" in text  # the urgent route's hours
    assert "When they are closed, contact Night Team" in text
    assert step.locator('a[href="tel:+442079460101"]').count() >= 1
    found = audit(visit.page, None, interact=None, checks=chrome())
    assert found.clean, found.report()
    visit.press_button("Continue")
    assert visit.focused() == "How old is the child?"


def test_nothing_chosen_shows_an_error_summary_that_leads_to_the_answers(
        phone_on_fixture: BrowserContext, fixture_url: str) -> None:
    visit = Visit(phone_on_fixture, fixture_url)
    visit.press_button("Start now")
    visit.press_button("Continue")
    page = visit.page
    assert page.evaluate("document.activeElement.matches('[data-sp-errors]')")
    assert "There is a problem" in visit.focused()
    assert page.locator('[data-sp-step="question"]:not([hidden]) .sp-q-error').is_visible()
    described = page.locator('[data-sp-step="question"]:not([hidden]) fieldset')
    assert "sp-q-0-error" in described.get_attribute("aria-describedby")
    found = audit(page, None, interact=None, checks=chrome())
    assert found.clean, found.report()
    visit.tab_to("e.matches('[data-sp-error-link]')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "sp-q-0-0"
    assert page.url == visit.url  # the link did not put the answer's id in the address


def test_every_step_passes_the_audit_and_fits_320px(phone_on_fixture: BrowserContext,
                                                    fixture_url: str) -> None:
    visit = Visit(phone_on_fixture, fixture_url)
    page = visit.page
    content = fixture_content()
    path = PATHS["two needs: most needs met first, then by name"]
    visit.press_button("Start now")
    for number, question in enumerate(content.questionnaire.questions):
        found = audit(page, None, interact=None, checks=chrome())
        assert found.clean, found.report()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE.width
        assert page.locator("h1:visible").count() == 1
        labels = {path.answers[number]} if isinstance(path.answers[number], str) else set(
            path.answers[number])
        for place, option in enumerate(question.options):
            if option.label in labels:
                page.locator(f"label[for='sp-q-{number}-{place}']").click()  # by its label
        visit.press_button("Continue")
    for step in ("Check your answers", "Help that might fit your family"):
        assert visit.focused() == step
        assert page.locator("h1:visible").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE.width
        found = audit(page, None, interact=None, checks=chrome())
        assert found.clean, found.report()
        if step == "Check your answers":
            summary = page.locator(".sp-q-summary").inner_text()
            assert "A worry is not getting better" in summary and "Feelings" in summary
            visit.press_button("See help that might fit")


def test_an_answer_can_be_changed_before_the_results(phone_on_fixture: BrowserContext,
                                                     fixture_url: str) -> None:
    content = fixture_content()
    visit = Visit(phone_on_fixture, fixture_url)
    visit.answer(content, PATHS["one need, one age, managing"].answers)
    visit.press_button("Change your answers")
    assert visit.focused() == "Check your answers"
    visit.tab_to("e.matches('[data-sp-change=\"1\"]')")
    assert visit.page.evaluate("document.activeElement.textContent").strip() == (
        "Change your answer to: How old is the child?")
    visit.page.keyboard.press("Enter")
    assert visit.focused() == "How old is the child?"
    visit.tab_to("e.name === 'sp-q-1'")  # focus lands on the chosen answer, 5 to 11
    visit.page.keyboard.press("ArrowUp")  # Under 5
    visit.press_button("Continue")
    assert visit.focused() == "Check your answers"  # straight back, not through every question
    assert "Under 5" in visit.page.locator(".sp-q-summary").inner_text()
    visit.press_button("See help that might fit")
    assert [s for s, _ in visit.results()["services"]] == ["Advice Shop", "Baby Group"]
    visit.assert_private()


# -- wiping the answers -----------------------------------------------------------------------


def test_start_again_wipes_the_answers(phone_on_fixture: BrowserContext, fixture_url: str
                                       ) -> None:
    visit = Visit(phone_on_fixture, fixture_url)
    visit.answer(fixture_content(), PATHS["urgent need at the highest level"].answers)
    visit.press_button("Start again")
    assert visit.focused() == "What help fits us?"
    assert visit.nothing_chosen()
    assert "Safe House" not in visit.page.inner_text("body")


def test_a_reload_wipes_the_answers(phone_on_fixture: BrowserContext, fixture_url: str) -> None:
    visit = Visit(phone_on_fixture, fixture_url)
    visit.press_button("Start now")
    visit.tab_to("e.name === 'sp-q-0'")
    visit.page.keyboard.press("ArrowDown")  # No
    visit.press_button("Continue")
    visit.page.reload(wait_until="load")
    visit.page.locator("[data-sp-start]").wait_for(state="visible")
    assert visit.nothing_chosen()
    assert visit.page.locator('[data-sp-step="question"]:visible').count() == 0


@pytest.fixture(scope="module")
def cached_browser(browser: Browser, trap: Sink) -> Iterator[Browser]:
    """Chromium with its back/forward cache on, as on a family's phone (Playwright turns it
    off): Back then shows the page as it was left, unless the page wiped itself."""
    launched = browser.browser_type.launch(  # as harness.launch does, cache on
        executable_path=CHROMIUM, headless=True,
        args=[*CHROMIUM_ARGS, "--disable-features=" + ",".join(CHROMIUM_DISABLED_FEATURES),
              f"--proxy-server=http://{trap.address}"],
        ignore_default_args=["--disable-back-forward-cache"])
    yield launched
    launched.close()


def leave_results_then_come_back(cached_browser: Browser, fixture_url: str,
                                 leave: str) -> Visit:
    """Answers, follows a service link from the results, `leave`s that page, goes Back."""
    context = new_context(cached_browser, fixture_url, PHONE)
    visit = Visit(context, fixture_url)
    visit.answer(fixture_content(), PATHS["urgent need at the highest level"].answers)
    visit.page.evaluate("window.__sameVisit = true")  # survives only in the cache
    visit.tab_to("e.textContent.trim() === 'Safe House'")
    with visit.page.expect_navigation():
        visit.page.keyboard.press("Enter")
    if leave == "quick exit":
        visit.page.locator("a[data-sp-exit]").click()
        visit.page.wait_for_function("location.href.indexOf('/services/') < 0")
    visit.page.go_back(wait_until="commit")
    visit.page.locator("[data-sp-start]").wait_for(state="visible")
    assert visit.page.url == visit.url  # after the quick exit, the service page is gone too
    assert visit.page.evaluate("window.__sameVisit") is True  # restored, not reloaded
    return visit


@pytest.mark.parametrize("leave", ["Back", "quick exit"])
def test_coming_back_after_leaving_shows_no_answers(cached_browser: Browser, fixture_url: str,
                                                    leave: str) -> None:
    visit = leave_results_then_come_back(cached_browser, fixture_url, leave)
    assert visit.nothing_chosen()
    assert "Safe House" not in visit.page.inner_text("body")
    visit.page.context.close()


def test_text_at_200_percent_still_fits(browser: Browser, fixture_url: str) -> None:
    context = new_context(browser, fixture_url, DESKTOP)
    visit = Visit(context, fixture_url)
    visit.page.evaluate("document.documentElement.style.fontSize = '250%'")  # 2 x Material's
    visit.press_button("Start now")
    visit.tab_to("e.name === 'sp-q-0'")
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= DESKTOP.width
    assert visit.page.get_by_role("button", name="Continue", exact=True).is_visible()
    context.close()


# -- without JavaScript -----------------------------------------------------------------------


def test_without_javascript_the_links_lead_to_the_rules_results(browser: Browser,
                                                                fixture_url: str) -> None:
    context = new_context(browser, fixture_url, PHONE, javascript=False)
    page = context.new_page()
    page.goto(fixture_url + QUESTIONNAIRE)
    assert page.locator("[data-sp-start]").is_hidden()
    assert page.locator('.sp-q-nojs a[href="tel:999"]').first.is_visible()
    for label, heading in (("Under 5", "What would you like help with?"),
                           ("Money", "Help that might fit your family")):
        link = page.get_by_role("link", name=label, exact=True)
        link.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.locator("h1").inner_text() == heading
    assert page.url.endswith("/what-help-fits-us/under-5/money/")  # said in the privacy note
    content = fixture_content()
    shown = [[t.strip() for t in c.split("\n") if t.strip()][:2]
             for c in page.locator(".sp-q-card").all_inner_texts()]
    want = expected(content, chosen(content, ("No", "Under 5", ("Money",), "Not sure")))
    assert shown == want["services"]
    assert context.cookies() == []
    context.close()


def test_the_page_without_its_script_passes_the_audit(phone_on_fixture: BrowserContext,
                                                      fixture_url: str) -> None:
    """What a browser without JavaScript shows, audited (axe itself needs JavaScript)."""
    phone_on_fixture.route("**/questionnaire.js", lambda route: route.abort())
    page = phone_on_fixture.new_page()
    page.goto(fixture_url + QUESTIONNAIRE, wait_until="load")
    assert page.locator(".sp-q-nojs").is_visible()
    assert page.locator("[data-sp-start]").is_hidden()
    found = audit(page, None, interact=None, checks=chrome())
    assert found.clean, found.report()


# -- one rule: the script agrees with matching.outcome and with the pages without JavaScript --


def sample_paths(content: Content) -> list[list[Option]]:
    """Every age with every single need, each with one of the level answers in turn, and
    mixed sets of needs with random other answers."""
    danger, ages, worries, levels = (q.options for q in content.questionnaire.questions)
    no = next(o for o in danger if not o.urgent)
    pairs = [(age, need) for age in ages for need in worries]
    paths = [[no, age, need, levels[n % len(levels)]] for n, (age, need) in enumerate(pairs)]
    rng = random.Random(5)
    for _ in range(60):
        needs = rng.sample(list(worries), rng.randint(2, 4))
        paths.append([rng.choice(danger), rng.choice(ages)]
                     + [n for n in worries if n in needs] + [rng.choice(levels)])
    return paths


def test_the_script_and_the_rule_agree(desktop: BrowserContext, base_url: str) -> None:
    content = check(REPO, TODAY).content
    paths = sample_paths(content)
    visit = Visit(desktop, base_url)
    shown = visit.page.evaluate(ANSWER_ALL, [input_ids(content, p) for p in paths])
    assert len(shown) == len(paths) > 150
    for options, results in zip(paths, shown, strict=True):
        assert results == expected(content, options), [o.label for o in options]
    assert visit.requests == later_files(base_url)


def test_the_script_and_the_pages_without_javascript_agree(desktop: BrowserContext,
                                                           base_url: str, built_site: Path
                                                           ) -> None:
    content = check(REPO, TODAY).content
    danger, ages, worries, levels = (q.options for q in content.questionnaire.questions)
    no = next(o for o in danger if not o.urgent)
    unsure = next(o for o in levels if o.level is None)  # the level is not asked without JS
    pages = result_pages(built_site)
    pairs = list(pages)
    paths = [[no] + [o for o in ages if o.label == age] + [o for o in worries if o.label == need]
             + [unsure] for age, need in pairs]
    visit = Visit(desktop, base_url)
    shown = visit.page.evaluate(ANSWER_ALL, [input_ids(content, p) for p in paths])
    for pair, results in zip(pairs, shown, strict=True):
        assert [tuple(s) for s in results["services"]] == shown_services(pages[pair]), pair

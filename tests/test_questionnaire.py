"""What help fits us?: the one matching rule, its build-time checks and the pages it makes.

The rule is tested on tests/fixtures/questionnaire, whose services were written so that each
part of the rule shows: ages and pregnancy, levels at or below the suggested one, most needs
met first, closed services, urgent answers and contacts meant for families. The browser
tests (tests/browser/test_questionnaire_browser.py) drive the same paths through the page.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from helpers import REPO, check, edit, reported, site_folder
from questionnaire_fixture import (FIXTURE, PATHS, body, build_fixture_site, chosen,
                                   fixture_content, page, result_pages, shown_services,
                                   suggested)
from signpost.features.questionnaire import matching
from signpost.features.questionnaire.pages import RESULTS_TITLE, why

# The paths below, the fixture's content and its built site: tests/questionnaire_fixture.py.


@pytest.mark.parametrize("name", PATHS)
def test_each_path_leads_to_its_outcome(name: str) -> None:
    path = PATHS[name]
    content = fixture_content()
    outcome = matching.outcome(content, chosen(content, path.answers))
    names = [m.service.name for m in outcome.matches]
    assert outcome.level.name == path.level
    assert names == list(path.shown)
    assert not set(path.hidden) & set(names)
    assert outcome.urgent is path.urgent
    assert bool(outcome.urgent_contacts) is path.urgent


def test_the_paths_choose_every_answer() -> None:
    content = fixture_content()
    used = {id(o) for path in PATHS.values() for o in chosen(content, path.answers)}
    unused = [o.label for q in content.questionnaire.questions for o in q.options
              if id(o) not in used]
    assert unused == []


def test_each_service_says_which_answers_chose_it() -> None:
    content = fixture_content()
    path = PATHS["two needs: most needs met first, then by name"]
    outcome = matching.outcome(content, chosen(content, path.answers))
    reasons = {m.service.name: why(m) for m in outcome.matches}
    assert reasons == {"Family Worker": "You said: money; feelings",
                       "Advice Shop": "You said: money",
                       "Calm Club": "You said: feelings",
                       "Debt Team": "You said: money"}


def test_urgent_answers_put_the_urgent_contacts_first_and_not_twice() -> None:
    content = fixture_content()
    urgent = matching.outcome(content, chosen(content, PATHS["urgent need at the highest"
                                                             " level"].answers))
    assert [c.name for c in urgent.urgent_contacts] == ["Emergency services", "Front Door",
                                                        "Night Team"]
    assert urgent.contacts == ()  # the level's contacts were all shown as urgent


def test_the_suggested_levels_contacts_are_those_for_families() -> None:
    content = fixture_content()
    extra = matching.outcome(content, chosen(content, PATHS["two needs: most needs met first,"
                                                            " then by name"].answers))
    assert [c.name for c in extra.contacts] == ["Help Hub"]  # not the professionals' line
    everyday = matching.outcome(content, chosen(content, PATHS["young adult"].answers))
    assert [c.name for c in everyday.contacts] == ["Information Service"]


# -- checks at build time (`signpost check`) --------------------------------------------------

QUESTIONNAIRE = "content/questionnaire.yml"


def test_the_fixture_has_no_problems(tmp_path: Path) -> None:
    assert reported(site_folder(tmp_path, FIXTURE)) == []


def test_two_answers_that_read_the_same_are_an_error(tmp_path: Path) -> None:
    root = site_folder(tmp_path, FIXTURE)
    edit(root, QUESTIONNAIRE, "      - {label: Something else}\n",
         "      - {label: Something else}\n      - {label: something  ELSE}\n")
    assert reported(root) == [f'{QUESTIONNAIRE}:29: error: worries offers "something  ELSE"'
                              " twice; each answer must be different"]


def test_a_question_with_only_urgent_answers_is_an_error(tmp_path: Path) -> None:
    root = site_folder(tmp_path, FIXTURE)
    edit(root, QUESTIONNAIRE, '{label: "No"}', '{label: "No", urgent: true}')
    assert reported(root) == [
        f"{QUESTIONNAIRE}:4: error: danger: every answer is urgent: true, so a family could"
        " not answer without saying someone is in danger; add an answer that is not urgent,"
        " such as No"]


def test_an_answer_no_service_fits_is_a_warning(tmp_path: Path) -> None:
    root = site_folder(tmp_path, FIXTURE)
    edit(root, "content/needs.yml", "- id: safety", "- id: sleep\n  name: Sleep\n"
         "  summary: Help with sleep.\n- id: safety")
    edit(root, QUESTIONNAIRE, "      - {label: Something else}\n",
         "      - {label: Sleep, needs: [sleep]}\n      - {label: Something else}\n")
    assert reported(root) == [
        f'{QUESTIONNAIRE}:28: warning: questions[3].options[4] "Sleep" can never show a'
        " service: no published service helps with sleep at the ages and levels the"
        " questions offer; add or change a service, or change this answer"]


def test_an_age_no_service_fits_is_a_warning(tmp_path: Path) -> None:
    root = site_folder(tmp_path, FIXTURE)
    edit(root, "services/baby-group.yml", "pregnancy: true", "pregnancy: false")
    assert reported(root) == [
        f'{QUESTIONNAIRE}:14: warning: questions[2].options[1] "Expecting a baby" can never'
        " show a service: no published service for these ages helps with a need the"
        " questions offer; add or change a service, or change this answer"]


def test_a_need_served_only_above_every_level_offered_is_a_warning(tmp_path: Path) -> None:
    root = site_folder(tmp_path, FIXTURE)
    edit(root, QUESTIONNAIRE,
         "      - {label: A child is not safe, level: protection, urgent: true}\n", "")
    assert reported(root) == [
        f'{QUESTIONNAIRE}:27: warning: questions[3].options[3] "Someone at home hurts us" can'
        " never show a service: no published service helps with safety at the ages and"
        " levels the questions offer; add or change a service, or change this answer"]


# -- the pages for families without JavaScript -----------------------------------------------


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_site(tmp_path_factory.mktemp("questionnaire"))


def test_without_javascript_the_danger_question_leads_to_the_emergency_routes(
        fixture_site: Path) -> None:
    text = body(page(fixture_site, "what-help-fits-us"))
    start = text.index("<h2>Is anyone in danger right now?</h2>")
    age = text.index("<h2>How old is the child?</h2>")
    urgent = text[start:age]
    assert 'href="tel:999"' in urgent
    assert 'href="tel:+442079460100"' in urgent  # the front door
    assert 'href="tel:+442079460101"' in urgent  # and its out-of-hours route
    assert 'href="../contacts/#urgent"' in urgent  # with their hours
    for label, slug in (("Under 5", "under-5"), ("I would rather not say",
                                                  "i-would-rather-not-say")):
        assert f'<a href="{slug}/">{label}</a>' in text[age:]
    assert "address names the age or the help you chose" in text


def test_without_javascript_each_age_leads_to_each_need(fixture_site: Path) -> None:
    text = body(page(fixture_site, "what-help-fits-us/5-to-11"))
    assert "<h1>What would you like help with?</h1>" in text
    for label, slug in (("Money", "money"), ("Someone at home hurts us",
                                             "someone-at-home-hurts-us")):
        assert f'<a href="{slug}/">{label}</a>' in text
    assert "Your answers so far: 5 to 11." in text


@pytest.mark.parametrize(("answers", "expected"), [
    (("5 to 11", "Money"), [("Advice Shop", "You said: money")]),
    (("Expecting a baby", "Feelings"), [("Baby Group", "You said: feelings")]),
    (("I would rather not say", "Money"), [("Advice Shop", "You said: money"),
                                           ("Baby Group", "You said: money"),
                                           ("Young Adults", "You said: money")]),
    (("Under 5", "Something else"), []),
])
def test_without_javascript_a_results_page_shows_the_rules_services(
        fixture_site: Path, answers: tuple[str, str], expected: list[tuple[str, str]]) -> None:
    text = result_pages(fixture_site)[answers]
    assert shown_services(text) == expected
    assert suggested(text) == "Everyday help"  # how hard things are was not asked
    if not expected:
        assert "We have not found a service that fits all your answers" in text


def test_an_urgent_answer_puts_get_help_now_first(fixture_site: Path) -> None:
    text = result_pages(fixture_site)[("Under 5", "Someone at home hurts us")]
    assert text.index('class="sp-q-urgent"') < text.index("<h2>Your answers</h2>")
    assert text.index("<h1>") < text.index('class="sp-q-urgent"')
    assert 'href="tel:999"' in text[:text.index("<h2>Your answers</h2>")]
    calm = result_pages(fixture_site)[("5 to 11", "Feelings")]
    assert 'class="sp-q-urgent"' not in calm


def test_results_explain_the_level_and_who_to_ask(fixture_site: Path) -> None:
    text = result_pages(fixture_site)[("5 to 11", "Money")]
    assert "<strong>Everyday help.</strong> Most families, most of the time." in text
    assert "<h3>Information Service</h3>" in text
    assert "Not everything is listed here" in text
    assert "Help Hub</a>, phone" in text
    for label in ("We are managing", "A worry is not getting better", "A child is not safe"):
        assert f">{label}</a>" in text  # how hard things are, as links to the levels


def test_every_results_page_agrees_with_the_rule(fixture_site: Path, sample_site: Path
                                                 ) -> None:
    for site, content in ((fixture_site, fixture_content()), (sample_site, check(REPO).content)):
        pages = result_pages(site)
        questions = content.questionnaire.questions
        ages = list(questions[1].options)
        needs = list(questions[2].options)
        assert set(pages) == {(a.label, n.label) for a in ages for n in needs}
        for (age, need), text in pages.items():
            picked = [o for o in ages if o.label == age] + [o for o in needs if o.label == need]
            outcome = matching.outcome(content, picked)
            assert shown_services(text) == [(m.service.name, why(m)) for m in outcome.matches]
            assert suggested(text) == outcome.level.name
            assert ('class="sp-q-urgent"' in text) is outcome.urgent


def test_page_titles_name_no_answer(fixture_site: Path) -> None:
    content = fixture_content()
    allowed = {content.questionnaire.title, RESULTS_TITLE} | {
        q.ask for q in content.questionnaire.questions}
    pages = sorted((fixture_site / "what-help-fits-us").rglob("index.html"))
    assert len(pages) == 1 + 6 + 6 * 4
    for path in [fixture_site / "what-help-fits-us/index.html"] + pages:
        title = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8")).group(1)
        assert html.unescape(title).removesuffix(" - Questionford Family Help") in allowed


def test_answer_pages_are_neither_in_the_menu_nor_searched(fixture_site: Path) -> None:
    home = page(fixture_site, ".")
    assert 'href="what-help-fits-us/"' in home
    assert "what-help-fits-us/under-5" not in home
    index = json.loads((fixture_site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "what-help-fits-us/" in locations
    assert not [loc for loc in locations if loc.startswith("what-help-fits-us/")
                and loc != "what-help-fits-us/"]


def candidate_list(encoded: dict, age: int, need: int, level: int) -> list[int]:
    """One of the rule's lists from candidates.json, read as pages.CANDIDATES_LAYOUT says."""
    cards, number = [], 0
    for gap in encoded["needs"][need]["cards"].split(","):
        number += int(gap, 36)
        cards.append(number)
    lowest = encoded["needs"][need]["levels"][age]
    return [card for card, tag in zip(cards, lowest, strict=True)
            if tag != "-" and int(tag, 36) <= level]


def test_the_script_reads_the_rules_candidates(fixture_site: Path) -> None:
    folder = fixture_site / "what-help-fits-us"
    data = json.loads((folder / "help.json").read_text(encoding="utf-8"))
    assert data["later"] == [data["candidates"], data["cards"] + "0.json"]  # on first use
    html = json.loads((folder / data["cards"] / "0.json").read_text(encoding="utf-8"))
    cards = [re.search(r'<a href="[^"]*">([^<]*)</a>', card).group(1) for card in html]
    assert "Closed Club" not in cards
    assert cards == sorted(cards)
    assert len(data["options"]) == 16
    encoded = json.loads((folder / data["candidates"]).read_text(encoding="utf-8"))
    # no age given (0), need "money" (0), lowest level (0)
    assert [cards[i] for i in candidate_list(encoded, 0, 0, 0)] == ["Advice Shop", "Baby Group",
                                                                   "Young Adults"]
    # Every list decodes to the rule's own.
    content = fixture_content()
    options = [o for q in content.questionnaire.questions for o in q.options]
    levels = sorted(content.levels.values(), key=lambda level: level.number)
    needs = [n for n in matching.chosen_needs(options) if n in content.needs]
    ages = [None] + [o for o in options if matching.gives_age(o)]
    for a, age in enumerate(ages):
        for n, need in enumerate(needs):
            for lv, level in enumerate(levels):
                assert [cards[i] for i in candidate_list(encoded, a, n, lv)] == [
                    s.name for s in matching.candidates(content, need, age, level)]


def test_the_page_asks_one_question_at_a_time_with_javascript(fixture_site: Path) -> None:
    text = body(page(fixture_site, "what-help-fits-us"))
    assert text.count('data-sp-step="question"') == 4
    assert len(re.findall(r'<legend class="sp-q-legend">\s*<span class="sp-q-caption">'
                          r'Question \d of 4</span>\s*<h1 ', text)) == 4
    assert "<form" not in text  # nothing can be submitted
    assert 'checked' not in text
    # HTML allows autocomplete on no radio or checkbox: questionnaire.js wipes the answers itself.
    assert "autocomplete" not in text
    assert "questionnaire.js" in text and "help.json" in text


def test_home_starts_with_the_questionnaire_and_staying_safe(sample_site: Path) -> None:
    text = body(page(sample_site, "."))
    sections = text.index('class="sp-sections"')
    assert text.index("staying-safe-online/") < sections
    assert text.index('href="what-help-fits-us/"') < text.index('href="services/"')
    nav = re.findall(r'<a href="([^"]*)" class="md-nav__link', page(sample_site, "."))
    assert nav[:2] == [".", "what-help-fits-us/"]

"""The questionnaire fixture (tests/fixtures/questionnaire): the answer paths the tests walk,
its content, its built site and how to read that site's results pages.

tests/test_questionnaire.py checks the rule and the pages without JavaScript with these;
tests/browser/test_questionnaire_browser.py drives the same paths through the page.
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from helpers import FIXTURES, REPO, TODAY, check, mkdocs_build
from signpost.model import Content, Option

FIXTURE = "questionnaire"


@dataclass(frozen=True)
class Path_:  # noqa: N801 - not to be mistaken for pathlib's Path, imported here too
    """Answers, one entry per question (a tuple for a question taking many), and what the
    family should see."""

    answers: tuple[str | tuple[str, ...], ...]
    level: str
    shown: tuple[str, ...]  # in this order
    hidden: tuple[str, ...]
    urgent: bool


PATHS = {
    "one need, one age, managing": Path_(
        ("No", "5 to 11", ("Money",), "We are managing"), "Everyday help",
        ("Advice Shop",), ("Debt Team", "Young Adults", "Family Worker", "Baby Group"), False),
    "two needs: most needs met first, then by name": Path_(
        ("No", "5 to 11", ("Money", "Feelings"), "A worry is not getting better"), "Extra help",
        ("Family Worker", "Advice Shop", "Calm Club", "Debt Team"),
        ("Teen Talk", "Safe House", "Closed Club", "Baby Group"), False),
    "danger and pregnancy, level not given": Path_(
        ("Yes", "Expecting a baby", ("Feelings",), "Not sure"), "Everyday help",
        ("Baby Group",), ("Calm Club", "Teen Talk", "Family Worker"), True),
    "urgent need at the highest level": Path_(
        ("No", "Under 5", ("Someone at home hurts us",), "A child is not safe"), "Protection",
        ("Safe House",), ("Advice Shop", "Baby Group"), True),
    "teenager, things very hard: services at every level up to it": Path_(
        ("No", "12 to 18", ("Feelings",), "A child is not safe"), "Protection",
        ("Family Worker", "Safe House", "Teen Talk"), ("Calm Club", "Closed Club"), True),
    "young adult": Path_(
        ("No", "19 to 25", ("Money",), "We are managing"), "Everyday help",
        ("Young Adults",), ("Advice Shop", "Debt Team"), False),
    "no age given: every age fits": Path_(
        ("No", "I would rather not say", ("Money",), "We are managing"), "Everyday help",
        ("Advice Shop", "Baby Group", "Young Adults"), ("Debt Team",), False),
    "no need given: no services, contacts only": Path_(
        ("No", "Under 5", ("Something else",), "We are managing"), "Everyday help",
        (), ("Advice Shop", "Baby Group"), False),
    "how hard not given: the lowest level": Path_(
        ("No", "Under 5", ("Money",), "Not sure"), "Everyday help",
        ("Advice Shop", "Baby Group"), ("Young Adults", "Debt Team"), False),
}


def fixture_content() -> Content:
    loaded = check(FIXTURES / FIXTURE, TODAY)
    assert loaded.ok, loaded.problems.report()
    return loaded.content


def chosen(content: Content, answers: tuple[str | tuple[str, ...], ...]) -> list[Option]:
    """The options a path chooses, in the questionnaire's order."""
    picked = []
    for question, answer in zip(content.questionnaire.questions, answers, strict=True):
        labels = answer if isinstance(answer, tuple) else (answer,)
        by_label = {o.label: o for o in question.options}
        picked += [by_label[label] for label in labels]
    return picked


def build_fixture_site(folder: Path) -> Path:
    """The fixture's content built with the repository's mkdocs.yml and hooks."""
    root = folder / "project"
    shutil.copytree(FIXTURES / FIXTURE, root)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "hooks", root / "hooks",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    site = folder / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    return site


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def body(text: str) -> str:
    """The page's own content, without the theme's header, menu and footer."""
    return text[text.index('<article class="md-content__inner md-typeset">'):
                text.index("</article>")]


def shown_services(text: str) -> list[tuple[str, str]]:
    """(name, why) of each service in a results page, in order."""
    return [(html.unescape(name), html.unescape(reason)) for name, reason in re.findall(
        r'class="sp-card__title"><a href="[^"]*">([^<]*)</a></h3>\s*'
        r'<p class="sp-q-why">([^<]*)</p>', text)]


def suggested(text: str) -> str:
    return html.unescape(re.search(r'class="sp-q-level"><strong>([^<]*)\.</strong>',
                                   text).group(1))


def result_pages(site: Path) -> dict[str, tuple[str, str]]:
    """Every results page, by (age answer, need answer) read from its "Your answers"."""
    found = {}
    for path in sorted((site / "what-help-fits-us").glob("*/*/index.html")):
        text = body(path.read_text(encoding="utf-8"))
        answers = tuple(html.unescape(a) for a in re.findall(
            r'<dd class="sp-q-summary__value">([^<]*)</dd>', text))
        found[answers] = text
    return found

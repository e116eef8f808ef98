"""What help fits us?: the guided questionnaire.

One page holds the questions. With JavaScript, questionnaire.js asks them one at a time and
shows the results from the data file made here; the answers never leave the page. Without
JavaScript the same page offers the answers as links: the age question leads to a page per
age answer, whose needs lead to a results page each. Every result, with or without
JavaScript, comes from `matching`, the one rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import matching, urls
from ..matching import Match
from ..model import Contact, Content, Option, Question, Questionnaire
from ..render import GeneratedPage, Renderer
from ..slugs import slug, unique

RESULTS_TITLE = "Help that might fit your family"  # neutral: it names no answer
MACROS = "_questionnaire.html"


@dataclass(frozen=True)
class Answer:
    """An answer as a link on the pages for families without JavaScript."""

    question: Question
    option: Option
    slug: str
    src: str


def said(label: str) -> str:
    """An answer's words inside a sentence: "Money, debt or housing" -> "money, debt or
    housing"; "I" and a first word in capitals, such as "SEND", are kept."""
    first = label.split(" ", 1)[0]
    if re.match(r"I\b", label) or (len(first) > 1 and first.isupper()):
        return label
    return label[:1].lower() + label[1:]


def why(match: Match) -> str:
    """Why a service is shown; questionnaire.js writes the same words."""
    return "You said: " + "; ".join(said(option.label) for option in match.reasons)


def slugs(labels: list[str]) -> list[str]:
    """Unique, readable page names for answers: "5 to 10" -> "5-to-10"."""
    found: list[str] = []
    for number, label in enumerate(labels, start=1):
        found.append(unique(slug(label) or f"answer-{number}", found))
    return found


def steps(questionnaire: Questionnaire) -> list[tuple[Question, ...]]:
    """The questions answered by links without JavaScript: the first question about ages,
    then every question about needs. Urgent questions are answered on the first page by
    the emergency routes; questions about levels, on each results page."""
    ages = [q for q in questionnaire.questions if any(matching.gives_age(o) for o in q.options)]
    needs = tuple(q for q in questionnaire.questions if q not in ages[:1]
                  and any(o.needs for o in q.options))
    return [step for step in (tuple(ages[:1]), needs) if step]


def answers(step: tuple[Question, ...], path: tuple[str, ...]) -> list[Answer]:
    pairs = [(q, o) for q in step for o in q.options]
    return [Answer(q, o, slug, urls.questionnaire_answer(*path, slug))
            for (q, o), slug in zip(pairs, slugs([o.label for _, o in pairs]), strict=True)]


def grouped(found: list[Answer]) -> list[tuple[Question, list[Answer]]]:
    """Answers under their questions, in order."""
    groups: dict[str, tuple[Question, list[Answer]]] = {}
    for answer in found:
        groups.setdefault(answer.question.id, (answer.question, []))[1].append(answer)
    return list(groups.values())


def urgent_questions(questionnaire: Questionnaire, linked: list[tuple[Question, ...]]
                     ) -> list[Question]:
    """Questions not answered by links that offer an urgent answer, such as "Is anyone in
    danger right now?": without JavaScript they are answered by the emergency routes."""
    answered = {q.id for step in linked for q in step}
    return [q for q in questionnaire.questions
            if q.id not in answered and any(o.urgent for o in q.options)
            and not any(o.level for o in q.options)]


def level_questions(questionnaire: Questionnaire) -> list[Question]:
    return [q for q in questionnaire.questions if any(o.level for o in q.options)]


def ask_instead(content: Content) -> list[Contact]:
    """Who to ask when the questions cannot find the help: the first contact of the lowest
    level (such as the Family Information Service) and the first route for asking for help
    (such as the Early Help hub)."""
    lowest = min(content.levels.values(), key=lambda level: level.number)
    first = [content.contacts[c] for c in lowest.contacts[:1] if c in content.contacts]
    asking = [c for c in content.contacts.values() if c.purpose == "request-help"][:1]
    return list({c.id: c for c in first + asking}.values())


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    questionnaire = r.content.questionnaire
    if questionnaire is None:
        return
    linked = steps(questionnaire)
    common: dict[str, Any] = {  # the same on every page of the questionnaire
        "questionnaire": questionnaire, "ask": ask_instead(r.content), "why": why,
        "results_title": RESULTS_TITLE, "harder": level_questions(questionnaire),
        "urgent_contacts": matching.urgent_contacts(r.content)}
    yield r.page("questionnaire.html", urls.QUESTIONNAIRE, questionnaire.title,
                 first=grouped(answers(linked[0], ())) if linked else [],
                 urgent_questions=urgent_questions(questionnaire, linked),
                 nothing_to_link=matching.outcome(r.content, ()) if not linked else None,
                 **common)
    yield from answer_pages(r, linked, (), (), common)


def answer_pages(r: Renderer, linked: list[tuple[Question, ...]], chosen: tuple[Answer, ...],
                 path: tuple[str, ...], common: dict[str, object]
                 ) -> Iterator[GeneratedPage]:
    """A page for each answer of the next step: the next question, or the results."""
    if not linked:
        return
    for answer in answers(linked[0], path):
        picked = chosen + (answer,)
        if len(linked) > 1:
            yield r.page("questionnaire_step.html", answer.src, linked[1][0].ask,
                         in_nav=False, searchable=False, chosen=picked,
                         next=grouped(answers(linked[1], path + (answer.slug,))),
                         **common)
            yield from answer_pages(r, linked[1:], picked, path + (answer.slug,), common)
        else:
            result = matching.outcome(r.content, [a.option for a in picked],
                                      r.shared("matching pools", lambda: matching.pools(r.content)))
            yield r.page("questionnaire_result.html", answer.src, RESULTS_TITLE,
                         in_nav=False, searchable=False, chosen=picked, outcome=result,
                         **common)


# -- the data file questionnaire.js reads ---------------------------------------------------


def files(r: Renderer) -> dict[str, bytes]:
    questionnaire = r.content.questionnaire
    if questionnaire is None:
        return {}
    data = script_data(r, questionnaire)
    return {urls.QUESTIONNAIRE_DATA: json.dumps(data, ensure_ascii=False,
                                                separators=(",", ":")).encode("utf-8")}


def script_data(r: Renderer, questionnaire: Questionnaire) -> dict[str, object]:
    """The rule's candidates for every age answer (or none), need and level, with the pieces
    of the results page already rendered. The script unites the candidates of the chosen
    needs and ages at the suggested level and orders them as `matching.outcome` does."""
    content = r.content
    options = [o for q in questionnaire.questions for o in q.options]
    levels = sorted(content.levels.values(), key=lambda level: level.number)
    needs = [n for n in matching.chosen_needs(options) if n in content.needs]
    ages: list[Option | None] = [None] + [o for o in options if matching.gives_age(o)]
    pools = {n: [s for s in content.published_services if n in s.needs] for n in needs}
    found = [[[matching.candidates(content, n, age, level, pools[n]) for level in levels]
              for n in needs] for age in ages]
    shown = {s.id: s for per_age in found for per_need in per_age for per_level in per_need
             for s in per_level}
    cards = [s for s in content.published_services if s.id in shown]  # in the site's order
    number = {s.id: place for place, s in enumerate(cards)}
    macros: Any = r.env.get_template(MACROS).module  # a template's macros, called by name

    def link(target: str, anchor: str = "") -> str:
        return r.urls.link(target, urls.QUESTIONNAIRE, anchor)

    return {
        "options": [{
            "urgent": o.urgent,
            "level": next((i for i, lv in enumerate(levels) if lv.id == o.level), None),
            "needs": [needs.index(n) for n in o.needs if n in needs],
            "age": ages.index(o) if matching.gives_age(o) else None,
            "said": said(o.label),
        } for o in options],
        "candidates": [[[[number[s.id] for s in per_level] for per_level in per_need]
                        for per_need in per_age] for per_age in found],
        "cards": [str(macros.service_card(s, link, "")) for s in cards],
        "urgent": str(macros.urgent_help(matching.urgent_contacts(content), link, 2)),
        "urgentStep": str(macros.urgent_help(matching.urgent_contacts(content), link, 1)),
        "levels": [str(macros.level_help(level, link)) for level in levels],
        "contacts": [[str(macros.contacts_help(
            matching.level_contacts(content, level, urgent), link)) for urgent in (False, True)]
            for level in levels],
        "services": str(macros.services_help(None, link, why)),
        "noServices": str(macros.services_help((), link, why)),
        "more": str(macros.not_everything(ask_instead(content), link)),
    }

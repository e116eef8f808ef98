"""What help fits us?: the guided questionnaire.

One page holds the questions. With JavaScript, questionnaire.js asks them one at a time and
shows the results from the data files made here (`files`); the answers never leave the page,
and what it fetches is the same whatever they are. Without
JavaScript the same page offers the answers as links: the age question leads to a page per
age answer, whose needs lead to a results page each. Every result, with or without
JavaScript, comes from `matching`, the one rule.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from signpost.features.questionnaire import matching
from signpost import urls
from signpost.compact import base36, gaps
from signpost.features.questionnaire.matching import Match
from signpost.model import Contact, Content, Option, Question, Questionnaire
from signpost.language import N_
from signpost.render import GeneratedPage, Renderer
from signpost.translations.translated import english_of
from signpost.slugs import slug, unique

RESULTS_TITLE = N_("Help that might fit your family")  # neutral: it names no answer
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


def why(match: Match, gettext: Callable[[str], str] = lambda message: message) -> str:
    """Why a service is shown; questionnaire.js writes the same words (own-words' you_said and
    answers_joiner)."""
    return gettext("You said: %(answers)s") % {"answers": gettext("; ").join(
        said(option.label) for option in match.reasons)}


def slugs(labels: list[str]) -> list[str]:
    """Unique, readable page names for answers: "5 to 10" -> "5-to-10"; made from the
    English in every language, so an answer's page has one address."""
    found: list[str] = []
    for number, label in enumerate(labels, start=1):
        found.append(unique(slug(english_of(label)) or f"answer-{number}", found))
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
    # What the questions page and every results page show (the results' pieces).
    results: dict[str, Any] = {
        "ask": ask_instead(r.content), "why": lambda m: why(m, r.gettext), "site": r.site,
        "contacts": r.content.contacts, "consent": r.content.consent}
    yield r.page("questionnaire.html", urls.QUESTIONNAIRE, questionnaire.title,
                 questionnaire=questionnaire, results_title=r.gettext(RESULTS_TITLE),
                 data_path=r.src(urls.QUESTIONNAIRE_DATA),
                 urgent_contacts=matching.urgent_contacts(r.content),
                 first=grouped(answers(linked[0], ())) if linked else [],
                 urgent_questions=urgent_questions(questionnaire, linked),
                 nothing_to_link=matching.outcome(r.content, ()) if not linked else None,
                 **results)
    results["harder"] = level_questions(questionnaire)
    yield from answer_pages(r, linked, (), (), results)


def answer_pages(r: Renderer, linked: list[tuple[Question, ...]], chosen: tuple[Answer, ...],
                 path: tuple[str, ...], results: dict[str, object]
                 ) -> Iterator[GeneratedPage]:
    """A page for each answer of the next step: the next question, or the results."""
    if not linked:
        return
    for answer in answers(linked[0], path):
        picked = chosen + (answer,)
        if len(linked) > 1:
            yield r.page("questionnaire_step.html", answer.src, linked[1][0].ask,
                         in_nav=False, searchable=False, chosen=picked,
                         next=grouped(answers(linked[1], path + (answer.slug,))))
            yield from answer_pages(r, linked[1:], picked, path + (answer.slug,), results)
        else:
            result = matching.outcome(r.content, [a.option for a in picked],
                                      r.shared("matching pools", lambda: matching.pools(r.content)))
            yield r.page("questionnaire_result.html", answer.src, r.gettext(RESULTS_TITLE),
                         in_nav=False, searchable=False, chosen=picked, outcome=result,
                         **results)


# -- the data files questionnaire.js reads ---------------------------------------------------
#
# help.json (urls.QUESTIONNAIRE_DATA), fetched as the page loads: what each answer means and
# the pieces of the results page, rendered. Its "later" lists the files fetched on the first
# use of the page (a focus, tap or key anywhere in it, whatever it is), in that order, so the
# files a browser asks for are the same whatever a family answers:
#
# - "candidates": `<hash>/candidates.json`, the rule's candidates for every need, age answer
#   and level (CANDIDATES_LAYOUT);
# - "cards": `<hash>/cards/<k>.json`, the service cards (HTML), CARDS_PER_FILE a file: card c
#   is item c % CARDS_PER_FILE of cards/<c // CARDS_PER_FILE>.json. Cards are numbered in the
#   site's order (by name), and only services some answer can show have one.
#
# Both sit in a folder named by a hash of what they hold, so a browser never mixes two builds.

CARDS_PER_FILE = 500
CANDIDATES_LAYOUT = """candidates.json: {"needs": [per need, in the order the answers' needs
number them: {"cards": the cards any of its lists holds, ascending, as gaps in base 36
("0,3,1a"), "levels": [per age answer (0: no age given), a string with a character per card
in "cards": the lowest level (its position, in base 36) whose list for this need and age
holds it, or "-" for none]}]}. The list for a need, age answer and level is every card of
"cards" whose character is at most that level: the rule's lists at each level hold those of
the levels below (a service working at a level fits every higher one), which build checks."""


def files(r: Renderer) -> dict[str, bytes]:
    questionnaire = r.content.questionnaire
    if questionnaire is None:
        return {}
    data, later = script_data(r, questionnaire)
    digest = hashlib.sha256()
    for name, value in later.items():
        digest.update(name.encode() + b"\0" + value + b"\0")
    folder = digest.hexdigest()[:12] + "/"
    data.update(later=[folder + name for name in later], candidates=folder + "candidates.json",
                cards=folder + "cards/", cardsPerFile=CARDS_PER_FILE)
    at = urls.QUESTIONNAIRE_DATA.rsplit("/", 1)[0] + "/" + folder
    return {r.src(urls.QUESTIONNAIRE_DATA): _compact(data),  # a language's under its code
            **{r.src(at + name): value for name, value in later.items()}}


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_candidates(lists: list[list[list[list[int]]]]) -> dict[str, object]:
    """`lists[age][need][level]`, each ascending card numbers, as CANDIDATES_LAYOUT says."""
    encoded: list[dict[str, object]] = []
    for need in range(len(lists[0]) if lists else 0):
        cards = sorted({c for per_age in lists for per_level in per_age[need] for c in per_level})
        ages = []
        for per_age in lists:
            lowest: dict[int, int] = {}
            for level, found in enumerate(per_age[need]):
                for card in found:
                    lowest.setdefault(card, level)
            for level, found in enumerate(per_age[need]):
                if found != [c for c in cards if lowest.get(c, level + 1) <= level]:
                    raise ValueError("the rule's lists are no longer nested by level: "
                                     "questionnaire.pages.CANDIDATES_LAYOUT cannot hold them")
            ages.append("".join(base36(lowest[c]) if c in lowest else "-" for c in cards))
        encoded.append({"cards": gaps(cards), "levels": ages})
    return {"needs": encoded}


def script_data(r: Renderer, questionnaire: Questionnaire
                ) -> tuple[dict[str, object], dict[str, bytes]]:
    """help.json's data, and the files fetched later (name in their folder -> bytes): the
    rule's candidates for every age answer (or none), need and level, and the cards, with
    the pieces of the results page already rendered. The script unites the candidates of the
    chosen needs and ages at the suggested level and orders them as `matching.outcome`
    does."""
    content = r.content
    options = [o for q in questionnaire.questions for o in q.options]
    levels = sorted(content.levels.values(), key=lambda level: level.number)
    needs = [n for n in matching.chosen_needs(options) if n in content.needs]
    ages: list[Option | None] = [None] + [o for o in options if matching.gives_age(o)]
    pools = {n: [s for s in content.published_services if n in s.needs] for n in needs}
    found = [[matching.candidates_by_level(content, n, age, levels, pools[n]) for n in needs]
             for age in ages]
    shown = {s.id: s for per_age in found for per_need in per_age for per_level in per_need
             for s in per_level}
    cards = [s for s in content.published_services if s.id in shown]  # in the site's order
    number = {s.id: place for place, s in enumerate(cards)}
    macros: Any = r.env.get_template(MACROS).module  # a template's macros, called by name
    emergency, every = r.site.emergency, content.contacts

    link = r.link_from(r.src(urls.QUESTIONNAIRE))

    rendered = [str(macros.service_card(s, link, "")) for s in cards]
    later = {"candidates.json": _compact(encode_candidates(
        [[[[number[s.id] for s in per_level] for per_level in per_need]
          for per_need in per_age] for per_age in found]))}
    for start in range(0, len(rendered), CARDS_PER_FILE):
        later[f"cards/{start // CARDS_PER_FILE}.json"] = _compact(
            rendered[start:start + CARDS_PER_FILE])
    return {
        "options": [{
            "urgent": o.urgent,
            "level": next((i for i, lv in enumerate(levels) if lv.id == o.level), None),
            "needs": [needs.index(n) for n in o.needs if n in needs],
            "age": ages.index(o) if matching.gives_age(o) else None,
            "said": said(o.label),
        } for o in options],
        "ages": len(ages),
        "levelCount": len(levels),
        "cardCount": len(cards),
        "urgent": str(macros.urgent_help(matching.urgent_contacts(content), link, emergency,
                                         every, 2)),
        "urgentStep": str(macros.urgent_help(matching.urgent_contacts(content), link,
                                             emergency, every, 1)),
        "levels": [str(macros.level_help(level, link, content.consent)) for level in levels],
        "contacts": [[str(macros.contacts_help(
            matching.level_contacts(content, level, urgent), link, every))
            for urgent in (False, True)]
            for level in levels],
        "services": str(macros.services_help(None, link, why)),
        "noServices": str(macros.services_help((), link, why)),
        "more": str(macros.not_everything(ask_instead(content), link)),
    }, later

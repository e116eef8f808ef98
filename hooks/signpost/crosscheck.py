"""Checks across files: references resolve, the level rules, out-of-hours cover, reviews."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from signpost.features.hours import inwords as h
from signpost.features.questionnaire import matching
from signpost.features import plainwords
from signpost.dates import overdue
from signpost.fields import suggest
from signpost.model import Content, Option, PlainWords
from signpost.problems import Problems, Where
from signpost.read import Reader


class Reviewed(Protocol):
    """Anything that says when it was last checked, and where it is written."""

    @property
    def reviewed(self) -> date | None: ...

    @property
    def where(self) -> Where: ...

DEFAULT_REVIEW_MONTHS = 12
KIND_FILES = {"need": "content/needs.yml", "level": "content/levels.yml",
              "contact": "content/contacts.yml", "consent topic": "content/consent.yml"}
# Ids that would give an item the address of a page the engine makes beside it.
RESERVED_IDS = {"service": {"index": "Find a service"},
                "need": {"index": "the folder of need pages"},
                "level": {"index": "the levels overview", "compare": "the page comparing levels"},
                "consent topic": {"index": "the consent overview",
                                  "leaflet": "the printable consent leaflet"}}


def check_references(content: Content, reader: Reader, problems: Problems) -> None:
    known = {kind: sorted(reader.declared[kind]) for kind in KIND_FILES}
    for ref in reader.references:
        if ref.kind in reader.unreadable or (ref.kind == "need-or-service"
                                             and "need" in reader.unreadable):
            continue
        if ref.kind == "need-or-service":
            names = known["need"] + sorted(reader.declared["service"])
            if ref.id not in names:
                problems.error(ref.where, f'{ref.field} has "{ref.id}", which is neither a need'
                               f" id nor a service file name.{suggest(ref.id, names)}")
            elif ref.id in content.services and not content.services[ref.id].published:
                problems.warning(ref.where, f'{ref.field} has "{ref.id}", a closed service that'
                                 " is not published; the link is left out")
            elif ref.id in content.drafts:
                problems.warning(ref.where, f'{ref.field} has "{ref.id}", a draft service that'
                                 " is not published yet; the link is left out")
        elif ref.id not in known[ref.kind]:
            problems.error(ref.where, f'{ref.field} has "{ref.id}", which is not a {ref.kind}'
                           f" id in {KIND_FILES[ref.kind]}."
                           f"{suggest(ref.id, list(known[ref.kind]))}")


def check_levels(content: Content, reader: Reader, problems: Problems) -> None:
    levels = list(content.levels.values())
    if not levels or len(levels) != len(reader.declared["level"]):
        return  # a level could not be read: its own problems are reported instead
    numbers = sorted(level.number for level in levels)
    expected = list(range(1, len(levels) + 1))
    if numbers != expected:
        problems.error(levels[0].where, f"level numbers are {', '.join(map(str, numbers))};"
                       f" number the levels {', '.join(map(str, expected))} with no gaps or"
                       " repeats")
    top = max(levels, key=lambda level: level.number)
    if top.assessment != "statutory":
        problems.error(top.where, f"{top.id} is the highest level, so its assessment must be"
                       " statutory")
    urgent = [c for c in top.contacts if c in content.contacts
              and content.contacts[c].purpose in ("urgent", "emergency")]
    if not urgent and all(c in content.contacts for c in top.contacts):
        problems.error(top.where, f"{top.id} is the highest level, so its contacts must include"
                       " an urgent or emergency contact, such as the MASH")


def check_out_of_hours(content: Content, problems: Problems) -> None:
    for contact in content.contacts.values():
        cover = content.contacts.get(contact.out_of_hours or "")
        if cover is None or contact.hours is None:
            continue
        if cover.id == contact.id:
            problems.error(contact.where, f"{contact.id}: out_of_hours names the contact itself;"
                           " name the route that covers the rest of the time")
            continue
        if cover.hours is None:
            problems.error(contact.where, f"{contact.id}: out_of_hours names {cover.id}, which"
                           " has no hours; give it hours that cover the gap")
            continue
        gap = h.first_gap(contact.hours, cover.hours)
        if gap is not None:
            problems.error(contact.where, f"{contact.id} is closed on {h.minute_in_words(gap)}"
                           f" and its out_of_hours route {cover.id} is closed too; the two must"
                           " cover every hour of the week")
        if contact.hours.bank_holidays == "closed" and not (
                cover.hours.always or cover.hours.bank_holidays == "all-day"):
            problems.error(contact.where, f"{contact.id} is closed on bank holidays, so its"
                           f" out_of_hours route {cover.id} needs bank_holidays: all-day")


def check_questionnaire(content: Content, problems: Problems) -> None:
    questionnaire = content.questionnaire
    if questionnaire is None:
        return
    options = [o for q in questionnaire.questions for o in q.options]
    if not any(o.urgent for o in options):
        problems.error(questionnaire.where, "no answer is marked urgent: true; at least one"
                       " question must let a family say someone is in danger")
    for question in questionnaire.questions:
        labels: set[str] = set()
        for option in question.options:
            said = " ".join(option.label.casefold().split())  # "Under 5" = "under  5"
            if said in labels:
                problems.error(option.where, f'{question.id} offers "{option.label}" twice;'
                               " each answer must be different")
            labels.add(said)
        if question.type == "one" and all(o.urgent for o in question.options):
            problems.error(question.where, f"{question.id}: every answer is urgent: true, so a"
                           " family could not answer without saying someone is in danger; add"
                           " an answer that is not urgent, such as No")
    check_questionnaire_results(content, problems)


def check_questionnaire_results(content: Content, problems: Problems) -> None:
    """An answer that can never lead to a service, whatever else is chosen, is a warning.
    Not while there are errors: a service that could not be read may be the one that fits."""
    questionnaire = content.questionnaire
    if questionnaire is None or not content.levels or problems.errors:
        return
    options = [o for q in questionnaire.questions for o in q.options]
    top = matching.suggested_level(content, options)  # the highest level any answer names
    ages: list[Option | None] = [o for o in options if matching.gives_age(o)]
    age_questions = [q for q in questionnaire.questions
                     if any(matching.gives_age(o) for o in q.options)]
    if not all(matching.gives_age(o) for q in age_questions for o in q.options) or not ages:
        ages.append(None)  # a family can answer without giving an age
    offered = [n for n in matching.chosen_needs(options) if n in content.needs]
    for number, question in enumerate(questionnaire.questions, start=1):
        for place, option in enumerate(question.options, start=1):
            needs = [n for n in option.needs if n in content.needs]
            if needs:
                tries = [(n, a) for n in needs
                         for a in ([option] if matching.gives_age(option) else ages)]
                why = (f"no published service helps with {', '.join(needs)} at the ages and"
                       " levels the questions offer")
            elif matching.gives_age(option) and not option.needs:
                tries = [(n, option) for n in offered]
                why = "no published service for these ages helps with a need the questions offer"
            else:
                continue
            if not any(matching.candidates(content, n, a, top) for n, a in tries):
                problems.warning(option.where, f'questions[{number}].options[{place}]'
                                 f' "{option.label}" can never show a service: {why}; add or'
                                 " change a service, or change this answer")


def check_reserved_ids(content: Content, problems: Problems) -> None:
    for kind, items in (("service", content.services), ("need", content.needs),
                        ("level", content.levels),
                        ("consent topic", content.consent)):
        for ident, what in RESERVED_IDS[kind].items():
            if ident in items:
                again = ("rename the file" if kind == "service"
                         else f"give this {kind} another id")
                problems.error(items[ident].where, f'id "{ident}" is the address of {what};'
                               f" {again}")


def check_reviews(content: Content, reader: Reader, today: date, problems: Problems) -> None:
    """Everything that says when it was `reviewed`, reported on that line once overdue."""
    months = content.site.review_every_months if content.site else DEFAULT_REVIEW_MONTHS
    kinds: list[tuple[str, Iterable[Reviewed]]] = [
             ("service", content.published_services), ("level", content.levels.values()),
             ("contact", content.contacts.values()), ("consent topic", content.consent.values()),
             ("need", content.needs.values()),
             ("pathway", [content.pathway] if content.pathway else [])]
    for kind, items in kinds:
        for item in items:
            if overdue(item.reviewed, today, months):
                problems.warning(reader.reviewed_at.get(item.where, item.where),
                                 f"reviewed is {item.reviewed}, more than {months} months ago:"
                                 f" check the {kind} is still right, then update reviewed")


def check_uuids(content: Content, problems: Problems) -> None:
    """A service's `uuid` is its id in the Open Referral feed: two services cannot share one."""
    first: dict[str, str] = {}
    for service in content.services.values():
        if service.uuid and first.setdefault(service.uuid, service.where.path) \
                != service.where.path:
            problems.error(service.where, f"uuid {service.uuid} is already the uuid of"
                           f" {first[service.uuid]}; give each service its own, or leave uuid"
                           " out and Signpost makes one")


def check_plain_words(content: Content, reader: Reader, problems: Problems) -> None:
    """Family-facing text in plain words (plainwords/): warnings, kept for the review page."""
    settings = content.site.plain_words if content.site else PlainWords()
    # A closed service is never shown, so its words are not checked (nor named on the review
    # page); a draft's are, since it is meant to be published.
    closed = {s.where.path for s in content.services.values() if not s.published}
    texts = [text for text in reader.family_text if text.path not in closed]
    content.plain_words = tuple(plainwords.check(texts, settings))
    problems.items.extend(content.plain_words)


def crosscheck(content: Content, reader: Reader, today: date, problems: Problems) -> None:
    check_references(content, reader, problems)
    check_levels(content, reader, problems)
    check_out_of_hours(content, problems)
    check_reviews(content, reader, today, problems)
    check_reserved_ids(content, problems)
    check_uuids(content, problems)
    check_questionnaire(content, problems)
    check_plain_words(content, reader, problems)

"""Checks across files: references resolve, the level rules, out-of-hours cover, reviews."""

from __future__ import annotations

from datetime import date

from . import hours as h
from .dates import months_between
from .fields import suggest
from .model import Content
from .problems import Problems
from .read import Reader

DEFAULT_REVIEW_MONTHS = 12
KIND_FILES = {"need": "content/needs.yml", "level": "content/levels.yml",
              "contact": "content/contacts.yml"}


def check_references(content: Content, reader: Reader, problems: Problems) -> None:
    known = {kind: sorted(reader.declared[kind]) for kind in ("need", "level", "contact")}
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
        elif ref.id not in known[ref.kind]:
            problems.error(ref.where, f'{ref.field} has "{ref.id}", which is not a {ref.kind}'
                           f" id in {KIND_FILES[ref.kind]}.{suggest(ref.id, list(known[ref.kind]))}")


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


def check_reviews(content: Content, today: date, problems: Problems) -> None:
    months = content.site.review_every_months if content.site else DEFAULT_REVIEW_MONTHS
    for service in content.published_services:
        if months_between(service.reviewed, today) >= months:
            problems.warning(service.where, f"reviewed is {service.reviewed}, more than {months}"
                             " months ago: check the service is still right, then update"
                             " reviewed")


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
            if option.label in labels:
                problems.error(option.where, f'{question.id} offers "{option.label}" twice;'
                               " each answer must be different")
            labels.add(option.label)


def crosscheck(content: Content, reader: Reader, today: date, problems: Problems) -> None:
    check_references(content, reader, problems)
    check_levels(content, reader, problems)
    check_out_of_hours(content, problems)
    check_reviews(content, today, problems)
    check_questionnaire(content, problems)

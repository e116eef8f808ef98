"""Checks across files, once everything is read: references resolve and no id takes a page's
address here; each feature's own rules across files are in its checks.py, run from here."""

from __future__ import annotations

from datetime import date

from signpost.features.directory.checks import check_uuids
from signpost.features.hours.checks import check_out_of_hours
from signpost.features.levels.checks import check_levels
from signpost.features.plainwords.checks import check_plain_words
from signpost.features.questionnaire.checks import check_questionnaire
from signpost.features.review.checks import check_reviews
from signpost.fields import suggest
from signpost.model import Content
from signpost.problems import Problems
from signpost.read import Reader


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








def crosscheck(content: Content, reader: Reader, today: date, problems: Problems) -> None:
    check_references(content, reader, problems)
    check_levels(content, reader, problems)
    check_out_of_hours(content, problems)
    check_reviews(content, reader, today, problems)
    check_reserved_ids(content, problems)
    check_uuids(content, problems)
    check_questionnaire(content, problems)
    check_plain_words(content, reader, problems)

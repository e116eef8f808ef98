"""For editors: draft services and what each still needs, then everything made from content
with its review date, overdue first, and the plain-words warnings about each (plainwords/),
so a youth forum can choose what to rewrite."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from signpost import urls
from signpost.dates import overdue
from signpost.model import ConsentTopic, Contact, Content, Level, Need, Pathway, Service
from signpost.paging import pages_of
from signpost.problems import Problem, Where
from signpost.render import GeneratedPage, Renderer

PAGE_SIZE = 500  # rows a page: the directory may hold thousands of services
TITLE = "Review dates"


@dataclass(frozen=True)
class Item:
    kind: str
    name: str
    src: str  # the page it is shown on
    anchor: str
    reviewed: date | None
    reviewed_by: str | None
    due: date | None
    overdue: bool
    where: Where
    plain_words: tuple[Problem, ...] = ()  # the plain-words warnings about its text

    @property
    def plain_anchor(self) -> str:
        """The id of the list of its plain-words warnings on the review page."""
        place = f"{self.where.path}-{self.where.line}".lower()
        return "plain-words-" + re.sub(r"[^a-z0-9]+", "-", place)

    @property
    def order(self) -> tuple[int, date, str]:
        """Overdue first (longest overdue first), then never checked, then by due date."""
        group = 0 if self.overdue else 1 if self.due is None else 2
        return group, self.due or date.min, self.name.lower()


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# What the review page lists: everything with a `reviewed` date.
Reviewed = Service | Level | Contact | ConsentTopic | Need | Pathway


def items(content: Content, today: date) -> list[Item]:
    assert content.site is not None  # load() gives content only with its site
    months = content.site.review_every_months
    found: list[tuple[str, str, str, str, Reviewed]] = [
        ("Service", s.name, urls.service(s.id), "", s) for s in content.published_services]
    found += [("Level of need", f"Level {lv.number}: {lv.name}", urls.level(lv.id), "", lv)
              for lv in content.levels.values()]
    found += [("Contact", c.name, urls.CONTACTS, c.id, c) for c in content.contacts.values()]
    found += [("Consent topic", t.title, urls.consent_topic(t.id), "", t)
              for t in content.consent.values()]
    found += [("Need", n.name, urls.need(n.id), "", n) for n in content.needs.values()]
    if content.pathway:
        found.append(("Pathway", content.pathway.title, urls.PATHWAY, "", content.pathway))
    rows = []
    for kind, name, src, anchor, item in found:
        reviewed = item.reviewed
        rows.append(Item(kind, name, src, anchor, reviewed, item.reviewed_by,
                         add_months(reviewed, months) if reviewed is not None else None,
                         overdue(reviewed, today, months),
                         item.where))
    rows = with_plain_words(rows, content.plain_words)
    return sorted(rows, key=lambda row: row.order)


def with_plain_words(rows: list[Item], found: tuple[Problem, ...]) -> list[Item]:
    """Each item with the plain-words warnings about it: those in its file, from its own line
    to the next item's."""
    starts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for number, row in enumerate(rows):
        starts[row.where.path].append((row.where.line, number))
    for places in starts.values():
        places.sort()
    owned: dict[int, list[Problem]] = defaultdict(list)
    for problem in found:
        places = starts.get(problem.where.path, [])
        place = bisect_right(places, (problem.where.line, len(rows))) - 1
        if place >= 0:
            owned[places[place][1]].append(problem)
    return [replace(row, plain_words=tuple(owned[number])) if number in owned else row
            for number, row in enumerate(rows)]


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    rows = items(r.content, r.today)
    chunks = pages_of(rows, PAGE_SIZE)
    listed = {p for row in rows for p in row.plain_words}
    others = [p for p in r.content.plain_words if p not in listed]  # updates, questions...
    summary = {"total": len(rows), "overdue": sum(row.overdue for row in rows),
               "unchecked": sum(row.reviewed is None for row in rows),
               "plain_words": len(r.content.plain_words)}
    for number, chunk in enumerate(chunks, start=1):
        yield r.page("review.html", urls.paged(urls.REVIEW, number),
                     TITLE if number == 1 else f"{TITLE}, page {number}", in_nav=False,
                     searchable=False, rows=chunk, summary=summary, number=number,
                     review_every_months=r.site.review_every_months,
                     last=len(chunks), first_row=(number - 1) * PAGE_SIZE + 1,
                     drafts=list(r.content.drafts.values()) if number == 1 else [],
                     others=others if number == 1 else [])

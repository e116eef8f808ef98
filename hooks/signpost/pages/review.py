"""For editors: draft services and what each still needs, then everything made from content
with its review date, overdue first."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .. import urls
from ..dates import months_between
from ..model import Content
from ..problems import Where
from ..render import GeneratedPage, Renderer

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

    @property
    def order(self) -> tuple[int, date, str]:
        """Overdue first (longest overdue first), then never checked, then by due date."""
        group = 0 if self.overdue else 1 if self.due is None else 2
        return group, self.due or date.min, self.name.lower()


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def items(content: Content, today: date) -> list[Item]:
    months = content.site.review_every_months
    found = [("Service", s.name, urls.service(s.id), "", s) for s in content.published_services]
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
                         add_months(reviewed, months) if reviewed else None,
                         bool(reviewed) and months_between(reviewed, today) >= months,
                         item.where))
    return sorted(rows, key=lambda row: row.order)


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    rows = items(r.content, r.today)
    chunks = [rows[start:start + PAGE_SIZE] for start in range(0, len(rows), PAGE_SIZE)] or [[]]
    summary = {"total": len(rows), "overdue": sum(row.overdue for row in rows),
               "unchecked": sum(row.reviewed is None for row in rows)}
    for number, chunk in enumerate(chunks, start=1):
        yield r.page("review.html", urls.paged(urls.REVIEW, number),
                     TITLE if number == 1 else f"{TITLE}, page {number}", in_nav=False,
                     searchable=False, rows=chunk, summary=summary, number=number,
                     last=len(chunks), first_row=(number - 1) * PAGE_SIZE + 1,
                     drafts=list(r.content.drafts.values()) if number == 1 else [])

"""Reviews: everything that says when it was `reviewed`, warned about once overdue."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from signpost.dates import overdue
from signpost.model import Content
from signpost.problems import Problems, Where
from signpost.read import Reader


class Reviewed(Protocol):
    """Anything that says when it was last checked, and where it is written."""

    @property
    def reviewed(self) -> date | None: ...

    @property
    def where(self) -> Where: ...

DEFAULT_REVIEW_MONTHS = 12


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

"""Levels of need: an overview, a page per level, and all levels side by side."""

from __future__ import annotations

from collections.abc import Iterator

from signpost import urls
from signpost.features.consent import pages as consent
from signpost.model import Level
from signpost.render import GeneratedPage, Renderer, services_for


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    levels = list(content.levels.values())
    counts = {level.id: 0 for level in levels}
    for service in services_for(content, lambda s: True):
        for ident in service.levels:
            counts[ident] += 1
    yield r.page("levels.html", urls.LEVELS, r.gettext("Levels of need"), levels=content.levels,
                 pathway=content.pathway)
    audiences = consent.audiences(content, r.gettext)
    yield r.page("levels_compare.html", urls.LEVELS_COMPARE,
                 r.gettext("Levels of need side by side"),
                 in_nav=False, levels=levels, audiences=audiences,
                 contacts=content.contacts, pathway=content.pathway)
    for number, level in enumerate(levels):
        yield r.page("level.html", urls.level(level.id),
                     r.gettext("Level %(number)s: %(name)s") % {
                         "number": level.number, "name": level.name},
                     in_nav=False, level=level,
                     below=_at(levels, number - 1), above=_at(levels, number + 1),
                     service_count=counts[level.id], audiences=audiences,
                     contacts=content.contacts, pathway=content.pathway)


def _at(levels: list[Level], index: int) -> Level | None:
    return levels[index] if 0 <= index < len(levels) else None

"""Levels of need: an overview and a page per level."""

from __future__ import annotations

from collections.abc import Iterator

from .. import urls
from ..render import GeneratedPage, Renderer, services_for


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    yield r.page("levels.html", urls.LEVELS, "Levels of need")
    for level in content.levels.values():
        yield r.page("level.html", urls.level(level.id), level.name, in_nav=False, level=level,
                     services=services_for(content, lambda s: level.id in s.levels))

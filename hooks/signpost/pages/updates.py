"""You said, we did."""

from __future__ import annotations

from collections.abc import Iterator

from .. import urls
from ..render import GeneratedPage, Renderer


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    yield r.page("updates.html", urls.UPDATES, "You said, we did")

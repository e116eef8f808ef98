"""The home page and the contacts page."""

from __future__ import annotations

from collections.abc import Iterator

from signpost import urls
from signpost.render import GeneratedPage, Renderer


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    assert r.content.site is not None  # load() gives content only with its site
    yield r.page("home.html", urls.HOME, r.content.site.name)
    yield r.page("contacts.html", urls.CONTACTS, "Who to contact")

"""The home page and the contacts page."""

from __future__ import annotations

from collections.abc import Iterator

from signpost import urls
from signpost.render import GeneratedPage, Renderer


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    yield r.page("home.html", urls.HOME, r.site.name, site=r.site,
                 questionnaire=content.questionnaire, consent=content.consent,
                 pages=content.pages)
    yield r.page("contacts.html", urls.CONTACTS, r.gettext("Who to contact"),
                 contacts=content.contacts)

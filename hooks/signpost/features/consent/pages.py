"""Consent and information sharing: every topic for each reader, a page per topic, and a
leaflet for families to print."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from signpost import urls
from signpost.model import Content
from signpost.render import GeneratedPage, Renderer


@dataclass(frozen=True)
class Audience:
    field: str  # the ConsentTopic field holding this reader's version
    anchor: str  # the section a link can open: consent/#children
    label: str
    for_whom: str


AUDIENCES = (
    Audience("parents", "parents", "Parents and carers", "for parents and carers"),
    Audience("young_people", "young-people", "Young people", "for young people"),
    Audience("children", "children", "Children", "for children"),
    Audience("professionals", "professionals", "Professionals", "for professionals"),
)


def audiences(content: Content) -> list[Audience]:
    """The readers at least one topic is written for (parents and carers always are)."""
    return [a for a in AUDIENCES
            if any(getattr(topic, a.field) for topic in content.consent.values())]


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    if not content.consent:
        return
    readers = audiences(content)
    topics = list(content.consent.values())
    assert content.site is not None  # load() gives content only with its site
    site_url = content.site.url
    online = f"{site_url.rstrip('/')}/{r.urls.page(urls.CONSENT)}" if site_url else None
    yield r.page("consent.html", urls.CONSENT, r.gettext("Your information and consent"),
                 audiences=readers, topics=topics)
    yield r.page("consent_leaflet.html", urls.CONSENT_LEAFLET,
                 "Your information and Early Help: a leaflet for families", in_nav=False,
                 topics=topics, audiences=readers, online=online, site=r.site, contacts=[
                     c for c in content.contacts.values()
                     if c.purpose in ("request-help", "feedback") and "families" in c.audiences])
    for number, topic in enumerate(topics):
        yield r.page("consent_topic.html", urls.consent_topic(topic.id), topic.title,
                     in_nav=False, topic=topic, audiences=[
                         a for a in readers if getattr(topic, a.field)],
                     following=topics[number + 1] if number + 1 < len(topics) else None)

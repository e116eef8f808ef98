"""Consent and information sharing: every topic for each reader, a page per topic, and a
leaflet for families to print."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from signpost import urls
from signpost.language import N_
from signpost.model import Content
from signpost.render import GeneratedPage, Renderer


@dataclass(frozen=True)
class Audience:
    field: str  # the ConsentTopic field holding this reader's version
    anchor: str  # the section a link can open: consent/#children
    label: str
    for_whom: str


AUDIENCES = (
    Audience("parents", "parents", N_("Parents and carers"), N_("for parents and carers")),
    Audience("young_people", "young-people", N_("Young people"), N_("for young people")),
    Audience("children", "children", N_("Children"), N_("for children")),
    Audience("professionals", "professionals", N_("Professionals"), N_("for professionals")),
)


def audiences(content: Content,
              gettext: Callable[[str], str] = lambda message: message) -> list[Audience]:
    """The readers at least one topic is written for (parents and carers always are), named
    in the site's language."""
    return [replace(a, label=gettext(a.label), for_whom=gettext(a.for_whom)) for a in AUDIENCES
            if any(getattr(topic, a.field) for topic in content.consent.values())]


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    if not content.consent:
        return
    readers = audiences(content, r.gettext)
    topics = list(content.consent.values())
    assert content.site is not None  # load() gives content only with its site
    site_url = content.site.url
    online = f"{site_url.rstrip('/')}/{r.urls.page(urls.CONSENT)}" if site_url else None
    yield r.page("consent.html", urls.CONSENT, r.gettext("Your information and consent"),
                 audiences=readers, topics=topics)
    yield r.page("consent_leaflet.html", urls.CONSENT_LEAFLET,
                 r.gettext("Your information and Early Help: a leaflet for families"),
                 in_nav=False,
                 topics=topics, audiences=readers, online=online, site=r.site, contacts=[
                     c for c in content.contacts.values()
                     if c.purpose in ("request-help", "feedback") and "families" in c.audiences])
    for number, topic in enumerate(topics):
        yield r.page("consent_topic.html", urls.consent_topic(topic.id), topic.title,
                     in_nav=False, topic=topic, audiences=[
                         a for a in readers if getattr(topic, a.field)],
                     following=topics[number + 1] if number + 1 < len(topics) else None)

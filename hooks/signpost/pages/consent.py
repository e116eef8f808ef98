"""Consent and information sharing: an index and a page per topic."""

from __future__ import annotations

from collections.abc import Iterator

from .. import urls
from ..render import GeneratedPage, Renderer


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    if not content.consent:
        return
    yield r.page("consent.html", urls.CONSENT, "Your information and consent")
    for topic in content.consent.values():
        yield r.page("consent_topic.html", urls.consent_topic(topic.id), topic.title,
                     in_nav=False, topic=topic)

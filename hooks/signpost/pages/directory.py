"""Find a service: the directory by need, and a page per service."""

from __future__ import annotations

from collections.abc import Iterator

from .. import urls
from ..render import GeneratedPage, Renderer, is_overdue, services_for


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    yield r.page("directory.html", urls.DIRECTORY, "Find a service",
                 counts={n: len(services_for(content, lambda s, n=n: n in s.needs))
                         for n in content.needs})
    for need in content.needs.values():
        yield r.page("need.html", urls.need(need.id), need.name, in_nav=False, need=need,
                     services=services_for(content, lambda s: need.id in s.needs))
    for service in content.published_services:
        yield r.page("service.html", urls.service(service.id), service.name, in_nav=False,
                     searchable=False, service=service,
                     overdue=is_overdue(service, content, r.today),
                     updates=[u for u in content.updates.values() if service.id in u.related])

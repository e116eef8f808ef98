"""Rendering checked content into page bodies (HTML) and the pieces every page shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

import jinja2

from . import hours, urls, words
from .dates import months_between
from .model import Content, Service
from .richtext import RichText


@dataclass(frozen=True)
class GeneratedPage:
    """A page the engine makes: `html` is its whole body, starting with its h1."""

    src: str  # as a Markdown path would be, e.g. services/young-carers.md
    title: str
    html: str
    in_nav: bool = True
    searchable: bool = True


@dataclass
class Rendered:
    pages: list[GeneratedPage] = field(default_factory=list)
    chrome: dict[str, str] = field(default_factory=dict)  # for the theme: see ARCHITECTURE.md


class Renderer:
    """Holds what every page needs while rendering one site."""

    def __init__(self, content: Content, today: date, site_urls: urls.Urls) -> None:
        self.content = content
        self.today = today
        self.urls = site_urls
        self.richtext = RichText()
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("signpost", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["markdown"] = self.richtext.html
        self.env.filters["hours"] = hours.in_words
        self.env.filters["words_for"] = lambda keys, names: [names[k] for k in keys]
        self.env.filters["and_list"] = words.and_list
        self.env.globals.update(words=words, urls=urls, content=content, today=today)

    def page(self, template: str, src: str, title: str, *, in_nav: bool = True,
             searchable: bool = True, **values: object) -> GeneratedPage:
        def link(target: str, anchor: str = "") -> str:
            return self.urls.link(target, src, anchor)

        html = self.env.get_template(template).render(link=link, title=title, **values)
        return GeneratedPage(src, title, html, in_nav, searchable)

    def fragment(self, template: str, **values: object) -> str:
        return self.env.get_template(template).render(**values)


def services_for(content: Content, keep: Callable[[Service], bool]) -> list[Service]:
    return [s for s in content.published_services if keep(s)]


def is_overdue(service: Service, content: Content, today: date) -> bool:
    return months_between(service.reviewed, today) >= content.site.review_every_months


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    yield r.page("home.html", urls.HOME, content.site.name)
    yield r.page("directory.html", urls.DIRECTORY, "Find a service",
                 counts={n: len(services_for(content, lambda s, n=n: n in s.needs))
                         for n in content.needs})
    for need in content.needs.values():
        yield r.page("need.html", urls.need(need.id), need.name, in_nav=False, need=need,
                     services=services_for(content, lambda s: need.id in s.needs))
    for service in content.published_services:
        yield r.page("service.html", urls.service(service.id), service.name, in_nav=False,
                     searchable=False, service=service, overdue=is_overdue(service, content, r.today),
                     updates=[u for u in content.updates.values() if service.id in u.related])
    yield r.page("levels.html", urls.LEVELS, "Levels of need")
    for level in content.levels.values():
        yield r.page("level.html", urls.level(level.id), level.name, in_nav=False, level=level,
                     services=services_for(content, lambda s: level.id in s.levels))
    yield r.page("contacts.html", urls.CONTACTS, "Who to contact")
    if content.consent:
        yield r.page("consent.html", urls.CONSENT, "Consent and your information")
        for topic in content.consent.values():
            yield r.page("consent_topic.html", urls.consent_topic(topic.id), topic.title,
                         in_nav=False, topic=topic)
    yield r.page("updates.html", urls.UPDATES, "You said, we did")


def render(content: Content, today: date, *, directory_urls: bool = True) -> Rendered:
    """Every generated page and the shared pieces of the site's chrome."""
    renderer = Renderer(content, today, urls.Urls(directory_urls))
    chrome = {
        "site_name": content.site.name,
        "authority": content.site.authority,
        "quick_exit_url": content.site.quick_exit,
        "staying_safe_url": renderer.urls.page(urls.STAYING_SAFE),
        "emergency_html": renderer.fragment("emergency.html"),
        "feedback_html": renderer.fragment("feedback.html"),
    }
    return Rendered(pages=list(pages(renderer)), chrome=chrome)

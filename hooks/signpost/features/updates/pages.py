"""You said, we did: every update newest first, filtered pages by status and by who told
us, a page per year, and the Atom feed."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from signpost.features.updates import atom
from signpost import urls
from signpost.model import UPDATE_STATUSES, Content, Update
from signpost.language import N_
from signpost.translations.translated import english_of
from signpost.render import GeneratedPage, Renderer
from signpost.slugs import slug

TITLE = N_("You said, we did")


@dataclass(frozen=True)
class Source:
    """Who told us: a forum, a survey or a group, with its updates."""

    slug: str
    name: str
    updates: tuple[Update, ...]


def source_slug(name: str) -> str:
    """'Brackenford Youth Forum' -> 'brackenford-youth-forum'; never empty; made from the
    English in every language, so the page has one address."""
    name = english_of(name)
    return slug(name) or "from-" + hashlib.sha256(name.encode()).hexdigest()[:8]


def sources(content: Content) -> list[Source]:
    """Who told us, each once (ignoring case and spacing), with a page address of its own:
    two different names whose slugs are the same ("Infinity", "-Infinity") are never merged,
    each gets the slug with a hash of its name."""
    found: dict[str, list[Update]] = {}
    for update in content.updates.values():
        found.setdefault(" ".join(update.source.split()).casefold(), []).append(update)
    taken = Counter(source_slug(items[0].source) for items in found.values())
    groups = []
    for key, items in found.items():
        slug = source_slug(items[0].source)
        if taken[slug] > 1:
            slug = f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"
        groups.append(Source(slug, items[0].source, tuple(items)))
    return sorted(groups, key=lambda s: s.name.lower())


def by_year(content: Content) -> dict[int, list[Update]]:
    """Newest year first; updates newest first within it, as content keeps them."""
    years: dict[int, list[Update]] = {}
    for update in content.updates.values():
        years.setdefault(update.date.year, []).append(update)
    return years


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content = r.content
    updates = list(content.updates.values())
    statuses = {s: [u for u in updates if u.status == s] for s in UPDATE_STATUSES}
    statuses = {s: items for s, items in statuses.items() if items}
    groups, years = sources(content), by_year(content)
    slugs = {update.id: source.slug for source in groups for update in source.updates}
    yield r.page("updates.html", urls.UPDATES, r.gettext(TITLE), years=years, statuses=statuses,
                 sources=groups, slugs=slugs, updates=content.updates, needs=content.needs,
                 services=content.services)
    _ = r.gettext
    for status, items in statuses.items():
        label = r.words.STATUS[status].lower()
        yield r.page("updates_some.html", urls.updates_status(status),
                     _("You said, we did: %(status)s") % {"status": label}, in_nav=False,
                     updates=items, needs=content.needs, services=content.services, year=None,
                     lead=_("Updates whose status is %(status)s.") % {"status": label})
    for source in groups:
        yield r.page("updates_some.html", urls.updates_from(source.slug),
                     _("You said, we did: what %(source)s told us") % {"source": source.name},
                     in_nav=False, updates=list(source.updates), needs=content.needs,
                     services=content.services, year=None,
                     lead=_("What %(source)s told us, and what we did about it.") % {
                         "source": source.name})
    for year, items in years.items():
        yield r.page("updates_some.html", urls.updates_year(year),
                     _("You said, we did in %(year)s") % {"year": year},
                     in_nav=False, updates=items, year=year, needs=content.needs,
                     services=content.services,
                     lead=_("What children, young people and families told us in %(year)s, and"
                            " what we did about it.") % {"year": year})


def files(r: Renderer) -> dict[str, bytes]:
    return {urls.UPDATES_FEED: atom.feed(r.content, r.today, r.urls)}

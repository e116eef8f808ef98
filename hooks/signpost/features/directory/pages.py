"""Find a service: the finder, the lists to browse without JavaScript, and a page per service.

Lists: each need, each need within each age group (and its free services, when only some are
free), each age group and each level's services. Every list is split into pages of PAGE_SIZE,
so no page grows with the directory; the groupings are made once (listings.py), so the work
per page does not either.
None of these pages is in the menu or in Material's search index (searchable=False): the
finder's own index (findindex.py) carries the directory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from signpost.features.directory import findindex
from signpost import urls
from signpost.features.directory.agegroups import AgeGroup, named
from signpost.features.directory.listings import Listings, card_meta, free_only
from signpost.model import Need, Service
from signpost.language import N_
from signpost.paging import pages_of
from signpost.render import GeneratedPage, Renderer, is_overdue

PAGE_SIZE = 50


@dataclass(frozen=True)
class Choice:
    """A link to another list, with how many services it has."""

    label: str
    src: str | None  # None: no page to link to
    count: int
    current: bool = False


@dataclass(frozen=True)
class Choices:
    title: str
    items: tuple[Choice, ...]


@dataclass(frozen=True)
class Crumb:
    label: str
    src: str


@dataclass(frozen=True)
class Listing:
    """One list of services, before it is split into pages."""

    src: str
    title: str
    lead: str
    services: list[Service]
    crumbs: tuple[Crumb, ...]
    choices: tuple[Choices, ...] = ()


def listings_of(r: Renderer) -> Listings:
    return r.shared("directory.listings", lambda: Listings.of(r.content))


def find_index(r: Renderer) -> findindex.FindIndex:
    return r.shared("directory.index",
                    lambda: findindex.build(r.content, listings_of(r), r.urls, r.words))


def files(r: Renderer) -> dict[str, bytes]:
    return find_index(r).files


def pages(r: Renderer) -> Iterator[GeneratedPage]:
    content, grouped, _ = r.content, listings_of(r), r.gettext
    groups = named(_)
    yield r.page("directory.html", urls.DIRECTORY, _(FIND_A_SERVICE),
                 index_path=find_index(r).index_path, listings=grouped, groups=groups,
                 site=r.site, needs=content.needs, levels=content.levels)
    for need in content.needs.values():
        yield from listing_pages(r, need_listing(need, grouped, groups, _))
        for group in groups:
            yield from listing_pages(
                r, need_group_listing(need, group, grouped, groups, _, free=False))
            if has_free_page(grouped.by_need_group[(need.id, group.id)]):
                yield from listing_pages(
                    r, need_group_listing(need, group, grouped, groups, _, free=True))
    for group in groups:
        yield from listing_pages(r, group_listing(group, grouped, content.needs.values(), _))
    for level in content.levels.values():
        services = grouped.by_level[level.id]
        named_level = {"number": level.number, "name": level.name}
        yield from listing_pages(r, Listing(
            urls.level_services(level.id),
            _("Services at level %(number)s: %(name)s") % named_level,
            level.summary, services,
            (Crumb(_("Levels of need"), urls.LEVELS),
             Crumb(_("Level %(number)s: %(name)s") % named_level, urls.level(level.id)))))
    for service in grouped.services:
        yield r.page("service.html", urls.service(service.id), service.name, in_nav=False,
                     searchable=False, service=service, site=r.site, needs=content.needs,
                     levels=sorted((content.levels[lv] for lv in service.levels),
                                   key=lambda lv: lv.number),
                     overdue=is_overdue(service, content, r.today),
                     updates=grouped.updates.get(service.id, []))


FIND_A_SERVICE = N_("Find a service")
Gettext = Callable[[str], str]


def find(_: Gettext) -> Crumb:
    return Crumb(_(FIND_A_SERVICE), urls.DIRECTORY)


def need_listing(need: Need, grouped: Listings, groups: tuple[AgeGroup, ...], _: Gettext
                 ) -> Listing:
    ages = Choices(_("Choose an age"), tuple(
        Choice(group.name, urls.need_in_age_group(need.id, group.id),
               len(grouped.by_need_group[(need.id, group.id)]))
        for group in groups))
    return Listing(urls.need(need.id), need.name, need.summary, grouped.by_need[need.id],
                   (find(_),), (ages,))


def has_free_page(services: list[Service]) -> bool:
    """A list gets a page of its free services when some are free and some are not."""
    return 0 < len(free_only(services)) < len(services)


def need_group_listing(need: Need, group: AgeGroup, grouped: Listings,
                       groups: tuple[AgeGroup, ...], _: Gettext, *, free: bool) -> Listing:
    every = grouped.by_need_group[(need.id, group.id)]
    free_ones = free_only(every)
    services = free_ones if free else every
    src = urls.need_in_age_group(need.id, group.id)
    show = Choices(_("Show"), (
        Choice(_("All services"), src, len(every), current=not free),
        Choice(_("Free services only"), urls.free_only(src), len(free_ones), current=free)
        if has_free_page(every) else
        Choice(_("Free services only: all of them are free") if every
               else _("Free services only"), None, len(free_ones)),
    ))
    other_ages = Choices(_("Other ages"), tuple(
        Choice(other.name, urls.need_in_age_group(need.id, other.id),
               len(grouped.by_need_group[(need.id, other.id)]), current=other.id == group.id)
        for other in groups) + (
        Choice(_("Any age"), urls.need(need.id), len(grouped.by_need[need.id])),))
    names = {"need": need.name, "group": group.name}
    title = (_("%(need)s: %(group)s, free services") if free else _("%(need)s: %(group)s")
             ) % names
    lead = _("%(summary)s Services for %(whom)s.") % {"summary": need.summary,
                                                       "whom": group.phrase}
    crumbs = (find(_), Crumb(need.name, urls.need(need.id)))
    return Listing(urls.free_only(src) if free else src, title, lead, services, crumbs,
                   (show, other_ages))


def group_listing(group: AgeGroup, grouped: Listings, needs: Iterable[Need], _: Gettext
                  ) -> Listing:
    within = Choices(_("What do you need help with?"), tuple(
        Choice(need.name, urls.need_in_age_group(need.id, group.id),
               len(grouped.by_need_group[(need.id, group.id)]))
        for need in needs))
    return Listing(urls.age_group(group.id), _("Help for %(whom)s") % {"whom": group.phrase},
                   _("Every service for %(whom)s. Choose what you need help with to see"
                     " fewer.") % {"whom": group.phrase}, grouped.by_group[group.id],
                   (find(_),), (within,))


def listing_pages(r: Renderer, listing: Listing) -> Iterator[GeneratedPage]:
    chunks = pages_of(listing.services, PAGE_SIZE)
    count = len(chunks)
    for number, chunk in enumerate(chunks, start=1):
        start = (number - 1) * PAGE_SIZE
        src = urls.paged(listing.src, number)
        title = listing.title if count == 1 else r.gettext(
            "%(title)s (page %(number)s of %(count)s)") % {
                "title": listing.title, "number": number, "count": count}
        services = list(chunk)
        yield r.page("listing.html", src, title, in_nav=False, searchable=False,
                     listing=listing, number=number, count=count, start=start,
                     services=services, cards=cards_html(r, services, src),
                     pager=pager(number, count), needs=r.content.needs,
                     updates=r.content.updates)


# A service's card is the same in each of the dozen lists it is in, except for how its links
# climb back to the site's root: it is rendered once, with ROOT standing for that climb.
ROOT = "\0/"  # YAML cannot hold a NUL, so no content can contain this


def cards_html(r: Renderer, services: list[Service], src: str) -> Markup:
    made: dict[str, str] = r.shared("directory.cards", dict)
    macros: Any = r.shared(  # a template's macros, called by name
        "directory.macros", lambda: r.env.get_template("_directory.html").module)

    def from_root(target: str, anchor: str = "") -> str:
        return ROOT + r.urls.link(r.src(target), r.src(urls.HOME), anchor)

    for service in services:
        if service.id not in made:
            made[service.id] = str(macros.card(service, from_root,
                                               lambda s: card_meta(s, r.words)))
    up = r.urls.asset(r.src(urls.HOME)[: -len("index.md")] or ".", r.src(src))
    prefix = "" if up == "." else up + "/"
    html = "".join(made[service.id].replace(ROOT, prefix) for service in services)
    return Markup(html)  # noqa: S704 - each card is a template macro's autoescaped output


def pager(current: int, count: int) -> list[int | None]:
    """Page numbers to link to, None where some are left out: 1 … 4 5 6 … 12."""
    shown = sorted({1, count, current - 1, current, current + 1} & set(range(1, count + 1)))
    numbers: list[int | None] = []
    previous = None
    for number in shown:
        if previous is not None and number - previous > 1:
            numbers.append(None if number - previous > 2 else number - 1)
        numbers.append(number)
        previous = number
    return numbers if count > 1 else []

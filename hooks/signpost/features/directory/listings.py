"""The directory's groupings of published services, made in one pass over the services.

Every listing page and the browser's index read these, so no page has to look through every
service: a need's page takes its list from `by_need`, and so on. Lists keep the directory's
order (by name).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from signpost import words
from signpost.features.directory.agegroups import AGE_GROUPS, groups_of
from signpost.model import Content, Service, Update


ENGLISH = words.Words()


@dataclass(frozen=True)
class Listings:
    services: tuple[Service, ...]  # every published service, by name
    by_need: dict[str, list[Service]]
    by_group: dict[str, list[Service]]
    by_need_group: dict[tuple[str, str], list[Service]]
    by_level: dict[str, list[Service]]
    updates: dict[str, list[Update]]  # "You said, we did" updates by related service id
    areas: list[str]  # every area and language a service names, in alphabetical order
    languages: list[str]

    @staticmethod
    def of(content: Content) -> Listings:
        by_need: dict[str, list[Service]] = {need: [] for need in content.needs}
        by_group: dict[str, list[Service]] = {group.id: [] for group in AGE_GROUPS}
        by_need_group: dict[tuple[str, str], list[Service]] = {
            (need, group.id): [] for need in content.needs for group in AGE_GROUPS}
        by_level: dict[str, list[Service]] = {level: [] for level in content.levels}
        services = tuple(content.published_services)
        for service in services:
            groups = [group.id for group in groups_of(service)]
            for group in groups:
                by_group[group].append(service)
            for need in service.needs:
                by_need[need].append(service)
                for group in groups:
                    by_need_group[(need, group)].append(service)
            for level in service.levels:
                by_level[level].append(service)
        updates: dict[str, list[Update]] = defaultdict(list)
        for update in content.updates.values():
            for related in update.related:
                updates[related].append(update)
        return Listings(services, by_need, by_group, by_need_group, by_level, dict(updates),
                        _alphabetical(a for s in services for a in s.areas),
                        _alphabetical(x for s in services for x in s.languages))


def _alphabetical(names: Iterable[str]) -> list[str]:
    return sorted(set(names), key=lambda name: (name.lower(), name))


def free_only(services: list[Service]) -> list[Service]:
    return [service for service in services if service.free]


def card_meta(service: Service, language: words.Words | None = None) -> str:
    """The line under a service's summary in any list: ages, cost and who runs it (in
    `language`'s words; English without one)."""
    said = language or ENGLISH
    _ = said.language.gettext
    cost = _("Free") if service.free else _("Cost: %(cost)s") % {
        "cost": service.cost.rstrip(".")}
    return _("%(ages)s. %(cost)s. Run by %(organisation)s.") % {
        "ages": said.ages(service.ages, service.pregnancy), "cost": cost,
        "organisation": service.organisation}

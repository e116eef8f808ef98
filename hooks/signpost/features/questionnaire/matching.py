"""What a family's answers mean: the one rule that picks the help "What help fits us?" shows.

This is "What the answers mean" in the content model, written once:

1. any chosen answer marked urgent puts the emergency routes and urgent contacts first;
2. the suggested level is the highest level an answer names, or the lowest level;
3. the services shown are the published ones that help with at least one chosen need, fit
   the age given (every age fits when none was given) and work at or below the suggested
   level; the most chosen needs met come first, then by name; each keeps the answers that
   chose it, to say why it is shown;
4. the suggested level's contacts follow: those for families, less any already shown as
   urgent.

`candidates` is the selection for one need, one age answer and one level. `outcome` puts
candidates together for a whole set of answers. The questionnaire's data file holds the
candidates for every need, age answer and level, and the page's script puts them together
the same way (union, then most needs met, then name), so the script never decides which
service fits: tests/browser/test_questionnaire_browser.py proves the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from signpost.model import Contact, Content, Level, Option, Service

URGENT_PURPOSES = ("emergency", "urgent")  # in the order they are shown
FAMILIES = {"families", "young-people"}  # the audiences the questionnaire is for


@dataclass(frozen=True)
class Match:
    """A service to show, the chosen needs it helps with and the answers that named them."""

    service: Service
    needs: tuple[str, ...]
    reasons: tuple[Option, ...]


@dataclass(frozen=True)
class Outcome:
    """Everything the answers lead to, in the order it is shown."""

    urgent: bool
    urgent_contacts: tuple[Contact, ...]  # empty unless urgent
    level: Level
    contacts: tuple[Contact, ...]  # the level's, less those already shown as urgent
    matches: tuple[Match, ...]


def is_urgent(chosen: Iterable[Option]) -> bool:
    return any(option.urgent for option in chosen)


def suggested_level(content: Content, chosen: Iterable[Option]) -> Level:
    """The highest level an answer names; with none, the lowest level."""
    named = [content.levels[o.level] for o in chosen if o.level in content.levels]
    if named:
        return max(named, key=lambda level: level.number)
    return min(content.levels.values(), key=lambda level: level.number)


def chosen_needs(chosen: Iterable[Option]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(need for option in chosen for need in option.needs))


def gives_age(option: Option) -> bool:
    """Whether the answer says how old the child is (or that a baby is on the way)."""
    return option.ages is not None or option.pregnancy


def fits_age(service: Service, age: Option | None) -> bool:
    """Whether a service fits one age answer; `None` (no age given) fits every service."""
    if age is None:
        return True
    overlaps = age.ages is not None and service.ages.overlaps(age.ages)
    return overlaps or (age.pregnancy and service.pregnancy)


def lowest_level(content: Content, service: Service) -> int | None:
    """The number of the lowest level a service works at (None: none of the site's)."""
    numbers = [content.levels[ident].number for ident in service.levels
               if ident in content.levels]
    return min(numbers) if numbers else None


def candidates(content: Content, need: str, age: Option | None, level: Level,
               pool: Iterable[Service] | None = None) -> list[Service]:
    """Published services (from `pool`, by default all) for one need, age answer and level,
    in the site's order (by name)."""
    return candidates_by_level(content, need, age, (level,), pool)[0]


def candidates_by_level(content: Content, need: str, age: Option | None,
                        levels: Sequence[Level], pool: Iterable[Service] | None = None
                        ) -> list[list[Service]]:
    """`candidates` at each of `levels`, each service looked at once: those that work at the
    level or below it (their lowest level is at most the level)."""
    services = content.published_services if pool is None else pool
    fitting = [(s, lowest) for s in services if s.published and need in s.needs
               and fits_age(s, age) and (lowest := lowest_level(content, s)) is not None]
    return [[s for s, lowest in fitting if lowest <= level.number] for level in levels]


def urgent_contacts(content: Content) -> tuple[Contact, ...]:
    """The contacts shown first after an urgent answer: emergency routes, then urgent ones."""
    return tuple(c for purpose in URGENT_PURPOSES for c in content.contacts.values()
                 if c.purpose == purpose)


def level_contacts(content: Content, level: Level, urgent: bool) -> tuple[Contact, ...]:
    """The suggested level's contacts for families (all of them if none is), less those
    already shown after an urgent answer."""
    contacts = [content.contacts[c] for c in level.contacts if c in content.contacts]
    for_families = [c for c in contacts if FAMILIES & set(c.audiences)] or contacts
    shown = {c.id for c in urgent_contacts(content)} if urgent else set()
    return tuple(c for c in for_families if c.id not in shown)


@dataclass(frozen=True)
class Pools:
    """The published services for each need (in the site's order) and every service's place
    in that order: made once (`pools`) for the many outcomes of one site."""

    by_need: Mapping[str, Sequence[Service]]
    order: Mapping[str, int]


def pools(content: Content) -> Pools:
    by_need: dict[str, list[Service]] = {}
    for service in content.published_services:
        for need in dict.fromkeys(service.needs):
            by_need.setdefault(need, []).append(service)
    return Pools(by_need, {ident: place for place, ident in enumerate(content.services)})


def outcome(content: Content, chosen: Sequence[Option], made: Pools | None = None) -> Outcome:
    """What a set of chosen answers (in the questionnaire's order) leads to. `made` is
    `pools(content)`, when the caller has it already."""
    made = made or pools(content)
    urgent = is_urgent(chosen)
    level = suggested_level(content, chosen)
    ages: list[Option | None] = [o for o in chosen if gives_age(o)] or [None]
    met: dict[str, list[str]] = {}  # service id -> chosen needs it helps with
    for need in chosen_needs(chosen):
        pool = made.by_need.get(need, ())
        fitting = {s.id for age in ages for s in candidates(content, need, age, level, pool)}
        for ident in fitting:
            met.setdefault(ident, []).append(need)
    order = made.order
    ranked = sorted(met, key=lambda ident: (-len(met[ident]), order[ident]))
    matches = tuple(
        Match(content.services[ident], tuple(met[ident]),
              tuple(o for o in chosen if set(o.needs) & set(met[ident])))
        for ident in ranked)
    return Outcome(urgent, urgent_contacts(content) if urgent else (), level,
                   level_contacts(content, level, urgent), matches)

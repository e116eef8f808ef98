"""The directory's age groups: how families think of their child's age, and one for the
adults of the family (parents and carers are part of Early Help too).

A group covers whole years of age: "5 to 10" is a child from their 5th birthday until the day
before their 11th, so a service for ages 4.5 to 5 is in "0 to 4" and in "5 to 10", and one for
ages 10.5 to 11 is in "5 to 10" (a ten-and-a-half-year-old is "10").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from signpost.language import N_
from signpost.model import OLDEST_AGE, Ages, Service


@dataclass(frozen=True)
class AgeGroup:
    id: str  # also the last part of its page's address: ages/5-10/
    name: str  # for links and headings: "5 to 10 years"
    phrase: str  # to finish "Help for ...": "children aged 5 to 10"
    ages: Ages | None  # whole years, both ends included; None for pregnancy

    def includes(self, service: Service) -> bool:
        if self.ages is None:
            return service.pregnancy
        return service.ages.start < self.ages.end + 1 and service.ages.end >= self.ages.start


AGE_GROUPS = (
    AgeGroup("pregnancy", N_("Expecting a baby"), N_("people expecting a baby"), None),
    AgeGroup("0-4", N_("0 to 4 years"), N_("babies and children aged 0 to 4"), Ages(0, 4)),
    AgeGroup("5-10", N_("5 to 10 years"), N_("children aged 5 to 10"), Ages(5, 10)),
    AgeGroup("11-15", N_("11 to 15 years"), N_("young people aged 11 to 15"), Ages(11, 15)),
    AgeGroup("16-18", N_("16 to 18 years"), N_("young people aged 16 to 18"), Ages(16, 18)),
    AgeGroup("19-25", N_("19 to 25 years"), N_("young adults aged 19 to 25"), Ages(19, 25)),
    # Early Help works with the whole family: help for the adults themselves.
    AgeGroup("adults", N_("Parents, carers and adults over 25"),
             N_("parents, carers and other adults over 25"), Ages(26, OLDEST_AGE)),
)


def named(gettext: Callable[[str], str]) -> tuple[AgeGroup, ...]:
    """AGE_GROUPS with their names and phrases in a site's language."""
    return tuple(replace(group, name=gettext(group.name), phrase=gettext(group.phrase))
                 for group in AGE_GROUPS)


def groups_of(service: Service) -> tuple[AgeGroup, ...]:
    """The age groups a service is listed under, youngest first."""
    return tuple(group for group in AGE_GROUPS if group.includes(service))


"""England and Wales bank holidays, worked out by rule so that nothing is downloaded.

The usual eight: New Year's Day, Good Friday, Easter Monday, the early May and spring bank
holidays, the summer bank holiday, Christmas Day and Boxing Day, with a substitute weekday when
one falls at a weekend. Royal proclamations have moved or added days a few times; the ones
announced so far are listed below and a new one is a one-line change.
"""

from __future__ import annotations

from datetime import date, timedelta

MONDAY, FRIDAY, SATURDAY, SUNDAY = 0, 4, 5, 6

# Days moved by proclamation: (year, usual holiday) -> the day it moved to.
MOVED = {
    (1995, "early-may"): date(1995, 5, 8),
    (2002, "spring"): date(2002, 6, 4),
    (2012, "spring"): date(2012, 6, 4),
    (2020, "early-may"): date(2020, 5, 8),
    (2022, "spring"): date(2022, 6, 2),
}
# One-off bank holidays (jubilees, a royal wedding, a state funeral, a coronation).
EXTRA = (date(1999, 12, 31), date(2002, 6, 3), date(2011, 4, 29), date(2012, 6, 5),
         date(2022, 6, 3), date(2022, 9, 19), date(2023, 5, 8))


def easter_sunday(year: int) -> date:
    """Western Easter in the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - correction + 15) % 30
    weekday = (32 + 2 * century_rest + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _first_monday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(MONDAY - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - MONDAY) % 7)


def _new_year(year: int) -> date:
    day = date(year, 1, 1)
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= SATURDAY else day


def _christmas(year: int) -> tuple[date, date]:
    """Christmas Day and Boxing Day as observed: a weekend day moves to the next free weekday."""
    christmas = date(year, 12, 25)
    if christmas.weekday() == FRIDAY:  # Boxing Day is a Saturday
        return christmas, date(year, 12, 28)
    if christmas.weekday() == SATURDAY:
        return date(year, 12, 27), date(year, 12, 28)
    if christmas.weekday() == SUNDAY:
        return date(year, 12, 27), date(year, 12, 26)
    return christmas, date(year, 12, 26)


def england_and_wales(year: int) -> list[date]:
    """Every bank holiday in England and Wales in `year`, in date order."""
    easter = easter_sunday(year)
    usual = {
        "new-year": _new_year(year),
        "good-friday": easter - timedelta(days=2),
        "easter-monday": easter + timedelta(days=1),
        "early-may": _first_monday(year, 5),
        "spring": _last_monday(year, 5),
        "summer": _last_monday(year, 8),
    }
    days = [MOVED.get((year, name), day) for name, day in usual.items()]
    days += _christmas(year)
    days += [day for day in EXTRA if day.year == year]
    return sorted(days)


def known_from(today: date, years: int = 3) -> list[date]:
    """The bank holidays of `today`'s year and the years after it, for pages built today."""
    return [day for year in range(today.year, today.year + years)
            for day in england_and_wales(year)]

"""Opening hours as ORUK schedules (weekly iCal rules), and back.

The feed writes one WEEKLY schedule per session, with times in HH:MM, UK local time, and the
bank holiday rule in `notes` in the words the site shows. Reading accepts ORUK 3.0 `schedules`
and v1 `regular_schedules`; a schedule that is not a plain weekly one (monthly, fortnightly,
"the first Monday") cannot be held by the content model and is reported, with its description,
so an editor can add the hours by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from signpost.features.hours import inwords as h
from signpost.model import DAYS, Hours, Session
from signpost.features.oruk import terms
from signpost.features.oruk.ids import within

DAY_CODES = dict(zip(DAYS, ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
CODE_DAYS = {code: day for day, code in DAY_CODES.items()}
# v1 feeds and HSDS 1.x sometimes give `weekday` as a name or a number (1 is Monday).
WEEKDAY_NAMES = {name.casefold(): day for day, name in h.DAY_NAMES.items()} | {
    str(number): day for number, day in enumerate(DAYS, start=1)}
TIME = re.compile(r"^(\d{1,2}):?(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$", re.I)
MIDNIGHT = 24 * 60


def clock(minutes: int) -> str:
    """HH:MM; midnight at the end of a day is written 23:59, as in the content model."""
    minutes = min(minutes, MIDNIGHT - 1)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def to_oruk(hours: Hours, parent: str) -> list[dict[str, Any]]:
    """One schedule per session of `hours`; ids belong to `parent` (the service's id)."""
    notes = terms.BANK_HOLIDAY_NOTES[hours.bank_holidays]
    sessions = [Session(DAYS, 0, MIDNIGHT)] if hours.always else list(hours.sessions)
    found = []
    for session in sessions:
        byday = ",".join(DAY_CODES[day] for day in DAYS if day in session.days)
        described = ("Open 24 hours a day, every day." if hours.always else
                     f"{h.day_range(list(session.days))}: {h.clock(session.open)} to"
                     f" {h.clock(session.close)}")
        found.append({
            "id": within(parent, "schedule", byday, session.open, session.close),
            "freq": "WEEKLY", "byday": byday,
            "opens_at": clock(session.open), "closes_at": clock(session.close),
            "description": described, "notes": notes,
        })
    return found


def read_time(text: object, *, closing: bool) -> int | None:
    """Minutes after midnight from 9:00, 09:00, 09:00:00 or 09:00:00Z (the zone is ignored:
    services give their local time); a closing time of 00:00, 23:59 or 24:00 is midnight."""
    match = TIME.match(str(text).strip()) if isinstance(text, str) else None
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    minutes = hour * 60 + minute
    if closing and minutes in (0, MIDNIGHT - 1, MIDNIGHT):
        return MIDNIGHT
    return minutes if minutes < MIDNIGHT else None


@dataclass(frozen=True)
class Weekly:
    """One schedule read as days and times, or why it could not be."""

    sessions: tuple[Session, ...] = ()
    problem: str | None = None


def read_schedule(schedule: dict[str, Any]) -> Weekly:
    freq = str(schedule.get("freq") or "WEEKLY").strip().upper()
    if freq != "WEEKLY":
        return Weekly(problem=f'freq is "{freq}"; Signpost holds weekly opening hours only')
    interval = schedule.get("interval")
    if interval not in (None, "", 1, "1"):
        return Weekly(problem=f"interval is {interval} (every {interval} weeks); Signpost"
                      " holds weekly opening hours only")
    days = schedule_days(schedule)
    if isinstance(days, str):
        return Weekly(problem=days)
    start = read_time(schedule.get("opens_at"), closing=False)
    end = read_time(schedule.get("closes_at"), closing=True)
    if start is None or end is None:
        return Weekly(problem=f"opens_at {schedule.get('opens_at')!r} and closes_at"
                      f" {schedule.get('closes_at')!r} must both be times such as 09:00")
    if end > start:
        return Weekly((Session(days, start, end),))
    # Past midnight: until midnight, then from midnight on the next day.
    following = tuple(DAYS[(DAYS.index(day) + 1) % 7] for day in days)
    return Weekly((Session(days, start, MIDNIGHT), Session(following, 0, end)))


def schedule_days(schedule: dict[str, Any]) -> tuple[str, ...] | str:
    """The days a schedule names, in week order, or why they cannot be read."""
    byday, weekday = schedule.get("byday"), schedule.get("weekday")
    if byday:
        codes = [part.strip().upper() for part in str(byday).split(",") if part.strip()]
        unknown = [code for code in codes if code not in CODE_DAYS]
        if unknown:
            return (f'byday is "{byday}"; only days such as MO,TU are weekly'
                    f" ({', '.join(unknown)} is not)")
        chosen = {CODE_DAYS[code] for code in codes}
    elif weekday not in (None, ""):
        day = WEEKDAY_NAMES.get(str(weekday).strip().casefold()) or CODE_DAYS.get(
            str(weekday).strip().upper())
        if day is None:
            return f'weekday is "{weekday}"; use a day such as Monday'
        chosen = {day}
    else:
        return "gives no days (byday, such as MO,TU,WE)"
    return tuple(day for day in DAYS if day in chosen)


def combine(sessions: list[Session], bank_holidays: str,
            overlap: Callable[[str], None]) -> Hours | None:
    """Sessions from several schedules as the content model's hours, in their order: a
    session given twice is kept once, and one overlapping an earlier one on a day is dropped
    for that day (and `overlap` is told). Every hour of the week is `always`."""
    kept: list[Session] = []
    for session in sessions:
        if session in kept:
            continue
        days = []
        for day in session.days:
            spans = [(s.open, s.close) for s in kept if day in s.days]
            if any(session.open < end and start < session.close for start, end in spans):
                overlap(f"{h.DAY_NAMES[day]} {clock(session.open)} to {clock(session.close)}")
            else:
                days.append(day)
        if days:
            kept.append(Session(tuple(days), session.open, session.close))
    if not kept:
        return None
    if h.week_intervals(Hours(sessions=tuple(kept))) == [(0, h.WEEK)]:
        return Hours(always=True, bank_holidays="all-day")
    return Hours(sessions=tuple(kept), bank_holidays=bank_holidays)

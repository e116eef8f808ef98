"""Opening hours as minutes of the week, and in words."""

from __future__ import annotations

from signpost.model import DAYS, Hours

WEEK = 7 * 24 * 60
DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
             "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}


def week_intervals(hours: Hours) -> list[tuple[int, int]]:
    """Open spans as [start, end) minutes from Monday 00:00, merged and sorted."""
    if hours.always:
        return [(0, WEEK)]
    spans = sorted(
        (DAYS.index(day) * 1440 + s.open, DAYS.index(day) * 1440 + s.close)
        for s in hours.sessions for day in s.days
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def first_gap(primary: Hours, cover: Hours) -> int | None:
    """The first minute of the week when neither `primary` nor `cover` is open, if any."""
    spans = sorted(week_intervals(primary) + week_intervals(cover))
    reached = 0
    for start, end in spans:
        if start > reached:
            return reached
        reached = max(reached, end)
    return reached if reached < WEEK else None


def minute_in_words(minute: int) -> str:
    day, rest = divmod(minute, 1440)
    return f"{DAY_NAMES[DAYS[day]]} at {rest // 60:02d}:{rest % 60:02d}"


def clock(minutes: int) -> str:
    """9am, 5:30pm, midnight, midday."""
    if minutes in (0, 1440):
        return "midnight"
    if minutes == 720:
        return "midday"
    hour, minute = divmod(minutes, 60)
    suffix = "am" if hour < 12 else "pm"
    hour12 = hour % 12 or 12
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}:{minute:02d}{suffix}"


def day_range(days: list[str]) -> str:
    """Monday to Thursday; Monday, Wednesday and Friday."""
    indexes = sorted(DAYS.index(d) for d in days)
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return f"{DAY_NAMES[DAYS[indexes[0]]]} to {DAY_NAMES[DAYS[indexes[-1]]]}"
    names = [DAY_NAMES[DAYS[i]] for i in indexes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


BANK_HOLIDAY_WORDS = {
    "closed": "Closed on bank holidays.",
    "usual": "Bank holidays: usual hours for that day.",
    "all-day": "Open all day on bank holidays.",
}


def in_words(hours: Hours) -> list[str]:
    """One line per group of days with the same sessions, in week order."""
    if hours.always:
        return ["Open 24 hours a day, every day."]
    by_day: dict[str, list[str]] = {}
    for day in DAYS:
        times = sorted((s.open, s.close) for s in hours.sessions if day in s.days)
        if times:
            by_day[day] = [f"{clock(a)} to {clock(b)}" for a, b in times]
    groups: list[tuple[list[str], list[str]]] = []
    for day, sessions in by_day.items():
        for days, same in groups:
            if same == sessions:
                days.append(day)
                break
        else:
            groups.append(([day], sessions))
    lines = [f"{day_range(days)}: {' and '.join(sessions)}" for days, sessions in groups]
    closed = [d for d in DAYS if d not in by_day]
    if closed:
        lines.append("Closed on other days" if len(closed) > 3 else f"Closed {day_range(closed)}")
    lines.append(BANK_HOLIDAY_WORDS[hours.bank_holidays])
    return lines

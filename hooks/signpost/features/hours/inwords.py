"""Opening hours as minutes of the week, and in words (in English, or in a site's language:
the words are marked for gettext, and other languages write times on the 24-hour clock)."""

from __future__ import annotations

from signpost.language import Language, N_
from signpost.model import DAYS, Hours

WEEK = 7 * 24 * 60
DAY_NAMES = {"mon": N_("Monday"), "tue": N_("Tuesday"), "wed": N_("Wednesday"),
             "thu": N_("Thursday"), "fri": N_("Friday"), "sat": N_("Saturday"),
             "sun": N_("Sunday")}
ENGLISH = Language()


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


def clock(minutes: int, language: Language = ENGLISH) -> str:
    """9am, 5:30pm, midnight, midday; 09:00, 17:30 in a language other than English."""
    hour, minute = divmod(minutes, 60)
    if not language.english:
        return f"{hour:02d}:{minute:02d}"
    if minutes in (0, 1440):
        return "midnight"
    if minutes == 720:
        return "midday"
    suffix = "am" if hour < 12 else "pm"
    hour12 = hour % 12 or 12
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}:{minute:02d}{suffix}"


def day_range(days: list[str], language: Language = ENGLISH) -> str:
    """Monday to Thursday; Monday, Wednesday and Friday."""
    _ = language.gettext
    indexes = sorted(DAYS.index(d) for d in days)
    if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
        return _("{first} to {last}").format(first=_(DAY_NAMES[DAYS[indexes[0]]]),
                                             last=_(DAY_NAMES[DAYS[indexes[-1]]]))
    names = [_(DAY_NAMES[DAYS[i]]) for i in indexes]
    return names[0] if len(names) == 1 else and_list(names, language)


def and_list(items: list[str], language: Language) -> str:
    """a, b and c (as words.Words.and_list, which this module cannot import)."""
    _ = language.gettext
    if len(items) < 2:
        return "".join(items)
    return _("{first} and {last}").format(first=_(", ").join(items[:-1]), last=items[-1])


BANK_HOLIDAY_WORDS = {
    "closed": N_("Closed on bank holidays."),
    "usual": N_("Bank holidays: usual hours for that day."),
    "all-day": N_("Open all day on bank holidays."),
}


def in_words(hours: Hours, language: Language = ENGLISH) -> list[str]:
    """One line per group of days with the same sessions, in week order."""
    _ = language.gettext
    if hours.always:
        return [_("Open 24 hours a day, every day.")]
    by_day: dict[str, list[str]] = {}
    for day in DAYS:
        times = sorted((s.open, s.close) for s in hours.sessions if day in s.days)
        if times:
            by_day[day] = [_("{open} to {close}").format(open=clock(a, language),
                                                         close=clock(b, language))
                           for a, b in times]
    groups: list[tuple[list[str], list[str]]] = []
    for day, sessions in by_day.items():
        for days, same in groups:
            if same == sessions:
                days.append(day)
                break
        else:
            groups.append(([day], sessions))
    # TRANSLATORS: opening hours, "Monday to Friday: 9am to 5pm".
    lines = [_("{days}: {times}").format(days=day_range(days, language),
                                         times=_(" and ").join(sessions))
             for days, sessions in groups]
    closed = [d for d in DAYS if d not in by_day]
    if closed:
        lines.append(_("Closed on other days") if len(closed) > 3
                     else _("Closed {days}").format(days=day_range(closed, language)))
    lines.append(_(BANK_HOLIDAY_WORDS[hours.bank_holidays]))
    return lines

"""Reading opening hours: `always`, or sessions, with `bank_holidays` beside them.

Any kind may declare hours (`kind.hours`); the reader reads a field of type hours here."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from signpost import model as m
from signpost import values
from signpost.features.hours.kind import SESSION
from signpost.fields import Record, describe
from signpost.schema import Field
from signpost.yamlfile import ScalarNode

if TYPE_CHECKING:  # the reader reads hours with this module: imported for types only
    from signpost.read import Reader


def read_hours(reader: Reader, record: Record, f: Field) -> m.Hours | None:
    """`always`, or a list of sessions; `bank_holidays` beside it."""
    bank = record.choice("bank_holidays", m.BANK_HOLIDAYS, default="usual")
    node = record.values.get(f.name)
    if node is None:
        return None
    if isinstance(node, ScalarNode):
        if node.value.strip() == "always":
            return m.Hours(always=True, bank_holidays="all-day")
        record.error(f.name, f"is {describe(node)}; write always, or a list of sessions"
                     ' such as - {days: [mon, tue], open: "09:00", close: "17:00"}')
        return None
    assert f.shape is not None
    sessions: list[m.Session] = []
    for session in record.records(f.name, f.shape.kind, f.shape.names,
                                  "list at least one session, or write always"):
        read = _session(reader, session)
        if read:
            sessions.append(read)
    _check_overlaps(reader, record, f.name, sessions)
    return m.Hours(sessions=tuple(sessions), bank_holidays=bank or "usual")


def _session(reader: Reader, record: Record) -> m.Session | None:
    days = reader.value(record, SESSION["days"])
    times = []
    for name, closing in (("open", False), ("close", True)):
        text = record.text(name, SESSION[name].required)
        minutes = values.parse_minutes(text, closing=closing) if text else None
        if text and minutes is None:
            record.error(name, f'is "{text}"; write a 24-hour time HH:MM between 00:00 and'
                         ' 23:59, in quotes, such as "17:00"')
        times.append(minutes)
    start, end = times
    if start is not None and end is not None and start >= end:
        record.error("close", "must be later than open; for a session past midnight, end"
                     ' it at "23:59" and start another at "00:00" the next day')
        return None
    if not days or start is None or end is None:
        return None
    return m.Session(days=days, open=start, close=end)


def _check_overlaps(reader: Reader, record: Record, field: str, sessions: list[m.Session]) -> None:
    for day in m.DAYS:
        spans = sorted((s.open, s.close) for s in sessions if day in s.days)
        for (_, end), (start, _) in pairwise(spans):
            if start < end:
                record.error(field, f"has sessions on {day} that overlap; make them"
                             " separate times")
                return

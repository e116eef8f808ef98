"""Opening hours as data for the browser, so that open-now.js can say what is open right now.

The page keeps the hours in words for everyone; these attributes only let JavaScript add
"Open now" or "Closed now" beside them, in Europe/London time:

- `data-sp-open`: the open spans of a week as "start-end" minutes from Monday 00:00
  (Monday 08:30 to 17:00 is "510-1020"), separated by spaces;
- `data-sp-bank`: closed, usual or all-day, for England and Wales bank holidays;
- `data-bank-holidays` on the script element: the bank holidays known at build time.
"""

from __future__ import annotations

from datetime import date

from signpost.features.hours.bankholidays import known_from
from signpost.features.hours.inwords import week_intervals
from signpost.model import Hours


def week_spans(hours: Hours) -> str:
    return " ".join(f"{start}-{end}" for start, end in week_intervals(hours))


def bank_holidays(today: date) -> str:
    return " ".join(day.isoformat() for day in known_from(today))

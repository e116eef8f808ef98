"""Date arithmetic shared by the checks and the pages."""

from __future__ import annotations

from datetime import date


def overdue(reviewed: date | None, today: date, months: int) -> bool:
    """Content not checked for `months` months or more is overdue; never checked is not."""
    return reviewed is not None and months_between(reviewed, today) >= months


def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`: 2025-08-14 to 2026-08-13 is 11."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months

"""Opening hours as every kind with hours declares them: sessions, and bank holidays."""

from __future__ import annotations

from signpost import model as m
from signpost.schema import Field, Shape

SESSION = Shape("opening session", (
    Field("days", "choices", "The days of this session.", allowed=m.DAYS,
          required="which days, such as [mon, tue, wed]", example=["mon", "tue"]),
    Field("open", "time", "When it opens, as a 24-hour time in quotes.",
          required="a time written HH:MM, such as 09:00", example="09:00"),
    Field("close", "time", "When it closes; \"23:59\" means until midnight.",
          required="a time written HH:MM, such as 09:00", example="17:00"),
), help="One opening session: several a day are fine, if they do not overlap.")


def hours(help_text: str) -> tuple[Field, Field]:
    return (
        Field("hours", "hours", help_text, shape=SESSION),
        Field("bank_holidays", "choice", "Opening on England and Wales bank holidays: closed,"
              " the weekday's usual hours, or all day.", allowed=m.BANK_HOLIDAYS,
              default="usual", attr=None),
    )

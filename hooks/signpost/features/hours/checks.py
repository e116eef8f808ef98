"""Out-of-hours cover: an urgent route and the route that covers it are, together, open
every hour of the week."""

from __future__ import annotations

from signpost.features.hours import inwords as h
from signpost.model import Content
from signpost.problems import Problems


def check_out_of_hours(content: Content, problems: Problems) -> None:
    for contact in content.contacts.values():
        cover = content.contacts.get(contact.out_of_hours or "")
        if cover is None or contact.hours is None:
            continue
        if cover.id == contact.id:
            problems.error(contact.where, f"{contact.id}: out_of_hours names the contact itself;"
                           " name the route that covers the rest of the time")
            continue
        if cover.hours is None:
            problems.error(contact.where, f"{contact.id}: out_of_hours names {cover.id}, which"
                           " has no hours; give it hours that cover the gap")
            continue
        gap = h.first_gap(contact.hours, cover.hours)
        if gap is not None:
            problems.error(contact.where, f"{contact.id} is closed on {h.minute_in_words(gap)}"
                           f" and its out_of_hours route {cover.id} is closed too; the two must"
                           " cover every hour of the week")
        if contact.hours.bank_holidays == "closed" and not (
                cover.hours.always or cover.hours.bank_holidays == "all-day"):
            problems.error(contact.where, f"{contact.id} is closed on bank holidays, so its"
                           f" out_of_hours route {cover.id} needs bank_holidays: all-day")

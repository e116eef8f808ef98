"""What "Open now" is worked out from: England and Wales bank holidays and each week's hours.

The browser does the telling (tests/browser/test_open_now_browser.py); these check the data it is
given, which must be right for every year a site may be up without a rebuild.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from helpers import REPO, TODAY, check
from signpost.features.hours.bankholidays import easter_sunday, england_and_wales, known_from
from signpost.features.hours.opennow import week_spans

# As published by GOV.UK for England and Wales.
PUBLISHED = {
    2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
    2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
    2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26",
           "12-27"],
    2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
    2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
    2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
    2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
}


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_bank_holidays_match_the_published_lists(year: int) -> None:
    assert [d.strftime("%m-%d") for d in england_and_wales(year)] == PUBLISHED[year]


def test_easter_and_weekend_substitutes_in_later_years() -> None:
    assert [easter_sunday(y) for y in (2028, 2029, 2038, 2285)] == [
        date(2028, 4, 16), date(2029, 4, 1), date(2038, 4, 25), date(2285, 3, 22)]
    holidays = england_and_wales(2028)
    assert date(2028, 1, 3) in holidays  # New Year's Day is a Saturday
    assert {date(2032, 12, 27), date(2032, 12, 28)} <= set(england_and_wales(2032))  # Sat, Sun


def test_pages_know_three_years_of_bank_holidays() -> None:
    days = known_from(TODAY)
    assert {d.year for d in days} == {2026, 2027, 2028}
    assert date(2026, 12, 28) in days and date(2028, 8, 28) in days


def test_hours_become_minutes_of_the_week() -> None:
    content = check(REPO, TODAY).content
    mash = content.contacts["mash"].hours
    assert week_spans(mash) == "510-1020 1950-2460 3390-3900 4830-5340 6270-6750"
    assert week_spans(content.contacts["emergency-services"].hours) == "0-10080"
    # Spans that meet at midnight join up, so "open until" can run past midnight.
    assert week_spans(content.contacts["emergency-duty-team"].hours).startswith("0-510 1020-1950")


def test_contacts_page_carries_hours_and_bank_holidays(sample_site: Path) -> None:
    page = (sample_site / "contacts" / "index.html").read_text(encoding="utf-8")
    script = re.search(r'<script type="module" src="\.\./assets/open-now\.js"'
                       r' data-bank-holidays="([0-9 -]+)"></script>', page)
    assert script and "2026-12-28" in script.group(1).split()
    mash = re.search(r'<div class="sp-contact sp-contact--urgent" id="mash"'
                     r' data-sp-out-of-hours="emergency-duty-team">\s*<h3>[^<]+</h3>\s*'
                     r'<p class="sp-open-now" data-sp-open="([^"]+)" data-sp-bank="closed"'
                     r' hidden></p>', page)
    assert mash and mash.group(1).startswith("510-1020")
    assert "Monday to Thursday: 8:30am to 5pm" in page  # the hours in words, for everyone

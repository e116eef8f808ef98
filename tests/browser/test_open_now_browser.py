"""Who to contact now: "Open now" on the contacts page and service pages, at fixed times.

The browser's clock is set by each test (Playwright's clock), in Europe/London time. Times are
picked from the weeks after the build, because the site knows the bank holidays of the year it
was built and the two after it: a weekday afternoon, 17:05 on a Friday, a bank holiday
morning, 03:00 on a Sunday, and a summer morning to prove British Summer Time is used.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import BrowserContext, Page

from helpers import TODAY  # the date the site is built as of (SIGNPOST_TODAY)
from signpost.features.hours.bankholidays import easter_sunday, england_and_wales

LONDON = ZoneInfo("Europe/London")
HOLIDAYS = {day for year in (TODAY.year, TODAY.year + 1) for day in england_and_wales(year)}


def next_day(weekday: int, after: date = TODAY) -> date:
    """The first `weekday` (Monday is 0) a week or more after `after` with no bank holiday
    from the day before it to three days after it."""
    day = after + timedelta(days=7 + (weekday - after.weekday()) % 7)
    while any(day + timedelta(days=n) in HOLIDAYS for n in range(-1, 4)):
        day += timedelta(days=7)
    return day


def london(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


EASTER_MONDAY = next(easter_sunday(year) + timedelta(days=1)
                     for year in (TODAY.year, TODAY.year + 1)
                     if easter_sunday(year) + timedelta(days=1) > TODAY)
SUMMER_WEDNESDAY = next_day(2, date(EASTER_MONDAY.year, 7, 1))


def open_at(context: BrowserContext, base_url: str, path: str, when: datetime) -> Page:
    context.clock.set_fixed_time(when)
    page = context.new_page()
    page.goto(base_url + path)
    page.locator(".sp-open-now:not([hidden])").first.wait_for()
    return page


def status(page: Page, route: str) -> str:
    return page.locator(f"#{route} .sp-open-now").inner_text()


def urgent_order(page: Page) -> list[str]:
    return page.locator(".sp-contact--urgent").evaluate_all("cards => cards.map(c => c.id)")


def test_weekday_afternoon(desktop: BrowserContext, base_url: str) -> None:
    page = open_at(desktop, base_url, "contacts/", london(next_day(1), 14))
    assert status(page, "mash") == "Open now, until 5pm."
    assert status(page, "emergency-duty-team") == "Closed now. Opens today at 5pm."
    assert status(page, "emergency-services") == "Open now: 24 hours a day."
    assert status(page, "family-information-service") == "Open now, until 5pm."
    assert urgent_order(page) == ["mash", "emergency-duty-team"]


def test_friday_just_after_five(desktop: BrowserContext, base_url: str) -> None:
    page = open_at(desktop, base_url, "contacts/", london(next_day(4), 17, 5))
    assert status(page, "mash") == "Closed now. Opens Monday at 8:30am."
    assert status(page, "emergency-duty-team") == (
        "Open now, until Monday at 8:30am. Use this route while Multi-Agency Safeguarding Hub"
        " (MASH) is closed.")
    assert urgent_order(page) == ["emergency-duty-team", "mash"]  # the open route first
    assert status(page, "early-help-hub") == "Closed now. Opens Monday at 9am."


def test_bank_holiday(desktop: BrowserContext, base_url: str) -> None:
    page = open_at(desktop, base_url, "contacts/", london(EASTER_MONDAY, 11))
    assert status(page, "mash") == "Closed now (bank holiday). Opens tomorrow at 8:30am."
    assert status(page, "emergency-duty-team").startswith("Open now, until 8:30am tomorrow.")
    assert urgent_order(page) == ["emergency-duty-team", "mash"]
    assert status(page, "family-information-service") == (
        "Closed now (bank holiday). Opens tomorrow at 9am.")


def test_three_in_the_morning_on_a_sunday(desktop: BrowserContext, base_url: str) -> None:
    page = open_at(desktop, base_url, "contacts/", london(next_day(6), 3))
    assert status(page, "mash") == "Closed now. Opens tomorrow at 8:30am."
    assert status(page, "emergency-duty-team").startswith("Open now, until 8:30am tomorrow.")
    assert urgent_order(page) == ["emergency-duty-team", "mash"]
    assert status(page, "samaritans") == "Open now: 24 hours a day."


def test_summer_time_is_london_time(desktop: BrowserContext, base_url: str) -> None:
    when = london(SUMMER_WEDNESDAY, 8, 45)
    assert when.utcoffset() == timedelta(hours=1)  # 07:45 in UTC, when the MASH is closed
    page = open_at(desktop, base_url, "contacts/", when)
    assert status(page, "mash") == "Open now, until 5pm."
    assert status(page, "family-information-service") == "Closed now. Opens today at 9am."


@pytest.mark.parametrize(("hour", "minute", "expected"), [
    (15, 0, "Closed now. Opens today at 5pm."),  # split sessions: 11am to 2pm, 5pm to 7pm
    (17, 30, "Open now, until 7pm."),
    (19, 0, "Closed now. Opens Friday at 11am."),
])
def test_a_service_page_says_when_it_opens(desktop: BrowserContext, base_url: str, hour: int,
                                           minute: int, expected: str) -> None:
    page = open_at(desktop, base_url, "services/food-bank/", london(next_day(2), hour, minute))
    assert page.locator(".sp-open-now").inner_text() == expected


def test_without_javascript_the_hours_stay_as_text(browser, base_url: str) -> None:
    from harness import DESKTOP, new_context

    context = new_context(browser, base_url, DESKTOP, javascript=False)
    try:
        page = context.new_page()
        page.goto(base_url + "contacts/")
        assert page.get_by_text("Monday to Thursday: 8:30am to 5pm").first.is_visible()
        assert page.locator(".sp-open-now").first.is_hidden()
        assert urgent_order(page) == ["mash", "emergency-duty-team"]
    finally:
        context.close()

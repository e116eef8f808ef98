"""Every page of the built site, at a phone width and a desktop width, in a real browser.

Each page must have no WCAG 2.0-2.2 A/AA violation axe-core can find, make no request to
another site, leave nothing in storage or cookies after being used, and show "Leave this
site" (first for the keyboard, in view and uncovered at the top and bottom of the page)
and the emergency routes; nothing may scroll sideways.

Pages are found by walking the built site, so new pages are covered without listing them.
SIGNPOST_AUDIT_SAMPLE=N audits N pages per width instead (a spread over every kind of
page), for a quicker local run; CI audits them all.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from conftest import Project
from harness import DESKTOP, PHONE, Sink, Viewport, audit_many, new_context, sample_pages, site_pages
from signpost_checks import chrome_check

# Two pages at a time: one loads while the other runs axe-core.
LANES = 2


def pages_to_audit(site_dir: Path) -> list[str]:
    paths = site_pages(site_dir)
    sample = os.environ.get("SIGNPOST_AUDIT_SAMPLE", "")
    if sample and os.environ.get("CI", "").lower() != "true":
        return sample_pages(paths, int(sample))
    return paths


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=lambda viewport: viewport.name)
def test_every_page(
    browser: Browser, base_url: str, built_site: Path, trap: Sink, project: Project, viewport: Viewport
) -> None:
    paths = pages_to_audit(built_site)
    assert paths, f"no pages in {built_site}"
    # The sink refuses requests to other sites, so routing (which turns the cache off) is
    # left out here for speed; the harness's self-tests cover both ways of blocking.
    contexts = [new_context(browser, base_url, viewport, route_block=False) for _ in range(LANES)]
    pages = [context.new_page() for context in contexts]
    check = chrome_check(project.quick_exit_url, project.emergency_texts)
    started = time.monotonic()
    try:
        failures = [
            result.report()
            for result in audit_many(pages, [base_url + path for path in paths], checks=check, trap=trap)
            if not result.clean
        ]
    finally:
        for context in contexts:
            context.close()
    took = time.monotonic() - started
    print(f"\n{viewport.name}: {len(paths)} pages in {took:.1f}s ({took / len(paths):.2f}s a page)")
    assert not failures, (
        f"{len(failures)} of {len(paths)} pages have problems at {viewport.name} width "
        f"({viewport.width}x{viewport.height}):\n" + "\n".join(failures)
    )

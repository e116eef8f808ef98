"""Every page of the built site, at a phone width and a desktop width, in a real browser.

Each page must have no WCAG 2.0-2.2 A/AA violation axe-core can find, make no request to
another site, leave nothing in storage or cookies after being used, and show "Leave this
site" (first for the keyboard, in view and uncovered at the top and bottom of the page)
and the emergency routes; nothing may scroll sideways. On paper each must keep the emergency
routes, drop the screen's chrome and print the address of every link to another site.

Each page is opened at the phone's 320 CSS px (the width WCAG 1.4.10 asks content to reflow
to), audited, then widened to the desktop's 1280 px and audited again: one load serves
both widths. Touch and mobile emulation are left to the tests that need them
(test_quick_exit, test_layout).

Pages are found by walking the built site, so new pages are covered without listing them.
They are dealt into SHARDS tests of about the same size, so that a run with several
workers (`pytest -n auto`) shares the walk out; together they cover every page.
SIGNPOST_AUDIT_SAMPLE=N audits N pages instead (a spread over every kind of page), for a
quicker local run; CI audits them all.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from project import Project
from harness import (DESKTOP, PHONE, Sink, Viewport, audit_many, new_context, sample_pages,
                     site_pages)
from signpost_checks import chrome_check, print_problems

# Two pages at a time: one loads while the other runs axe-core.
LANES = 2
SHARDS = 12
WIDTHS = (PHONE, DESKTOP)


def pages_to_audit(site_dir: Path, shard: int, languages: Iterable[str] = ()) -> list[str]:
    """Every SHARDS-th page of the site, from the shard-th on: every page of the English
    site, and one page of each kind of each other language's (its folder, `bn/`), so the
    walk grows by kind of page, not by language."""
    everything = site_pages(site_dir)
    codes = tuple(f"{code}/" for code in languages)
    paths = [path for path in everything if not path.startswith(codes)]
    for code in codes:
        own = [path.removeprefix(code) for path in everything if path.startswith(code)]
        paths += [code + path for path in sample_pages(own, len(kinds_of(own)))]
    sample = os.environ.get("SIGNPOST_AUDIT_SAMPLE", "")
    if sample and os.environ.get("CI", "").lower() != "true":
        paths = sample_pages(paths, int(sample))
    return paths[shard::SHARDS]


def kinds_of(paths: list[str]) -> set[tuple[str, int]]:
    """The kinds of page among `paths`: by first folder and depth, as sample_pages groups."""
    return {(path.strip("/").split("/")[0], path.strip("/").count("/")) for path in paths}


@pytest.mark.parametrize("shard", range(SHARDS), ids=lambda shard: f"{shard + 1}of{SHARDS}")
def test_every_page(
    browser: Browser, base_url: str, built_site: Path, trap: Sink, project: Project, shard: int
) -> None:
    paths = pages_to_audit(built_site, shard, project.emergency_by_language)
    assert paths, f"no pages in {built_site}"
    # The sink refuses requests to other sites, so routing (which turns the cache off) is
    # left out here for speed; the harness's self-tests cover both ways of blocking.
    contexts = [
        new_context(browser, base_url, DESKTOP, route_block=False, preload_axe=True)
        for _ in range(LANES)
    ]
    pages = [context.new_page() for context in contexts]
    check = chrome_check(project.quick_exit_url, project.emergency_texts,
                         project.emergency_by_language)
    failures: dict[Viewport, list[str]] = {viewport: [] for viewport in WIDTHS}
    unprintable: list[str] = []
    started = time.monotonic()
    try:
        for start in range(0, len(paths), LANES):
            batch = [base_url + path for path in paths[start : start + LANES]]
            # Loaded at the first width; the same pages are then resized to the next.
            for viewport, urls in zip(WIDTHS, (batch, [None] * len(batch)), strict=True):
                for page in pages:
                    page.set_viewport_size(viewport.size)
                for result in audit_many(pages, urls, checks=check, trap=trap):
                    if not result.clean:
                        failures[viewport].append(result.report())
            for page in pages[: len(batch)]:
                unprintable += [f"{page.url}: {problem}" for problem in print_problems(page)]
    finally:
        for context in contexts:
            context.close()
    took = time.monotonic() - started
    print(f"\nshard {shard + 1} of {SHARDS}: {len(paths)} pages in {took:.1f}s"
          f" at {len(WIDTHS)} widths")
    reports = [
        f"{len(found)} of {len(paths)} pages have problems at {viewport.name} width "
        f"({viewport.width}x{viewport.height}):\n" + "\n".join(found)
        for viewport, found in failures.items()
        if found
    ]
    if unprintable:
        reports.append("On paper:\n" + "\n".join(unprintable))
    assert not reports, "\n".join(reports)

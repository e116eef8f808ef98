"""Every built page's HTML carries the privacy and safety chrome (no browser needed).

This reads what a browser cannot show: the exact Content-Security-Policy (the hosting
header's, less frame-ancestors), no inline script or style the policy would silently block,
nothing fetched from another site, and no Material feature that puts search words in a URL.
"""

from __future__ import annotations

from pathlib import Path

from conftest import Project
from signpost_checks import csp_without_frame_ancestors, html_problems


def test_every_built_page_carries_the_chrome(
    built_site: Path, project: Project, hosting_headers: dict[str, str]
) -> None:
    csp = csp_without_frame_ancestors(hosting_headers["Content-Security-Policy"])
    files = sorted(built_site.rglob("*.html"))
    assert files, f"no pages in {built_site}"
    failures = []
    for file in files:
        problems = html_problems(file.read_text(encoding="utf-8"), project.quick_exit_url, csp)
        if problems:
            failures.append(f"{file.relative_to(built_site)}:\n" + "\n".join(f"  - {p}" for p in problems))
    assert not failures, f"{len(failures)} of {len(files)} pages:\n" + "\n".join(failures)

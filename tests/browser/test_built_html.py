"""Every built page's HTML carries the privacy and safety chrome (no browser needed).

This reads what a browser cannot show: the exact Content-Security-Policy (the hosting
header's, less frame-ancestors), no inline script or style the policy would silently block,
nothing fetched from another site, and no Material feature that puts search words in a URL.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from signpost import urls

from project import Project
from signpost_checks import csp_without_frame_ancestors, html_problems

# An age's page and an age-and-need page of the questionnaire made without JavaScript, in
# English or under a language's code.
ANSWER_PAGES = re.compile(r"([a-z]{2,3}/)?" + re.escape(Path(urls.QUESTIONNAIRE).stem)
                          + r"/[a-z0-9-]+/([a-z0-9-]+/)?index\.html")


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
            failures.append(f"{file.relative_to(built_site)}:\n"
                            + "\n".join(f"  - {p}" for p in problems))
    assert not failures, f"{len(failures)} of {len(files)} pages:\n" + "\n".join(failures)


def test_every_page_has_a_title_of_its_own(built_site: Path) -> None:
    """A title tells tabs, history and screen readers which page this is. The one exception
    is the questionnaire's answer pages: their addresses name a family's answers, so their
    titles must not (they show in the history of a shared phone), so they may share one."""
    pages: dict[str, list[str]] = {}
    for file in sorted(built_site.rglob("*.html")):
        found = re.search(r"<title>(.*?)</title>", file.read_text(encoding="utf-8"), re.S)
        title = html.unescape(found.group(1)).strip() if found else ""
        pages.setdefault(title, []).append(file.relative_to(built_site).as_posix())
    assert "" not in pages, f"pages without a title: {pages.get('')}"
    shared = {title: where for title, where in pages.items() if len(where) > 1}
    assert not {title: where for title, where in shared.items()
                if not all(ANSWER_PAGES.fullmatch(path) for path in where)}

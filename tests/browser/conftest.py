"""Session fixtures for the browser tests: the site, served, and one browser.

The site is the repository's own (mkdocs.yml at the repository root): the sample site that
tests/conftest.py builds once per test session for every test. To test the theme against
another MkDocs project, set SIGNPOST_MKDOCS_YML to its mkdocs.yml (tests/browser/project.py);
the quick exit address expected on every page is read from content/site.yml beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from harness import DESKTOP, PHONE, Sink, launch, new_context, read_netlify_headers, serve, sink
from helpers import mkdocs_build
from project import HOSTING_HEADERS, Project, project_under_test


@pytest.fixture(scope="session")
def project() -> Project:
    return project_under_test()


@pytest.fixture(scope="session")
def built_site(project: Project, request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site under test, built once per test session: the repository's is the session's
    one build of the sample (`sample_site`, shared with the tests outside tests/browser);
    another project's is built here, as of the same fixed date (helpers.TODAY)."""
    if project.is_sample:
        return request.getfixturevalue("sample_site")
    out = tmp_path_factory.mktemp("site")
    done = mkdocs_build(project.root, out)
    if done.returncode != 0:
        pytest.fail(f"mkdocs build failed:\n{done.stdout}\n{done.stderr}")
    return out


@pytest.fixture(scope="session")
def hosting_headers() -> dict[str, str]:
    """The headers hosting/_headers asks a host to send; the test server sends them too."""
    return read_netlify_headers(HOSTING_HEADERS)


@pytest.fixture(scope="session")
def base_url(built_site: Path, hosting_headers: dict[str, str]) -> Iterator[str]:
    with serve(built_site, hosting_headers) as url:
        yield url


@pytest.fixture(scope="session")
def trap() -> Iterator[Sink]:
    with sink() as proxy:
        yield proxy


@pytest.fixture(scope="session")
def browser(trap: Sink) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright, trap)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, base_url, PHONE)
    yield context
    context.close()


@pytest.fixture
def desktop(browser: Browser, base_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, base_url, DESKTOP)
    yield context
    context.close()

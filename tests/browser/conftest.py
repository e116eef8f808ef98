"""Session fixtures for the browser tests: build the site once, serve it, start one browser.

The site built is the repository's own (mkdocs.yml at the repository root). To test the
theme against another MkDocs project, set SIGNPOST_MKDOCS_YML to its mkdocs.yml; the quick
exit address expected on every page is read from content/site.yml beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from harness import DESKTOP, PHONE, Sink, launch, new_context, read_netlify_headers, serve, sink

REPO = Path(__file__).resolve().parents[2]
HOSTING_HEADERS = REPO / "hosting" / "_headers"
@dataclass(frozen=True)
class Project:
    """The MkDocs project under test and the site.yml values the tests check against."""

    mkdocs_yml: Path
    quick_exit_url: str
    site_name: str
    emergency_texts: list[str]

    @property
    def root(self) -> Path:
        return self.mkdocs_yml.parent


@pytest.fixture(scope="session")
def project() -> Project:
    mkdocs_yml = Path(os.environ.get("SIGNPOST_MKDOCS_YML", REPO / "mkdocs.yml")).resolve()
    if not mkdocs_yml.is_file():
        pytest.fail(f"No MkDocs configuration at {mkdocs_yml} (set SIGNPOST_MKDOCS_YML?)")
    site_yml = mkdocs_yml.parent / "content" / "site.yml"
    if not site_yml.is_file():
        pytest.fail(f"No {site_yml}: the tests read the quick exit address from it")
    settings = yaml.safe_load(site_yml.read_text(encoding="utf-8"))
    return Project(
        mkdocs_yml,
        quick_exit_url=str(settings["quick_exit"]),
        site_name=str(settings["name"]),
        emergency_texts=[str(route["text"]) for route in settings["emergency"]],
    )


@pytest.fixture(scope="session")
def built_site(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per test session into a temporary folder."""
    out = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project.mkdocs_yml), "-d", str(out)]
    done = subprocess.run(
        command,
        cwd=project.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
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

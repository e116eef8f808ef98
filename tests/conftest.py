"""Shared fixtures: the sample content, its pages and its site, made once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from helpers import REPO, check, mkdocs_build, rendered_pages
from signpost.model import Content

# On a developer's machine Hypothesis draws new content every run and keeps what failed in
# .hypothesis/ to try first next time; in CI (CI=true) it draws the same examples each run, so
# a submission's result depends on its code alone. A failure found locally is a real bug: fix
# it, and add the shape to the strategy's explicit examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample site, built by `mkdocs build` as the README says, as of
    helpers.TODAY: the one build of the sample a test session makes. Every test that reads
    the built sample uses it, the browser tests too (their `built_site`); only a test that
    changes the sample first builds a copy of its own (helpers.sample_folder).

    Under pytest-xdist each worker is a session of its own, so this builds once per worker:
    sharing one build between workers would need a file lock (the filelock package is not
    among the test tools), and a build takes a few seconds."""
    site_dir = tmp_path_factory.mktemp("sample") / "site"
    result = mkdocs_build(REPO, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def content() -> Content:
    """The repository's sample content, checked."""
    loaded = check(REPO)
    assert loaded.ok, loaded.problems.report()
    return loaded.content


@pytest.fixture(scope="session")
def sample() -> dict[str, str]:
    """The sample's page bodies as the engine renders them, by source path."""
    return rendered_pages(REPO)

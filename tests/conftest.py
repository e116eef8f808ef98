"""Shared fixtures: the sample content, its pages and its site, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import REPO, check, mkdocs_build, rendered_pages
from signpost.model import Content


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample site, built by `mkdocs build` as the README says."""
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

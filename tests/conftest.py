"""Shared fixtures: the sample site built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import REPO, mkdocs_build


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample site, built by `mkdocs build` as the README says."""
    site_dir = tmp_path_factory.mktemp("sample") / "site"
    result = mkdocs_build(REPO, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir

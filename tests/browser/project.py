"""The MkDocs project the browser tests build and check: the repository's own (mkdocs.yml at
the repository root, the sample site), or the one SIGNPOST_MKDOCS_YML names.

The `project` fixture in conftest.py gives the Project; test modules import the class from
here (for its type), never from conftest.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from helpers import REPO

SAMPLE_MKDOCS_YML = (REPO / "mkdocs.yml").resolve()
HOSTING_HEADERS = REPO / "hosting" / "_headers"


@dataclass(frozen=True)
class Project:
    """The MkDocs project under test and the site.yml values the tests check against."""

    mkdocs_yml: Path
    quick_exit_url: str
    site_name: str
    emergency_texts: list[str]
    # Each translated language's emergency routes (content/translations/<code>/site.yml).
    emergency_by_language: dict[str, list[str]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.mkdocs_yml.parent

    @property
    def is_sample(self) -> bool:
        """Whether this is the repository's own project, whose site the session builds once
        for every test (the `sample_site` fixture of tests/conftest.py)."""
        return self.mkdocs_yml == SAMPLE_MKDOCS_YML


def project_under_test() -> Project:
    """The project SIGNPOST_MKDOCS_YML names, else the repository's, with its site.yml read."""
    mkdocs_yml = Path(os.environ.get("SIGNPOST_MKDOCS_YML", SAMPLE_MKDOCS_YML)).resolve()
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
        emergency_by_language=translated_emergency(mkdocs_yml.parent),
    )


def translated_emergency(root: Path) -> dict[str, list[str]]:
    """The emergency routes' text in each language the project translates them into."""
    found = {}
    for site_yml in sorted((root / "content" / "translations").glob("*/site.yml")):
        routes = (yaml.safe_load(site_yml.read_text(encoding="utf-8")) or {}).get("emergency")
        if routes:
            found[site_yml.parent.name] = [str(route["text"]["text"])
                                           for _, route in sorted(routes.items())]
    return found

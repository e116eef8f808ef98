"""The site's features, one folder each, holding everything a feature is made of.

A feature folder keeps together what one part of the site needs: the declarations of the
files it reads (`kind.py`), its reader and checks (`read.py`, `checks.py`), the pages it
makes (`pages.py`), their templates (`templates/`) and the scripts and style sheets those
pages load (`assets/`). Rules several features share live once, outside: `slugs.py`,
`paging.py`, `dates.py`, `words.py`, `urls.py`.

The engine finds templates and assets here: every feature's `templates/` is on the Jinja
loader's path (template names are unique across features), and every file under a feature's
`assets/` is published at `assets/<its path inside assets/>`, beside the theme's own.
"""

from __future__ import annotations

import functools
from pathlib import Path

FOLDER = Path(__file__).parent
# Every feature folder, in the order their pages are made.
NAMES = ("home", "questionnaire", "directory", "levels", "pathway", "consent", "updates",
         "review", "hours", "oruk", "plainwords")
THEME_ASSETS = FOLDER.parent / "theme" / "assets"


def template_folders() -> list[Path]:
    return [FOLDER / name / "templates" for name in NAMES
            if (FOLDER / name / "templates").is_dir()]


@functools.cache
def assets() -> dict[str, Path]:
    """Every feature's asset files by the site path they are published at."""
    found: dict[str, Path] = {}
    for name in NAMES:
        folder = FOLDER / name / "assets"
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            site_path = "assets/" + path.relative_to(folder).as_posix()
            if site_path in found or (THEME_ASSETS / site_path[len("assets/"):]).exists():
                raise ValueError(f"{path}: two assets would be published at {site_path}")
            found[site_path] = path
    return found


def asset_source(site_path: str) -> Path:
    """The file that the site path of an asset (`assets/directory.js`) is published from: a
    feature's, or the theme's own."""
    return assets().get(site_path) or FOLDER.parent / "theme" / site_path

"""Small helpers for tests: a throwaway site folder, edits to it, and its problems."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from signpost.load import Loaded, load

# The one place the tests name the repository, their fixture folders and the date they run
# as of: every other test module, tests/browser's included, imports these (a guard in
# tests/test_tidy.py keeps it so).
TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
BROWSER_FIXTURES = TESTS / "browser" / "fixtures"  # the browser harness's own pages
# Every check, render and build (mkdocs through SIGNPOST_TODAY) is as of this day, so what
# "reviewed a year ago" or "open now" means does not move with the calendar.
TODAY = date(2026, 11, 23)


def site_folder(tmp_path: Path, name: str = "minimal") -> Path:
    """A copy of a fixture site (content/ and services/) to change freely."""
    target = tmp_path / name
    shutil.copytree(FIXTURES / name, target)
    return target


def buildable(tmp_path: Path, fixture: str = "minimal") -> Path:
    """A copy of a fixture site with the repository's mkdocs.yml and hooks beside it."""
    root = site_folder(tmp_path, fixture)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "hooks", root / "hooks",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return root


def sample_folder(tmp_path: Path) -> Path:
    """A copy of the repository's sample site with its mkdocs.yml and theme."""
    target = tmp_path / "sample"
    target.mkdir()
    for name in ("content", "services"):
        shutil.copytree(REPO / name, target / name)
    shutil.copy(REPO / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(REPO / "hooks", target / "hooks",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return target


def edit(root: Path, relative: str, old: str, new: str) -> None:
    """Replace text that must be in the file exactly once."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {relative} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(root: Path, today: date = TODAY) -> Loaded:
    return load(root, today)


def reported(root: Path, today: date = TODAY) -> list[str]:
    """Every problem as `path:line: severity: message`, errors first."""
    problems = check(root, today).problems
    return [str(p) for p in problems.errors + problems.warnings]


def mkdocs_build(folder: Path, site_dir: Path, today: date = TODAY
                 ) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` on a folder holding mkdocs.yml, as a user would."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=today.isoformat())
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(folder / "mkdocs.yml"),
         "-d", str(site_dir)],
        capture_output=True, text=True, env=env, check=False,
    )


def rendered_pages(root: Path, today: date = TODAY, **options: object) -> dict[str, str]:
    """Every page body the engine makes from a site folder, by source path (no MkDocs):
    `options` are render_site's, such as repo_url and edit_uri."""
    from signpost.site import render_site

    loaded = check(root, today)
    assert loaded.ok, loaded.problems.report()
    return {page.src: page.html for page in render_site(loaded.content, today,
                                                        **options).pages}


def visible_text(html: str) -> str:
    """The words of an HTML fragment as a reader sees them: tags gone, entities decoded,
    spaces collapsed. Text inside aria-hidden elements (decoration) is left out."""
    from html.parser import HTMLParser

    class Words(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.words: list[str] = []
            self.hidden: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in inline:
                self.words.append(" ")  # a new block, cell or item: words do not run on
            if tag not in void and (self.hidden or ("aria-hidden", "true") in attrs):
                self.hidden.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if self.hidden and self.hidden[-1] == tag:
                self.hidden.pop()

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.words.append(data)

    inline = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong"}
    void = {"br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}
    parser = Words()
    parser.feed(html)
    return " ".join("".join(parser.words).split())


def properdocs_build(folder: Path, site_dir: Path, today: date = TODAY
                     ) -> subprocess.CompletedProcess[str]:
    """Run `properdocs build` (the MkDocs 1.6 fork, README: Building with ProperDocs) on a
    folder holding mkdocs.yml, in the same environment as mkdocs_build."""
    properdocs = Path(sys.executable).parent / "properdocs"
    assert properdocs.is_file(), f"{properdocs} is missing: it is a test tool, run `make test`"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=today.isoformat())
    return subprocess.run(
        [str(properdocs), "build", "-f", str(folder / "mkdocs.yml"), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, check=False,
    )


# The sample's emergency routes in Bengali, as content/translations/bn/site.yml: the first of
# what a language needs before it is published (translations/safety.py).
BENGALI_EMERGENCY = """\
emergency:
  1:
    text:
      english: If a child is in immediate danger, call 999.
      text: কোনো শিশু এখনই বিপদে থাকলে 999 নম্বরে কল করুন।
  2:
    text:
      english: If you are worried a child is being harmed, contact the front door.
      text: কোনো শিশুর ক্ষতি হচ্ছে বলে চিন্তা হলে ফ্রন্ট ডোরে যোগাযোগ করুন।
"""

# ...and the rest of what Bengali needs to be published: the contact its routes name, and the
# danger question (Signpost has its own words and its staying-safe page), by file name.
BENGALI_SAFETY = {
    "site.yml": BENGALI_EMERGENCY,
    "contacts.yml": """\
front-door:
  name: {english: Front Door, text: ফ্রন্ট ডোর}
  when:
    english: If you are worried a child is being hurt.
    text: কোনো শিশুর ক্ষতি হচ্ছে বলে চিন্তা হলে।
""",
    "questionnaire.yml": """\
questions:
  danger:
    ask: {english: Is anyone in danger right now?, text: এখন কি কেউ বিপদে আছে?}
    options:
      1:
        label: {english: "Yes", text: হ্যাঁ}
      2:
        label: {english: "No", text: না}
""",
}

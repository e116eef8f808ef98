"""Partnerships drawn from the content model, not the sample: each one checks clean, builds,
shows every name exactly as written, and shows drafts, closed services and confidential
addresses nowhere.

Most examples are rendered by the engine alone (`render_site`, a fraction of a second each);
a few go through a real `mkdocs build`, so Material's own templates (page titles, the header,
the search index) are held to the same rules.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis.control import currently_in_test_context
from hypothesis import strategies as st

from helpers import REPO, TODAY, mkdocs_build, visible_text
from partnerships import DRAFT, HIDDEN, SECRET_POSTCODE, Partnership, partnerships, smoke, tidy
from signpost.load import load
from signpost.site import render_site
from sitecheck import broken_links

# A drawn partnership is big and each try renders a whole site, so shrinking a failure takes
# Hypothesis minutes: it is off unless SIGNPOST_SHRINK=1. A failure prints every file of the
# partnership as written, and the database replays it first on the next run.
PHASES = tuple(Phase) if os.environ.get("SIGNPOST_SHRINK") else tuple(
    phase for phase in Phase if phase is not Phase.shrink)
SETTINGS = {"deadline": None, "phases": PHASES, "print_blob": True,
            "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


# Files (by path in the site, or page source) that may name a draft: only the editors' review
# page, which lists drafts first with what each lacks (docs/content-model.md, "Status and
# drafts"). Never a closed service or a confidential place.
MAY_NAME_DRAFTS: tuple[str, ...] = ("review",)


def checked(p: Partnership, root: Path):
    """The partnership written to `root` and loaded: there must be no errors."""
    p.write(root)
    if currently_in_test_context():
        note(p.describe())  # the falsifying example's files, as written
    else:
        print(p.describe())
    loaded = load(root, TODAY)
    assert not loaded.problems.errors, loaded.problems.report()
    assert loaded.content is not None
    return loaded.content


def leaks(name: str, text: str) -> list[str]:
    """What a file shows that it never may: a hidden service's or a secret place's words."""
    found = []
    folded = text.casefold()
    if name.startswith(MAY_NAME_DRAFTS):
        folded = folded.replace(DRAFT.casefold(), "")
        text = text.replace(DRAFT, "")
    if HIDDEN.casefold() in folded:
        at = folded.index(HIDDEN.casefold())
        found.append(f"{name}: ...{text[max(0, at - 120):at + 40]}...")
    match = SECRET_POSTCODE.search(folded)
    if match:
        found.append(f"{name}: confidential postcode {match.group()}")
    return found


def assert_shown(p: Partnership, texts: dict[str, str]) -> None:
    """Every name on its own page (or, with no page named, on some page), as written."""
    missing = []
    for src, text in p.shown:
        want = tidy(text)
        if src:
            if src not in texts:
                missing.append(f"no page {src} (for {want!r})")
            elif want not in texts[src]:
                missing.append(f"{src} does not show {want!r}")
        elif not any(want in page for page in texts.values()):
            missing.append(f"no page shows {want!r}")
    assert not missing, "\n".join(missing)


def assert_hidden(p: Partnership, files: dict[str, str]) -> None:
    found = [leak for name, text in files.items() for leak in leaks(name, text)]
    assert not found, "\n".join(found)


# -- the engine alone, many examples ---------------------------------------------------------


def render_and_check(p: Partnership, repo: bool, directory_urls: bool = True) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = checked(p, Path(folder))
    options = {"repo_url": "https://example.org/repo", "edit_uri": "edit/main/content/"
               } if repo else {}
    rendered = render_site(content, TODAY, directory_urls=directory_urls, **options)
    pages = {page.src: page.html for page in rendered.pages}
    assert len(pages) == len(rendered.pages), "two pages have the same address"
    for ident in p.hidden_services:
        assert f"services/{ident}.md" not in pages
    assert_shown(p, {src: visible_text(html) for src, html in pages.items()})
    everything = dict(pages)
    everything.update({path: data.decode("utf-8") for path, data in rendered.files.items()})
    everything.update({f"chrome:{key}": str(value) for key, value in rendered.chrome.items()})
    assert_hidden(p, everything)


def test_the_smoke_partnership_checks_clean_and_shows_every_name() -> None:
    render_and_check(smoke(), repo=True)


@settings(max_examples=50, **SETTINGS)
@given(p=partnerships(), repo=st.booleans(), directory_urls=st.booleans())
def test_generated_partnerships_check_clean_and_show_every_name(
        p: Partnership, repo: bool, directory_urls: bool) -> None:
    render_and_check(p, repo, directory_urls)


# -- real mkdocs builds, a few examples ------------------------------------------------------


class _Title(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside, self.text = False, ""

    def handle_starttag(self, tag, attrs) -> None:
        self.inside = tag == "title"

    def handle_endtag(self, tag) -> None:
        self.inside = False

    def handle_data(self, data) -> None:
        if self.inside:
            self.text += data


def title_of(html: str) -> str:
    parser = _Title()
    parser.feed(html)
    return tidy(parser.text)


def mkdocs_yml(root: Path, repo: bool, directory_urls: bool) -> None:
    """The repository's mkdocs.yml, with its hook and theme where they are in the repository."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("  - hooks/signpost_mkdocs.py", f"  - {REPO / 'hooks/signpost_mkdocs.py'}")
    text = text.replace("custom_dir: hooks/signpost/theme",
                        f"custom_dir: {REPO / 'hooks/signpost/theme'}")
    if not directory_urls:
        text = text.replace("use_directory_urls: true", "use_directory_urls: false")
    if repo:
        text = text.replace("# repo_url:", "repo_url:").replace("# edit_uri:", "edit_uri:")
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    for page, words in (("about.md", "# About us\n\nWho we are.\n"),
                        ("staying-safe-online.md", "# Staying safe online\n\nClear history.\n")):
        (root / "content" / page).write_text(words, encoding="utf-8")


def built_files(site: Path) -> dict[str, str]:
    """Every file of a built site as text, by its path: JSON with its escapes undone, so
    that non-ASCII text is looked for as it reads."""
    found = {}
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="replace")
        if path.suffix == ".json":
            text += json.dumps(json.loads(text), ensure_ascii=False)
        found[path.relative_to(site).as_posix()] = text
    return found


def build_and_check(p: Partnership, repo: bool, directory_urls: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "partnership"
        checked(p, root)
        mkdocs_yml(root, repo, directory_urls)
        site = Path(folder) / "site"
        result = mkdocs_build(root, site, TODAY)
        assert result.returncode == 0, result.stderr
        html = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
                for path in site.rglob("*.html")}
        texts = {}
        for url, page in html.items():  # by the Markdown path each page is made from
            stem = url[: -len(".html")]
            texts[stem + ".md"] = visible_text(page)
            if stem.endswith("/index"):  # with directory URLs, a/b.md is a/b/index.html
                texts[stem[: -len("/index")] + ".md"] = texts[stem + ".md"]
        assert_shown(p, texts)
        site_name = tidy(p.files["content/site.yml"]["name"])
        for src, name in p.titled:  # the browser tab: "<page title> - <site name>"
            stem = src[: -len(".md")]
            title = title_of(html[f"{stem}/index.html" if directory_urls else f"{stem}.html"])
            assert title.endswith(f"{tidy(name)} - {site_name}"), (src, title)
        assert_hidden(p, built_files(site))
        assert broken_links(site) == []


def test_the_smoke_partnership_builds_with_mkdocs() -> None:
    build_and_check(smoke(), repo=False, directory_urls=True)


@settings(max_examples=6, **SETTINGS)
@given(p=partnerships(), repo=st.booleans(), directory_urls=st.booleans())
def test_generated_partnerships_build_with_mkdocs(p: Partnership, repo: bool,
                                                  directory_urls: bool) -> None:
    build_and_check(p, repo, directory_urls)

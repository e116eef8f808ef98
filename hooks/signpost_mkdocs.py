"""MkDocs hook: checks the content before a build and adds the pages Signpost renders.

Each event does one thing and hands the work to the engine (the `signpost` package), which
knows nothing of MkDocs. The only state is the current build, kept on MkDocs' own config.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.load import load
from signpost.problems import summary
from signpost.render import GeneratedPage
from signpost.site import render_site
from signpost.urls import GENERATED_ROOTS

log = logging.getLogger("mkdocs.plugins.signpost")
BUILD_KEY = "signpost_build"


def build_date() -> date:
    """Today, or SIGNPOST_TODAY (YYYY-MM-DD) for a reproducible build."""
    fixed = os.environ.get("SIGNPOST_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check and render the content; on errors stop before site/ is touched."""
    root = Path(config.config_file_path).parent
    today = build_date()
    loaded = load(root, today)
    for problem in loaded.problems.warnings:
        log.warning(str(problem))
    if not loaded.ok:
        errors = loaded.problems.errors
        report = "\n".join(str(p) for p in errors)
        raise PluginError(f"the content has problems, so nothing was built:\n{report}\n"
                          f"{summary(len(errors), len(loaded.problems.warnings))}")
    rendered = render_site(loaded.content, today, directory_urls=config.use_directory_urls,
                           repo_url=config.repo_url, edit_uri=config.edit_uri)
    config.site_name = loaded.content.site.name
    config.extra["signpost"] = rendered.chrome
    config[BUILD_KEY] = rendered
    config.watch.append(str(root / "services"))
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Leave menu entries out for sections this site has no content for."""
    config.nav = prune_nav(config.nav, {page.src for page in config[BUILD_KEY].pages})


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish no YAML source; add the generated pages and data files."""
    for file in list(files):
        if file.src_uri.endswith((".yml", ".yaml")):
            files.remove(file)
    rendered = config[BUILD_KEY]
    for page in rendered.pages:
        files.append(File.generated(config, page.src, content=stub(page),
                                    inclusion=InclusionLevel.INCLUDED if page.in_nav
                                    else InclusionLevel.NOT_IN_NAV))
    for path, data in rendered.files.items():
        files.append(File.generated(config, path, content=data))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Use the engine's HTML as the body of a generated page."""
    generated = config[BUILD_KEY].page_html.get(page.file.src_uri)
    return generated if generated is not None else html


def prune_nav(nav: list | None, generated: set[str]) -> list | None:
    """Leave out menu entries for pages Signpost makes but this site has no content for
    (no consent.yml, say), so a partnership's menu needs no editing."""
    if nav is None:
        return None
    kept = []
    for entry in nav:
        target = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(target, list):
            target = prune_nav(target, generated)
            if not target:
                continue
            entry = {next(iter(entry)): target}
        elif (isinstance(target, str) and target.startswith(GENERATED_ROOTS)
              and target not in generated):
            continue
        kept.append(entry)
    return kept


def stub(page: GeneratedPage) -> str:
    """The Markdown MkDocs sees for a generated page: front matter only. The page's own
    sections are short, so Material's table of contents column is left out."""
    search = "" if page.searchable else "search:\n  exclude: true\n"
    title = page.title.replace("\\", "\\\\").replace('"', '\\"')
    return f'---\ntitle: "{title}"\nhide:\n  - toc\n{search}---\n'

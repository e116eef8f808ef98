"""MkDocs hook: checks the content before a build and adds the pages Signpost renders.

Each event does one thing and hands the work to the engine (the `signpost` package), which
knows nothing of MkDocs. The only state is the current build, kept on MkDocs' own config,
and for the editors' preview a record of the last build in the serve folder
(signpost_preview.py).
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

import signpost_frames
import signpost_preview
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

from mkdocs.utils import get_relative_url

from signpost.language import Language, has_message
from signpost.load import load
from signpost.problems import summary
from signpost.render import GeneratedPage, Rendered
from signpost.site import render_all
from signpost.translations.safety import publishable

log = logging.getLogger("mkdocs.plugins.signpost")
BUILD_KEY = "signpost_build"
NAVS_KEY = "signpost_navs"  # each other language's menu, by language code
PAGES_KEY = "signpost_pages"  # the build's generated pages by source path
PREVIEW_KEY = "signpost_preview"  # the preview build (signpost_preview.py), or None


def build_date() -> date:
    """Today, or SIGNPOST_TODAY (YYYY-MM-DD) for a reproducible build."""
    fixed = os.environ.get("SIGNPOST_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check and render the content; on errors stop before site/ is touched."""
    root = Path(config.config_file_path).parent
    folder = signpost_preview.serve_folder(config)
    today = build_date()
    loaded = load(root, today)
    for problem in loaded.problems.warnings:
        log.warning(str(problem))
    if not loaded.ok:
        errors = loaded.problems.errors
        report = "\n".join(str(p) for p in errors)
        raise PluginError(f"the content has problems, so nothing was built:\n{report}\n"
                          f"{summary(len(errors), len(loaded.problems.warnings))}")
    content = loaded.content
    assert content is not None and content.site is not None  # loaded.ok: there is a site
    languages = publishable(content, loaded.translations, own_words=has_message)
    preview = signpost_preview.Preview.resume(folder) if folder else None
    rendered = render_all(content, languages, today, directory_urls=config.use_directory_urls,
                          repo_url=config.repo_url, edit_uri=config.edit_uri,
                          template_cache=preview.template_folder("engine") if preview else None)
    # Text, like every title: escaped once here, printed as it is by every template.
    config.site_name = escape(content.site.name)
    config.extra["signpost"] = rendered.chrome
    config.extra["signpost_languages"] = rendered.chrome_by_language
    config[BUILD_KEY] = rendered
    config[PREVIEW_KEY] = preview
    config.watch.append(str(root / "services"))
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Leave menu entries out for pages this site does not have."""
    rendered = config[BUILD_KEY]
    docs = Path(config.docs_dir)
    pages = ({page.src for page in rendered.pages} | set(rendered.markdown)
             | {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")})
    config.nav = prune_nav(config.nav, pages)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Titles written in mkdocs.yml's nav are text too: escaped once, like every title. Each
    other language gets the same menu, of its own pages (see language_navs)."""
    escape_nav_titles(nav.items)
    config[NAVS_KEY] = language_navs(config, files)
    preview: signpost_preview.Preview | None = config[PREVIEW_KEY]
    if preview is not None:
        reused = preview.reuse(files, output_fingerprints(config, nav, files))
        log.info(f"Preview: {reused} of {len(files)} files as the last build wrote them")
    return nav


def language_navs(config: MkDocsConfig, files: Files) -> dict[str, Navigation]:
    """The menu of each other language: mkdocs.yml's entries, each to the page of the same
    name in that language (`bn/services/index.md`), titled in that language (Signpost's
    words for the titles it knows, else the page's own title). MkDocs makes the pages of
    these menus as it makes its own, so each page of a language is in its menu."""
    rendered: Rendered = config[BUILD_KEY]
    english = config.nav
    navs = {}
    for language in rendered.languages[1:]:
        code = language.code
        config.nav = translated_nav(english, code, Language.of(code), files)
        try:
            navs[code] = get_navigation(files, config)
        finally:
            config.nav = english
        homepage = files.get_file_from_path(f"{code}/index.md")
        navs[code].homepage = homepage.page if homepage is not None else None
    return navs


def translated_nav(entries: list[Any] | None, code: str, words: Language,
                   files: Files) -> list[Any]:
    """mkdocs.yml's nav entries for the pages of language `code`: an entry's title in that
    language when Signpost's catalogue has it ("Find a service"), else the page's own title
    in that language; an entry for a page the language has not (a link off the site) is
    left out."""
    kept: list[Any] = []
    for entry in entries or []:
        title, target = (next(iter(entry.items())) if isinstance(entry, dict)
                         else (None, entry))
        if isinstance(target, list):
            inner = translated_nav(target, code, words, files)
            if inner:
                kept.append({said_in(words, title) or title: inner})
        elif isinstance(target, str) and files.get_file_from_path(f"{code}/{target}"):
            said = said_in(words, title)
            kept.append({said: f"{code}/{target}"} if said else f"{code}/{target}")
    return kept


def said_in(words: Language, title: object) -> Markup | None:
    """An English nav title in another language, escaped as every title, if Signpost's
    catalogue has it."""
    if not title:
        return None
    english = unescape(str(title))  # on_nav escaped it
    said = words.gettext(english)
    return escape(said) if said != english else None


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig,
                    nav: Navigation) -> dict[str, Any]:
    """A page of another language shows that language's menu."""
    code = page.meta.get("signpost_language")
    if code is not None:
        context["nav"] = config[NAVS_KEY][code]
    return context


def page_language(src: str, rendered: Rendered) -> str | None:
    """The code of the language a page is in, when it is not English: its first folder."""
    first = src.split("/", 1)[0]
    return first if any(lang.code == first for lang in rendered.languages[1:]) else None


def alternates(page: Page, rendered: Rendered, files: Files) -> list[dict[str, str]]:
    """This page in every language the site is in, for the language switcher: each named in
    its own script, with its code for `lang` and `hreflang`, and a link relative to this
    page (the same page in another language; none where it has no such page, as the review
    page, which is English only)."""
    src = page.file.src_uri
    code = page_language(src, rendered)
    base = src.removeprefix(f"{code}/") if code else src
    found = []
    for language in rendered.languages:
        target = base if language.code == "en" else f"{language.code}/{base}"
        file = files.get_file_from_path(target)
        if file is None:
            continue
        found.append({"code": language.code, "name": str(escape(language.name)),
                      "direction": language.direction,
                      "href": get_relative_url(file.url, page.url),
                      "current": "true" if target == src else ""})
    return found if len(found) > 1 else []


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish no YAML source; add the generated pages and data files."""
    for file in list(files):
        if file.src_uri.endswith((".yml", ".yaml")) or file.src_uri.startswith("translations/"):
            files.remove(file)  # no YAML source, and no translation as an English page
    if config[PREVIEW_KEY] is not None:  # hand-written pages too say whether to rebuild
        files = Files([signpost_preview.copied(file) if file.is_documentation_page() else file
                       for file in files])
    rendered = config[BUILD_KEY]
    config[PAGES_KEY] = {page.src: page for page in rendered.pages}
    made = signpost_preview.PreviewFile  # a File; the preview may reuse its output
    for page in rendered.pages:
        file = made.generated(config, page.src, content="", inclusion=InclusionLevel.INCLUDED
                              if page.in_nav else InclusionLevel.NOT_IN_NAV)
        files.append(file)
        if not page.in_nav:  # a menu page keeps the title mkdocs.yml's nav gives it
            EnginePage(None, file, config)
    for path, data in rendered.files.items():
        files.append(made.generated(config, path, content=data))
    for path, text in rendered.markdown.items():
        files.append(made.generated(config, path, content=text))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Use the engine's HTML as the body of a generated page; give every page its title."""
    rendered: Rendered = config[BUILD_KEY]
    src = page.file.src_uri
    page.meta["title"] = page_title(page, rendered.page_titles.get(src))
    for field in PLAIN_META:
        if isinstance(page.meta.get(field), str):
            page.meta[field] = escape(page.meta[field])
    found = alternates(page, rendered, files)
    if found:  # a site in English only has none (and Material's frames stay shared)
        page.meta["signpost_alternates"] = found
    generated: str | None = rendered.page_html.get(src)
    if generated is not None:
        page.meta.setdefault("template", signpost_frames.TEMPLATE)
        return generated
    if src in rendered.in_english:  # a hand-written page this language has not translated
        code = page_language(src, rendered)
        assert code is not None
        words = rendered.chrome_by_language[code]["words"]
        assert isinstance(words, dict)
        notice: str = words["page_in_english"]  # escaped by the engine
        return f'<p class="sp-in-english">{notice}</p>\n<div lang="en">{html}</div>'
    return html


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """Material's chrome is rendered once for generated pages alike (signpost_frames.py);
    SIGNPOST_FRAMES=0 renders every page in full. The preview keeps the theme's templates
    compiled."""
    signpost_frames.install(env, enabled=os.environ.get("SIGNPOST_FRAMES") != "0")
    preview: signpost_preview.Preview | None = config[PREVIEW_KEY]
    if preview is not None:  # each rebuild has a new environment: templates compiled once
        env.bytecode_cache = preview.template_cache("theme")
    return env


# Front matter of a hand-written page that Material prints as it is: plain text, like the title.
PLAIN_META = ("description", "author", "subtitle")


def page_title(page: Page, generated: str | None) -> Markup:
    """The one place text becomes a page title, for every page and every template.

    A title is text, shown exactly as written: `Club <16+> & "Friends"` must read that in the
    tab, the header, the menu, the breadcrumbs, the table of contents and search results.
    MkDocs treats a title as HTML and Material prints it as it is (MkDocs' Jinja has no
    autoescape), so the title is escaped here exactly once, quotes too (titles also land in
    attributes). It is Markup, so a template's `|e` leaves it as it is rather than escaping it
    twice. Set as the page's meta title, it is the one Material's `<title>` prints, never
    `page.title | striptags`, which would unescape it. It comes from the engine for generated
    pages (plain text), else a hand-written page's front matter `title:` (plain text), else
    MkDocs' own title (an mkdocs.yml nav title, escaped by on_nav; the first `# heading`, as
    HTML text; or the file name), unescaped to text first so that it is escaped once."""
    if generated is not None:
        return escape(generated)
    written = page.meta.get("title")
    if written is not None and not isinstance(written, Markup):
        return escape(str(written))
    return escape(unescape(str(page.title or "")))


def escape_nav_titles(items: list[Any]) -> None:  # MkDocs' Sections, Pages and Links
    """Sections', links' and pages' titles from mkdocs.yml. Pages are not read yet, so a page
    has a title here only when the nav gives it one."""
    for item in items:
        title = item.title
        if isinstance(title, str) and not isinstance(title, Markup):
            item.title = escape(title)
        if item.children:
            escape_nav_titles(item.children)


def prune_nav(nav: list[Any] | None, pages: set[str]) -> list[Any] | None:
    """Leave out menu entries for pages this site does not have: those Signpost makes when
    there is content for them (no consent.yml, no consent pages) and a partnership's own
    pages it has not written (no about.md), so a partnership's menu needs no editing."""
    if nav is None:
        return None
    kept = []
    for entry in nav:
        target = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(target, list):
            target = prune_nav(target, pages)
            if not target:
                continue
            entry = {next(iter(entry)): target}
        elif isinstance(target, str) and target.endswith(".md") and target not in pages:
            continue
        kept.append(entry)
    return kept


class EnginePage(Page):
    """A generated page out of the menu. Its Markdown is empty and its body is the engine's
    HTML (on_page_content), so it skips MkDocs' Markdown conversion (a new Markdown instance
    with every extension, per page) and ends as an empty page's conversion would. MkDocs uses
    a page a hook gives a File (File.page) rather than making its own."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""
        self.present_anchor_ids = set()
        self.links_to_anchors = {}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files
                     ) -> str:
    """A generated page's Markdown is empty (its body comes in on_page_content), so MkDocs
    reads no front matter and converts nothing for it: its front matter is set here. A page
    of another language is marked with its language."""
    generated = config[PAGES_KEY].get(page.file.src_uri)
    if generated is not None:
        page.meta.update(front_matter(generated))
    # A page of another language says so in its meta: the theme takes that language's
    # chrome and Material's words in it, and Material's search (English) leaves it out.
    code = page_language(page.file.src_uri, config[BUILD_KEY])
    if code is not None:
        page.meta["signpost_language"] = code
        page.meta["search"] = {"exclude": True}
    return markdown


def front_matter(page: GeneratedPage) -> dict[str, Any]:
    """A generated page's front matter. The page's own sections are short, so Material's
    table of contents column is left out. The title is not here: page_title gives it."""
    meta: dict[str, Any] = {"hide": ["toc"]}
    if not page.searchable:
        meta["search"] = {"exclude": True}
    return meta


def output_fingerprints(config: MkDocsConfig, nav: Navigation, files: Files
                        ) -> dict[str, str]:
    """For the preview (signpost_preview.py): by its path in the site, a fingerprint of
    everything each output it may reuse is made of. A data file is its bytes. A generated
    page out of every menu and out of the search index is its body, title, front matter,
    language and language switcher, and what every page shows (shared_fingerprint). Pages
    in a menu or in the search index, hand-written pages and the theme's files have none:
    they are written in every build."""
    rendered: Rendered = config[BUILD_KEY]
    shared = shared_fingerprint(config, nav)
    found = {}
    for page in rendered.pages:
        file = files.get_file_from_path(page.src)
        if page.in_nav or page.searchable or file is None or file.page is None:
            continue
        found[file.dest_uri] = signpost_preview.digest(
            shared, page.src, page.title, page.html, repr(sorted(front_matter(page).items())),
            str(page_language(page.src, rendered)),
            json.dumps(alternates(file.page, rendered, files)))
    for path, data in rendered.files.items():
        file = files.get_file_from_path(path)
        if file is not None:
            found[file.dest_uri] = signpost_preview.digest(data)
    return found


def shared_fingerprint(config: MkDocsConfig, nav: Navigation) -> str:
    """A fingerprint of what every page shows besides its own: mkdocs.yml and every setting
    (the site's name and chrome in config.extra, the theme's settings, the menu as written),
    every language's menu as built, the titles of the generated pages in the menus and the
    source of each other page in a menu without a title there (its title comes from its
    text), and the theme's overrides (custom_dir). The installed MkDocs and Material are
    taken as they were when `mkdocs serve` started (it imports them once; Material's own
    templates are not fingerprinted); the engine's templates show in each page's body."""
    rendered: Rendered = config[BUILD_KEY]
    settings = sorted((key, repr(value)) for key, value in config.items()
                      if key not in UNCHANGING_KEYS)
    navs = [nav, *config[NAVS_KEY].values()]
    menus = [menu(each.items) for each in navs]
    sources = [page.file.content_bytes for each in navs for page in each.pages
               if page.title is None and page.file.src_uri not in rendered.page_html]
    titles = [f"{page.src}\0{page.title}" for page in rendered.pages if page.in_nav]
    custom = config.theme.custom_dir
    return signpost_preview.digest(
        Path(config.config_file_path).read_bytes(), repr(settings), json.dumps(menus), *titles,
        *sources, signpost_preview.files_digest(Path(custom)) if custom else "")


# Settings left out of the fingerprint: the plugins and hooks are loaded once for the serve
# process (the plugins' settings are in mkdocs.yml), MkDocs' list of folders to watch grows
# as the hook adds to it, and the hook's own keys hold this build (what it shows is
# fingerprinted page by page).
UNCHANGING_KEYS = frozenset({"plugins", "hooks", "watch", BUILD_KEY, NAVS_KEY, PAGES_KEY,
                             PREVIEW_KEY})


def menu(items: list[Any]) -> list[Any]:  # MkDocs' Sections, Pages and Links
    """A menu's entries as they print: each one's title, address and entries."""
    return [[type(item).__name__, str(item.title), getattr(item, "url", None),
             menu(item.children or [])] for item in items]


def on_post_build(config: MkDocsConfig) -> None:
    """The preview removes what the site no longer has and records what it wrote."""
    preview: signpost_preview.Preview | None = config[PREVIEW_KEY]
    if preview is not None:
        gone = preview.finish()
        if gone:
            log.info(f"Preview: removed {len(gone)} outputs the site no longer has")


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Every page is valid HTML (tests/browser/test_valid_html.py)."""
    return valid_toggles(output)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """404.html too."""
    return valid_toggles(output) if template_name.endswith(".html") else output


# Material's base.html, outside any block a theme can override, gives its menu and search
# checkboxes autocomplete="off", which HTML allows on text-like inputs only. signpost.js
# starts both closed instead, as the attribute made Firefox do on reload.
MATERIAL_TOGGLES = [(f'id="{name}" autocomplete="off">', f'id="{name}">')
                    for name in ("__drawer", "__search")]


def valid_toggles(html: str) -> str:
    for invalid, valid in MATERIAL_TOGGLES:
        html = html.replace(invalid, valid, 1)
    return html

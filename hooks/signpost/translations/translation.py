"""Loading a partnership's translations (content/translations/<code>/) and checking them
against the English: unknown languages, ids and fields are errors; a translation whose
recorded English is not the English any more is a warning that it is stale."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from signpost import model as m
from signpost.problems import Problems, Where
from signpost.urls import STAYING_SAFE
from signpost.yamlfile import LINE_BREAK, read_yaml
from signpost.translations.english import (FOLDER, EnglishFile, Key, english_path, has_text,
                                           kind_of, read_english)
from signpost.translations.files import (Entry, PageTranslation, changed, first_change,
                                         parse_page, parse_translation)
from signpost.translations.languages import LANGUAGES, Language, known_codes, language


def shipped_folder() -> Traversable:
    """Signpost's own translations of its own pages: defaults/translations/<code>/."""
    return resources.files("signpost") / "defaults" / "translations"


def default_page(path: str) -> str | None:
    """The English of one of Signpost's own pages (the staying-safe page), or None."""
    page = resources.files("signpost") / "defaults" / path
    return page.read_text(encoding="utf-8").strip() if page.is_file() else None


@dataclass(frozen=True)
class Translation:
    """One language's translations of a site's content, checked: `entries` by key, `pages` by
    their path in content/, and the keys and pages whose English has changed since."""

    language: Language
    entries: Mapping[Key, Entry]
    pages: Mapping[str, PageTranslation]
    stale: frozenset[Key]

    def text(self, key: Key, *, stale: bool = True) -> str | None:
        """The translation of a text, or None; `stale=False` leaves out a translation of
        English that has changed since."""
        entry = self.entries.get(key)
        if entry is None or (not stale and key in self.stale):
            return None
        return entry.text

    def get(self, file: str, *path: str) -> str | None:
        """`get("content/levels.yml", "universal", "summary")`: the translation, or None."""
        return self.text(Key(file, tuple(path)))

    def page(self, path: str) -> PageTranslation | None:
        """The translation of a Markdown page, by its path in content/ (about.md), or of
        Signpost's own page of that name when the partnership has not written its own."""
        return self.pages.get(path)


def load_translations(root: Path, content: m.Content, problems: Problems, *,
                      shipped: Traversable | None = None) -> dict[str, Translation]:
    """Every language folder of `root`/content/translations, by language code, in the order
    of Signpost's table of languages. Problems are reported at their path:line. `shipped`
    holds Signpost's own translations of its own pages (default: defaults/translations)."""
    folder = root / FOLDER
    if not folder.is_dir():
        return {}
    english: dict[str, EnglishFile | None] = {}
    written = {page.path for page in content.pages}
    found: dict[str, Translation] = {}
    for path in sorted(folder.iterdir()):
        shown = path.relative_to(root).as_posix()
        if not path.is_dir():
            if path.suffix in (".yml", ".yaml", ".md"):
                problems.warning(Where(shown, 1), "is not in a language folder, so it is not"
                                 f" read: put it in {FOLDER}/<code>/, such as {FOLDER}/bn/")
            continue
        lang = language(path.name)
        if lang is None:
            problems.error(Where(shown + "/", 1), f'"{path.name}" is not a language code'
                           f" Signpost knows{_suggest_code(path.name)} Known: {known_codes()}")
            continue
        found[lang.code] = _load_language(root, path, lang, english, written, problems,
                                          shipped if shipped is not None else shipped_folder())
    order = {lang.code: n for n, lang in enumerate(LANGUAGES)}
    return dict(sorted(found.items(), key=lambda item: order[item[0]]))


def _suggest_code(name: str) -> str:
    names = {lang.english.lower(): lang for lang in LANGUAGES}
    names.update({lang.name.lower(): lang for lang in LANGUAGES})
    close = difflib.get_close_matches(name.lower(), list(names), n=1, cutoff=0.6)
    return (f". Did you mean {names[close[0]].code} ({names[close[0]].english})?" if close
            else ".")


def _load_language(root: Path, folder: Path, lang: Language,
                   english: dict[str, EnglishFile | None], written: set[str],
                   problems: Problems, shipped: Traversable) -> Translation:
    entries: dict[Key, Entry] = {}
    pages: dict[str, PageTranslation] = {}
    stale: set[Key] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        shown = path.relative_to(root).as_posix()
        if path.suffix == ".yaml":
            problems.error(Where(shown, 1), f"Signpost reads .yml files: rename it {path.stem}.yml")
        elif path.suffix == ".yml":
            for entry in _read_file(root, path, relative, shown, english, problems):
                entries[entry.key] = entry
        elif path.suffix == ".md":
            page = _read_page(root, path, relative, shown, written, problems)
            if page is not None:
                pages[relative] = page
    if STAYING_SAFE not in written and STAYING_SAFE not in pages:
        own = shipped / lang.code / STAYING_SAFE
        if own.is_file():  # Signpost's own translation of its own page
            page = parse_page(own.read_text(encoding="utf-8"), f"signpost:{STAYING_SAFE}",
                              STAYING_SAFE, Problems(), shipped=True)
            if page is not None:
                pages[STAYING_SAFE] = page
    for entry in entries.values():
        file = english.get(entry.key.file)
        source = file.texts.get(entry.key.path) if file is not None else None
        if source is not None and source.english != entry.english:
            stale.add(entry.key)
            what = changed(entry.english, source.english)
            problems.warning(entry.where, f"{entry.key.dotted} is stale: the English at"
                             f" {source.where} has changed ({what}); check the"
                             f" {lang.english} and give english: the new English")
    for page in pages.values():
        now = _page_english(root, page.path, written)
        if now is not None and now != page.english and not page.shipped:
            stale.add(Key(f"content/{page.path}"))
            problems.warning(page.english_at, f"is stale: the English page content/{page.path}"
                             f" has changed from its line {first_change(page.english, now)}"
                             f" ({changed(page.english, now)}); check the {lang.english} and"
                             " give english: the new English page")
        elif now is not None and now != page.english:
            stale.add(Key(f"content/{page.path}"))
    return Translation(lang, entries, pages, frozenset(stale))


def _read_file(root: Path, path: Path, relative: str, shown: str,
               english: dict[str, EnglishFile | None], problems: Problems) -> list[Entry]:
    source = english_path(relative)
    kind = kind_of(source)
    if kind is None or not has_text(kind):
        problems.error(Where(shown, 1), f"translates {source}, which is not a content file"
                       " with text to translate: a translation file has the path of its"
                       " English file inside the language folder (site.yml, levels.yml,"
                       " updates/<id>.yml, services/<id>.yml)")
        return []
    if source not in english:
        english[source] = read_english(root, source)
    found = english[source]
    if found is None:
        problems.error(Where(shown, 1), f"translates {source}, which is not there (or cannot"
                       " be read): delete this file, or rename it as its English was")
        return []
    sources: dict[str, list[str]] = {}
    node = read_yaml(path, shown, problems, sources)
    if node is None:
        return []
    return parse_translation(node, found, shown, sources[shown], problems).entries


def _page_english(root: Path, path: str, written: set[str]) -> str | None:
    if path in written:
        try:
            return (root / "content" / path).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
    return default_page(path)


def _read_page(root: Path, path: Path, relative: str, shown: str, written: set[str],
               problems: Problems) -> PageTranslation | None:
    if _page_english(root, relative, written) is None:
        problems.error(Where(shown, 1), f"translates content/{relative}, which is not a page"
                       " of this site: a translated page has the path of its English page"
                       " inside the language folder")
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        problems.error(Where(shown, 1), "cannot be read as UTF-8 text")
        return None
    return parse_page("\n".join(LINE_BREAK.split(text)), shown, relative, problems)

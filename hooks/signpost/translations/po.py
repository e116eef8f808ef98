"""Gettext PO files for translators: `signpost translations export` and `import`.

An export holds every text of the site to translate, one message each: its msgctxt the text's
key (`content/levels.yml universal.summary`), its msgid the English, its reference the English
file and line, its msgstr the translation the partnership has (empty when it has none), marked
fuzzy with the English it translated as the previous msgid (`#| msgid`) when the English has
changed since. Poedit, Weblate and Crowdin read it: the header gives the Language, the
Plural-Forms from Babel's locale data and UTF-8.

An import writes each translated, not fuzzy message back to content/translations/<code>/. It
never overwrites in silence: each exported message carries a check code of the translation
the partnership's file had then (`#. signpost exported 1a2b3c4d`); when the file's translation
has changed since and differs from the PO's, that is a conflict and the file's is kept (unless
forced).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, read_po, write_po

from signpost import kinds
from signpost import model as m
from signpost.problems import Problems, Where
from signpost.urls import STAYING_SAFE
from signpost.values import find_raw_html, unshowable
from signpost.yamlfile import LINE_BREAK, read_yaml
from signpost.translations.english import (EnglishFile, Key, Source, has_text, read_english,
                                           translation_path)
from signpost.translations.files import (Entry, ParsedFile, parse_translation, render_file,
                                         render_page)
from signpost.translations.languages import Language, known_codes, language
from signpost.translations.translation import Translation, default_page

EXPORTED = "signpost exported "


def check_code(text: str) -> str:
    """A short check code of a translation ("" when there was none), to see it changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


# -- what there is to translate ---------------------------------------------------------------


def english_files(root: Path, content: m.Content) -> Iterator[EnglishFile]:
    """Every English YAML file with text to translate, in the order of kinds.FILES; services
    only when published (drafts and closed services are not)."""
    for kind in kinds.FILES:
        if not has_text(kind):
            continue
        folder, _, name = kind.path.rpartition("/")
        if name != "<id>.yml":
            paths = [kind.path]
        elif folder == "services":
            paths = [s.where.path for s in sorted(content.published_services,
                                                  key=lambda s: s.where.path)]
        else:
            paths = sorted(p.relative_to(root).as_posix() for p in (root / folder).glob("*.yml"))
        for path in paths:
            found = read_english(root, path)
            if found is not None:
                yield found


def english_pages(root: Path, content: m.Content) -> Iterator[Source]:
    """Every Markdown page, whole; Signpost's staying-safe page when the site has not its own."""
    for page in content.pages:
        try:
            text = (root / "content" / page.path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        yield Source(Key(f"content/{page.path}"), "\n".join(LINE_BREAK.split(text)).strip(),
                     page.where, None)
    own = default_page(STAYING_SAFE)
    if own is not None and all(page.path != STAYING_SAFE for page in content.pages):
        yield Source(Key(f"content/{STAYING_SAFE}"), own, Where(f"content/{STAYING_SAFE}", 0),
                     None)


def _note(source: Source) -> list[str]:
    f = source.field
    if f is None:
        if source.where.line == 0:
            return ["Signpost's own page on staying safe online (the site has not written its"
                    " own). Markdown: keep the # headings, lists and links."]
        return ["A whole page, in Markdown: keep the # headings, lists and links."]
    said = [f.help]
    if f.type == "markdown":
        said.append("Markdown: keep the lists, *emphasis* and [links](...) as they are.")
    if f.translate == "name":
        said.append("A name: translate it only if families know it by another name; leave it"
                    " empty to keep the English.")
    return said


# -- export ---------------------------------------------------------------------------------


def export_catalog(root: Path, content: m.Content, lang: Language,
                   translation: Translation | None, today: date) -> Catalog:
    """Every text of the site to translate into `lang`, with the translations there are."""
    site = content.site
    stamp = datetime.combine(today, time(), tzinfo=UTC)
    catalog = Catalog(
        locale=lang.code, project=site.name if site else "Signpost",
        version=today.isoformat(), msgid_bugs_address=(site.feedback_email or "") if site else "",
        last_translator="",
        creation_date=stamp, revision_date=stamp, fuzzy=False,
        language_team=f"{lang.english} translators",
        header_comment=(f"# {lang.english} ({lang.name}) translation of"
                        f" {site.name if site else 'a Signpost site'}.\n"
                        "# Made by signpost translations export; put it back with"
                        " signpost translations import.\n"
                        "# msgctxt is each text's place in the content: do not change it."),
    )
    sources = [s for file in english_files(root, content) for s in file.texts.values()]
    for source in sources + list(english_pages(root, content)):
        entry_english, entry_text = _translated(source.key, translation)
        stale = entry_text is not None and entry_english != source.english
        message = Message(
            source.english, entry_text or "",
            locations=[(source.where.path, source.where.line)] if source.where.line else [],
            flags=["fuzzy"] if stale else [],
            auto_comments=[*_note(source), EXPORTED + check_code(entry_text or "")],
            previous_id=entry_english if stale and entry_english else (),
            context=str(source.key),
        )
        message.flags.discard("python-format")  # "100% free" is not a format string
        catalog[source.english] = message
    return catalog


def _translated(key: Key, translation: Translation | None) -> tuple[str | None, str | None]:
    """The English a translation records and its text, or (None, None)."""
    if translation is None:
        return None, None
    if key.path:
        entry = translation.entries.get(key)
        return (entry.english, entry.text) if entry else (None, None)
    page = translation.page(key.file.removeprefix("content/"))
    return (page.english, page.text) if page else (None, None)


def po_bytes(catalog: Catalog) -> bytes:
    out = BytesIO()
    write_po(out, catalog, width=76, sort_output=False, include_previous=True)
    return out.getvalue()


# -- import ---------------------------------------------------------------------------------


@dataclass
class Imported:
    """What an import did: the files it wrote (with how many texts each), the messages it
    left (fuzzy, empty, unchanged) and every problem, at the PO file's lines."""

    problems: Problems = field(default_factory=Problems)
    language: Language | None = None
    written: dict[str, int] = field(default_factory=dict)
    fuzzy: int = 0
    empty: int = 0
    unchanged: int = 0


def import_po(root: Path, po: Path, content: m.Content,
              translations: dict[str, Translation], *, force: bool = False,
              dry_run: bool = False, shown: str | None = None) -> Imported:
    """Write the PO file's translations into `root`/content/translations/<its language>/."""
    shown = shown or po.as_posix()
    outcome = Imported()
    problems = outcome.problems
    try:
        with po.open("rb") as stream:
            catalog = read_po(stream, abort_invalid=True)
    except PoFileError as err:
        problems.error(Where(shown, err.lineno + 1), f"is not a valid PO file: {err}")
        return outcome
    except (OSError, ValueError) as err:
        problems.error(Where(shown, 1), f"cannot be read as a PO file: {err}")
        return outcome
    code = str(catalog.locale) if catalog.locale else ""
    lang = language(code.replace("_", "-").split("-")[0]) if code else None
    if lang is None:
        problems.error(Where(shown, 1), f'its Language header is "{code}", not a language'
                       f" Signpost knows: {known_codes()}")
        return outcome
    outcome.language = lang
    current = translations.get(lang.code)
    files = {f.path: f for f in english_files(root, content)}
    pages = {s.key.file: s for s in english_pages(root, content)}
    updates: dict[str, dict[Key, Entry]] = {}
    for message in catalog:
        if not message.id or not message.context:
            continue
        at = Where(shown, message.lineno or 1)
        entry = _entry(message, at, files, pages, problems)
        if entry is None:
            continue
        if message.fuzzy:
            outcome.fuzzy += 1
            continue
        if not entry.text:
            outcome.empty += 1
            continue
        had_english, had = _translated(entry.key, current)
        if had == entry.text and had_english == entry.english:
            outcome.unchanged += 1
            continue
        if had is not None and had != entry.text and not force:
            exported = _exported(message)
            if exported != check_code(had):
                problems.error(at, f"{entry.key}: kept the translation in"
                               f" {translation_path(lang.code, entry.key.file)}, which has"
                               " changed since this PO file was exported and differs from"
                               " the PO file's; merge the two by hand, or run again with"
                               " --force to use the PO file's")
                continue
        updates.setdefault(entry.key.file, {})[entry.key] = entry
    for file, entries in updates.items():
        _write(root, lang, file, entries, files.get(file), outcome, dry_run)
    return outcome


def _entry(message: Message, at: Where, files: dict[str, EnglishFile],
           pages: dict[str, Source], problems: Problems) -> Entry | None:
    """The PO message as a translation of the English it names, checked."""
    key = Key.parse(str(message.context))
    english = files.get(key.file) if key else None
    source = (english.texts.get(key.path) if english and key and key.path
              else pages.get(key.file) if key else None)
    if key is None or source is None:
        problems.error(at, f'msgctxt "{message.context}" names no text of this site: the'
                       " English was renamed or deleted since the export (or the msgctxt was"
                       " changed); export again")
        return None
    text = str(message.string).strip() if isinstance(message.string, str) else ""
    found = unshowable(text) if text else None
    if found:
        problems.error(at, f"{key}: the translation contains the character {found}, which"
                       " cannot be shown; delete it or retype the text")
        return None
    markdown = source.field is None or source.field.type == "markdown"
    if text and markdown and find_raw_html(text) is not None:
        problems.error(at, f"{key}: the translation contains raw HTML; write Markdown"
                       " instead (paragraphs, lists, *emphasis*, [links](https://example.org))")
        return None
    return Entry(key, str(message.id).strip(), text, at)


def _exported(message: Message) -> str | None:
    for comment in message.auto_comments:
        if comment.startswith(EXPORTED):
            return comment.removeprefix(EXPORTED).strip()
    return None


def _write(root: Path, lang: Language, file: str, entries: dict[Key, Entry],
           english: EnglishFile | None, outcome: Imported, dry_run: bool) -> None:
    target = translation_path(lang.code, file)
    path = root / target
    if english is None:  # a page, translated whole
        entry = next(iter(entries.values()))
        if not dry_run:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_page(entry.english, entry.text), encoding="utf-8")
        outcome.written[target] = 1
        return
    parsed = ParsedFile()
    if path.is_file():
        problems = Problems()
        sources: dict[str, list[str]] = {}
        node = read_yaml(path, target, problems, sources)
        if node is not None:
            parsed = parse_translation(node, english, target, sources[target], problems)
        if problems.errors:
            outcome.problems.error(Where(target, problems.errors[0].where.line),
                                   f"has problems (signpost check lists them), so nothing was"
                                   f" imported into it: {problems.errors[0].message}")
            return
    merged = {e.key: e for e in parsed.entries} | entries
    heading = [f"# {lang.english} ({lang.name}) translation of {file}: each text gives the"
               " English it translates and its translation.", "# See docs/translations.md."]
    text = render_file(merged.values(), list(english.texts), parsed.comments, heading)
    if not dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    outcome.written[target] = len(entries)

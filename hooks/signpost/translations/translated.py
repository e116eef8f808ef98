"""A translated copy of a site's content, for rendering a site in another language.

Every translatable text field (schema: `Field.is_translated`) holds the translation, or the
English as `InEnglish`, so a template can mark it `lang="en"` (a screen reader then reads it
in an English voice) and a page can say that some of it is in English. Everything else (ids,
phone numbers, addresses, dates) is the English content's own value.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from signpost.features.consent import kind as consent
from signpost.features.directory import kind as directory
from signpost.features.home import kind as home
from signpost.features.levels import kind as levels
from signpost.features.pathway import kind as pathway
from signpost.features.questionnaire import kind as questionnaire
from signpost.features.updates import kind as updates
from signpost import model as m
from signpost import load as english
from signpost.schema import Field, Shape, translated_fields
from signpost.translations.english import Key
from signpost.translations.translation import Translation


class InEnglish(str):
    """Text left in English in a translated copy of the content."""


class Translated(str):
    """Text in the translation's language, knowing the English it translates: addresses
    made from text (a questionnaire answer's page, `english_of`) stay those of the English,
    so each page has the same address in every language."""

    english: str

    def __new__(cls, text: str, english: str) -> Translated:
        made = super().__new__(cls, text)
        made.english = english
        return made


def english_of(text: str) -> str:
    """The English `text` translates (itself when it is English)."""
    return text.english if isinstance(text, Translated) else str(text)


class EnglishName(InEnglish):
    """A name (a field translated only when families know it by another name) left as it is
    in English: marked as English like any other, but not text a reader misses."""

    __slots__ = ()


def in_english(value: object) -> bool:
    """True for text a translated copy left in English: mark it lang="en"."""
    return isinstance(value, InEnglish)


def translated_content(content: m.Content, translation: Translation, *,
                       stale: bool = True) -> m.Content:
    """A copy of `content` in the translation's language. `stale=False` shows the English
    instead of a translation of English that has changed since."""
    def copy(item: Any, shape: Shape, at: tuple[str, ...]) -> Any:
        return _copy(item, shape, item.where.path, at, translation, stale)

    return replace(
        content,
        site=copy(content.site, home.SITE, ()) if content.site is not None else None,
        needs={k: copy(v, directory.NEED, (k,)) for k, v in content.needs.items()},
        levels={k: copy(v, levels.LEVEL, (k,)) for k, v in content.levels.items()},
        contacts={k: copy(v, home.CONTACT, (k,)) for k, v in content.contacts.items()},
        consent={k: copy(v, consent.CONSENT, (k,)) for k, v in content.consent.items()},
        updates={k: copy(v, updates.UPDATE, ()) for k, v in content.updates.items()},
        services={k: copy(v, directory.SERVICE, ()) for k, v in content.services.items()},
        questionnaire=(copy(content.questionnaire, questionnaire.QUESTIONNAIRE, ())
                       if content.questionnaire is not None else None),
        pathway=(copy(content.pathway, pathway.PATHWAY, ())
                 if content.pathway is not None else None),
        pages=tuple(_page(page, translation, stale) for page in content.pages),
    )


def _page(page: m.Page, translation: Translation, stale: bool) -> m.Page:
    translated = translation.page(page.path)
    if translated is None or (not stale and Key(f"content/{page.path}") in translation.stale):
        return replace(page, title=InEnglish(page.title))
    return replace(page, title=english.page_title(translated.text, page.path.rsplit("/", 1)[-1]
                                                  .removesuffix(".md")),
                   markdown=translated.text)


def _copy(item: Any, shape: Shape, file: str, at: tuple[str, ...], translation: Translation,
          stale: bool) -> Any:
    """One model record with its shape's translated fields replaced (by the model's keyword
    for each field, as `read.Reader.values` builds it), nested records too."""
    def said(path: tuple[str, ...], english: str, f: Field) -> str:
        text = translation.text(Key(file, path), stale=stale)
        if text is not None:
            return Translated(text, english)
        return EnglishName(english) if f.translate == "name" else InEnglish(english)

    changes: dict[str, Any] = {}
    for f in shape.fields:
        name = f.keyword or f.name
        if f.is_translated and f.type == "texts":
            changes[name] = tuple(said(at + (f.name, str(n)), text, f)
                                  for n, text in enumerate(getattr(item, name), start=1))
        elif f.is_translated:
            value = getattr(item, name)
            if value is not None:
                changes[name] = said(at + (f.name,), value, f)
        elif f.shape is not None and translated_fields(f.shape) and f.type == "records":
            keyed = "id" in f.shape.names
            changes[name] = tuple(
                _copy(inner, f.shape, file, at + (f.name, inner.id if keyed else str(n)),
                      translation, stale)
                for n, inner in enumerate(getattr(item, name), start=1))
        elif f.shape is not None and translated_fields(f.shape) and f.type == "record":
            value = getattr(item, name)
            if value is not None:
                changes[name] = _copy(value, f.shape, file, at + (f.name,), translation, stale)
    return replace(item, **changes)

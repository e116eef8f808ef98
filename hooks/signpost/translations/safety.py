"""Safety first: a language is published only when what a family in danger reads is in it.

That is the emergency routes (content/site.yml `emergency`) and the contacts they name (their
name and when to use them), the staying-safe page every "Leave this site" button links to
(the partnership's own, or Signpost's), the questionnaire's danger questions (every question
offering an answer marked `urgent: true`: the question, its urgent answers, and every answer
of a choose-one question, since a family must read them all to choose), and Signpost's own
words such as "Leave this site", which come from the message catalogues the site ships with:
the renderer says which of those it has (`own_words`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from signpost import model as m
from signpost.problems import Problems, Where
from signpost.urls import STAYING_SAFE
from signpost.translations.english import FOLDER, Key
from signpost.translations.translation import Translation, load_translations


# Signpost's own words that must be in a language before it is published.
SAFETY_WORDS = ("Leave this site",)
# Whether Signpost's message catalogue for a language has one of its words (language code,
# English message): given by whoever ships the catalogues.
OwnWords = Callable[[str, str], bool]


@dataclass(frozen=True)
class Missing:
    """Something a family in danger reads that is not translated: the thing it is part of
    ("emergency routes", "contact mash"), which part, and where its English is (None for
    Signpost's own words)."""

    group: str
    part: str
    where: Where | None

    def __str__(self) -> str:
        return f"{self.group}: {self.part}" + (f" ({self.where})" if self.where else "")


def missing_for_safety(content: m.Content, translation: Translation, *,
                       own_words: OwnWords | None = None) -> tuple[Missing, ...]:
    """What must be translated before this language is published; () when it may be.
    Signpost's own words are checked only when `own_words` is given."""
    found: list[Missing] = []

    def need(key: Key, group: str, part: str, where: Where) -> None:
        if translation.text(key) is None:
            found.append(Missing(group, part, where))

    site = content.site
    named: list[str] = []
    for number, route in enumerate(site.emergency if site else (), start=1):
        assert site is not None
        need(Key(site.where.path, ("emergency", str(number), "text")),
             "emergency routes", str(number), route.where)
        if route.contact and route.contact not in named:
            named.append(route.contact)
    for ident in named:
        contact = content.contacts.get(ident)
        if contact is not None:
            for name in ("name", "when"):
                need(Key(contact.where.path, (ident, name)), f"contact {ident}", name,
                     contact.where)
    if translation.page(STAYING_SAFE) is None:
        written = any(page.path == STAYING_SAFE for page in content.pages)
        found.append(Missing("the staying-safe page", STAYING_SAFE,
                             Where(f"content/{STAYING_SAFE}") if written else None))
    questionnaire = content.questionnaire
    for question in questionnaire.questions if questionnaire else ():
        assert questionnaire is not None
        if not any(option.urgent for option in question.options):
            continue
        at, group = ("questions", question.id), f"question {question.id}"
        need(Key(questionnaire.where.path, at + ("ask",)), group, "the question",
             question.where)
        for number, option in enumerate(question.options, start=1):
            if option.urgent or question.type == "one":
                need(Key(questionnaire.where.path, at + ("options", str(number), "label")),
                     group, f"answer {number}", option.where)
    if own_words is not None:
        found.extend(Missing("Signpost's own words", f'"{words}"', None)
                     for words in SAFETY_WORDS if not own_words(translation.language.code,
                                                                words))
    return tuple(found)


def publishable(content: m.Content, translations: dict[str, Translation], *,
                own_words: OwnWords | None = None) -> dict[str, Translation]:
    """The languages that may be published: those with nothing missing for safety."""
    return {code: t for code, t in translations.items()
            if not missing_for_safety(content, t, own_words=own_words)}


def check_safety(content: m.Content, translations: dict[str, Translation], problems: Problems,
                 *, own_words: OwnWords | None = None) -> None:
    """A warning for each language that will be left out, naming what is missing."""
    for code, translation in translations.items():
        missing = missing_for_safety(content, translation, own_words=own_words)
        if missing:
            groups: dict[str, list[str]] = {}
            for item in missing:
                groups.setdefault(item.group, []).append(
                    item.part + (f" ({item.where})" if item.where else ""))
            listed = "; ".join(f"{group}: {', '.join(parts)}" for group, parts in groups.items())
            problems.warning(Where(f"{FOLDER}/{code}/", 1), f"{translation.language} is left"
                             " out of the site until what a family in danger reads is"
                             f" translated: {listed}")


def check_translations(root: Path, content: m.Content, problems: Problems, *,
                       own_words: OwnWords | None = None) -> dict[str, Translation]:
    """What `signpost check` does with translations: load and check every language, and warn
    about each that will be left out for safety. Returns every language (renderers publish
    `publishable(...)` of them)."""
    translations = load_translations(root, content, problems)
    check_safety(content, translations, problems, own_words=own_words)
    return translations

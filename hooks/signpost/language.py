"""Signpost's own words in the language a site is rendered in.

Signpost's own words (headings, buttons, the emergency band, the questionnaire's controls,
Find a service's filters, opening hours, dates) are written in English in the templates and in
`words.py`, marked for gettext, and translated in message catalogues that ship with Signpost:
`locale/signpost.pot` is the template (`make messages` extracts it; a test fails when it is
stale) and `locale/<code>/LC_MESSAGES/signpost.po` a language's catalogue. The .po files are
the only form kept: each is read with Babel and compiled in memory when a site is rendered in
its language, so there is no .mo file to forget to rebuild. A message a catalogue lacks (or
leaves empty, or marks fuzzy) shows in English.
"""

from __future__ import annotations

import functools
import gettext
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from io import BytesIO

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from markupsafe import Markup

from signpost.translations import languages

ENGLISH = "en"
DOMAIN = "signpost"


def catalogue_path(code: str) -> str:
    return f"locale/{code}/LC_MESSAGES/{DOMAIN}.po"


@functools.cache
def translations_for(code: str) -> gettext.NullTranslations:
    """Signpost's words in language `code`: English (no catalogue) gives NullTranslations,
    which returns every message as it is; any other code needs its catalogue."""
    if code == ENGLISH:
        return gettext.NullTranslations()
    source = resources.files("signpost") / catalogue_path(code)
    if not source.is_file():
        raise ValueError(f"Signpost has no message catalogue for {code!r}: there is no "
                         f"hooks/signpost/{catalogue_path(code)}")
    with source.open("rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)  # leaves out empty and fuzzy messages: they stay English
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def has_message(code: str, message: str) -> bool:
    """Whether Signpost's catalogue for `code` translates `message` (the safety check asks
    this of "Leave this site": translations/safety.py). False for a language Signpost has
    no catalogue for."""
    if not (resources.files("signpost") / catalogue_path(code)).is_file():
        return False
    return translations_for(code).gettext(message) != message


@dataclass(frozen=True)
class Language:
    """The language one site is rendered in, with its catalogue."""

    code: str = ENGLISH
    translations: gettext.NullTranslations = field(
        default_factory=gettext.NullTranslations, compare=False)

    @classmethod
    def of(cls, code: str) -> Language:
        return cls(code, translations_for(code))

    @property
    def english(self) -> bool:
        return self.code == ENGLISH

    @property
    def direction(self) -> str:
        """ltr or rtl, from the table of languages Signpost knows (translations/languages.py)."""
        known = languages.language(self.code)
        return known.direction if known else "ltr"

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    def long_date(self, day: date) -> str:
        """23 November 2026 (English, as Signpost always wrote it); in another language, its
        own long form of the date from Babel (CLDR)."""
        if self.english:
            return f"{day.day} {day.strftime('%B %Y')}"
        return format_date(day, format="long", locale=self.code)


class TemplateWords:
    """What templates call for Signpost's own words (`_()`, `gettext`, `ngettext` and every
    `{% trans %}`), as Jinja's new-style gettext gives them: the translation, marked safe
    (the catalogues are Signpost's own), with the values put in escaped; a literal % is
    written %%. Jinja's own looks the function up in the page's context and calls it through
    the context on every call; this looks up each message once per site, and keeps it."""

    def __init__(self, language: Language) -> None:
        self._language = language
        self._plain: dict[str, Markup] = {}  # a message without values, as it is printed
        self._marked: dict[str, Markup] = {}  # a message's translation, before its values

    def gettext(self, message: str, /, **values: object) -> Markup:
        if values:
            return self._translation(message) % values
        made = self._plain.get(message)
        if made is None:
            made = self._plain[message] = self._translation(message) % {}
        return made

    def ngettext(self, singular: str, plural: str, count: int, /, **values: object) -> Markup:
        values.setdefault("num", count)
        return Markup(  # noqa: S704 - Signpost's own catalogue, as Jinja marks it
            self._language.ngettext(singular, plural, count)) % values

    def _translation(self, message: str) -> Markup:
        made = self._marked.get(message)
        if made is None:
            made = self._marked[message] = Markup(  # noqa: S704 - as ngettext's
                self._language.gettext(message))
        return made


def N_(message: str) -> str:  # noqa: N802 - gettext's usual name for a marker
    """Marks English to translate later (where it is shown): `make messages` extracts it."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - as N_
    """Marks an English singular and plural to translate later: `make messages` extracts the
    pair as one plural message (scripts/messages.py's KEYWORDS)."""
    return singular, plural

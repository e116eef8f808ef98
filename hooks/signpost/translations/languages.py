"""The languages Signpost knows: a translation folder must be named by one of these codes.

Each has its code (BCP 47, as in `lang="bn"` and a PO file's Language header), its name in its
own script (what the language switcher shows), its English name (for messages to editors)
and its direction: Urdu, Arabic, Persian and Pashto read right to left.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own script: বাংলা
    english: str  # Bengali
    direction: str = "ltr"  # or "rtl"

    def __str__(self) -> str:
        return f"{self.english} ({self.code})"


LANGUAGES = (
    Language("bn", "বাংলা", "Bengali"),
    Language("so", "Soomaali", "Somali"),
    Language("pl", "Polski", "Polish"),
    Language("ur", "اردو", "Urdu", "rtl"),
    Language("cy", "Cymraeg", "Welsh"),
    Language("ar", "العربية", "Arabic", "rtl"),
    Language("pa", "ਪੰਜਾਬੀ", "Punjabi"),
    Language("gu", "ગુજરાતી", "Gujarati"),
    Language("ro", "Română", "Romanian"),
    Language("uk", "Українська", "Ukrainian"),
    Language("tr", "Türkçe", "Turkish"),
    Language("lt", "Lietuvių", "Lithuanian"),
    Language("pt", "Português", "Portuguese"),
    Language("ti", "ትግርኛ", "Tigrinya"),
    Language("fa", "فارسی", "Persian", "rtl"),
    Language("ps", "پښتو", "Pashto", "rtl"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
# The language every site is written in, at its root.
ENGLISH_LANGUAGE = Language("en", "English", "English")


def language(code: str) -> Language | None:
    """The language a code names, or None when Signpost does not know it."""
    return BY_CODE.get(code)


def known_codes() -> str:
    return ", ".join(f"{lang.code} ({lang.english})" for lang in LANGUAGES)

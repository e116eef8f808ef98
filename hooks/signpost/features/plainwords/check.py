"""The plain-words checks on family-facing text, each a warning at the sentence's line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import textstat

from signpost.model import PlainWords
from signpost.problems import Problem, Severity, Where
from signpost.features.plainwords.sentences import Block, Sentence, blocks
from signpost.features.plainwords.words import WORDS
from signpost.features.plainwords.written import Written

LONGEST_SENTENCE = 25  # words: GOV.UK's limit
LONGEST_PARAGRAPH = 5  # sentences
SCORED_FROM = 40  # words: a shorter text gives no steady readability score
# Flesch-Kincaid gives a US school grade; a child in grade 1 is about 6, so reading age is
# the grade plus 5 (grade 4: reading age 9; grade 6: reading age 11).
GRADE_TO_AGE = 5


@dataclass(frozen=True)
class Words:
    """The professional words to warn about: Signpost's and the partnership's, less those it
    allows, as one pattern whose n-th group is the n-th word."""

    pattern: re.Pattern[str]
    words: tuple[tuple[str, str], ...]  # (word, what to say instead)


def word_list(settings: PlainWords) -> Words:
    allowed = {word.casefold() for word in settings.allow}
    chosen = {word.casefold(): instead for word, instead in WORDS.items()
              if word.casefold() not in allowed}
    chosen.update((word.casefold(), instead) for word, instead in settings.words)
    ordered = sorted(chosen.items(), key=lambda item: -len(item[0]))  # phrases first
    groups = "|".join(f"({_forms(word)})" for word, _ in ordered)
    return Words(re.compile(rf"(?<!\w)(?:{groups})(?!\w)", re.IGNORECASE), tuple(ordered))


def _forms(word: str) -> str:
    """A word or phrase with its last word's usual endings; a space or a hyphen between words
    matches either."""
    *before, last = re.split(r"[\s-]+", word.strip())
    if last.endswith("e") and len(last) > 3:
        last = re.escape(last[:-1]) + "(?:e|es|ed|ing|ion|ions|ation|ations|or|ors)"
    else:
        last = re.escape(last) + "(?:s|es|ed|ing)?"
    return r"[\s-]+".join([*(re.escape(part) for part in before), last])


def check(texts: Iterable[Written], settings: PlainWords) -> list[Problem]:
    """Every plain-words warning about `texts`, in order."""
    words = word_list(settings)
    found: list[Problem] = []
    for text in texts:
        found += check_one(text, settings, words)
    return found


def check_one(text: Written, settings: PlainWords, words: Words) -> list[Problem]:
    read = blocks(text.text, markdown=text.markdown)
    found: list[Problem] = []

    def warn(where: Where, message: str) -> None:
        found.append(Problem(where, f"{text.field} {message}", Severity.WARNING))

    every = [s for block in read for s in block.sentences]
    long = [s for s in every if s.words > LONGEST_SENTENCE]
    for sentence in long:
        warn(text.at(sentence.first), f"has a sentence of {sentence.words} words"
             f' ("{sentence.opening()}"): split it into sentences of {LONGEST_SENTENCE} words'
             " or fewer")
    for block in read:
        if block.paragraph and len(block.sentences) > LONGEST_PARAGRAPH:
            split = ("start a new paragraph with a blank line" if text.markdown
                     else "say less, or say it in fewer sentences")
            warn(text.at(block.sentences[0].first), f"has a paragraph of"
                 f" {len(block.sentences)} sentences (\"{block.sentences[0].opening()}\"):"
                 f" keep to {LONGEST_PARAGRAPH} or fewer; {split}")
    hits = professional_words(read, words)
    if hits:
        first_line = text.at(hits[0][2]).line
        said = [f'"{written}"' + (f" (line {text.at(index).line})"
                                  if text.at(index).line != first_line else "")
                + f": {instead}" for written, instead, index in hits]
        warn(text.at(hits[0][2]), f"has words {text.reader} may not know; say instead "
             + "; ".join(said))
    if not long:
        age = reading_age(every)
        limit = settings.children if text.reader == "children" else settings.everyone
        if age is not None and int(age) > limit:
            warn(text.at(0), f"reads at about reading age {int(age)}; aim for {limit} or"
                 f" under for {text.reader}: use shorter sentences and everyday words"
                 " (reading age is the Flesch-Kincaid grade + 5)")
    return found


def professional_words(read: list[Block], words: Words) -> list[tuple[str, str, int]]:
    """Each professional word used, once, as written, with what to say instead and the index
    of the word where it is first used."""
    joined, starts, indexes = "", [], []
    for block in read:
        for sentence in block.sentences:
            for token, index in zip(sentence.tokens, sentence.indexes, strict=True):
                starts.append(len(joined))
                indexes.append(index)
                joined += token + " "
    found: dict[int, tuple[str, str, int]] = {}
    for match in words.pattern.finditer(joined):
        group = match.lastindex or 0
        if group and group not in found:
            index = indexes[bisect_right(starts, match.start()) - 1]
            found[group] = (match.group(group), words.words[group - 1][1], index)
    return sorted(found.values(), key=lambda hit: hit[2])


def reading_age(sentences: list[Sentence]) -> float | None:
    """textstat's Flesch-Kincaid grade + 5, for a text long enough to score."""
    if sum(s.words for s in sentences) < SCORED_FROM:
        return None
    # Each sentence ends with one full stop, and no other (£2.50, e.g.), as textstat counts.
    scored = " ".join(
        " ".join(word for word in (re.sub(r"[.!?…]", "", t) for t in s.tokens) if word) + "."
        for s in sentences)
    return float(textstat.flesch_kincaid_grade(scored)) + GRADE_TO_AGE

"""The plain-words checks on family-facing text, each a warning at the sentence's line."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from collections.abc import Iterable
from dataclasses import dataclass

import textstat

from signpost.model import PlainWords
from signpost.problems import Problem, Severity, Where
from signpost.features.plainwords.sentences import Block, blocks
from signpost.features.plainwords.syllables import Syllables
from signpost.features.plainwords.words import WORDS
from signpost.features.plainwords.written import Written

LONGEST_SENTENCE = 25  # words: GOV.UK's limit
LONGEST_PARAGRAPH = 5  # sentences
SCORED_FROM = 40  # words: a shorter text gives no steady readability score
# Flesch-Kincaid gives a US school grade; a child in grade 1 is about 6, so reading age is
# the grade plus 5 (grade 4: reading age 9; grade 6: reading age 11).
GRADE_TO_AGE = 5
# The letters outside ASCII that a pattern ignoring case takes for ASCII ones: dotted
# capital I, dotless i, long s and the Kelvin sign.
FOLDS_TO_ASCII = re.compile("[a-z]", re.IGNORECASE)
NOT_AN_END = str.maketrans("", "", ".!?…")  # textstat ends a sentence at each


@dataclass(frozen=True)
class Words:
    """The professional words to warn about: Signpost's and the partnership's, less those it
    allows, as one pattern whose n-th group is the n-th word."""

    pattern: re.Pattern[str]
    words: tuple[tuple[str, str], ...]  # (word, what to say instead)
    # The pieces every form of each word holds (its words, its last word's stem), lowercased,
    # to pass over a text that cannot hold the word without searching it; None when a word
    # is not ASCII (then every text is searched).
    pieces: tuple[tuple[str, ...], ...] | None

    def may_be_in(self, text: str) -> bool:
        """False only when the pattern cannot match `text`: no word has all its pieces in it,
        and it has no letter that ignoring case takes for an ASCII one (such as the Kelvin
        sign's K)."""
        if self.pieces is None or (not text.isascii() and any(
                FOLDS_TO_ASCII.match(character) for character in set(text)
                if not character.isascii())):
            return True
        lowered = text.lower()
        held = {piece for pieces in self.pieces for piece in pieces if piece in lowered}
        return any(held.issuperset(pieces) for pieces in self.pieces)


def word_list(settings: PlainWords) -> Words:
    allowed = {word.casefold() for word in settings.allow}
    chosen = {word.casefold(): instead for word, instead in WORDS.items()
              if word.casefold() not in allowed}
    chosen.update((word.casefold(), instead) for word, instead in settings.words)
    ordered = sorted(chosen.items(), key=lambda item: -len(item[0]))  # phrases first
    groups = "|".join(f"({_forms(word)})" for word, _ in ordered)
    pieces = tuple(_pieces(word) for word, _ in ordered)
    return Words(re.compile(rf"(?<!\w)(?:{groups})(?!\w)", re.IGNORECASE), tuple(ordered),
                 pieces if all(piece.isascii() for each in pieces for piece in each) else None)


def _split(word: str) -> tuple[list[str], str, str]:
    """A word or phrase's words before its last, its last word's stem, and the endings the
    stem may take."""
    *before, last = re.split(r"[\s-]+", word.strip())
    if last.endswith("e") and len(last) > 3:
        return before, last[:-1], "(?:e|es|ed|ing|ion|ions|ation|ations|or|ors)"
    return before, last, "(?:s|es|ed|ing)?"


def _forms(word: str) -> str:
    """A word or phrase with its last word's usual endings; a space or a hyphen between words
    matches either."""
    before, stem, endings = _split(word)
    return r"[\s-]+".join([*(re.escape(part) for part in before), re.escape(stem) + endings])


def _pieces(word: str) -> tuple[str, ...]:
    """What every form of a word or phrase holds, lowercased: its words, its last one's stem."""
    before, stem, _ = _split(word)
    return tuple(piece.lower() for piece in (*before, stem))


def check(texts: Iterable[Written], settings: PlainWords) -> list[Problem]:
    """Every plain-words warning about `texts`, in order."""
    words = word_list(settings)
    read = []
    for text in texts:
        found = blocks(text.text, markdown=text.markdown)
        read.append((text, found, scored(found)))
    # Syllables counted once for all the texts scored: each distinct word counted once.
    syllables = Syllables.of(word for *_, sentences in read if sentences is not None
                             for sentence in sentences for word in sentence)
    problems: list[Problem] = []
    for text, found, sentences in read:
        problems += check_one(text, found, settings, words, reading_age(sentences, syllables))
    return problems


def check_one(text: Written, read: list[Block], settings: PlainWords, words: Words,
              age: float | None) -> list[Problem]:
    """The warnings about one text: its blocks as read, and its reading age when scored."""
    found: list[Problem] = []

    def warn(where: Where, message: str) -> None:
        found.append(Problem(where, f"{text.field} {message}", Severity.WARNING))

    every = [s for block in read for s in block.sentences]
    for sentence in every:
        if sentence.words > LONGEST_SENTENCE:
            warn(text.at(sentence.first), f"has a sentence of {sentence.words} words"
                 f' ("{sentence.opening()}"): split it into sentences of {LONGEST_SENTENCE}'
                 " words or fewer")
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
    limit = settings.children if text.reader == "children" else settings.everyone
    if age is not None and int(age) > limit:
        warn(text.at(0), f"reads at about reading age {int(age)}; aim for {limit} or"
             f" under for {text.reader}: use shorter sentences and everyday words"
             " (reading age is the Flesch-Kincaid grade + 5)")
    return found


def professional_words(read: list[Block], words: Words) -> list[tuple[str, str, int]]:
    """Each professional word used, once, as written, with what to say instead and the index
    of the word where it is first used."""
    tokens = [token for block in read for sentence in block.sentences
              for token in sentence.tokens]
    joined = " ".join(tokens) + " " if tokens else ""
    if not words.may_be_in(joined):
        return []
    indexes = [index for block in read for sentence in block.sentences
               for index in sentence.indexes]
    starts = list(accumulate((len(token) + 1 for token in tokens[:-1]), initial=0))
    found: dict[int, tuple[str, str, int]] = {}
    for match in words.pattern.finditer(joined):
        group = match.lastindex or 0
        if group and group not in found:
            index = indexes[bisect_right(starts, match.start()) - 1]
            found[group] = (match.group(group), words.words[group - 1][1], index)
    return sorted(found.values(), key=lambda hit: hit[2])


def scored(read: list[Block]) -> list[list[str]] | None:
    """The words of a text whose reading age is scored, sentence by sentence, each without
    the full stops, ! and ? that textstat would take for the ends of sentences (£2.50, e.g.);
    None for a text too short to score, or with a sentence too long (already said)."""
    every = [s for block in read for s in block.sentences]
    if (any(s.words > LONGEST_SENTENCE for s in every)
            or sum(s.words for s in every) < SCORED_FROM):
        return None
    return [" ".join(s.tokens).translate(NOT_AN_END).split() for s in every]


def reading_age(sentences: list[list[str]] | None, syllables: Syllables) -> float | None:
    """textstat's Flesch-Kincaid grade + 5 for a scored text (`scored`): 0.39 times its words
    per sentence, plus 11.8 times its syllables per word, less 15.59. The words per sentence
    are textstat's, of the text with one full stop ending each sentence; the syllables are
    counted as textstat counts them (`syllables.py`)."""
    if sentences is None:
        return None
    text = " ".join(" ".join(words) + "." for words in sentences)
    per_sentence = float(textstat.words_per_sentence(text))
    spoken = [syllables.words[word] for words in sentences for word in words]
    spoken = [word for word in spoken if word]
    per_word = sum(syllables.counts[word] for word in spoken) / len(spoken) if spoken else 0.0
    if per_sentence == 0 or per_word == 0:
        return 0.0 + GRADE_TO_AGE
    return (0.39 * per_sentence) + (11.8 * per_word) - 15.59 + GRADE_TO_AGE

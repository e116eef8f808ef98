"""A value's words, in paragraphs and sentences, each word keeping its place in the value.

Markdown is read as a reader sees it: list markers, `#`, `*emphasis*` and link addresses are
not words; each list item and heading is a block of its own, and a blank line starts a new
paragraph. A sentence ends with `.`, `!` or `?` (not "e.g." or "Dr."), or with its block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIST_ITEM = re.compile(r"\s*([-*+]|\d+[.)])\s")
HEADING = re.compile(r"\s*#{1,6}\s")
LINK_ADDRESS = re.compile(r"\]\([^)\s]*\)?")
MARKUP = re.compile(r"[*_`\[\]<>]")
ENDS = re.compile(r"[.!?…]+[\"'”’)\]]*$")
LAST_OF_AN_END = ".!?…\"'”’)]"  # the characters an end (ENDS) can finish with
HAS_WORD = re.compile(r"\w")
NUMBER = re.compile(r"[\d()+]+[.,;:]?")
NEVER_ENDS = {"e.g.", "eg.", "i.e.", "ie.", "mr.", "mrs.", "ms.", "dr.", "st.", "cf.",
              "approx.", "vs."}
ENDS_BEFORE_CAPITAL = {"etc.", "a.m.", "p.m."}
ENDS_BEFORE_WORD = {"no."}  # "No. 5", but "you can say no. We listen."


@dataclass(frozen=True)
class Sentence:
    """A sentence's tokens as read (punctuation kept), each one's index among the value's
    words as written, and how many words it has (a phone number such as 020 7946 0100 is
    one)."""

    tokens: tuple[str, ...]
    indexes: tuple[int, ...]
    words: int

    @property
    def first(self) -> int:
        return self.indexes[0]

    def opening(self, count: int = 6) -> str:
        """Its first words, to show which sentence a message means."""
        shown = " ".join(self.tokens[:count])
        return shown + ("..." if len(self.tokens) > count else "")


@dataclass(frozen=True)
class Block:
    """A paragraph (`paragraph` True), a list item or a heading, in sentences."""

    sentences: tuple[Sentence, ...]
    paragraph: bool


def blocks(text: str, *, markdown: bool) -> list[Block]:
    found: list[Block] = []
    tokens: list[str] = []  # as read: Markdown taken out
    indexes: list[int] = []  # each one's place among the value's words, as written
    paragraph = True

    def close(next_paragraph: bool) -> None:
        nonlocal tokens, indexes, paragraph
        if tokens:
            found.append(Block(tuple(sentences(tokens, indexes)), paragraph))
        tokens, indexes, paragraph = [], [], next_paragraph

    index = 0
    for line in text.split("\n"):
        words = line.split()
        skip = 0
        if not words:
            close(True)
        elif markdown and (LIST_ITEM.match(line) or HEADING.match(line)):
            close(False)
            skip = 1
        elif markdown and words[0] == ">":
            skip = 1
        if markdown and MARKUP.search(line):  # a link's address is inside ]( ), so marked too
            for number, word in enumerate(words[skip:], start=index + skip):
                read = _read(word)
                if read:
                    tokens.append(read)
                    indexes.append(number)
        else:
            tokens += words[skip:]
            indexes += range(index + skip, index + len(words))
        index += len(words)
        if markdown and HEADING.match(line):
            close(True)
    close(True)
    return found


def _read(word: str) -> str:
    return MARKUP.sub("", LINK_ADDRESS.sub("", word))


def sentences(tokens: list[str], indexes: list[int]) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for place, token in enumerate(tokens):
        if token[-1] in LAST_OF_AN_END:
            following = tokens[place + 1] if place + 1 < len(tokens) else ""
            if _ends(token, following):
                found.append(_sentence(tokens[start:place + 1], indexes[start:place + 1]))
                start = place + 1
    if start < len(tokens):
        found.append(_sentence(tokens[start:], indexes[start:]))
    return found


def _ends(token: str, following: str) -> bool:
    if not ENDS.search(token):
        return False
    bare = token.lower().strip("\"'“”‘’()[]")
    if bare in NEVER_ENDS:
        return False
    if bare in ENDS_BEFORE_CAPITAL:
        return following[:1].isupper()
    if bare in ENDS_BEFORE_WORD:
        return not following[:1].isdigit()
    return True


def _sentence(tokens: list[str], indexes: list[int]) -> Sentence:
    words, number_before = 0, False
    for token in tokens:
        if token[0].isalpha():  # a word (the most of them), not a number
            words, number_before = words + 1, False
            continue
        number = NUMBER.fullmatch(token) is not None
        if (token[0].isalnum() or HAS_WORD.search(token)) and not (number and number_before):
            words += 1
        number_before = number
    return Sentence(tuple(tokens), tuple(indexes), words)

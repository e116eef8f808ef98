"""A family-facing value as written: its text, and the line each of its words is on.

YAML folds the lines of a plain or `>` value into one, so a sentence's line is found by its
words: folding changes only the spaces between them, so the n-th word of the value is the
n-th word of the source from where the value starts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from signpost.fields import Record
from signpost.problems import Where
from signpost.yamlfile import ScalarNode, line_of

WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Written:
    """One family-facing value: the field as messages name it (`summary`,
    `questions[2].options[1].label`), who reads it, whether it is Markdown, its text as YAML
    gives it, and for each source line holding its words, the index of its first word."""

    path: str
    owner: Where  # the record it is a field of
    field: str
    reader: str
    markdown: bool
    text: str
    starts: tuple[int, ...]  # the index of the first word on each line, in order
    lines: tuple[int, ...]  # ...and that line's number

    def at(self, word: int) -> Where:
        """Where the value's `word`-th word (from 0) is written."""
        place = max(bisect_right(self.starts, word) - 1, 0)
        return Where(self.path, self.lines[place])


def written(record: Record, field: str, reader: str, *, markdown: bool,
            source: Sequence[str] | None) -> Written | None:
    """The value of `field` in `record`, with its words' lines; `source` is its file's lines
    (None: every word is put on the line the value starts)."""
    node = record.values.get(field)
    if not isinstance(node, ScalarNode):
        return None
    block = node.style in ("|", ">")
    first, last = node.start_mark.line, node.end_mark.line  # from 0
    starts, lines = [0], [line_of(node) + (1 if block else 0)]
    if source is not None and (block or last > first):
        starts, lines = [], []
        count = 0
        for number in range(first + 1 if block else first, min(last, len(source) - 1) + 1):
            text = source[number]
            if number == last:
                text = text[:node.end_mark.column]
            if number == first:
                text = text[node.start_mark.column:]
            found = len(WORD.findall(text))
            if found:
                starts.append(count)
                lines.append(number + 1)
                count += found
        if not starts:
            starts, lines = [0], [line_of(node)]
    return Written(record.path, record.where, record.name(field), reader, markdown, node.value,
                   tuple(starts), tuple(lines))

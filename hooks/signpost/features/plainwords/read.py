"""Reading site.yml's `plain_words`."""

from __future__ import annotations

from signpost import model as m
from signpost.features.plainwords.kind import PLAIN_WORDS, PROFESSIONAL_WORD
from signpost.fields import Record
from signpost.read import Reader
from signpost.schema import Field


def read_plain_words(reader: Reader, record: Record, field: Field) -> m.PlainWords:
    """site.yml's `plain_words` (`field`): reading ages, and the partnership's own words."""
    settings = reader.nested(record, field)
    if settings is None:
        return m.PlainWords()
    shape = PLAIN_WORDS
    found = {key: value for key, value in reader.values(settings, shape).items()
             if value is not None}
    words = []
    for word in reader.each(settings, shape["words"]):
        pair = reader.values(word, PROFESSIONAL_WORD)
        if pair["word"] and pair["instead"]:
            words.append((pair["word"], pair["instead"]))
    return m.PlainWords(**found, words=tuple(words))

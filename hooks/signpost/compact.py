"""Compact encodings the site's scripts decode: numbers in base 36, lists of ascending
numbers as the gaps between them. The find index (directory) and the questionnaire's data
both use them; their scripts read them with parseInt(text, 36)."""

from __future__ import annotations

from collections.abc import Iterable

BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def base36(number: int) -> str:
    """A whole number, not negative, in base 36 ("1a" for 46)."""
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = BASE36[rest] + text
        if not number:
            return text


def gaps(numbers: Iterable[int]) -> str:
    """Ascending whole numbers as the gaps between them, in base 36: 0, 3, 49 is "0,3,1a"."""
    found, previous = [], 0
    for number in numbers:
        found.append(base36(number - previous))
        previous = number
    return ",".join(found)

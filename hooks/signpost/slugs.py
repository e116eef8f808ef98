"""Readable address parts made from names: the one rule for file names, page names and
anchors that Signpost makes from text ("Young Carers' Group" -> young-carers-group)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, *, longest: int | None = None) -> str:
    """Lowercase ASCII words joined by hyphens: accents dropped ("Môn" -> mon), "&" read as
    "and", apostrophes dropped ("parents'" -> parents); cut at a whole word once longer than
    `longest`. Empty when the text has no letter or digit Signpost can write (Chinese, say)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = plain.casefold().replace("&", " and ").replace("'", "")
    made = ""
    for word in WORD.findall(plain):
        if longest is not None and made and len(made) + len(word) + 1 > longest:
            break
        made = f"{made}-{word}" if made else word
    return made


def unique(wanted: str, taken: Collection[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... whichever is not taken yet."""
    made, number = wanted, 2
    while made in taken:
        made, number = f"{wanted}-{number}", number + 1
    return made

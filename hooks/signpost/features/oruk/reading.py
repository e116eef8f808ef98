"""Reading ORUK JSON objects field by field, so that nothing is dropped in silence.

Every key a converter reads is marked; what is left over at the end, with a value, had no home
in the content model and is reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from signpost.values import RAW_HTML_PATTERN
from signpost.features.oruk.jsonfile import JsonPath

# Links between ORUK records say nothing a family reads: never reported as left over.
LINK_KEYS = ("id", "last_modified")
BREAKS = re.compile(r"<\s*(br|/p|/li|/div|/h[1-6])\s*/?>", re.I)
ITEMS = re.compile(r"<\s*li[^>]*>", re.I)
TAGS = re.compile(r"<[^>]*>")


def is_empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass
class Reading:
    """Every object opened while converting one service."""

    opened: dict[JsonPath, Obj] = field(default_factory=dict)

    def open(self, data: dict[str, Any], at: JsonPath) -> Obj:
        """The object at `at`: the same one each time, so what was read stays marked."""
        if at not in self.opened:
            self.opened[at] = Obj(data, at, self)
        return self.opened[at]

    def left_over(self) -> list[JsonPath]:
        """Where the values are that were never read."""
        found = []
        for obj in self.opened.values():
            for key, value in obj.data.items():
                if key in obj.used or is_empty(value) or key in LINK_KEYS or key.endswith("_id"):
                    continue
                found.append(obj.at + (key,))
        return found


@dataclass
class Obj:
    data: dict[str, Any]
    at: JsonPath
    reading: Reading
    used: set[str] = field(default_factory=set)

    def get(self, key: str) -> object:
        self.used.add(key)
        value = self.data.get(key)
        return None if is_empty(value) else value

    def text(self, key: str) -> str | None:
        """A value as one line of plain text (numbers too; HTML tags taken out)."""
        value = self.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return f"{value:g}"
        if not isinstance(value, str):
            return None
        return " ".join(plain(value).split()) or None

    def number(self, key: str) -> float | None:
        value: Any = self.get(key)  # float() refuses, below, what is not a number
        try:
            return float(value) if value is not None and not isinstance(value, bool) else None
        except (TypeError, ValueError):
            return None

    def obj(self, key: str) -> Obj | None:
        value = self.get(key)
        return self.reading.open(value, self.at + (key,)) if isinstance(value, dict) else None

    def objects(self, key: str) -> list[Obj]:
        value = self.get(key)
        if not isinstance(value, list):
            return []
        return [self.reading.open(item, self.at + (key, index))
                for index, item in enumerate(value) if isinstance(item, dict)]

    def read_all(self) -> None:
        """Mark every key read: the object was used, or reported, as a whole."""
        self.used.update(self.data)


def plain(text: str) -> str:
    """Text without HTML: line breaks for paragraphs and list items, entities decoded."""
    if not RAW_HTML_PATTERN.search(text) and "&" not in text:
        return text.strip()
    text = ITEMS.sub("\n- ", BREAKS.sub("\n\n", text))
    text = html.unescape(TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def has_html(text: str) -> bool:
    return bool(RAW_HTML_PATTERN.search(text))

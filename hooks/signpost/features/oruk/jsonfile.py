"""Reading a JSON file so that a problem can name its place: `feed.json:12: services[3].name`.

`json` gives values but no line numbers, so a second, simple pass over the (already valid)
text notes the line each value starts on, by its path of keys and indexes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signpost.problems import Problems, Where

Key = str | int
JsonPath = tuple[Key, ...]

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+|\s+', re.DOTALL)


def shown(path: JsonPath) -> str:
    """services[3].schedules[0].byday"""
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


@dataclass
class JsonFile:
    path: str  # as shown in messages
    data: object
    lines: dict[JsonPath, int] = field(default_factory=dict)

    def line(self, at: JsonPath) -> int:
        """The line a value starts on, or that of the nearest enclosing value."""
        for end in range(len(at), -1, -1):
            if at[:end] in self.lines:
                return self.lines[at[:end]]
        return 1


@dataclass
class Report:
    """Problems about one JSON file, each at a JSON path."""

    file: JsonFile
    problems: Problems

    def where(self, at: JsonPath) -> Where:
        return Where(self.file.path, self.file.line(at))

    def error(self, at: JsonPath, message: str) -> None:
        self.problems.error(self.where(at), f"{shown(at)}: {message}" if at else message)

    def warning(self, at: JsonPath, message: str) -> None:
        self.problems.warning(self.where(at), f"{shown(at)}: {message}" if at else message)


def read_json(path: Path, shown_as: str, problems: Problems) -> JsonFile | None:
    """Parse one file; on failure report a one-line problem and return None."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.error(Where(shown_as, 1), "is not UTF-8 text: save the file as UTF-8")
        return None
    except OSError as err:
        problems.error(Where(shown_as, 1), f"cannot be read ({err.strerror})")
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        problems.error(Where(shown_as, err.lineno), f"is not valid JSON: {err.msg} (column"
                       f" {err.colno})")
        return None
    return JsonFile(shown_as, data, value_lines(text))


def value_lines(text: str) -> dict[JsonPath, int]:
    """The line each value in valid JSON text starts on, by its path."""
    lines: dict[JsonPath, int] = {}
    stack: list[list[Any]] = []  # per open container: [path, next index or pending key, is_object]
    line, key = 1, None
    for match in TOKEN.finditer(text):
        token = match.group()
        if token.isspace():
            line += token.count("\n")
            continue
        if token in ",:":
            continue
        if token in "}]":
            stack.pop()
            continue
        container = stack[-1] if stack else None
        if container and container[2] and key is None and token.startswith('"'):
            key = json.loads(token)  # an object's key: its value follows
            continue
        if container is None:
            at: JsonPath = ()
        elif container[2]:
            at, key = container[0] + (key,), None
        else:
            at = container[0] + (container[1],)
            container[1] += 1
        lines[at] = line
        if token in "{[":
            stack.append([at, 0, token == "{"])
        line += token.count("\n")
    return lines

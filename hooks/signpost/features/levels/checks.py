"""The level rules, across levels.yml and contacts.yml."""

from __future__ import annotations

from signpost.model import Content
from signpost.problems import Problems
from signpost.read import Reader


def check_levels(content: Content, reader: Reader, problems: Problems) -> None:
    levels = list(content.levels.values())
    if not levels or len(levels) != len(reader.declared["level"]):
        return  # a level could not be read: its own problems are reported instead
    numbers = sorted(level.number for level in levels)
    expected = list(range(1, len(levels) + 1))
    if numbers != expected:
        problems.error(levels[0].where, f"level numbers are {', '.join(map(str, numbers))};"
                       f" number the levels {', '.join(map(str, expected))} with no gaps or"
                       " repeats")
    top = max(levels, key=lambda level: level.number)
    if top.assessment != "statutory":
        problems.error(top.where, f"{top.id} is the highest level, so its assessment must be"
                       " statutory")
    urgent = [c for c in top.contacts if c in content.contacts
              and content.contacts[c].purpose in ("urgent", "emergency")]
    if not urgent and all(c in content.contacts for c in top.contacts):
        problems.error(top.where, f"{top.id} is the highest level, so its contacts must include"
                       " an urgent or emergency contact, such as the MASH")

"""Reading content/levels.yml."""

from __future__ import annotations

from signpost import model as m
from signpost.features.levels.kind import LEVEL
from signpost.read import Reader
from signpost.yamlfile import Node


def read_levels(reader: Reader, node: Node, path: str) -> list[m.Level]:
    found_levels = []
    for record, ident, found in reader.listed(node, path, LEVEL):
        if found["assessment"] == "early-help" and not found["consent"]:
            record.error("consent", "must be true: an Early Help assessment needs the"
                         " family's consent")
        if ident is not None and reader.complete(found, LEVEL):
            found_levels.append(m.Level(id=ident, **found, where=record.where))
    return found_levels

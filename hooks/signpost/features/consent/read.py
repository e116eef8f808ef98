"""Reading content/consent.yml."""

from __future__ import annotations

from signpost import model as m
from signpost.features.consent.kind import CONSENT
from signpost.read import Reader
from signpost.yamlfile import Node


def read_consent(reader: Reader, node: Node, path: str) -> list[m.ConsentTopic]:
    return [m.ConsentTopic(id=ident, **found, where=record.where)
            for record, ident, found in reader.listed(node, path, CONSENT)
            if ident is not None and reader.complete(found, CONSENT)]

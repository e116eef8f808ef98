"""Reading content/updates/<id>.yml."""

from __future__ import annotations

from datetime import date

from signpost import model as m
from signpost.features.updates.kind import UPDATE
from signpost.fields import record_of
from signpost.read import Reader
from signpost.yamlfile import Node


def read_update(reader: Reader, node: Node, path: str, ident: str) -> m.Update | None:
    shape = UPDATE
    record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    found = reader.values(record, shape)
    when = found["date"]
    if isinstance(when, date) and reader.today and when > reader.today:
        record.error("date", f"is {when}, which is after today; publish it on the day")
    if not reader.complete(found, shape):
        return None
    return m.Update(id=ident, **found, where=record.where)

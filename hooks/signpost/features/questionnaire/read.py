"""Reading content/questionnaire.yml."""

from __future__ import annotations

from signpost import model as m
from signpost.features.questionnaire.kind import OPTION, QUESTION, QUESTIONNAIRE
from signpost.fields import Record, record_of
from signpost.problems import Where
from signpost.read import Reader
from signpost.yamlfile import Node


def read_questionnaire(reader: Reader, node: Node, path: str) -> m.Questionnaire | None:
    shape = QUESTIONNAIRE
    record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    found = reader.values(record, shape)
    seen: dict[str, Where] = {}
    questions = [_question(reader, q, seen) for q in reader.each(record, shape["questions"])]
    if not reader.complete(found, shape) or None in questions:
        return None
    return m.Questionnaire(**found, questions=tuple(q for q in questions if q),
                           where=record.where)


def _question(reader: Reader, record: Record, seen: dict[str, Where]) -> m.Question | None:
    shape = QUESTION
    ident = reader.identity(record, seen)
    found = reader.values(record, shape)
    options = [_option(reader, o) for o in reader.each(record, shape["options"])]
    if 0 < len(options) < 2:
        record.error("options", "needs at least two answers to choose from")
    if ident is None or not reader.complete(found, shape) or None in options:
        return None
    return m.Question(id=ident, **found, options=tuple(o for o in options if o),
                      where=record.where)


def _option(reader: Reader, record: Record) -> m.Option | None:
    found = reader.values(record, OPTION)
    if found["label"] is None:
        return None
    return m.Option(**found, where=record.where)

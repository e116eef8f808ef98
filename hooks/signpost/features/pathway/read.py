"""Reading and checking content/pathway.yml: the Early Help pathway, step by step.

Each step says who does it, how long it takes, and which levels, contacts and consent topics
it involves (resolved with the other files in `crosscheck`). A step leads to the next one in
the file unless its `next` lists others; `next: []` ends the pathway there. Where `next`
points, and whether every step can be reached, are checked here, within the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from signpost.features.pathway.kind import PATHWAY, STEP
from signpost import model as m
from signpost.fields import Record, record_of, suggest
from signpost.problems import Where
from signpost.read import Reader
from signpost.yamlfile import Node


@dataclass(frozen=True)
class _Next:
    """A step's `next` as written, kept until every step id is known."""

    field: str  # e.g. steps[3].next
    targets: tuple[tuple[str, Where], ...] | None  # None: the field is not given


def read_pathway(reader: Reader, node: Node, path: str) -> m.Pathway | None:
    shape = PATHWAY
    record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    found = reader.values(record, shape)
    reader.review(record, found)
    seen: dict[str, Where] = {}
    read = [_step(reader, step, seen) for step in reader.each(record, shape["steps"])]
    steps = [step for step, _ in read if step is not None]
    if len(steps) != len(read):
        return None  # a step could not be read: its own problems are reported
    steps = _resolve_next(reader, steps, [written for _, written in read])
    _check_reachable(reader, steps)
    if not reader.complete(found, shape) or not steps:
        return None
    return m.Pathway(**found, steps=tuple(steps), where=record.where)


def _step(reader: Reader, record: Record, seen: dict[str, Where]
          ) -> tuple[m.PathwayStep | None, _Next]:
    ident = reader.identity(record, seen)
    found = reader.values(record, STEP)
    written = _Next(record.name("next"),
                    tuple(record.ids("next")) if "next" in record.values else None)
    if ident is None or not reader.complete(found, STEP):
        return None, written
    return m.PathwayStep(id=ident, **found, next=(), where=record.where), written


def _resolve_next(reader: Reader, steps: list[m.PathwayStep], written: list[_Next]
                  ) -> list[m.PathwayStep]:
    """Each step with where it leads: its own `next`, or else the step after it."""
    ids = [step.id for step in steps]
    resolved = []
    for index, (step, given) in enumerate(zip(steps, written, strict=True)):
        if given.targets is None:
            targets = tuple(ids[index + 1:index + 2])
        else:
            for ident, where in given.targets:
                if ident not in ids:
                    reader.problems.error(where, f'{given.field} has "{ident}", which is not'
                                          f" the id of a step in this file.{suggest(ident, ids)}")
            targets = tuple(dict.fromkeys(i for i, _ in given.targets if i in ids))
        resolved.append(replace(step, next=targets))
    return resolved


def _check_reachable(reader: Reader, steps: list[m.PathwayStep]) -> None:
    if not steps:
        return
    by_id = {step.id: step for step in steps}
    reached, waiting = {steps[0].id}, [steps[0].id]
    while waiting:
        for target in by_id[waiting.pop()].next:
            if target not in reached:
                reached.add(target)
                waiting.append(target)
    for step in steps:
        if step.id not in reached:
            reader.problems.warning(step.where, f"step {step.id} cannot be reached from the"
                                    f" first step ({steps[0].id}): name it in the next of the"
                                    " step before it, or remove it")

"""Turning each kind of content file into model values, reporting what is wrong in it.

Each file's fields are declared once, in its feature's `kind.py` (listed in `kinds.py`):
`Reader.values` reads every field a declaration can read by itself (its type, whether it is
required, its allowed values), and the reader of each kind (its feature's `read.py`) adds
the rules that need more than one field. Readers check what one
file can know by itself. References between files are collected as `Reference`s and resolved
in `crosscheck`, once everything is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from signpost import model as m
from signpost import values
from signpost.fields import Record, records_in
from signpost.features.plainwords import Written, written
from signpost.problems import Problems, Where
from signpost.features.hours.read import read_hours
from signpost.schema import Field, Shape
from signpost.shapes import AGES
from signpost.yamlfile import Node



@dataclass(frozen=True)
class Reference:
    """An id written in one file that must name something defined in another."""

    kind: str  # need | level | contact | consent topic | need-or-service
    id: str
    where: Where
    field: str


@dataclass
class Reader:
    """Reads files for one run, collecting problems and references."""

    problems: Problems
    references: list[Reference] = field(default_factory=list)
    # Every id written, even in a record too broken to use: references to it are not the
    # mistake, so they are not reported as well.
    declared: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Kinds whose file could not be read at all: references to them are not checked.
    unreadable: set[str] = field(default_factory=set)
    # The day of the build: a `reviewed` date after it is reported. None: not checked.
    today: date | None = None
    # Where each record's `reviewed` date is written, by the record's own place: an overdue
    # review is reported on that line.
    reviewed_at: dict[Where, Where] = field(default_factory=dict)
    # Each file's lines, by its path (given by load), and every family-facing value read
    # (a field with a `reader`), with where its words are: the plain-words checks read these.
    sources: dict[str, list[str]] = field(default_factory=dict)
    family_text: list[Written] = field(default_factory=list)
    # Each phone number checked, by its text and whether it is a textphone: checked once.
    phones: dict[tuple[str, bool], values.Phone | None] = field(default_factory=dict)

    def refer(self, kind: str, record: Record, field: str, found: list[tuple[str, Where]]
              ) -> tuple[str, ...]:
        for ident, where in found:
            self.references.append(Reference(kind, ident, where, record.name(field)))
        return tuple(dict.fromkeys(ident for ident, _ in found))

    def identity(self, record: Record, seen: dict[str, Where]) -> str | None:
        """The `id` field: a slug, unique within its kind."""
        ident = record.text("id", f"each {record.kind} needs an id such as my-{record.kind}")
        if ident is None:
            return None
        if not values.is_id(ident):
            record.error("id", f'"{ident}" is not a valid id: use lowercase letters, digits and'
                         " single hyphens, such as money-housing")
            return None
        if ident in seen:
            record.error("id", f'"{ident}" is already used at {seen[ident]}; ids must be unique')
            return None
        seen[ident] = record.at("id")
        self.declared[record.kind].add(ident)
        return ident

    # -- fields as declared -----------------------------------------------------------------

    def values(self, record: Record, shape: Shape) -> dict[str, Any]:
        """Every field of `shape` that can be read by itself, by its model keyword; fields
        whose keyword is None, and nested records, are read by the kind's own reader.

        The values are typed Any: each field's type is in its declaration, and the model's
        dataclass says what it takes; a test builds every kind from the sample and from
        generated partnerships, so a mismatch between the two fails there."""
        return {keyword: self.value(record, f) for keyword, f in shape.alone}

    def value(self, record: Record, f: Field) -> Any:
        """One field, read and checked as its declaration says; None when it is absent or
        cannot be used (the problem is reported)."""
        name, required = f.name, f.required
        match f.type:
            case "text" | "markdown":
                text = (record.text(name, required) if f.type == "text"
                        else record.markdown(name, required))
                if text is not None and f.reader is not None:
                    self.remember(record, f)
                return text
            case "number" | "whole":
                number = record.number(name, required, whole=f.type == "whole",
                                       minimum=f.minimum)
                return int(number) if f.type == "whole" and number is not None else number
            case "boolean":
                return record.boolean(name)
            case "date":
                return record.date(name, required)
            case "reviewed":
                return self.reviewed(record, required)
            case "email":
                return record.email(name, required)
            case "web":
                return record.web(name, required)
            case "phone" | "textphone":
                return record.phone(name, textphone=f.type == "textphone",
                                    checked=self.phones)
            case "choice":
                return record.choice(name, f.allowed, default=f.default, required=required)
            case "choices":
                return record.choices(name, f.allowed, required)
            case "texts":
                return tuple(text for text, _ in record.texts(name, required))
            case "ids" | "id":
                found = self.refer(f.refers or "", record, name, record.ids(name, required))
                return found if f.type == "ids" else (found[0] if found else None)
            case "ages":
                return self.ages(record, f)
            case "hours":
                return read_hours(self, record, f)
        raise ValueError(f"{f.name}: the reader has no rule for type {f.type}")

    def remember(self, record: Record, f: Field) -> None:
        """A family-facing value, kept for the plain-words checks."""
        assert f.reader is not None
        found = written(record, f.name, f.reader, markdown=f.type == "markdown",
                        source=self.sources.get(record.path))
        if found is not None:
            self.family_text.append(found)

    def nested(self, record: Record, f: Field) -> Record | None:
        assert f.shape is not None
        return record.record(f.name, f.shape.kind, f.shape.names, f.required)

    def each(self, record: Record, f: Field) -> list[Record]:
        assert f.shape is not None
        return list(record.records(f.name, f.shape.kind, f.shape.names, f.required))

    # -- shared pieces ---------------------------------------------------------------------

    def review(self, record: Record, found: dict[str, Any]) -> None:
        """`reviewed_by` means nothing without `reviewed`: said, not an error."""
        if found.get("reviewed_by") and not record.has("reviewed"):
            self.problems.warning(record.at("reviewed_by"), f"{record.name('reviewed_by')} is"
                                  " given without reviewed: add the date it was checked, as"
                                  " YYYY-MM-DD, or it is not shown")

    def reviewed(self, record: Record, required: str | None = None) -> date | None:
        """The `reviewed` date: not after today, and remembered where it is written."""
        reviewed = record.date("reviewed", required)
        if reviewed and self.today and reviewed > self.today:
            record.error("reviewed", f"is {reviewed}, which is after today; give the date it"
                         " was really checked")
            return None
        if reviewed:
            self.reviewed_at[record.where] = record.at("reviewed")
        return reviewed

    def ages(self, record: Record, f: Field) -> m.Ages | None:
        ages = self.nested(record, f)
        if ages is None:
            return None
        found = self.values(ages, AGES)
        start, end = found["start"], found["end"]
        if start is None or end is None:
            return None
        if start > end:
            ages.error("from", f"({start:g}) is older than to ({end:g}); from must be the"
                       " youngest age")
            return None
        if end > m.OLDEST_AGE:
            ages.error("to", f"is {end:g}; ages go up to {m.OLDEST_AGE} (write 99 for adults"
                       " of any age)")
            return None
        return m.Ages(start, end)

    def complete(self, found: dict[str, Any], shape: Shape) -> bool:
        """Every required field the reader reads by itself was read."""
        return all(found.get(f.keyword) is not None for f in shape.fields
                   if f.required and f.keyword in found)

    # -- files -----------------------------------------------------------------------------

    def listed(self, node: Node, path: str, shape: Shape) -> Iterator[
            tuple[Record, str | None, dict[str, Any]]]:
        """The records of a file that is a list (needs.yml, levels.yml...), each with its id
        and its fields, read as declared."""
        seen: dict[str, Where] = {}
        for record in records_in(node, path=path, kind=shape.kind, fields=shape.names,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            found = self.values(record, shape)
            self.review(record, found)
            yield record, ident, found


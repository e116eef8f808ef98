"""How each kind of content file is declared: its fields, once, as plain data.

A `Shape` lists the fields one mapping may hold (a service, a level, an opening session...),
each a `Field` saying its name, its type, whether it is required (and what it is for, said
when it is missing), its allowed values, its help for editors and an example. From these
declarations come:

- the reader's field-by-field checks and messages (`read.Reader.values`);
- the editors' JSON Schemas in schemas/ (`json_schema`), which YAML editors use to offer
  fields, show their help and flag mistakes as an editor types;
- the field tables of docs/content-model.md (`field_table`).

Rules that need more than one field, or another file (ids that must exist, the level rules,
out-of-hours cover), stay in the readers and in `crosscheck`: `signpost check` is the
authority, the schemas only help editors on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# Field types: what an editor writes, and how it reads in docs and JSON Schemas.
TYPES = {
    "text": "plain text",
    "markdown": "Markdown",
    "number": "a number; decimals allowed",
    "whole": "a whole number",
    "boolean": "`true` or `false`",
    "date": "a date, `YYYY-MM-DD`",
    "reviewed": "a date, `YYYY-MM-DD`, not after today",
    "email": "an email address",
    "web": "a web address starting `https://`",
    "phone": "a UK phone number",
    "textphone": "a Relay UK number, starting `18001`",
    "choice": "one of",
    "choices": "a list of any of",
    "texts": "a list of plain text",
    "id": "an id",
    "ids": "a list of ids",
    "identity": "an id: lowercase letters, digits and single hyphens",
    "ages": "an age range, `{from: ..., to: ...}`",
    "hours": "`always`, or a list of sessions `{days: [...], open: \"09:00\", close: \"17:00\"}`",
    "time": "a time, `\"HH:MM\"` in quotes",
    "record": "a set of fields",
    "records": "a list of sets of fields",
}
# Who reads a family-facing field (`Field.reader`): its plain-words checks hold children's text
# to the children's reading age, everyone else's to the other (content/site.yml, plain_words).
READERS = ("families", "young people", "children")
# How a text field is translated (`Field.translate`, translations/): "text" is translated;
# "name" is a proper name (a service's, a place's), translated only when families know it by
# another name, so a translation may leave it out; "no" is never translated (addresses,
# postcodes, the words plain-words checks look for in the English).
TRANSLATE = ("text", "name", "no")
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


@dataclass(frozen=True)
class Field:
    """One field of a shape. `required` is None for an optional field; otherwise it says
    what the field is for, in the message when it is missing."""

    name: str
    type: str
    help: str
    required: str | None = None
    allowed: tuple[str, ...] = ()  # for choice and choices
    refers: str | None = None  # for id and ids: the kind of thing the id names
    shape: Shape | None = None  # for record and records
    minimum: float | None = None  # for number and whole
    default: str | None = None  # for choice: the value when it is left out
    example: object = None
    # The model's keyword for this field's value; None when the reader uses the value
    # itself (bank_holidays, read with hours) or builds it into another (a contact's parts).
    attr: str | None = ""
    # Who reads this text on the site, for its plain-words checks (plainwords/): one of
    # READERS; None for text that is not checked (professionals' text, names, addresses).
    reader: str | None = None
    # For text fields: how the field is translated, one of TRANSLATE.
    translate: str = "text"

    def __post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"{self.name}: unknown field type {self.type}")
        if self.reader is not None and (self.reader not in READERS
                                        or self.type not in ("text", "markdown")):
            raise ValueError(f"{self.name}: reader is for text and Markdown, one of {READERS}")
        if self.translate not in TRANSLATE:
            raise ValueError(f"{self.name}: translate is one of {TRANSLATE}")

    @property
    def keyword(self) -> str | None:
        return self.name if self.attr == "" else self.attr

    @property
    def is_text(self) -> bool:
        """Words a person reads (and a translator translates), not ids or values."""
        return self.type in ("text", "markdown", "texts")

    @property
    def is_translated(self) -> bool:
        """Text a translation may give in another language (translations/)."""
        return self.is_text and self.translate != "no"


@dataclass(frozen=True)
class Shape:
    """The fields one mapping may hold. `kind` names it in messages: "... is not a field of
    service"."""

    kind: str
    fields: tuple[Field, ...]
    help: str = ""
    # True for services: one whose `status` is draft may lack its required fields (they are
    # warnings, and it is published nowhere).
    drafts: bool = False

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def alone(self) -> tuple[tuple[str, Field], ...]:
        """The fields a reader reads by themselves (`read.Reader.values`), with their model
        keywords: not those whose keyword is None, nor nested records, which the kind's own
        reader reads."""
        return tuple((f.keyword, f) for f in self.fields if f.keyword is not None
                     and f.type not in ("identity", "record", "records"))

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]


def translated_fields(shape: Shape) -> tuple[tuple[tuple[str, ...], Field], ...]:
    """Every field of a shape a translation may give, with its path: field names, "<id>" for
    a record of a list keyed by its id, "<n>" for an item keyed by its place (1 first):
    (("emergency", "<n>", "text"), ...), (("questions", "<id>", "options", "<n>", "label"),
    ...)."""
    found: list[tuple[tuple[str, ...], Field]] = []
    for f in shape.fields:
        if f.is_translated:
            found.append(((f.name, "<n>") if f.type == "texts" else (f.name,), f))
        elif f.type in ("record", "records") and f.shape is not None:
            step = ((f.name,) if f.type == "record"
                    else (f.name, "<id>" if "id" in f.shape.names else "<n>"))
            found.extend((step + path, inner) for path, inner in translated_fields(f.shape))
    return tuple(found)


@dataclass(frozen=True)
class FileKind:
    """A kind of content file: one record (site.yml, a service) or a list of them
    (needs.yml). `schema` is its JSON Schema's file name in schemas/."""

    path: str  # as the content model shows it: services/<id>.yml
    shape: Shape
    listed: bool = False  # a list of records, each starting `- id:`
    schema: str = ""
    title: str = ""
    extra: dict[str, object] = field(default_factory=dict)


# -- JSON Schemas for editors -------------------------------------------------------------


def json_schema(kind: FileKind) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) an editor's YAML language server checks a file
    against: fields offered with their help, unknown and missing fields and values outside
    their allowed list flagged."""
    record = _object(kind.shape)
    body: dict[str, object] = ({"type": "array", "items": record, "minItems": 1}
                               if kind.listed else record)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": kind.title, "description": kind.shape.help, **body}


def _object(shape: Shape) -> dict[str, object]:
    required = [f.name for f in shape.fields if f.required]
    found: dict[str, object] = {
        "type": "object",
        "properties": {f.name: _property(f) for f in shape.fields},
        "additionalProperties": False,
    }
    if shape.drafts:  # a draft may lack what is required
        found["if"] = {"properties": {"status": {"const": "draft"}}, "required": ["status"]}
        found["else"] = {"required": required}
    else:
        found["required"] = required
    return found


def _described(f: Field, schema: dict[str, object]) -> dict[str, object]:
    schema = {"description": f.help + ("" if f.required else " Optional."), **schema}
    if f.example is not None:
        schema["examples"] = [f.example]
    if f.default is not None:
        schema["default"] = f.default
    return schema


def _one_or_list(item: dict[str, object]) -> dict[str, object]:
    """A list field: a single value counts as a list of one."""
    return {"anyOf": [item, {"type": "array", "items": item}]}


def _property(f: Field) -> dict[str, object]:
    scalar = {"type": ["string", "number"]}  # YAML reads 999 and 2.5 as numbers
    kinds: dict[str, dict[str, Any]] = {
        "text": {"type": "string", "minLength": 1},
        "markdown": {"type": "string", "minLength": 1},
        "number": {"type": "number", **({"minimum": f.minimum} if f.minimum is not None
                                        else {})},
        "whole": {"type": "integer", **({"minimum": f.minimum} if f.minimum is not None
                                         else {})},
        "boolean": {"type": "boolean"},
        "date": {"type": "string", "pattern": DATE_PATTERN},
        "reviewed": {"type": "string", "pattern": DATE_PATTERN},
        "email": {"type": "string", "format": "email"},
        "web": {"type": "string", "pattern": "^https?://"},
        "phone": scalar,
        "textphone": scalar,
        "time": {"type": "string", "pattern": r"^\d{1,2}:\d{2}$"},
        "choice": {"enum": list(f.allowed)},
        "choices": _one_or_list({"enum": list(f.allowed)}),
        "texts": _one_or_list({"type": "string"}),
        "id": {"type": "string", "pattern": ID_PATTERN},
        "ids": _one_or_list({"type": "string", "pattern": ID_PATTERN}),
        "identity": {"type": "string", "pattern": ID_PATTERN},
        "ages": {"type": "object", "additionalProperties": False, "required": ["from", "to"],
                 "properties": {"from": {"type": "number", "minimum": 0},
                                "to": {"type": "number", "minimum": 0, "maximum": 120}}},
    }
    if f.type in ("record", "records", "hours"):
        assert f.shape is not None, f.name
        nested = _object(f.shape)
        if f.type == "record":
            return _described(f, nested)
        items: dict[str, object] = {"type": "array", "items": nested, "minItems": 1}
        if f.type == "hours":
            return _described(f, {"anyOf": [{"const": "always"}, items]})
        return _described(f, items)
    return _described(f, kinds[f.type])


# -- docs/content-model.md ----------------------------------------------------------------


def field_table(shape: Shape) -> str:
    """A Markdown table of a shape's fields: name, required or optional, what to write, what
    it is for."""
    rows = ["| field | required | what to write | what it is for |", "|---|---|---|---|"]
    for f in shape.fields:
        checked = (f" Checked for plain words, for {f.reader}." if f.reader else "")
        rows.append(f"| `{f.name}` | {'required' if f.required else 'optional'} |"
                    f" {_what_to_write(f)} | {f.help}{checked} |")
    return "\n".join(rows)


def _what_to_write(f: Field) -> str:
    said = TYPES[f.type]
    if f.type in ("choice", "choices"):
        values = ", ".join(f"`{value}`" for value in f.allowed)
        said = f"{said} {values}"
        if f.default:
            said += f"; `{f.default}` when left out"
    elif f.type in ("id", "ids") and f.refers:
        said += f" of {f.refers}s"
    elif f.type in ("number", "whole") and f.minimum is not None:
        said += f", at least {f.minimum:g}"
    elif f.type in ("record", "records") and f.shape is not None:
        said += f" ({', '.join(f'`{name}`' for name in f.shape.names)})"
    if f.example is not None and f.type not in ("markdown", "records", "hours", "choice",
                                                 "choices"):
        said += f", such as `{_example(f.example)}`"
    return said


def _example(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_example(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_example(v)}" for k, v in value.items()) + "}"
    return str(value)

"""The editor's mapping from other directories' taxonomy terms to this site's needs and levels.

`signpost import` reads `content/oruk-mapping.yml` (or the file given with --mapping);
`signpost check` checks it like any content file, so an id that does not exist is reported.

    terms:
      - term: Counselling                 # a term's name, code or id, as the data gives it
        taxonomy: LGA Service Types       # optional: only a term from this taxonomy
        needs: [emotional-wellbeing]      # any of needs, levels, access, delivery, pregnancy
        levels: [targeted]
      - term: Adults
        ignore: true                      # known, and deliberately not used
    default:                              # for a service whose own data gives none of these
      levels: [universal]
      access: [self-referral]
      cost: Ask the service about any cost
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from signpost.features.oruk.kind import DEFAULT, MAPPING, RULE
from signpost.fields import Record, record_of
from signpost.read import Reader
from signpost.yamlfile import Node

FILE = "oruk-mapping.yml"  # in content/
GIVES = ("needs", "levels", "access", "delivery", "pregnancy")


@dataclass(frozen=True)
class Term:
    """A taxonomy term as some data gives it: each way it may be named, lowercased."""

    names: tuple[str, ...]  # id, name, term, code
    taxonomies: tuple[str, ...]  # taxonomy name, id, v1 vocabulary
    label: str  # how messages show it
    code: str | None = None  # as written: a Signpost feed's terms carry the site's ids


@dataclass(frozen=True)
class Gives:
    """What a mapped term, or the default, gives a service."""

    needs: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    access: tuple[str, ...] = ()
    delivery: tuple[str, ...] = ()
    pregnancy: bool = False
    cost: str | None = None


@dataclass(frozen=True)
class Rule:
    term: str
    taxonomy: str | None
    gives: Gives
    ignore: bool
    where: str

    def matches(self, term: Term) -> bool:
        return self.term in term.names and (self.taxonomy is None
                                            or self.taxonomy in term.taxonomies)


@dataclass(frozen=True)
class Mapping:
    path: str
    rules: tuple[Rule, ...] = ()
    default: Gives = Gives()

    def find(self, term: Term) -> Rule | None:
        return next((rule for rule in self.rules if rule.matches(term)), None)


def key(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def read_mapping(reader: Reader, node: Node, path: str) -> Mapping | None:
    shape = MAPPING
    record = record_of(node, path=path, kind=FILE, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    rules = []
    for rule in reader.each(record, shape["terms"]):
        found = reader.values(rule, RULE)
        term = found["term"]
        gives = gives_of(rule, found)
        if term and not found["ignore"] and gives == Gives():
            rule.problems.error(rule.where, f'{rule.label}term "{term}" gives nothing: add'
                                " needs, levels, access, delivery or pregnancy, or write"
                                " ignore: true")
        if term:
            rules.append(Rule(key(term), key(found["taxonomy"]) if found["taxonomy"]
                              else None, gives, bool(found["ignore"]), str(rule.where)))
    default = reader.nested(record, shape["default"])
    return Mapping(path, tuple(rules), gives_of(default, reader.values(
        default, DEFAULT)) if default else Gives())


def gives_of(record: Record, found: dict[str, Any]) -> Gives:
    """What a term (or the default) gives: the fields it was given, read as declared."""
    given = set(record.values)
    return Gives(**{name: value for name, value in found.items()
                    if name in GIVES + ("cost",) and name in given})

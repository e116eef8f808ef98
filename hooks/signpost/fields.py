"""Reading one YAML mapping field by field, reporting every mistake with its line.

A `Record` knows which fields its kind allows, so a typo such as `sumary` is reported with the
closest allowed name. Each getter converts a field from the text the editor wrote, reports a
problem naming the field and what is allowed, and returns None when the value cannot be used.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from datetime import date

from signpost import values
from signpost.problems import Problems, Where
from signpost.yamlfile import MappingNode, Node, ScalarNode, SequenceNode, is_null, line_of

TRUE_WORDS = {"true", "yes", "on"}
FALSE_WORDS = {"false", "no", "off"}


def describe(node: Node) -> str:
    """How a wrongly shaped value reads in a message."""
    if isinstance(node, MappingNode):
        return "a set of fields"
    if isinstance(node, SequenceNode):
        return "a list"
    return f'"{node.value}"'


def comma_hint(node: MappingNode, value: Node) -> str:
    """In `{label: Money, debt or housing}` the comma starts a new field: say so."""
    if node.flow_style and is_null(value):
        return ". A comma inside { } starts a new field: put text with commas in quotes"
    return ""


def suggest(word: str, allowed: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(allowed), n=1, cutoff=0.6)
    return f" Did you mean {close[0]}?" if close else ""


def one_of(allowed: Sequence[str]) -> str:
    return ", ".join(allowed)


class Record:
    """A mapping node read against the fields its kind allows."""

    def __init__(
        self,
        node: MappingNode,
        *,
        path: str,
        kind: str,
        fields: Sequence[str],
        problems: Problems,
        label: str = "",
    ) -> None:
        self.node = node
        self.path = path
        self.kind = kind
        self.problems = problems
        self.label = label
        # A draft's record: None while every required field must be there; in a draft, the
        # required fields found missing, each reported as a warning instead of an error.
        self.lacking: list[str] | None = None
        self.values: dict[str, Node] = {}
        self.key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else describe(key_node)
            if key in self.values:
                problems.error(Where(path, line_of(key_node)),
                               f"{self.name(key)} is given twice; keep one")
            elif key not in fields:
                problems.error(
                    Where(path, line_of(key_node)),
                    f"{self.name(key)} is not a field of {kind}.{suggest(key, fields)}"
                    f" Allowed: {one_of(fields)}{comma_hint(node, value_node)}",
                )
            else:
                self.values[key] = value_node
                self.key_lines[key] = line_of(key_node)

    # -- places and names ------------------------------------------------------------------

    @property
    def where(self) -> Where:
        return Where(self.path, line_of(self.node))

    def at(self, field: str) -> Where:
        """Where a field is, or the record itself when the field is absent."""
        return Where(self.path, self.key_lines.get(field, line_of(self.node)))

    def value_at(self, field: str, offset: int = 0) -> Where:
        node = self.values.get(field)
        if node is None:
            return self.at(field)
        start = line_of(node)
        if isinstance(node, ScalarNode) and node.style in ("|", ">"):
            start += 1  # a block scalar's text starts on the line after its indicator
        return Where(self.path, start + offset)

    def name(self, field: str) -> str:
        return f"{self.label}{field}"

    def has(self, field: str) -> bool:
        return not is_null(self.values.get(field))

    def error(self, field: str, message: str) -> None:
        self.problems.error(self.at(field), f"{self.name(field)} {message}")

    def missing(self, field: str, what: str) -> None:
        self.lacks(field, f"{self.name(field)} is missing: {what}", self.where)

    def lacks(self, field: str, message: str, where: Where) -> None:
        """A required value is not there: an error, or in a draft a warning, remembered."""
        if self.lacking is None:
            self.problems.error(where, message)
            return
        self.lacking.append(self.name(field))
        self.problems.warning(where, f"{message}; add it before this draft is published")

    def draft(self) -> None:
        """From here on, read this record as a draft (see `lacking`)."""
        self.lacking = []

    def _nested(self, node: MappingNode, kind: str, fields: Sequence[str], label: str
                ) -> Record:
        nested = Record(node, path=self.path, kind=kind, fields=fields, problems=self.problems,
                        label=label)
        nested.lacking = self.lacking  # a draft's nested fields are a draft's too
        return nested

    # -- getters ---------------------------------------------------------------------------

    def _scalar(self, field: str, required: str | None) -> str | None:
        node = self.values.get(field)
        if is_null(node):
            if required:
                self.missing(field, required)
            return None
        assert node is not None  # is_null(None) is true
        if not isinstance(node, ScalarNode):
            self.error(field, f"must be a single value, not {describe(node)}")
            return None
        text = str(node.value).strip()
        if not text:
            if required:
                self.missing(field, required)
            return None
        if self.unshowable(field, text):
            return None
        return text

    def unshowable(self, field: str, text: str, where: Where | None = None) -> bool:
        """Text holding a character no page can show is reported (at `where`, or the field),
        not published."""
        found = values.unshowable(text)
        if found:
            self.problems.error(where or self.at(field), f"{self.name(field)} contains the"
                                f" character {found}, which cannot be shown; delete it or"
                                " retype the text")
        return found is not None

    def text(self, field: str, required: str | None = None) -> str | None:
        """Plain text. `required` says what the field is for, shown when it is missing."""
        return self._scalar(field, required)

    def markdown(self, field: str, required: str | None = None) -> str | None:
        """Markdown text: raw HTML is reported, never passed through."""
        text = self._scalar(field, required)
        if text is not None:
            offset = values.find_raw_html(self.values[field].value)
            if offset is not None:
                self.problems.error(
                    self.value_at(field, offset),
                    f"{self.name(field)} contains raw HTML; write Markdown instead"
                    " (paragraphs, lists, *emphasis*, [links](https://example.org))",
                )
                return None
        return text

    def choice(
        self, field: str, allowed: Sequence[str], *, default: str | None = None,
        required: str | None = None,
    ) -> str | None:
        text = self._scalar(field, required)
        if text is None:
            return default
        if text not in allowed:
            self.error(field, f'is "{text}"; use one of: {one_of(allowed)}.'
                       f"{suggest(text, allowed)}")
            return default
        return text

    def boolean(self, field: str, default: bool = False) -> bool:
        text = self._scalar(field, None)
        if text is None:
            return default
        if text.lower() in TRUE_WORDS:
            return True
        if text.lower() in FALSE_WORDS:
            return False
        self.error(field, f'is "{text}"; use true or false')
        return default

    def number(
        self, field: str, required: str | None = None, *, whole: bool = False,
        minimum: float | None = None,
    ) -> float | None:
        text = self._scalar(field, required)
        if text is None:
            return None
        try:
            number = int(text) if whole else float(text)
        except ValueError:
            kind = "a whole number" if whole else "a number, such as 4 or 0.5"
            self.error(field, f'is "{text}"; use {kind}')
            return None
        if minimum is not None and number < minimum:
            self.error(field, f"is {text}; it must be at least {minimum:g}")
            return None
        return number

    def date(self, field: str, required: str | None = None) -> date | None:
        text = self._scalar(field, required)
        if text is None:
            return None
        parsed = values.parse_date(text)
        if parsed is None:
            self.error(field, f'is "{text}"; write a real date as YYYY-MM-DD, such as 2026-09-01')
        return parsed

    def email(self, field: str, required: str | None = None) -> str | None:
        text = self._scalar(field, required)
        if text is not None and not values.is_email(text):
            self.error(field, f'is "{text}"; write an email address such as help@example.org')
            return None
        return text

    def web(self, field: str, required: str | None = None) -> str | None:
        text = self._scalar(field, required)
        if text is not None and not values.is_web_address(text):
            self.error(
                field, f'is "{text}"; write a full web address starting https://, such as'
                " https://example.org/help",
            )
            return None
        return text

    def phone(self, field: str, *, textphone: bool = False,
              checked: dict[tuple[str, bool], values.Phone | None] | None = None,
              ) -> values.Phone | None:
        """A UK phone number; `checked`, when given, holds the numbers already checked in
        this run (many services share one), by their text and whether it is a textphone."""
        text = self._scalar(field, None)
        if text is None:
            return None
        if checked is None:
            phone = values.parse_phone(text, textphone=textphone)
        else:
            if (text, textphone) not in checked:
                checked[text, textphone] = values.parse_phone(text, textphone=textphone)
            phone = checked[text, textphone]
        if phone is None:
            extra = " (Relay UK numbers start 18001)" if textphone else ""
            self.error(
                field, f'"{text}" is not a UK phone number; write it as dialled in the UK,'
                f" such as 020 7946 0123, 0800 1111, 999 or 116 123{extra}",
            )
        return phone

    def items(self, field: str, required: str | None = None) -> list[tuple[Node, Where]]:
        """The items of a list field; a single value counts as a list of one."""
        node = self.values.get(field)
        if is_null(node):
            if required:
                self.missing(field, required)
            return []
        if isinstance(node, SequenceNode):
            found = [(item, Where(self.path, line_of(item))) for item in node.value]
        else:
            found = [(node, self.at(field))]
        if not found and required:
            self.lacks(field, f"{self.name(field)} is empty: {required}", self.at(field))
        return found

    def texts(self, field: str, required: str | None = None) -> list[tuple[str, Where]]:
        """A list of single values, each with where it is written."""
        result = []
        for item, where in self.items(field, required):
            if isinstance(item, ScalarNode) and item.value.strip():
                if not self.unshowable(field, item.value, where):
                    result.append((item.value.strip(), where))
            else:
                self.problems.error(
                    where, f"{self.name(field)} should list single values, not {describe(item)}"
                )
        return result

    def ids(self, field: str, required: str | None = None) -> list[tuple[str, Where]]:
        """References to other content by id."""
        found = []
        for text, where in self.texts(field, required):
            if values.is_id(text):
                found.append((text, where))
            else:
                self.problems.error(where, f'{self.name(field)} has "{text}", which is not an id'
                                    " (lowercase letters, digits and single hyphens)")
        return found

    def choices(
        self, field: str, allowed: Sequence[str], required: str | None = None
    ) -> tuple[str, ...]:
        chosen = []
        for text, where in self.texts(field, required):
            if text in allowed:
                chosen.append(text)
            else:
                self.problems.error(
                    where, f'{self.name(field)} has "{text}"; use any of: {one_of(allowed)}.'
                    f"{suggest(text, allowed)}",
                )
        return tuple(dict.fromkeys(chosen))

    def record(
        self, field: str, kind: str, fields: Sequence[str], required: str | None = None
    ) -> Record | None:
        """A nested set of fields."""
        node = self.values.get(field)
        if is_null(node):
            if required:
                self.missing(field, required)
            return None
        assert node is not None  # is_null(None) is true
        if not isinstance(node, MappingNode):
            self.error(field, f"must be a set of fields ({one_of(fields)}),"
                       f" not {describe(node)}")
            return None
        return self._nested(node, kind, fields, f"{self.name(field)}.")

    def records(
        self, field: str, kind: str, fields: Sequence[str], required: str | None = None
    ) -> Iterator[Record]:
        """A list of nested sets of fields, labelled field[1], field[2], ..."""
        for number, (item, where) in enumerate(self.items(field, required), start=1):
            if isinstance(item, MappingNode):
                yield self._nested(item, kind, fields, f"{self.name(field)}[{number}].")
            else:
                self.problems.error(where, f"{self.name(field)}[{number}] must be a set of fields"
                                    f" ({one_of(fields)}), not {describe(item)}")


def records_in(
    node: Node, *, path: str, kind: str, fields: Sequence[str], problems: Problems
) -> Iterator[Record]:
    """The entries of a file that is a list of records (needs.yml, levels.yml, ...)."""
    if not isinstance(node, SequenceNode):
        problems.error(
            Where(path, line_of(node)),
            f"should be a list of {kind}s, each starting with '- id:', not {describe(node)}",
        )
        return
    for item in node.value:
        if isinstance(item, MappingNode):
            yield Record(item, path=path, kind=kind, fields=fields, problems=problems)
        else:
            problems.error(Where(path, line_of(item)),
                           f"each {kind} must be a set of fields starting with '- id:',"
                           f" not {describe(item)}")


def record_of(
    node: Node, *, path: str, kind: str, fields: Sequence[str], problems: Problems
) -> Record | None:
    """A file that is a single record (site.yml, a service, an update)."""
    if not isinstance(node, MappingNode):
        problems.error(Where(path, line_of(node)),
                       f"should be a set of fields ({one_of(fields)}), not {describe(node)}")
        return None
    return Record(node, path=path, kind=kind, fields=fields, problems=problems)

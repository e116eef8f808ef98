"""Reading and writing translation files: content/translations/<code>/<the English path>.

A YAML translation file is keyed as its English file is (ids, field names, 1-based positions
for items without an id); each translated text is a pair, the English it translates and the
translation:

    universal:
      summary:
        english: Most families, most of the time.
        text: বেশিরভাগ পরিবার, বেশিরভাগ সময়।

A Markdown page is translated whole, with the English it translates in its front matter.
Everything a file says wrong is a problem at its path:line; nothing raises.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

import yaml

from signpost.fields import describe, suggest
from signpost.problems import Problems, Where
from signpost.schema import Shape, translated_fields
from signpost.values import find_raw_html, unshowable
from signpost.yamlfile import MappingNode, Node, ScalarNode, is_null, line_of
from signpost.translations.english import EnglishFile, Key

PAIR = ("english", "text")


@dataclass(frozen=True)
class Entry:
    """One translated text: the English it translates, as recorded, and the translation."""

    key: Key
    english: str
    text: str
    where: Where  # the line of its field in the translation file


@dataclass(frozen=True)
class PageTranslation:
    """A Markdown page translated whole. `path` is the page's path in content/, as the English
    page's (staying-safe-online.md); `text` is its Markdown, without the front matter."""

    path: str
    english: str
    text: str
    where: Where  # the translation file, line 1
    english_at: Where  # the line of `english:` in its front matter
    shipped: bool = False  # one of Signpost's own translations of its own page


@dataclass
class ParsedFile:
    """A translation file as read: its entries, and the comment lines written above each key
    (by the key's place; () for the file's opening comments), kept when it is written again."""

    entries: list[Entry] = field(default_factory=list)
    comments: dict[tuple[str, ...], list[str]] = field(default_factory=dict)


# -- reading --------------------------------------------------------------------------------


def parse_translation(node: Node, english: EnglishFile, shown: str, lines: list[str],
                      problems: Problems) -> ParsedFile:
    """The entries of a YAML translation file, checked against its English file: an id, a
    field or a place the English does not have is an error, and so is a field that is not
    translated (a phone number, an id, a postcode)."""
    parsed = ParsedFile()
    parsed.comments[()] = _opening_comments(lines)
    if not isinstance(node, MappingNode):
        problems.error(Where(shown, line_of(node)), "should be a set of fields keyed as"
                       f" {english.path} is, not {describe(node)}")
        return parsed
    reading = _Reading(english, shown, lines, problems, parsed)
    if english.kind.listed:
        ids = sorted(place[0] for place in english.records if len(place) == 1)
        for key_node, value in reading.keys(node, "", ids):
            ident = key_node.value
            if (ident,) not in english.records:
                problems.error(Where(shown, line_of(key_node)), f"{ident} is not an id in"
                               f" {english.path}.{suggest(ident, ids)} Its ids: {', '.join(ids)}")
                continue
            reading.shape(english.kind.shape, value, (ident,), Where(shown, line_of(key_node)))
    else:
        reading.shape(english.kind.shape, node, (), Where(shown, line_of(node)))
    return parsed


@dataclass
class _Reading:
    english: EnglishFile
    shown: str
    lines: list[str]
    problems: Problems
    parsed: ParsedFile

    def keys(self, node: MappingNode, label: str, allowed: list[str]
             ) -> Iterable[tuple[ScalarNode, Node]]:
        """The mapping's keys, each once, with its comments remembered by the caller's place."""
        seen: set[str] = set()
        for key_node, value in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problems.error(Where(self.shown, line_of(key_node)),
                                    f"{label}a key must be a name or an id, not"
                                    f" {describe(key_node)}")
                continue
            name = str(key_node.value)
            if name in seen:
                self.problems.error(Where(self.shown, line_of(key_node)),
                                    f"{label}{name} is given twice; keep one")
                continue
            seen.add(name)
            yield key_node, value

    def remember(self, place: tuple[str, ...], key_node: Node) -> None:
        comments = _comments_above(self.lines, line_of(key_node))
        if comments:
            self.parsed.comments[place] = comments

    def shape(self, shape: Shape, node: Node, at: tuple[str, ...], where: Where) -> None:
        label = ".".join(at) + "." if at else ""
        if not isinstance(node, MappingNode):
            self.problems.error(where, f"{label.rstrip('.') or 'the file'} should be a set of"
                                f" fields to translate, not {describe(node)}")
            return
        texts = [f.name for f in shape.fields if f.is_translated or
                 (f.shape is not None and translated_fields(f.shape))]
        for key_node, value in self.keys(node, label, texts):
            name = key_node.value
            place = at + (name,)
            where = Where(self.shown, line_of(key_node))
            self.remember(place, key_node)
            if name not in shape.names:
                self.problems.error(where, f"{label}{name} is not a field of {shape.kind}."
                                    f"{suggest(name, texts)} Fields to translate:"
                                    f" {', '.join(texts)}")
                continue
            f = shape[name]
            if f.is_translated and f.type == "texts":
                self.positions(value, place, where, self.leaf)
            elif f.is_translated:
                self.leaf(value, place, where)
            elif f.type in ("record", "records") and name in texts:
                assert f.shape is not None
                if f.type == "record":
                    self.shape(f.shape, value, place, where)
                else:
                    self.positions(value, place, where, partial(self.shape, f.shape))
            elif f.is_text:
                self.problems.error(where, f"{label}{name} is not translated: it is kept as"
                                    " written in English (an address, a postcode or a word"
                                    " the plain-words checks look for); delete it here")
            else:
                self.problems.error(where, f"{label}{name} is not text, so it is not"
                                    f" translated ({f.type}: the English's value is used in"
                                    " every language); delete it here")

    def positions(self, node: Node, at: tuple[str, ...], where: Where, read: _Read) -> None:
        """Items keyed by id or by place (1 first), each one the English has."""
        label = ".".join(at)
        if not isinstance(node, MappingNode):
            self.problems.error(where, f"{label} should be a set of"
                                " items keyed by their id or their place (1, 2, ...), not"
                                f" {describe(node)}")
            return
        have = sorted(place[len(at)] for place in (*self.english.records, *self.english.texts)
                      if len(place) == len(at) + 1 and place[:len(at)] == at)
        for key_node, value in self.keys(node, label + ".", have):
            place = at + (str(key_node.value),)
            if place not in self.english.records and place not in self.english.texts:
                self.problems.error(Where(self.shown, line_of(key_node)),
                                    f"{label}.{key_node.value} is not in {self.english.path}:"
                                    f" its {label} are {', '.join(have) or 'none'}")
                continue
            self.remember(place, key_node)
            read(value, place, Where(self.shown, line_of(key_node)))

    def leaf(self, node: Node, place: tuple[str, ...], where: Where) -> None:
        label = ".".join(place)
        source = self.english.texts.get(place)
        if not isinstance(node, MappingNode):
            self.problems.error(where, f"{label} should give english: (the English it"
                                " translates) and text: (the translation), not"
                                f" {describe(node)}")
            return
        found: dict[str, tuple[str, Where]] = {}
        given: set[str] = set()
        for key_node, value in self.keys(node, label + ".", list(PAIR)):
            name = key_node.value
            given.add(name)
            at = Where(self.shown, line_of(key_node))
            if name not in PAIR:
                self.problems.error(at, f"{label}.{name} is not a field of a translation."
                                    f"{suggest(name, PAIR)} Allowed: english, text")
            elif is_null(value) or not isinstance(value, ScalarNode) or not value.value.strip():
                self.problems.error(at, f"{label}.{name} should be text")
            else:
                starts = line_of(value) + 1 if value.style in ("|", ">") else at.line
                found[name] = (str(value.value).strip(), Where(self.shown, starts))
        if source is None:
            self.problems.error(where, f"{label} is not in {self.english.path}: the"
                                " English has no text there to translate")
            return
        for name in PAIR:
            if name not in given:
                what = ("the English it translates, so a change to the English can be"
                        " found" if name == "english" else "the translation")
                self.problems.error(where, f"{label}.{name} is missing: {what}")
        if len(found) < len(PAIR):
            return
        text, text_at = found["text"]
        if not _showable(text, text_at, label, self.problems):
            return
        if source.field is not None and source.field.type == "markdown":
            offset = find_raw_html(text)
            if offset is not None:
                self.problems.error(Where(self.shown, text_at.line + offset),
                                    f"{label}.text contains raw HTML; write Markdown instead"
                                    " (paragraphs, lists, *emphasis*, [links](https://example.org))")
                return
        self.parsed.entries.append(Entry(source.key, found["english"][0], text, where))


_Read = Callable[[Node, tuple[str, ...], Where], None]


def _showable(text: str, where: Where, label: str, problems: Problems) -> bool:
    found = unshowable(text)
    if found:
        problems.error(where, f"{label}.text contains the character {found}, which cannot be"
                       " shown; delete it or retype the text")
    return found is None


def _comments_above(lines: list[str], line: int) -> list[str]:
    """The comment lines just above a line (1-based), stopping at a blank or other line."""
    found: list[str] = []
    index = line - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        found.insert(0, lines[index].strip())
        index -= 1
    return found


def _opening_comments(lines: list[str]) -> list[str]:
    """The comments a file starts with, when a blank line parts them from what follows."""
    found: list[str] = []
    for line in lines:
        if line.strip().startswith("#"):
            found.append(line.strip())
        elif not line.strip():
            return found
        else:
            return []
    return found


def parse_page(text: str, shown: str, path: str, problems: Problems, *, shipped: bool = False
               ) -> PageTranslation | None:
    """A translated page: front matter with `english:`, then the translation's Markdown."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        problems.error(Where(shown, 1), "should start with front matter recording the English"
                       " it translates: a line ---, english: | and the English page, then ---")
        return None
    end = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if end is None:
        problems.error(Where(shown, 1), "its front matter has no closing --- line")
        return None
    try:
        meta = yaml.compose("\n".join(lines[1:end]), Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problems.error(Where(shown, (mark.line + 2) if mark else 1),
                       f"YAML syntax error in the front matter: {err}")
        return None
    english: ScalarNode | None = None
    english_at = Where(shown, 1)
    if isinstance(meta, MappingNode):
        for key_node, value in meta.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "english":
                english_at = Where(shown, line_of(key_node) + 1)
                english = value if isinstance(value, ScalarNode) else None
    if english is None or not str(english.value).strip():
        problems.error(english_at, "its front matter needs english: the English page it"
                       " translates, so a change to the English can be found")
        return None
    body = "\n".join(lines[end + 1:]).strip()
    first = end + 2 + next((n for n, line in enumerate(lines[end + 1:]) if line.strip()), 0)
    if not body:
        problems.error(Where(shown, end + 2), "has no translation after its front matter")
        return None
    if not _showable(body, Where(shown, first), "the page", problems):
        return None
    offset = find_raw_html(body)
    if offset is not None:
        problems.error(Where(shown, first + offset), "contains raw HTML; write Markdown"
                       " instead (paragraphs, lists, *emphasis*, [links](https://example.org))")
        return None
    return PageTranslation(path, str(english.value).strip(), body, Where(shown, 1), english_at,
                           shipped)


def changed(old: str, new: str, width: int = 60) -> str:
    """What changed between two texts, in a few words: "was ... now ..."."""
    a, b = old.split(), new.split()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    if start == len(a) - end or start == len(b) - end:  # words added or taken out: show
        start, end = max(start - 1, 0), max(end - 1, 0)  # the words either side too
    was = " ".join(a[start:len(a) - end]) or "(nothing)"
    now = " ".join(b[start:len(b) - end]) or "(nothing)"

    def cut(text: str) -> str:
        return text if len(text) <= width else text[:width - 1] + "…"

    if was == now == "(nothing)":  # only spacing or line breaks changed
        return "only its spacing or line breaks changed"
    return f'"{cut(was)}" is now "{cut(now)}"'


def first_change(old: str, new: str) -> int:
    """The 1-based line of `new` where it first differs from `old`."""
    matcher = difflib.SequenceMatcher(a=old.split("\n"), b=new.split("\n"), autojunk=False)
    for tag, _, _, start, _ in matcher.get_opcodes():
        if tag != "equal":
            return start + 1
    return 1


# -- writing --------------------------------------------------------------------------------


def scalar(text: str, indent: int) -> str:
    """Text as a YAML value that reads back as exactly the text: a literal block for lines of
    text, a double-quoted string otherwise (JSON's escapes are YAML's)."""
    if "\n" in text and all(line.replace("\t", " ").isprintable()
                            for line in text.split("\n")):
        pad = " " * indent
        return "|-\n" + "\n".join(pad + line if line else "" for line in text.split("\n"))
    return "".join(c if c.isprintable() else _escape(c)
                   for c in json.dumps(text, ensure_ascii=False))


def _escape(character: str) -> str:
    """A character YAML would not read as itself inside double quotes, as an escape."""
    code = ord(character)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def render_file(entries: Iterable[Entry], order: list[tuple[str, ...]],
                comments: dict[tuple[str, ...], list[str]], heading: list[str]) -> str:
    """A translation file: its entries in the English file's order (`order`; any other after),
    each with the comments written above it before."""
    rank = {place: n for n, place in enumerate(order)}
    tree: dict[str, object] = {}
    for entry in sorted(entries, key=lambda e: (rank.get(e.key.path, len(rank)), e.key.path)):
        branch = tree
        for step in entry.key.path[:-1]:
            nested = branch.setdefault(step, {})
            assert isinstance(nested, dict)
            branch = nested
        branch[entry.key.path[-1]] = entry
    lines = list(comments.get((), heading))
    if lines:
        lines.append("")
    _emit(tree, 0, (), comments, lines)
    return "\n".join(lines) + "\n"


def _emit(tree: dict[str, object], indent: int, at: tuple[str, ...],
          comments: dict[tuple[str, ...], list[str]], lines: list[str]) -> None:
    pad = " " * indent
    for step, value in tree.items():
        place = at + (step,)
        lines.extend(pad + comment for comment in comments.get(place, ()))
        lines.append(f"{pad}{step}:")
        if isinstance(value, Entry):
            lines.append(f"{pad}  english: {scalar(value.english, indent + 4)}")
            lines.append(f"{pad}  text: {scalar(value.text, indent + 4)}")
        else:
            assert isinstance(value, dict)
            _emit(value, indent + 2, place, comments, lines)


def render_page(english: str, text: str) -> str:
    """A translated page: the English it translates in its front matter, then the text."""
    return f"---\nenglish: {scalar(english, 2)}\n---\n\n{text.strip()}\n"

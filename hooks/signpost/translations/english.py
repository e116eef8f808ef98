"""The English a translation translates: every translatable text of a content file, found by
walking its YAML as its kind declares (kinds.py), each with its key and the line it is on.

A key names a text by its English file and its place in it: ids for records that have them
(a level, a question), field names, and 1-based positions for items that have no id (an
emergency route, an answer, an item of a list of text). `content/levels.yml universal.summary`,
`content/site.yml emergency.2.text`, `content/questionnaire.yml questions.danger.options.1.label`.
A Markdown page is translated whole: its key is its file alone, `content/about.md`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from signpost import kinds
from signpost.problems import Problems, Where
from signpost.schema import Field, FileKind, Shape, translated_fields
from signpost.values import is_id
from signpost.yamlfile import (MappingNode, Node, ScalarNode, SequenceNode, is_null, line_of,
                               read_yaml)

CONTENT = "content"
FOLDER = "content/translations"  # content/translations/<code>/ mirrors the English files
SERVICES = "services/"


@dataclass(frozen=True, order=True)
class Key:
    """One translatable text: its English file (relative to the site folder) and its place."""

    file: str
    path: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.file} {'.'.join(self.path)}" if self.path else self.file

    @staticmethod
    def parse(text: str) -> Key | None:
        """A key written by `str`, as a PO file's msgctxt; None when it is not one."""
        file, _, path = text.strip().partition(" ")
        if not file or (not path and not file.endswith(".md")):
            return None
        return Key(file, tuple(path.split(".")) if path else ())

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


@dataclass(frozen=True)
class Source:
    """A text in the English, with where it is written; `field` is None for a whole page."""

    key: Key
    english: str
    where: Where
    field: Field | None


@dataclass(frozen=True)
class EnglishFile:
    """Every translatable text of one English YAML file, in the file's order, and the place
    of every record and item a translation may name (("universal",), ("emergency", "2"))."""

    path: str
    kind: FileKind
    texts: dict[tuple[str, ...], Source]
    records: frozenset[tuple[str, ...]]


def english_path(relative: str) -> str:
    """The English file a translation file translates, from its path inside its language
    folder: services/x.yml for services/x.yml, content/site.yml for site.yml."""
    return relative if relative.startswith(SERVICES) else f"{CONTENT}/{relative}"


def translation_path(code: str, english: str) -> str:
    """Where the translation of an English file lives, relative to the site folder."""
    inside = english if english.startswith(SERVICES) else english.removeprefix(CONTENT + "/")
    return f"{FOLDER}/{code}/{inside}"


def kind_of(path: str) -> FileKind | None:
    """The kind of content file an English path is, such as services/x.yml; None when
    Signpost reads no such file."""
    for kind in kinds.FILES:
        folder, _, name = kind.path.rpartition("/")
        if name == "<id>.yml":
            inside = path.removeprefix(folder + "/")
            if (inside != path and "/" not in inside and inside.endswith(".yml")
                    and is_id(inside.removesuffix(".yml"))):
                return kind
        elif kind.path == path:
            return kind
    return None


def has_text(kind: FileKind) -> bool:
    return bool(translated_fields(kind.shape))


def read_english(root: Path, path: str) -> EnglishFile | None:
    """The English file's texts, or None when it is not there or cannot be read (the English
    checks report why)."""
    kind = kind_of(path)
    if kind is None or not (root / path).is_file():
        return None
    node = read_yaml(root / path, path, Problems())
    return None if node is None else english_file(kind, node, path)


def english_file(kind: FileKind, node: Node, shown: str) -> EnglishFile:
    texts: dict[tuple[str, ...], Source] = {}
    records: set[tuple[str, ...]] = set()
    if kind.listed:
        for item in node.value if isinstance(node, SequenceNode) else ():
            ident = _id_of(item)
            if ident is not None:
                records.add((ident,))
                _walk(kind.shape, item, (ident,), shown, texts, records)
    else:
        _walk(kind.shape, node, (), shown, texts, records)
    return EnglishFile(shown, kind, texts, frozenset(records))


def _id_of(node: Node) -> str | None:
    if not isinstance(node, MappingNode):
        return None
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
            ident = str(value.value).strip()
            return ident if is_id(ident) else None
    return None


def _text(node: Node) -> str | None:
    if is_null(node) or not isinstance(node, ScalarNode):
        return None
    return str(node.value).strip() or None


def _items(node: Node) -> list[Node]:
    """A list field's items: a single value counts as a list of one, as the reader says."""
    if is_null(node):
        return []
    return list(node.value) if isinstance(node, SequenceNode) else [node]


def _walk(shape: Shape, node: Node, at: tuple[str, ...], shown: str,
          texts: dict[tuple[str, ...], Source], records: set[tuple[str, ...]]) -> None:
    if not isinstance(node, MappingNode):
        return
    for key_node, value in node.value:
        name = key_node.value if isinstance(key_node, ScalarNode) else None
        if name not in shape.names:
            continue
        f = shape[name]
        if f.is_translated and f.type == "texts":
            for number, item in enumerate(_items(value), start=1):
                text = _text(item)
                if text is not None:
                    place = at + (name, str(number))
                    texts[place] = Source(Key(shown, place), text,
                                          Where(shown, line_of(item)), f)
        elif f.is_translated:
            text = _text(value)
            if text is not None:
                place = at + (name,)
                texts[place] = Source(Key(shown, place), text, Where(shown, line_of(key_node)),
                                      f)
        elif f.shape is not None and translated_fields(f.shape) and f.type == "record":
            records.add(at + (name,))
            _walk(f.shape, value, at + (name,), shown, texts, records)
        elif f.shape is not None and translated_fields(f.shape) and f.type == "records":
            keyed = "id" in f.shape.names
            for number, item in enumerate(_items(value), start=1):
                step = _id_of(item) if keyed else str(number)
                if step is not None:
                    records.add(at + (name, step))
                    _walk(f.shape, item, at + (name, step), shown, texts, records)

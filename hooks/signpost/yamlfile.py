"""Reading a YAML file into a tree of nodes that remember their line numbers.

We keep PyYAML's nodes rather than its Python values: a field is converted only when we know
what it should be, so `close: 17:00` stays the text "17:00" (not YAML 1.1's integer 1020),
`label: Yes` stays "Yes" and `reviewed: 2026-09-01` is read as a date from its own text.
"""

from __future__ import annotations

from pathlib import Path

import re

import yaml

from signpost.problems import Problems, Where

try:  # the C parser is several times faster; fall back when libyaml is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

Node = yaml.Node
ScalarNode = yaml.ScalarNode
MappingNode = yaml.MappingNode
SequenceNode = yaml.SequenceNode

NULL_TAG = "tag:yaml.org,2002:null"
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a new line


def line_of(node: Node) -> int:
    """The 1-based line a node starts on."""
    return node.start_mark.line + 1


def is_null(node: Node | None) -> bool:
    return node is None or (isinstance(node, ScalarNode) and node.tag == NULL_TAG)


def read_yaml(path: Path, shown_as: str, problems: Problems,
              sources: dict[str, list[str]] | None = None) -> Node | None:
    """Parse one file; on failure report a one-line problem and return None. `sources`, when
    given, keeps the file's lines by `shown_as`, numbered as the nodes' lines are."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        problems.error(Where(shown_as, line), "is not UTF-8 text: save the file as UTF-8")
        return None
    except OSError as err:
        problems.error(Where(shown_as, 1), f"cannot be read ({err.strerror})")
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        what = err.problem or err.context or "is not valid YAML"
        problems.error(
            Where(shown_as, line),
            f"YAML syntax error: {what}. Check the indentation, colons and quotes on this line"
            " or the one before",
        )
        return None
    except yaml.reader.ReaderError as err:  # a control character YAML refuses
        line = text[: err.position].count("\n") + 1
        problems.error(Where(shown_as, line), f"contains a character YAML does not allow"
                       f" (#x{err.character:04x}); delete it or retype the line")
        return None
    if sources is not None:
        sources[shown_as] = lines_of(text)
    if is_null(node):
        problems.error(Where(shown_as, 1), "is empty: it needs the fields described in"
                       " docs/content-model.md")
        return None
    return node


def lines_of(text: str) -> list[str]:
    """A file's lines, split where YAML starts a new line (LINE_BREAK)."""
    if "\r" not in text and (text.isascii() or not any(c in text for c in "\x85\u2028\u2029")):
        return text.split("\n")  # the same lines, split faster
    return LINE_BREAK.split(text)

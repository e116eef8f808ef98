"""Writes what comes from the content declarations (hooks/signpost/kinds.py): the editors'
JSON Schemas in schemas/ and the field tables of docs/content-model.md. `make generate` runs
it; the test suite fails while either is stale (tests/test_schemas.py)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from signpost import kinds
from signpost.schema import field_table, json_schema

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "docs" / "content-model.md"
SCHEMAS = REPO / "schemas"
TABLE = re.compile(r"(<!-- generated: fields of (\w+) [^>]*-->\n).*?(\n<!-- end of generated"
                   r" fields -->)", re.S)


def schemas() -> dict[str, str]:
    """Each kind's JSON Schema, as its file's text, by file name."""
    return {kind.schema: json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n"
            for kind in kinds.FILES}


def doc(text: str) -> str:
    """docs/content-model.md with every generated table made anew from its shape."""
    def table(match: re.Match[str]) -> str:
        return match.group(1) + field_table(kinds.shapes()[match.group(2)]) + match.group(3)
    return TABLE.sub(table, text)


def main() -> int:
    SCHEMAS.mkdir(exist_ok=True)
    for name, text in schemas().items():
        (SCHEMAS / name).write_text(text, encoding="utf-8")
    DOC.write_text(doc(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {len(kinds.FILES)} schemas in schemas/ and the tables of {DOC.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

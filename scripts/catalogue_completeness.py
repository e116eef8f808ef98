"""How complete each of Signpost's message catalogues is: for every
hooks/signpost/locale/<code>/LC_MESSAGES/signpost.po, how many of the template's messages it
translates (not empty, not fuzzy). A figure to read, not a gate: English shows for the rest.
Run: .venv/bin/python scripts/catalogue_completeness.py"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent.parent / "hooks" / "signpost" / "locale"


def completeness(po: Path, code: str) -> tuple[int, int]:
    """(translated, total) messages of one catalogue."""
    with po.open("rb") as source:
        catalog = read_po(source, locale=code)
    total = translated = 0
    for message in catalog:
        if not message.id:
            continue
        total += 1
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if not message.fuzzy and all(texts):
            translated += 1
    return translated, total


def main() -> int:
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/signpost.po")):
        code = po.parent.parent.name
        translated, total = completeness(po, code)
        print(f"{code}: {translated} of {total} messages translated "
              f"({100 * translated / total:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Writes Signpost's message catalogue template, hooks/signpost/locale/signpost.pot, from the
words marked for gettext in the engine and its templates (babel.cfg says where), and brings
each language's catalogue (locale/<code>/LC_MESSAGES/signpost.po) up to date with it, as
`pybabel update` would: new messages added untranslated, gone ones kept as obsolete.
`make messages` runs it; tests/test_messages.py fails while the .pot is stale."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "hooks" / "signpost" / "locale"
POT = LOCALE / "signpost.pot"
# gettext's usual markers, and NN_ (language.py): a singular and plural pair marked in a table.
KEYWORDS = {**DEFAULT_KEYWORDS, "NN_": (1, 2)}
# A fixed date, so that the .pot changes only when the messages do.
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def template() -> Catalog:
    with (REPO / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    catalog = Catalog(project="Signpost", version="", creation_date=CREATED,
                      revision_date=CREATED, msgid_bugs_address="", fuzzy=False,
                      header_comment="# Signpost's own words, extracted by make messages.")
    for path, line, message, comments, context in extract_from_dir(
            REPO, method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        catalog.add(message, None, [(path, line)], auto_comments=comments, context=context)
    return catalog


def text(catalog: Catalog, **options: bool) -> str:
    out = BytesIO()
    write_po(out, catalog, width=100, sort_output=False, **options)
    return out.getvalue().decode("utf-8")


def pot() -> str:
    return text(template())


def updated(po: Path, made: Catalog) -> str:
    with po.open("rb") as source:
        catalog = read_po(source)
    catalog.update(made, update_header_comment=False)
    catalog.revision_date = CREATED
    return text(catalog, ignore_obsolete=False)


def main() -> int:
    made = template()
    POT.write_text(text(made), encoding="utf-8")
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/signpost.po")):
        po.write_text(updated(po, made), encoding="utf-8")
    print(f"wrote {POT.relative_to(REPO)} ({len(made)} messages) and updated its catalogues")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`signpost translations export LANG` and `signpost translations import FILE.po`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from signpost.load import load
from signpost.model import Content
from signpost.problems import summary
from signpost.translations.english import FOLDER
from signpost.translations.languages import known_codes, language
from signpost.translations.po import export_catalog, import_po, po_bytes
from signpost.translations.translation import Translation


def add_translations_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]
                             ) -> None:
    command = commands.add_parser("translations", help="PO files for translators: export a"
                                  " language's texts, import them back")
    actions = command.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write a gettext PO file with every text to"
                                " translate, its English and the translations there are")
    export.add_argument("language", help=f"a language code: {known_codes()}")
    export.add_argument("--output", type=Path, help="the PO file to write (default:"
                        " <code>.po here; - for standard output)")
    export.add_argument("--folder", type=Path, default=Path(), help="the site folder"
                        " holding content/ and services/ (default: here)")
    imported = actions.add_parser("import", help=f"write a PO file's translations into"
                                  f" {FOLDER}/<code>/")
    imported.add_argument("po", type=Path, help="a PO file made by export, translated")
    imported.add_argument("--folder", type=Path, default=Path(), help="the site folder"
                          " holding content/ and services/ (default: here)")
    imported.add_argument("--force", action="store_true", help="use the PO file's"
                          " translation even where the site's has changed since the export")
    imported.add_argument("--dry-run", action="store_true", help="report, but write nothing")


def run_translations_command(args: argparse.Namespace, today: date) -> int:
    loaded = load(args.folder, today)
    english_errors = [p for p in loaded.problems.errors
                      if not p.where.path.startswith(FOLDER + "/")]
    if loaded.content is None or english_errors:
        for problem in english_errors or loaded.problems.errors:
            print(problem)
        print(f"{args.folder}: error: the English content has errors: fix them (signpost"
              " check lists them), then try again")
        return 1
    if args.action == "export":
        return run_export(args, loaded.content, loaded.translations, today)
    return run_import(args, loaded.content, loaded.translations)


def run_export(args: argparse.Namespace, content: Content,
               translations: dict[str, Translation], today: date) -> int:
    lang = language(args.language)
    if lang is None:
        print(f"{args.language}: error: is not a language code Signpost knows: {known_codes()}")
        return 1
    catalog = export_catalog(args.folder, content, lang, translations.get(lang.code), today)
    data = po_bytes(catalog)
    messages = [m for m in catalog if m.id]
    done = sum(1 for m in messages if m.string and not m.fuzzy)
    stale = sum(1 for m in messages if m.fuzzy)
    said = (f"{len(messages)} texts for {lang}: {done} translated, {stale} stale (fuzzy),"
            f" {len(messages) - done - stale} to translate")
    if str(args.output) == "-":
        sys.stdout.buffer.write(data)
        print(said, file=sys.stderr)
        return 0
    output = args.output or Path(f"{lang.code}.po")
    output.write_bytes(data)
    print(f"wrote {output}: {said}")
    return 0


def run_import(args: argparse.Namespace, content: Content,
               translations: dict[str, Translation]) -> int:
    if not args.po.is_file():
        print(f"{args.po}: error: is not there: give a PO file made by signpost translations"
              " export")
        return 1
    outcome = import_po(args.folder, args.po, content, translations, force=args.force,
                        dry_run=args.dry_run)
    problems = outcome.problems
    for problem in problems.errors + problems.warnings:
        print(problem)
    verb = "would write" if args.dry_run else "wrote"
    for path, count in outcome.written.items():
        print(f"{verb} {path} ({count} {'text' if count == 1 else 'texts'})")
    left = [f"{outcome.fuzzy} fuzzy (not imported: check them, then clear the fuzzy mark)"
            if outcome.fuzzy else "", f"{outcome.empty} untranslated" if outcome.empty else "",
            f"{outcome.unchanged} unchanged" if outcome.unchanged else ""]
    said = ", ".join(part for part in left if part)
    print(f"{summary(len(problems.errors), len(problems.warnings))}"
          f"{'; ' + said if said else ''} ({args.po} into {args.folder})")
    if outcome.written and not args.dry_run:
        print("run signpost check to see what is stale or missing")
    return 1 if problems.errors else 0

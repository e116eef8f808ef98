"""The `signpost` command: `signpost check [FOLDER] [--strict] [--plain-words]`,
`signpost import PATH`
to bring in services published as Open Referral UK (ORUK 3.0 or v1) JSON, and
`signpost translations export LANG` and `signpost translations import FILE.po` for translators."""

from __future__ import annotations

import argparse
import sys
from itertools import groupby
from datetime import date
from pathlib import Path

from signpost.load import Loaded, load
from signpost.features.oruk.importer import report_lines, run_import
from signpost.problems import summary
from signpost.translations.commands import add_translations_command, run_translations_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="signpost", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a site folder's content and list problems")
    check.add_argument("folder", nargs="?", default=".", type=Path,
                       help="the folder holding content/ and services/ (default: here)")
    check.add_argument("--strict", action="store_true", help="count warnings as errors")
    check.add_argument("--plain-words", action="store_true", help="list only the plain-words"
                       " warnings about family-facing text, file by file")
    add_import_command(commands)
    add_translations_command(commands)
    args = parser.parse_args(argv)
    if args.command == "import":
        return run_import_command(args)
    if args.command == "translations":
        return run_translations_command(args, date.today())
    return run_check(args.folder, strict=args.strict, plain_words=args.plain_words)


def add_import_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import", help="write services/<id>.yml from Open Referral UK (ORUK 3.0 or v1) JSON")
    command.add_argument("path", type=Path, help="a service, a page of services, an"
                         " organisation with its services, or a folder of .json files")
    command.add_argument("--into", type=Path, default=Path(), help="the site folder holding"
                         " content/ and services/ (default: here)")
    command.add_argument("--mapping", type=Path, help="how taxonomy terms map to needs and"
                         " levels (default: content/oruk-mapping.yml)")
    command.add_argument("--update", action="store_true", help="replace service files that"
                         " are already there")
    command.add_argument("--dry-run", action="store_true", help="report, but write nothing")


def run_import_command(args: argparse.Namespace) -> int:
    if not args.path.exists():
        print(f"{args.path}: error: is not there: give a .json file or a folder of them")
        return 1
    outcome = run_import(args.path, args.into, date.today(), mapping=args.mapping,
                         update=args.update, dry_run=args.dry_run)
    for line in report_lines(outcome, args.path, args.into, args.dry_run):
        print(line)
    return 1 if outcome.problems.errors else 0


def run_check(folder: Path, *, strict: bool, plain_words: bool = False) -> int:
    loaded = load(folder, date.today())
    problems = loaded.problems
    if plain_words:
        return run_plain_words(loaded, folder, strict=strict)
    for problem in problems.errors + problems.warnings:
        print(problem)
    errors, warnings = len(problems.errors), len(problems.warnings)
    services = len(list((folder / "services").glob("*.yml")))
    print(f"{summary(errors, warnings)} ({services} services checked in {folder})")
    return 1 if errors or (strict and warnings) else 0


def run_plain_words(loaded: Loaded, folder: Path, *, strict: bool) -> int:
    """The plain-words warnings only, under a line naming each file, then a count."""
    found = sorted(loaded.content.plain_words if loaded.content else (),
                   key=lambda p: (p.where.path, p.where.line))
    files = 0
    for path, problems in groupby(found, key=lambda p: p.where.path):
        listed = list(problems)
        files += 1
        print(f"{path}: {count(len(listed), 'plain-words warning')}")
        for problem in listed:
            print(f"  {problem}")
    errors = len(loaded.problems.errors)
    said = f"{count(len(found), 'plain-words warning')} in {count(files, 'file')}"
    if errors:
        said += (f"; and {count(errors, 'error')}: run signpost check to see"
                 f" {'it' if errors == 1 else 'them'}")
    print(f"{said} (checked in {folder})")
    return 1 if errors or (strict and found) else 0


def count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


if __name__ == "__main__":
    sys.exit(main())

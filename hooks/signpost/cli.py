"""The `signpost` command: `signpost check [FOLDER] [--strict]`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .load import load
from .problems import summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="signpost", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check a site folder's content and list problems")
    check.add_argument("folder", nargs="?", default=".", type=Path,
                       help="the folder holding content/ and services/ (default: here)")
    check.add_argument("--strict", action="store_true", help="count warnings as errors")
    args = parser.parse_args(argv)
    return run_check(args.folder, strict=args.strict)


def run_check(folder: Path, *, strict: bool) -> int:
    loaded = load(folder, date.today())
    problems = loaded.problems
    for problem in problems.errors + problems.warnings:
        print(problem)
    errors, warnings = len(problems.errors), len(problems.warnings)
    services = len(list((folder / "services").glob("*.yml")))
    print(f"{summary(errors, warnings)} ({services} services checked in {folder})")
    return 1 if errors or (strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main())

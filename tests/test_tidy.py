"""The tests keep tidy: one place names the repository and the date, one session fixture
builds the sample, and no test module imports another.

- tests/helpers.py alone finds the repository from `__file__` (no other module climbs
  above its own folder) and holds the fixed date (TODAY); no other module writes that date
  or SIGNPOST_TODAY, nor asks the clock for today's;
- only tests/conftest.py's `sample_site` builds the repository's own sample with
  `mkdocs_build(REPO, ...)` (a test that changes the sample builds a copy of its own);
- no module under tests/ imports a test module (`test_*`) or a conftest.py: what tests
  share lives in helper modules (helpers.py, sitecheck.py, partnerships.py, hostile_site.py,
  questionnaire_fixture.py; browser/harness.py, signpost_checks.py, project.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import TESTS, TODAY

HELPERS = TESTS / "helpers.py"
CONFTEST = TESTS / "conftest.py"
HERE = TESTS / "test_tidy.py"  # names what it looks for
MODULES = sorted(p for p in TESTS.rglob("*.py") if "fixtures" not in p.relative_to(TESTS).parts)
CLOCK = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow")}


def name(path: Path) -> str:
    return path.relative_to(TESTS).as_posix() if path.is_relative_to(TESTS) else path.name


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported(module: ast.Module) -> list[str]:
    """The top-level name of every module an import statement names."""
    found = []
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            found += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append(node.module.split(".")[0])
    return found


def test_the_guard_sees_the_modules() -> None:
    assert {HELPERS, CONFTEST, TESTS / "browser" / "conftest.py", HERE} <= set(MODULES)


def test_no_module_imports_a_test_module_or_a_conftest() -> None:
    wrong = [f"{name(path)} imports {module}" for path in MODULES
             for module in imported(tree(path)) if module.startswith("test_")
             or module == "conftest"]
    assert wrong == [], "move what they share to a helper module"


def climbs_from_file(node: ast.AST) -> bool:
    """`Path(__file__).parent.parent`, `....parents[n]`: a module finding a folder above its
    own (the repository, tests/). A file beside the module (`Path(__file__).parent / "js"`)
    is its own business."""
    parents = (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
               and node.value.attr == "parents")
    grandparent = (isinstance(node, ast.Attribute) and node.attr == "parent"
                   and isinstance(node.value, ast.Attribute) and node.value.attr == "parent")
    if not (parents or grandparent):
        return False
    assert isinstance(node, ast.Subscript | ast.Attribute)
    assert isinstance(node.value, ast.Attribute)
    base = node.value.value
    return any(isinstance(n, ast.Name) and n.id == "__file__" for n in ast.walk(base))


def date_problems(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(tree(path)):
        where = f"{name(path)}:{getattr(node, 'lineno', '?')}"
        if climbs_from_file(node):
            problems.append(f"{where}: a path above __file__'s folder (use helpers.REPO,"
                            " TESTS or FIXTURES)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                TODAY.isoformat() in node.value or node.value == "SIGNPOST_TODAY"):
            problems.append(f"{where}: {node.value!r} (use helpers.TODAY or mkdocs_build)")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "date" and len(node.args) == 3
              and all(isinstance(a, ast.Constant) for a in node.args)
              and tuple(a.value for a in node.args) == (TODAY.year, TODAY.month, TODAY.day)):
            problems.append(f"{where}: date({TODAY.year}, {TODAY.month}, {TODAY.day})"
                            " (use helpers.TODAY)")
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
              and (node.value.id, node.attr) in CLOCK):
            problems.append(f"{where}: {node.value.id}.{node.attr}() (the tests run as of"
                            " helpers.TODAY, the date the sample is built as of)")
    return problems


def test_only_helpers_names_the_repository_and_the_date() -> None:
    problems = [problem for path in MODULES if path not in (HELPERS, HERE)
                for problem in date_problems(path)]
    assert problems == []


def test_the_guard_finds_a_second_repository_path_and_date(tmp_path: Path) -> None:
    planted = tmp_path / "test_planted.py"
    planted.write_text("from datetime import date\nfrom pathlib import Path\n"
                       "REPO = Path(__file__).parent.parent\n"
                       "ROOT = Path(__file__).resolve().parents[2]\n"
                       "JS = Path(__file__).parent / 'js'\n"
                       f"DAY = date({TODAY.year}, {TODAY.month}, {TODAY.day})\n"
                       f"STAMP = '{TODAY.isoformat()}T10:00:00Z'\nNOW = date.today()\n"
                       "import test_build\n", encoding="utf-8")
    assert len(date_problems(planted)) == 5, date_problems(planted)  # not JS
    assert imported(tree(planted))[-1] == "test_build"


def test_only_the_session_fixture_builds_the_sample() -> None:
    builds = [f"{name(path)}:{node.lineno}" for path in MODULES if path != CONFTEST
              for node in ast.walk(tree(path))
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id == "mkdocs_build" and node.args
              and isinstance(node.args[0], ast.Name) and node.args[0].id == "REPO"]
    assert builds == [], ("these build the sample: use the `sample_site` fixture"
                          " (`built_site` in tests/browser)")

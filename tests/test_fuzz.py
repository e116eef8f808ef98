"""Mangled YAML never crashes the loader: every outcome is a clean list of problems."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import FIXTURES, check, site_folder

FILES = sorted(p.relative_to(FIXTURES / "minimal").as_posix()
               for p in (FIXTURES / "minimal").rglob("*.yml"))
# Characters that change YAML's meaning, plus some that are merely unusual.
NOISE = st.sampled_from(list(":-[]{},#&*!|>'\"%@`?\t\n ") + ["\x00", "é", "0", "null", "~",
                                                             "- ", ": ", "  ", "17:00", "yes"])


@st.composite
def mangled(draw: st.DrawFn) -> tuple[str, str]:
    """A fixture file with a few characters deleted, inserted or lines shuffled."""
    relative = draw(st.sampled_from(FILES))
    text = (FIXTURES / "minimal" / relative).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "swap-lines", "indent"]))
        if action == "insert":
            text = text[:at] + draw(NOISE) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)):]
        elif action == "swap-lines":
            lines = text.splitlines(keepends=True)
            if len(lines) > 1:
                i = draw(st.integers(0, len(lines) - 2))
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
                text = "".join(lines)
        else:
            line_start = text.rfind("\n", 0, at) + 1
            text = text[:line_start] + " " + text[line_start:]
    return relative, text


@settings(max_examples=300, deadline=None)
@given(case=mangled())
def test_mangled_yaml_gives_only_clean_problem_reports(case: tuple[str, str]) -> None:
    relative, text = case
    with tempfile.TemporaryDirectory() as folder:
        root = site_folder(Path(folder))
        (root / relative).write_text(text, encoding="utf-8")
        problems = check(root).problems
    for problem in problems.items:
        assert problem.where.path.startswith(("content/", "services/")), problem
        assert problem.where.line >= 1, problem
        assert "\n" not in problem.message, problem
        assert "Traceback" not in problem.message

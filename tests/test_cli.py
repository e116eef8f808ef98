"""`signpost check`, run as an editor runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import edit, site_folder

SIGNPOST = Path(sys.executable).parent / "signpost"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SIGNPOST), *args], capture_output=True, text=True, cwd=cwd,
                          check=False)


def test_clean_content_exits_0(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    result = run("check", str(root))
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == f"0 errors, 0 warnings (3 services checked in {root})"


def test_errors_exit_1_and_are_listed_before_warnings(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "reviewed: 2026-09-01", "reviewed: 2020-01-01")
    edit(root, "services/safe-house.yml", "cost: free", "cost: [free]")
    result = run("check", cwd=root)  # the folder defaults to the current one
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "services/safe-house.yml:9: error: cost must be a single value, not a list",
        "services/advice-shop.yml:19: warning: reviewed is 2020-01-01, more than 12 months ago:"
        " check the service is still right, then update reviewed",
        "1 error, 1 warning (3 services checked in .)",
    ]


def test_strict_counts_warnings_as_errors(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "reviewed: 2026-09-01", "reviewed: 2020-01-01")
    assert run("check", str(root)).returncode == 0
    assert run("check", "--strict", str(root)).returncode == 1


def test_a_folder_without_content(tmp_path: Path) -> None:
    result = run("check", str(tmp_path))
    assert result.returncode == 1
    assert "content/:1: error: folder is missing" in result.stdout
    assert "Traceback" not in result.stderr

"""benchmarks/scale.py runs at a small size, so that it cannot rot.

Timings are printed by the script, never asserted: a test only checks that it builds both
sites from the same valid services and measures what each page loads.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from helpers import REPO, TODAY, check

SCRIPT = REPO / "benchmarks" / "scale.py"


def scale_module():
    spec = importlib.util.spec_from_file_location("scale", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_builds_both_sites_and_reports_them(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "20", "--keep", str(tmp_path),
                           "--today", TODAY.isoformat()],
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("| 20 | Signpost |") for line in lines), done.stdout
    assert any(line.startswith("| 20 | plain MkDocs + Material |") for line in lines)
    for page in ("home", "find a service", "heaviest need list", "heaviest service"):
        assert any(line.startswith(f"| 20 | Signpost | {page} (") and line.endswith(" KB |")
                   for line in lines), page  # " (OVER 300 KB) |" would end differently
    assert any(line.startswith("| 20 | plain MkDocs + Material | heaviest service (")
               for line in lines)
    signpost, baseline = tmp_path / "signpost-20", tmp_path / "baseline-20"
    assert len(list((signpost / "services").glob("*.yml"))) == 20
    assert len(list((signpost / "site" / "services").glob("*/index.html"))) == 20
    assert len(list((baseline / "site" / "services").glob("*/index.html"))) == 20
    loaded = check(signpost, TODAY)
    assert loaded.ok, loaded.problems.report()
    assert not [p for p in loaded.problems.warnings if p.where.path.startswith("services/")]


def test_what_a_page_loads_includes_the_finders_files(sample_site: Path) -> None:
    loads = scale_module().page_loads(sample_site, "services/index.html")
    assert loads[0] == "services/index.html"
    assert "assets/directory.js" in loads and "assets/signpost.css" in loads
    assert "search/search_index.json" in loads  # Material's search, loaded by every page
    # The finder's index, which holds the first results' cards: all it loads at load.
    assert sum(1 for path in loads if path.startswith("directory/")
               and path.endswith("/index.json")) == 1
    assert all((sample_site / path).is_file() for path in loads)

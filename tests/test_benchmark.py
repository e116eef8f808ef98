"""benchmarks/scale.py runs at a small size, so that it cannot rot.

Timings are printed by the script, never asserted: a test only checks that it builds both
sites from the same valid services and measures what each page loads.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import subprocess
import sys
import urllib.error
import urllib.request
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
                           "--today", TODAY.isoformat(), "--preview", "20", "--languages"],
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("| 20 | Signpost |") for line in lines), done.stdout
    assert any(line.startswith("| 20 | plain MkDocs + Material |") for line in lines)
    assert any(line.startswith("| 20 | light MkDocs + Material |") for line in lines)
    for baseline in ("plain", "light"):
        assert any(line.startswith(f"| 20 | Signpost ÷ {baseline} | ") for line in lines)
    # three edits to a service file, each seen by `mkdocs serve` (how soon is only printed)
    assert any(re.fullmatch(r"\| 20 \| \d+\.\d, \d+\.\d, \d+\.\d \(worst .*\) \|", line)
               for line in lines), done.stdout
    # the sample's languages: what each page they add costs (only printed, never timed)
    assert any(re.fullmatch(r"\| 20 \| [\d.]+ CPU s \| [\d.]+ CPU s, \d+ MB \| [1-9]\d* \|"
                            r" -?[\d.]+ \| [\d.]+ \| (within|OVER) \|", line)
               for line in lines), done.stdout
    assert (tmp_path / "languages-20" / "site" / "bn" / "index.html").is_file()
    for page in ("home", "find a service", "questionnaire", "heaviest need list",
                 "heaviest service"):  # each within the 150 KB a page may load
        assert any(re.fullmatch(rf"\| 20 \| Signpost \| {page} \(`[^`]+`\) \| \d+ KB"
                                r" \(within 150 KB\) \| (\d+ KB|nothing) \|", line)
                   for line in lines), page
    assert any(line.startswith("| 20 | plain MkDocs + Material | heaviest service (")
               for line in lines)
    signpost, baseline = tmp_path / "signpost-20", tmp_path / "baseline-20"
    assert len(list((signpost / "services").glob("*.yml"))) == 20
    assert len(list((signpost / "site" / "services").glob("*/index.html"))) == 20
    assert len(list((baseline / "site" / "services").glob("*/index.html"))) == 20
    light = tmp_path / "light-20" / "site"
    assert len(list((light / "services").glob("*/index.html"))) == 20
    assert len(list(light.rglob("index.html"))) == 21  # and one listing page, the home page
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


def test_a_first_use_adds_the_files_the_index_names_later(sample_site: Path) -> None:
    scale = scale_module()
    finder = scale.first_use(sample_site, "services/index.html")
    assert [path.rsplit("/", 1)[-1] for path in finder[:2]] == ["more.json", "words.json"]
    assert any("/cards/" in path for path in finder)
    questionnaire = "what-help-fits-us/index.html"
    assert any(path.endswith("help.json") for path in scale.page_loads(sample_site, questionnaire))
    assert scale.first_use(sample_site, questionnaire)  # the rule's candidates and cards
    assert scale.first_use(sample_site, "index.html") == []
    assert all((sample_site / path).is_file()
               for path in finder + scale.first_use(sample_site, questionnaire))


def get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body from the benchmark's own server on 127.0.0.1."""
    asked = urllib.request.Request(url, headers=headers)  # noqa: S310 - http://127.0.0.1 only
    try:
        with urllib.request.urlopen(asked) as answer:  # noqa: S310 - http://127.0.0.1 only
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as refused:
        return refused.code, dict(refused.headers), b""


def test_the_lighthouse_server_serves_the_site_as_a_host_would(sample_site: Path) -> None:
    scale = scale_module()
    with scale.served(sample_site) as base:
        assert base.startswith("http://127.0.0.1:")
        status, headers, body = get(base + "services/", {"Accept-Encoding": "gzip"})
        assert (status, headers["Content-Encoding"], headers["Content-Type"]) == (
            200, "gzip", "text/html")
        assert gzip.decompress(body) == (sample_site / "services" / "index.html").read_bytes()
        assert get(base + "no-such-page/", {})[0] == 404
        assert get(base + "..%2f..%2fetc/passwd", {})[0] == 404
    assert set(scale.lighthouse_pages(sample_site)) == {
        "home", "find a service", "questionnaire", "a service page"}

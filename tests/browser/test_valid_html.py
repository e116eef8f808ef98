"""Every built page, 404.html included, is valid HTML as the Nu Html Checker (the W3C
validator) reads it.

The checker is vnu.jar, at the version pinned in package-lock.json, which
scripts/install-html-checker (run by `make test`) puts in node_modules/ along with Debian's
Java when it is missing. One Java process checks every page at once: starting Java is most of
the time. A missing Java or checker fails the test, never skips it.

Errors fail. The checker's warnings are allowed: today every one is its reading of the
Content-Security-Policy against file: addresses, where 'self' matches nothing, plus Material's
JSON configuration block taken for an inline script, which a policy does not govern. The
browser tests check the policy in Chromium, over HTTP.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from helpers import REPO

VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
INSTALL = "run scripts/install-html-checker (make test runs it)"
# "non-document-error": a file the checker could not read or parse at all.
FAILING = {"error", "non-document-error"}


def html_errors(root: Path, pages: list[Path]) -> list[str]:
    """`page: line: message` for every error the checker finds in pages (named from root)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"No java on PATH, so the HTML cannot be checked: {INSTALL}", pytrace=False)
    if not VNU_JAR.is_file():
        pytest.fail(f"No Nu Html Checker at {VNU_JAR}: {INSTALL}", pytrace=False)
    done = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--skip-non-html",
         *(str(page) for page in pages)],
        capture_output=True, text=True, check=False,
    )
    try:
        messages = json.loads(done.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"The checker gave no report (exit {done.returncode}):\n{done.stderr}",
                    pytrace=False)
    errors = []
    for message in messages:
        if message["type"] not in FAILING:
            continue
        where = Path(unquote(urlparse(message.get("url", "")).path)).resolve()
        page = where.relative_to(root.resolve()) if where.is_relative_to(root.resolve()) else where
        line = message.get("lastLine", message.get("firstLine"))
        errors.append((str(page), line if isinstance(line, int) else 0, message["message"]))
    return [f"{page}: {line}: {text}" for page, line, text in sorted(errors)]


def test_every_built_page_is_valid_html(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert built_site / "404.html" in pages, f"no 404.html in {built_site}"
    errors = html_errors(built_site, pages)
    assert not errors, (f"{len(errors)} HTML errors in {len(pages)} pages:\n"
                        + "\n".join(errors))


def test_the_check_finds_invalid_html(tmp_path: Path) -> None:
    """A label made a button, and autocomplete on a checkbox, fail; a valid page passes."""
    head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>'
    (tmp_path / "good.html").write_text(
        head + '<body><label for="t">Menu</label><input id="t" type="checkbox"></body></html>',
        encoding="utf-8")
    (tmp_path / "bad.html").write_text(
        head + '<body>\n<label for="t" role="button">Menu</label>\n'
        '<input id="t" type="checkbox" autocomplete="off">\n</body></html>', encoding="utf-8")
    errors = html_errors(tmp_path, [tmp_path / "good.html", tmp_path / "bad.html"])
    where = [error.split(": ")[:2] for error in errors]
    assert where == [["bad.html", "2"], ["bad.html", "3"]], errors
    assert "role" in errors[0] and "autocomplete" in errors[1], errors

"""Two generators, one site: the sample built by ProperDocs is the sample built by MkDocs.

Material for MkDocs reaches end of life on 5 May 2027 and MkDocs 1.x has no maintainer, so
Signpost must keep building with ProperDocs, the MkDocs 1.6 fork that keeps `hooks:`. This
builds the repository's sample once with `properdocs build` and compares every file with the
session's one MkDocs build (`sample_site`). The only difference allowed is the one each
generator is meant to make:

- in an HTML page, the single `<meta name="generator" content="...">` line Material writes
  (MkDocs says `mkdocs-1.6.1`, ProperDocs `mkdocs-ProperDocs 1.6.7`); the line must name the
  generator that built it, so a ProperDocs build that quietly ran MkDocs fails too;
- in a `.gz` file (sitemap.xml.gz), the gzip header's MTIME field (bytes 4 to 7): both
  generators set it to the build date, so two builds either side of midnight UTC differ there
  and nowhere else.

Every other byte of every file (JSON, XML, JS, CSS, the search index, images) must be equal.
"""

from __future__ import annotations

import difflib
import gzip
import re
from importlib.metadata import version
from pathlib import Path

from helpers import REPO, properdocs_build

GENERATOR = re.compile(rb'^[ \t]*<meta name="generator" content="([^"\r\n]*)">\r?\n', re.M)
SHOWN = 5          # differing files shown in full in the failure message
DIFF_LINES = 20    # diff lines shown for each


def files_of(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def without_generator(path: str, data: bytes) -> tuple[bytes, list[str]]:
    """An HTML page with its generator line removed, and what that line said."""
    found = [m.group(1).decode() for m in GENERATOR.finditer(data)]
    assert len(found) <= 1, f"{path} has {len(found)} generator lines"
    return GENERATOR.sub(b"", data, count=1), found


def without_gzip_mtime(data: bytes) -> bytes:
    """A gzip file with its header's MTIME (bytes 4 to 7, RFC 1952) set to zero."""
    assert data[:2] == b"\x1f\x8b", "not a gzip file"
    return data[:4] + b"\0\0\0\0" + data[8:]


def text_diff(path: str, a: bytes, b: bytes) -> str:
    """Where two normalised files first differ, then a short unified diff."""
    if path.endswith(".gz"):
        a, b = gzip.decompress(a), gzip.decompress(b)
        if a == b:
            return "    only the gzip stream differs (its decompressed contents are equal)"
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
              min(len(a), len(b)))
    start = max(0, at - 60)
    where = [f"    first difference at byte {at} of {len(a)} (MkDocs) and {len(b)} (ProperDocs):",
             f"      MkDocs:     {a[start:at + 60]!r}", f"      ProperDocs: {b[start:at + 60]!r}"]
    try:
        left, right = a.decode("utf-8"), b.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(where)
    lines = list(difflib.unified_diff(left.splitlines(), right.splitlines(), "mkdocs/" + path,
                                      "properdocs/" + path, n=1, lineterm=""))
    more = [f"    ... {len(lines) - DIFF_LINES} more diff lines"] if len(lines) > DIFF_LINES else []
    return "\n".join(where + ["    " + line[:160] for line in lines[:DIFF_LINES]] + more)


def test_properdocs_builds_the_same_site_as_mkdocs(sample_site: Path, tmp_path: Path) -> None:
    proper_site = tmp_path / "site"
    result = properdocs_build(REPO, proper_site)
    assert result.returncode == 0, result.stderr

    mkdocs_files, proper_files = files_of(sample_site), files_of(proper_site)
    problems: list[str] = []
    if only := sorted(mkdocs_files - proper_files):
        problems.append(f"{len(only)} files only in the MkDocs build: {only[:10]}")
    if only := sorted(proper_files - mkdocs_files):
        problems.append(f"{len(only)} files only in the ProperDocs build: {only[:10]}")

    material = version("mkdocs-material")
    expected = {"MkDocs": f"mkdocs-{version('mkdocs')}, mkdocs-material-{material}",
                "ProperDocs": f"mkdocs-ProperDocs {version('properdocs')}, "
                              f"mkdocs-material-{material}"}
    said: dict[str, set[str]] = {"MkDocs": set(), "ProperDocs": set()}
    differing: dict[str, tuple[bytes, bytes]] = {}
    compared = 0
    for path in sorted(mkdocs_files & proper_files):
        a, b = (sample_site / path).read_bytes(), (proper_site / path).read_bytes()
        if path.endswith(".html"):
            a, found_a = without_generator(path, a)
            b, found_b = without_generator(path, b)
            said["MkDocs"].update(found_a)
            said["ProperDocs"].update(found_b)
        elif path.endswith(".gz"):
            a, b = without_gzip_mtime(a), without_gzip_mtime(b)
        compared += 1
        if a != b:
            differing[path] = (a, b)

    for name, values in said.items():
        if values != {expected[name]}:
            problems.append(f"the {name} build's generator lines say {sorted(values)}, "
                            f"not just {expected[name]!r}")
    if differing:
        shown = [f"  {path}:\n" + text_diff(path, *differing[path])
                 for path in list(differing)[:SHOWN]]
        problems.append(f"{len(differing)} of {compared} files differ beyond the generator "
                        f"line (first {len(shown)} shown, as normalised): "
                        f"{list(differing)[:20]}\n" + "\n".join(shown))
    assert compared >= 100, f"only {compared} files were compared"
    assert not problems, "\n".join(problems)

"""Material's chrome rendered once for generated pages alike (hooks/signpost_frames.py) gives
exactly the HTML a full render of every page gives: the same site built with frames off
(SIGNPOST_FRAMES=0) is the same, byte for byte, page by page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

import hostile_site
from helpers import REPO, TODAY, mkdocs_build, sample_folder


def build_without_frames(folder: Path, site_dir: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=TODAY.isoformat(),
               SIGNPOST_FRAMES="0")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                           str(folder / "mkdocs.yml"), "-d", str(site_dir)],
                          capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr


def assert_same_pages(framed: Path, full: Path) -> None:
    pages = sorted(path.relative_to(full) for path in full.rglob("*.html"))
    assert sorted(path.relative_to(framed) for path in framed.rglob("*.html")) == pages
    assert len(pages) > 50
    different = [str(page) for page in pages
                 if (framed / page).read_bytes() != (full / page).read_bytes()]
    assert not different, different[:10]


def test_the_sample_is_the_same_with_and_without_frames(sample_site: Path, tmp_path: Path
                                                        ) -> None:
    build_without_frames(REPO, tmp_path / "full")
    assert_same_pages(sample_site, tmp_path / "full")


def test_canonical_addresses_and_edit_links_are_each_pages_own(tmp_path: Path) -> None:
    folder = sample_folder(tmp_path)
    config_path = folder / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config.update(site_url="https://family-help.example.org/", edit_uri="edit/main/content/",
                  repo_url="https://github.com/example/family-help")
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    done = mkdocs_build(folder, tmp_path / "framed")
    assert done.returncode == 0, done.stderr
    build_without_frames(folder, tmp_path / "full")
    assert_same_pages(tmp_path / "framed", tmp_path / "full")
    service = (tmp_path / "framed" / "services" / "dads-matter" / "index.html").read_text(
        encoding="utf-8")
    assert ('<link rel="canonical" href="https://family-help.example.org/services/dads-matter/">'
            in service)


def test_naughty_titles_are_the_same_with_and_without_frames(tmp_path: Path) -> None:
    built = hostile_site.build(tmp_path, hostile=True)
    build_without_frames(built.root, tmp_path / "full")
    assert_same_pages(built.site, tmp_path / "full")

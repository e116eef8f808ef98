"""Levels of need: a page per level, the overview, and every level side by side.

Checked on the sample (4 levels) and on the minimal fixture (2 levels), and on a site with
a level added, so nothing depends on how many levels a partnership has.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from helpers import REPO, check, edit, rendered_pages, reported, site_folder, visible_text
from signpost.model import Content

LEVEL_3 = """- id: targeted
  number: 3
  name: Targeted help
  summary: Several things are hard at once.
  professionals: Multiple needs; a Team Around the Family.
  support: A family support worker.
  assessment: early-help
  consent: true
  contacts: [info]
"""


def three_levels(tmp_path: Path) -> Path:
    """The minimal fixture with a middle level added: protection becomes level 3."""
    root = site_folder(tmp_path)
    edit(root, "content/levels.yml", "- id: protection\n  number: 2",
         LEVEL_3.replace("number: 3", "number: 2") + "- id: protection\n  number: 3")
    return root


def sites(tmp_path: Path, sample: dict[str, str]):
    minimal = site_folder(tmp_path)
    yield REPO, sample
    yield minimal, rendered_pages(minimal)
    root = three_levels(tmp_path / "three")
    yield root, rendered_pages(root)


def test_each_level_page_shows_everything_about_its_level(tmp_path: Path, sample) -> None:
    for root, pages in sites(tmp_path, sample):
        content = check(root).content
        for level in content.levels.values():
            page = pages[f"levels/{level.id}.md"]
            text = visible_text(page)
            assert re.search(r"<h1>", page) and page.count("<h1") == 1
            assert f"Level {level.number}: {level.name}" in text
            assert " ".join(level.summary.split()) in text
            for example in level.examples:
                assert example in text
            assert "For professionals" in text
            services = [s for s in content.published_services if level.id in s.levels]
            count = f"{len(services)} service{'' if len(services) == 1 else 's'} at this level"
            assert count in text
            assert 'href="services/"' in page  # the directory's list of them
            for ident in level.contacts:
                contact = content.contacts[ident]
                assert contact.name in text
                if contact.phone:
                    assert contact.phone.text in text
            consent_link = 'href="../../consent/#parents"'
            assert (consent_link in page) == (level.consent and bool(content.consent))


def test_level_pages_never_list_every_service(sample: dict[str, str], content: Content) -> None:
    page = sample["levels/universal.md"]
    listed = [s for s in content.published_services
              if f"services/{s.id}/" in page and "universal" in s.levels]
    assert listed == []


def test_stepping_up_and_down_link_the_neighbouring_levels(tmp_path: Path, sample) -> None:
    for root, pages in sites(tmp_path, sample):
        levels = list(check(root).content.levels.values())
        for below, above in pairwise(levels):
            up = visible_text(pages[f"levels/{below.id}.md"]).rsplit("Stepping up", 1)[1]
            assert f"Next level up: Level {above.number}: {above.name}" in up
            down = visible_text(pages[f"levels/{above.id}.md"]).rsplit("Stepping down", 1)[1]
            assert f"Next level down: Level {below.number}: {below.name}" in down
        assert "This is the lowest level" in visible_text(pages[f"levels/{levels[0].id}.md"])
        assert "This is the highest level" in visible_text(pages[f"levels/{levels[-1].id}.md"])


def test_step_up_and_down_use_the_levels_own_words_when_given(sample, content: Content) -> None:
    for level in content.levels.values():
        text = visible_text(sample[f"levels/{level.id}.md"])
        for words in (level.step_up, level.step_down):
            if words:
                assert " ".join(words.split()[:8]) in text


def test_the_comparison_has_a_column_per_level_in_order(tmp_path: Path, sample) -> None:
    for root, pages in sites(tmp_path, sample):
        levels = list(check(root).content.levels.values())
        page = pages["levels/compare.md"]
        columns = re.findall(r'<th scope="col"><a href="[^"]+">([^<]+)</a></th>', page)
        assert columns == [f"Level {lv.number}: {lv.name}" for lv in levels]
        rows = re.findall(r'<th scope="row">([^<]+)</th>', page)
        assert rows == ["In a family's words", "For professionals", "Examples",
                        "Assessment and consent", "Who to contact", "Stepping up",
                        "Stepping down"]
        for row in page.split("<tr")[2:]:
            assert row.count("<td") == len(levels)


def test_the_overview_links_every_level_the_comparison_and_the_pathway(
        sample: dict[str, str], content: Content) -> None:
    page = sample["levels/index.md"]
    for level in content.levels.values():
        assert f'href="../levels/{level.id}/"' in page or f'href="{level.id}/"' in page
    assert 'href="compare/"' in page
    assert 'href="../pathway/"' in page


def test_reserved_level_ids_are_reported(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    for path in root.rglob("*.yml"):  # the level and every reference to it
        path.write_text(path.read_text(encoding="utf-8").replace("everyday", "compare"),
                        encoding="utf-8")
    assert reported(root) == [
        'content/levels.yml:1: error: id "compare" is the address of the page comparing'
        " levels; give this level another id"]


def test_step_up_must_be_markdown_without_html(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/levels.yml", "  support: Schools, nurseries and health visitors.\n",
         "  support: Schools, nurseries and health visitors.\n"
         "  step_up: Call <b>us</b>.\n")
    assert reported(root) == [
        "content/levels.yml:7: error: step_up contains raw HTML; write Markdown instead"
        " (paragraphs, lists, *emphasis*, [links](https://example.org))"]

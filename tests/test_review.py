"""Review dates: "last checked" on pages made from content, the editors' review page
(overdue first), and links to each content file when the repository is named."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import (REPO, check, edit, mkdocs_build, rendered_pages, reported, site_folder,
                     visible_text)
from signpost.features.review import pages as review

REPOSITORY = {"repo_url": "https://github.com/example/family-help",
              "edit_uri": "edit/main/content/"}
SOURCE = "https://github.com/example/family-help/edit/main/"


def dated(tmp_path: Path) -> Path:
    """The minimal fixture with review dates: one level overdue, one recent."""
    root = site_folder(tmp_path)
    edit(root, "content/levels.yml", "  contacts: [info]\n",
         "  contacts: [info]\n  reviewed: 2025-06-01\n  reviewed_by: Early Help Board\n")
    edit(root, "content/levels.yml", "  contacts: [front-door]\n",
         "  contacts: [front-door]\n  reviewed: 2026-10-01\n  reviewed_by: Safeguarding team\n")
    return root


def rows(page: str) -> list[list[str]]:
    body = page.split("<tbody>")[-1].split("</tbody>")[0]  # the review dates: the last table
    return [[visible_text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row,
                                                       re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_overdue_first_then_unchecked_then_by_when_due(tmp_path: Path) -> None:
    root = dated(tmp_path)
    table = rows(rendered_pages(root)["review.md"])
    assert [row[:2] for row in table] == [
        ["Level of need", "Level 1: Everyday help"],  # overdue since 1 June 2026
        ["Need", "Feelings and mental health"], ["Contact", "Front Door"],  # never checked,
        ["Contact", "Information Service"], ["Need", "Money and housing"],  # by name
        ["Contact", "Night Team"], ["Consent topic", "Why we ask"],
        ["Service", "Advice Shop"],  # checked 1 September 2026, so due a year later
        ["Level of need", "Level 2: Protection"],  # both due 1 October 2027: by name
        ["Service", "Safe House"],
    ]
    assert table[0][2:5] == ["1 June 2025", "Early Help Board", "Overdue since 1 June 2026"]
    assert table[2][2:5] == ["Not recorded", "", "Add a review date"]
    assert table[-1][4] == "1 October 2027"
    assert table[7][4] == "1 September 2027"


def test_the_sample_lists_everything_once(tmp_path: Path) -> None:
    content = check(REPO).content
    table = rows(rendered_pages(REPO)["review.md"])
    expected = (len(content.published_services) + len(content.levels) + len(content.contacts)
                + len(content.consent) + len(content.needs) + 1)
    assert len(table) == expected
    assert table[0][:2] == ["Service", "Dads Matter"]  # the one overdue service


def test_a_long_list_is_split_into_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.setattr(review, "PAGE_SIZE", 4)
    pages = rendered_pages(dated(tmp_path))
    assert [len(rows(pages[src])) for src in ("review.md", "review/page-2.md",
                                              "review/page-3.md")] == [4, 4, 2]
    assert "Page 2 of 3." in visible_text(pages["review/page-2.md"])
    assert 'href="../page-3/"' in pages["review/page-2.md"]


def test_rows_link_to_their_files_when_the_repository_is_named(tmp_path: Path) -> None:
    root = dated(tmp_path)
    page = rendered_pages(root, **REPOSITORY)["review.md"]
    assert f'<a href="{SOURCE}services/advice-shop.yml">services/advice-shop.yml</a>' in page
    assert f'<a href="{SOURCE}content/levels.yml">content/levels.yml</a>, line 12' in page
    plain = rendered_pages(root)["review.md"]
    assert "github.com" not in plain
    assert "set repo_url and edit_uri in mkdocs.yml" in visible_text(plain)


def test_pages_made_from_content_say_when_they_were_checked_and_link_the_source(
        tmp_path: Path) -> None:
    root = dated(tmp_path)
    pages = rendered_pages(root, **REPOSITORY)
    level = visible_text(pages["levels/protection.md"])
    assert level.endswith("Last checked on 1 October 2026 by Safeguarding team. Edit this page"
                          " (content/levels.yml, line 12)")
    assert f'<a href="{SOURCE}content/levels.yml">Edit this page</a>' in pages[
        "levels/protection.md"]
    topic = visible_text(pages["consent/why.md"])
    assert "Last checked" not in topic and topic.endswith("Edit this page (content/consent.yml,"
                                                          " line 1)")
    assert "Edit this page" not in rendered_pages(root)["levels/protection.md"]


def test_an_edit_uri_that_names_another_folder_still_reaches_the_file() -> None:
    from signpost.features.review.sources import Sources

    assert Sources("https://gitlab.com/x/y/", "edit/master/docs/").link("services/a.yml") == \
        "https://gitlab.com/x/y/edit/master/services/a.yml"
    assert Sources("https://git.example.org/x", "https://git.example.org/x/src/branch/main/"
                   "site/content/").link("content/needs.yml") == \
        "https://git.example.org/x/src/branch/main/site/content/needs.yml"
    assert Sources("https://example.org/x", None).link("content/needs.yml") is None


def test_the_hook_passes_the_repository_from_mkdocs_yml(tmp_path: Path) -> None:
    root = dated(tmp_path)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "hooks", root / "hooks",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as settings:
        settings.write("repo_url: https://github.com/example/family-help\n"
                       "edit_uri: edit/main/content/\n")
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    page = (site / "levels/protection/index.html").read_text(encoding="utf-8")
    assert f'<a href="{SOURCE}content/levels.yml">Edit this page</a>' in page
    assert f'href="{SOURCE}services/safe-house.yml"' in (site / "review/index.html").read_text(
        encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("  contacts: [info]\n", "  contacts: [info]\n  reviewed: 2027-01-01\n",
     "content/levels.yml:10: error: reviewed is 2027-01-01, which is after today; give the date"
     " it was really checked"),
    ("  contacts: [info]\n", "  contacts: [info]\n  reviewed_by: Someone\n",
     "content/levels.yml:10: warning: reviewed_by is given without reviewed: add the date it was"
     " checked, as YYYY-MM-DD, or it is not shown"),
    ("  contacts: [info]\n", "  contacts: [info]\n  reviewed: 2025-11-23\n",
     "content/levels.yml:10: warning: reviewed is 2025-11-23, more than 12 months ago: check the"
     " level is still right, then update reviewed"),
    ("  contacts: [info]\n", "  contacts: [info]\n  reviewed: 23/11/2026\n",
     'content/levels.yml:10: error: reviewed is "23/11/2026"; write a real date as YYYY-MM-DD,'
     " such as 2026-09-01"),
])
def test_review_dates_are_checked(tmp_path: Path, old: str, new: str, expected: str) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/levels.yml", old, new)
    assert reported(root) == [expected]


def test_contacts_needs_and_consent_topics_take_review_dates(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/contacts.yml", "- id: info\n", "- id: info\n  reviewed: 2026-11-01\n")
    edit(root, "content/needs.yml", "- id: money\n", "- id: money\n  reviewed: 2024-01-01\n")
    edit(root, "content/consent.yml", "- id: why\n", "- id: why\n  reviewed: 2026-02-01\n"
         "  reviewed_by: Data team\n")
    assert reported(root) == [
        "content/needs.yml:2: warning: reviewed is 2024-01-01, more than 12 months ago: check"
        " the need is still right, then update reviewed"]
    pages = rendered_pages(root)
    assert "Information Service" in visible_text(pages["contacts.md"]).split(
        "Last checked on 1 November 2026.")[0]
    assert "Last checked on 1 January 2024." in visible_text(pages["needs/money.md"])
    assert "Last checked on 1 February 2026 by Data team." in visible_text(
        pages["consent/why.md"])

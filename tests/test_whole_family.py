"""Help for the whole family: adult ages, and drafts kept in services/ but published nowhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import (TODAY, buildable, check, edit, mkdocs_build, rendered_pages, reported,
                     site_folder, visible_text, write)
from signpost.model import Ages
from signpost.features.oruk.importer import report_lines, run_import
from signpost.words import ages as ages_in_words

SERVICE = "services/advice-shop.yml"
DRAFT_NAME = "Zebra Crossing Dads Walk"
# A draft with no summary, organisation or contact: what editors keep while they finish it.
DRAFT = f"""name: {DRAFT_NAME}
needs: [money]
levels: [everyday]
ages: {{from: 18, to: 99}}
access: [drop-in]
delivery: [in-person]
cost: free
status: draft
reviewed: 2026-11-01
"""


@pytest.mark.parametrize(("start", "end", "pregnancy", "said"), [
    (0, 99, False, "All ages"),
    (0, 120, False, "All ages"),
    (16, 99, False, "16 and over"),
    (18, 99, False, "Adults"),
    (0.5, 99, False, "6 months and over"),
    (0, 4, False, "From birth to 4 years"),
    (19, 64, False, "19 to 64 years"),
    (16, 99, True, "Pregnancy, and ages 16 and over"),
    (0, 99, True, "Pregnancy, and all ages"),
    (0, 0, False, "Under 1 year"),
    (0.5, 0.5, False, "6 months"),
    (25, 25, False, "25 years"),
    (17.5, 18, False, "17 and a half to 18 years"),
])
def test_ages_read_naturally(start: float, end: float, pregnancy: bool, said: str) -> None:
    assert ages_in_words(Ages(start, end), pregnancy) == said


def test_services_for_parents_and_everyone_check_clean(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, SERVICE, "ages: {from: 0, to: 18}", "ages: {from: 16, to: 99}")
    assert reported(root) == []
    edit(root, SERVICE, "ages: {from: 16, to: 99}", "ages: {from: 0, to: 120}")
    assert reported(root) == []


def test_an_age_beyond_120_is_reported_at_its_line(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, SERVICE, "ages: {from: 0, to: 18}", "ages: {from: 0, to: 150}")
    assert reported(root) == [f"{SERVICE}:6: error: ages.to is 150; ages go up to 120 (write 99"
                              " for adults of any age)"]


def test_a_food_bank_for_everyone_says_so_and_is_listed_for_adults(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, SERVICE, "ages: {from: 0, to: 18}", "ages: {from: 0, to: 99}")
    pages = rendered_pages(root)
    assert "Ages: All ages" in visible_text(pages["services/advice-shop.md"])
    adults = visible_text(pages["ages/adults.md"])
    assert "Help for parents, carers and other adults over 25" in adults
    assert "Advice Shop" in adults
    for group in ("0-4", "5-10", "11-15", "16-18", "19-25"):  # every group it overlaps
        assert "Advice Shop" in visible_text(pages[f"ages/{group}.md"]), group
    assert "Parents, carers and adults over 25" in visible_text(pages["services/index.md"])


def test_a_childrens_service_is_not_listed_for_adults(tmp_path: Path) -> None:
    pages = rendered_pages(site_folder(tmp_path))  # the advice shop is for ages 0 to 18
    assert "Advice Shop" not in visible_text(pages["ages/adults.md"])
    assert "Advice Shop" in visible_text(pages["ages/16-18.md"])


def test_the_oruk_feed_gives_the_true_maximum_age(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    edit(root, SERVICE, "ages: {from: 0, to: 18}", "ages: {from: 16, to: 99}")
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    feed = json.loads((site / "openreferral" / "services" / "page-1.json").read_text("utf-8"))
    shop = next(s for s in feed["contents"] if s["name"] == "Advice Shop")
    assert (shop["minimum_age"], shop["maximum_age"]) == (16, 99)


def test_a_drafts_missing_fields_are_warnings_that_name_them(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "services/dads-walk.yml", DRAFT)
    found = reported(root)
    assert found == [
        "services/dads-walk.yml:1: warning: organisation is missing: who runs it; add it before"
        " this draft is published",
        "services/dads-walk.yml:1: warning: summary is missing: one sentence saying what it"
        " offers; add it before this draft is published",
        "services/dads-walk.yml:1: warning: contact is missing: how to get in touch: at least"
        " one of phone, email or web; add it before this draft is published",
    ]
    draft = check(root).content.drafts["dads-walk"]
    assert (draft.name, draft.lacks) == (DRAFT_NAME, ("organisation", "summary", "contact"))


def test_a_draft_is_still_checked_for_what_it_says(tmp_path: Path) -> None:
    """Only missing fields are forgiven: a wrong value, or a file that cannot be read, is
    still an error."""
    root = site_folder(tmp_path)
    write(root, "services/dads-walk.yml", DRAFT + "contact: {phone: 12345}\n")
    write(root, "services/broken.yml", "status: draft\nname: [unclosed\n")
    errors = [str(p) for p in check(root).problems.errors]
    assert errors[0].startswith("services/broken.yml:")
    assert errors[1] == ('services/dads-walk.yml:10: error: contact.phone "12345" is not a UK'
                         " phone number; write it as dialled in the UK, such as 020 7946 0123,"
                         " 0800 1111, 999 or 116 123")
    assert len(errors) == 2


def test_a_draft_is_published_nowhere_but_the_review_page(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    # A complete draft, with every field: still published nowhere.
    write(root, "services/dads-walk.yml", DRAFT.replace("status: draft", (
        "organisation: Testford Dads\nsummary: A walk and a talk for dads.\n"
        "contact: {phone: 020 7946 0299}\nuuid: 3f1c2a9e-6f43-4a8e-9a55-0d1c1f0e7b21\n"
        "status: draft")))
    edit(root, "content/updates/shorter-forms.yml", "related: [money, advice-shop]",
         "related: [money, advice-shop, dads-walk]")
    assert ('content/updates/shorter-forms.yml:6: warning: related has "dads-walk", a draft'
            " service that is not published yet; the link is left out") in reported(root)
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    naming = sorted(path.relative_to(site).as_posix() for path in site.rglob("*")
                    if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js")
                    and (DRAFT_NAME in path.read_text("utf-8", errors="replace")
                         or "3f1c2a9e" in path.read_text("utf-8", errors="replace")))
    assert naming == ["review/index.html"]
    assert not (site / "services" / "dads-walk").exists()


def test_the_review_page_lists_drafts_first_with_what_each_lacks(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "services/dads-walk.yml", DRAFT)
    page = rendered_pages(root)["review.md"]
    assert page.index("Draft services") < page.index("Review dates</caption>")
    text = visible_text(page)
    assert (f"{DRAFT_NAME} organisation, summary, contact 1 November 2026"
            " services/dads-walk.yml, line 1") in text
    assert "1 service is a draft" in text


def test_import_keeps_ages_and_writes_incomplete_records_as_drafts(tmp_path: Path) -> None:
    """A council's export: complete records publish, incomplete ones come in as drafts, and
    the site builds at once."""
    root = buildable(tmp_path)
    write(root, "content/oruk-mapping.yml", "default:\n  needs: [money]\n  levels: [everyday]\n"
          "  access: [self-referral]\n  delivery: [phone]\n  cost: free\n")
    records = []
    for number in range(30):
        record = {"id": f"8d4a0000-0000-4000-8000-{number:012d}", "name": f"Feed Service {number}",
                  "description": f"Help number {number} for families.",
                  "organization": {"id": f"9d4a0000-0000-4000-8000-{number:012d}",
                                   "name": "Feed Org"},
                  "email": "feed@example.org", "minimum_age": 16, "maximum_age": 99,
                  "assured_date": "2026-10-01"}
        if number % 10 == 3:
            del record["description"]  # no summary: a draft
        if number % 10 == 7:
            del record["email"]  # no contact: a draft
        records.append(record)
    source = write(tmp_path, "export.json", json.dumps({"contents": records}, indent=1))
    outcome = run_import(source, root, TODAY)
    lines = report_lines(outcome, source, root, dry_run=False)
    assert outcome.problems.errors == [], lines
    assert "wrote 30 service files" in lines[-1]
    assert "wrote 30 service files" in lines[-1], "\n".join(lines[:12])
    assert "6 of them as drafts to finish (status: draft, not published)" in lines[-1]
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    assert len(loaded.content.services) == 24 + 3  # and the fixture's own three
    assert {d.lacks for d in loaded.content.drafts.values()} == {("summary",), ("contact",)}
    assert loaded.content.services["feed-service-0"].ages == Ages(16, 99)
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    review = visible_text((site / "review" / "index.html").read_text("utf-8"))
    assert "6 services are drafts" in review and "Feed Service 13" in review
    assert not (site / "services" / "feed-service-13").exists()


def test_a_need_cannot_be_called_index(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/needs.yml", "- id: money", "- id: index")
    assert ('content/needs.yml:1: error: id "index" is the address of the folder of need'
            " pages; give this need another id") in reported(root)


def test_a_service_cannot_take_the_address_of_find_a_service(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    (root / "services/old-club.yml").rename(root / "services/index.yml")
    assert reported(root) == ['services/index.yml:1: error: id "index" is the address of Find a'
                              " service; rename the file"]


def test_a_character_no_page_can_show_is_reported(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, SERVICE, "name: Advice Shop\norg", 'name: "Advice\\x1b Shop"\norg')
    edit(root, SERVICE, "needs: [money]", 'needs: [money]\nlanguages: ["Somali\\0"]')
    assert reported(root) == [
        f"{SERVICE}:1: error: name contains the character U+001B, which cannot be shown; delete"
        " it or retype the text",
        f"{SERVICE}:5: error: languages contains the character U+0000, which cannot be shown;"
        " delete it or retype the text"]

"""`signpost import`: Open Referral UK data (3.0 and v1) into service files an editor keeps.

A v1 feed of three fictional services (tests/fixtures/oruk-v1/) comes in with its schedules,
ages and addresses; ORUK's canonical examples build into a site; what cannot come in is
reported at its line and JSON path; and the sample site's own feed comes back unchanged.
"""

from __future__ import annotations

import dataclasses
import string
import subprocess
import sys
from datetime import date
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from helpers import (FIXTURES, REPO, TODAY, buildable, check, mkdocs_build, reported, sample_folder,
                     site_folder, write)
from signpost import urls
from signpost.model import Ages, Location, Session
from signpost.features.oruk import ids
from signpost.features.oruk.export import encode, feed
from signpost.features.oruk.importer import Outcome, run_import
from signpost.features.oruk.yamlwrite import block, scalar

ORUK = FIXTURES / "oruk"  # public ORUK schemas and examples: see its NOTICE.md
V1 = Path("tests/fixtures/oruk-v1/services.json")  # as typed, from the repository
SIGNPOST = Path(sys.executable).parent / "signpost"
MAPPING = """\
terms:
  - term: Play and early learning
    needs: [feelings]
    levels: [everyday]
  - term: Youth work
    taxonomy: Testford Service Types
    levels: [everyday]
  - term: Emotional wellbeing
    needs: [feelings]
  - term: Debt advice
    needs: [money]
    levels: [everyday]
"""


def imported(root: Path, source: Path, **options: object) -> Outcome:
    return run_import(source, root, TODAY, **options)


def lines(outcome: Outcome) -> list[str]:
    return [str(p) for p in outcome.problems.errors + outcome.problems.warnings]


def v1_site(tmp_path: Path) -> Path:
    root = site_folder(tmp_path)
    write(root, "content/oruk-mapping.yml", MAPPING)
    return root


def from_repo(source: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SIGNPOST), "import", str(source), *args], capture_output=True,
                          text=True, cwd=REPO, check=False)


# -- ORUK v1 ---------------------------------------------------------------------------------


def test_a_v1_feed_comes_in_with_its_schedules_ages_and_addresses(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    outcome = imported(root, REPO / V1)
    assert outcome.problems.errors == []
    assert outcome.written == ["services/hollybush-toddler-group.yml",
                               "services/teen-talk-drop-in.yml",
                               "services/money-matters-phone-advice.yml"]
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    toddlers = loaded.content.services["hollybush-toddler-group"]
    assert toddlers.hours.sessions == (Session(("mon", "wed"), 9 * 60 + 30, 11 * 60 + 30),)
    assert toddlers.ages == Ages(0, 4)
    assert toddlers.locations == (Location(
        name="Hollybush Church Hall", address="3 Chapel Street, Hollins Cross",
        postcode="BK5 2HB", confidential=False, access=("step-free", "accessible-toilet")),)
    assert (toddlers.access, toddlers.delivery, toddlers.cost) == (("drop-in",),
                                                                   ("in-person",), "free")
    assert (toddlers.needs, toddlers.levels) == (("feelings",), ("everyday",))
    assert toddlers.languages == ("English", "Polish") and toddlers.areas == ("Hollins Cross",)
    assert toddlers.contact.phone.text == "0161 496 0781"
    assert toddlers.reviewed == date(2026, 9, 14)
    assert toddlers.uuid == ids.from_foreign("HB-1001")
    assert toddlers.description == ("Songs, messy play and a cup of tea for parents and"
                                    " carers.\n\nCome along with your little one: no need to"
                                    " book.")
    teens = loaded.content.services["teen-talk-drop-in"]
    assert teens.hours.sessions == (Session(("tue", "thu"), 16 * 60, 19 * 60),
                                    Session(("fri",), 16 * 60, 21 * 60))
    assert teens.ages == Ages(11, 18)
    assert (teens.locations[0].address, teens.locations[0].postcode) == (
        "Unit 4, Mill Yard, Testford", "BK1 4MY")
    assert (teens.cost, teens.contact.web) == ("£1 a session",
                                               "https://www.example.org/teentalk")
    assert (teens.needs, teens.levels) == (("feelings",), ("everyday",))
    advice = loaded.content.services["money-matters-phone-advice"]
    assert advice.hours.sessions == (Session(("mon", "tue", "wed", "thu", "fri"), 600, 960),)
    assert (advice.access, advice.delivery) == (("professional-referral",), ("phone",))
    assert advice.ages == Ages(0, 99) and advice.locations == ()  # no ages given: all ages


def test_what_cannot_come_in_is_reported_at_its_line_and_path(tmp_path: Path) -> None:
    found = lines(imported(v1_site(tmp_path), V1))
    for expected in (
        f"{V1}:159: warning: content[2].regular_schedules[1]: freq is \"MONTHLY\"; Signpost"
        " holds weekly opening hours only, so it was not imported; write the hours by hand"
        ' ("Evening line on the first Thursday of the month")',
        f"{V1}:109: warning: content[1].holiday_schedules[0]: closing on particular dates is"
        " not imported: add an alert to the service file if it matters",
        f'{V1}:149: warning: content[2].contacts[0].phones[1]: "01632 960123" is not a UK'
        " phone number: not imported",
        f'{V1}:10: warning: content[0]: id "HB-1001" is not a UUID: uuid'
        f" {ids.from_foreign('HB-1001')} was made from it, the same each time this data is"
        " imported",
        f"{V1}:13: warning: content[0].description: held HTML, which Signpost never publishes:"
        " the tags were taken out; check the text",
        f"{V1}:10: warning: content[0]: has fields with no place in Signpost, not imported:"
        " deliverable_type, service_at_locations[0].location.latitude,"
        " service_at_locations[0].location.longitude, contacts[0].name,"
        " contacts[0].phones[0].language",
        f"{V1}:134: warning: content[2]: has fields with no place in Signpost, not imported:"
        " eligibilitys[0].eligibility, contacts[0].name",
        f"{V1}:23: warning: content[0].organization: Hollybush Community Church has fields"
        " with no place in Signpost, not imported: description, email, url",
        f"{V1}:134: warning: content[2]: gives no ages: written as all ages (from 0 to 99);"
        " check who it is for",
    ):
        assert expected in found


def test_an_unmapped_term_is_an_error_until_the_mapping_is_complete(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    outcome = imported(root, V1)
    assert (f'{V1}:80: error: content[0].service_taxonomys[0].taxonomy: term "Play and early'
            ' learning" (taxonomy "Testford Service Types") is not in content/oruk-mapping.yml:'
            " add it under terms with the needs and levels it means, or with ignore: true"
            ) in lines(outcome)
    assert (f"{V1}:10: warning: content[0]: gives no needs: map its taxonomy terms in"
            " content/oruk-mapping.yml, give default needs there, or write needs in the"
            " service file; written as a draft (status: draft), published once an editor"
            " adds it") in lines(outcome)
    assert len(outcome.problems.errors) == 4  # the four terms
    # What was written is kept as drafts, which say what they lack and are not published.
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    assert loaded.content.drafts["hollybush-toddler-group"].lacks == ("needs", "levels")
    assert "hollybush-toddler-group" not in loaded.content.services
    write(root, "content/oruk-mapping.yml", MAPPING)
    assert imported(root, V1, update=True).problems.errors == []
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()


def test_the_mapping_file_is_checked_by_signpost_check(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    assert reported(root) == []
    write(root, "content/oruk-mapping.yml", MAPPING.replace("needs: [money]", "needs: [mony]")
          + "  - term: Adults\n  - term: Other\n    ignore: true\ndefault:\n  levels: [everyday]\n")
    assert reported(root) == [
        'content/oruk-mapping.yml:11: error: terms[4].needs has "mony", which is not a need id'
        " in content/needs.yml. Did you mean money?",
        'content/oruk-mapping.yml:13: error: terms[5].term "Adults" gives nothing: add needs,'
        " levels, access, delivery or pregnancy, or write ignore: true",
    ]


def test_defaults_fill_what_a_services_own_data_leaves_out(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/oruk-mapping.yml", "default:\n  needs: [money]\n  levels: [everyday]\n"
          "  access: [self-referral]\n  delivery: [in-person]\n  cost: Ask the service\n")
    source = ORUK / "validator-mocks" / "pass" / "service_list.json"
    outcome = imported(root, source)
    assert outcome.problems.errors == []
    assert (f"{source}:10: warning: contents[0]: gives no needs: money from default in"
            " content/oruk-mapping.yml; check it") in lines(outcome)
    service = check(root).content.services["community-counselling"]
    assert (service.needs, service.access, service.cost) == (("money",), ("self-referral",),
                                                             "fees_description")


# -- ORUK 3.0: the canonical examples build into a site ------------------------------------


def buildable_with_mapping(tmp_path: Path, name: str) -> Path:
    root = buildable(tmp_path / name)
    write(root, "content/oruk-mapping.yml", "terms:\n  - term: name\n    taxonomy: taxonomy\n"
          "    needs: [feelings]\n    levels: [everyday]\ndefault:\n  needs: [feelings]\n"
          "  levels: [everyday]\n  access: [self-referral]\n  delivery: [in-person]\n")
    return root


def test_the_canonical_examples_build_into_the_site(tmp_path: Path) -> None:
    for name, source in (("full", ORUK / "v3-examples" / "service_full.json"),
                         ("list", ORUK / "validator-mocks" / "pass" / "service_list.json")):
        root = buildable_with_mapping(tmp_path, name)
        outcome = imported(root, source)
        assert outcome.problems.errors == [], lines(outcome)
        assert outcome.written == ["services/community-counselling.yml"]
        site = tmp_path / name / "site"
        result = mkdocs_build(root, site)
        assert result.returncode == 0, result.stderr
        page = (site / "services" / "community-counselling" / "index.html").read_text("utf-8")
        assert "Community Counselling" in page and "email@example.com" in page
        # ...and it is in the site's own feed, under the id it came with.
        assert (site / "openreferral" / "services"
                / "ac148810-d857-441c-9679-408f346de14b.json").is_file()


def test_the_full_example_keeps_what_the_content_model_can_hold(tmp_path: Path) -> None:
    root = buildable_with_mapping(tmp_path, "full")
    imported(root, ORUK / "v3-examples" / "service_full.json")
    service = check(root).content.services["community-counselling"]
    assert service.organisation == "Example Organization Inc."
    assert service.summary == "Counselling Services provided by trained professionals."
    assert service.ages == Ages(12, 100)  # the ages as the feed gives them
    assert service.cost == "£35 per 1 hour session (Under 18s and Over 60s)"
    assert (service.contact.email, service.contact.web) == ("email@example.com",
                                                            "http://example.com/counselling")
    assert service.locations == (Location(
        name="MyCity Civic Center", address="1-30 Main Street, MyCity", postcode=None,
        confidential=False, access=("step-free", "hearing-loop")),)
    assert service.alert.startswith("Following COVID-19")
    assert (service.reviewed, service.reviewed_by) == (date(2005, 1, 1), "email@example.com")


# -- files already there -----------------------------------------------------------------


def test_a_file_already_there_is_replaced_only_with_update(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    assert from_repo(V1, "--into", str(root)).returncode == 0
    target = root / "services" / "teen-talk-drop-in.yml"
    target.write_text(target.read_text("utf-8") + "# an editor's note\n", "utf-8")
    again = from_repo(V1, "--into", str(root))
    assert again.returncode == 1
    assert ("services/teen-talk-drop-in.yml:1: error: already exists, so it was not replaced"
            f" by {V1} (content[1]); run signpost import again with --update to replace it"
            ) in again.stdout.splitlines()
    assert again.stdout.splitlines()[-1].endswith(
        f"wrote 0 service files in {root / 'services'}, 3 left as they were (from {V1})")
    assert target.read_text("utf-8").endswith("# an editor's note\n")
    assert from_repo(V1, "--into", str(root), "--update").returncode == 0
    assert "# an editor's note" not in target.read_text("utf-8")
    assert len(list((root / "services").glob("*.yml"))) == 6  # the same three, replaced


def test_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    result = from_repo(V1, "--into", str(root), "--dry-run")
    assert result.returncode == 0
    assert "would write 3 service files" in result.stdout.splitlines()[-1]
    assert not (root / "services" / "teen-talk-drop-in.yml").exists()


def test_a_new_service_named_like_an_existing_one_gets_its_own_file(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    write(root, "services/teen-talk-drop-in.yml",
          (FIXTURES / "minimal" / "services" / "advice-shop.yml").read_text("utf-8"))
    outcome = imported(root, V1)
    assert "services/teen-talk-drop-in-2.yml" in outcome.written
    assert check(root).content.services["teen-talk-drop-in"].name == "Advice Shop"


def test_json_that_cannot_be_read_is_one_clear_line(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    broken = write(tmp_path, "broken.json", '{\n  "name": "Club",\n  "status": active\n}\n')
    result = from_repo(broken, "--into", str(root))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{broken}:3: error: is not valid JSON: Expecting value (column 13)")
    assert "Traceback" not in result.stderr
    missing = from_repo(tmp_path / "nowhere.json", "--into", str(root))
    assert missing.returncode == 1 and "is not there" in missing.stdout


# -- the round trip ----------------------------------------------------------------------


def test_exporting_and_importing_the_sample_keeps_every_field(tmp_path: Path) -> None:
    """The sample site's feed, imported into the sample site, gives back every published
    service as it was, but for confidential places, which the feed never holds."""
    root = sample_folder(tmp_path)
    before = check(root).content
    out = tmp_path / "feed"
    for path, value in feed(before, urls.Urls()).items():
        write(out, path, encode(value).decode("utf-8"))
    outcome = imported(root, out / "openreferral", update=True)
    assert outcome.problems.errors == []
    assert [p for p in lines(outcome) if not p.startswith("services/")] == []
    assert len(outcome.written) == len(before.published_services)
    after = check(root).content
    for service in before.published_services:
        public = tuple(place for place in service.locations if not place.confidential)
        again = after.services[service.id]
        assert again == dataclasses.replace(service, locations=public, where=again.where)
    for service in before.services.values():
        if not service.published:  # never in the feed, so left as it was
            assert after.services[service.id] == service


# -- the YAML an editor reads ------------------------------------------------------------


def test_the_written_file_reads_like_the_sample_files(tmp_path: Path) -> None:
    root = v1_site(tmp_path)
    imported(root, V1)
    assert (root / "services" / "hollybush-toddler-group.yml").read_text("utf-8") == f"""\
# Imported by signpost import from {V1}.
# signpost import --update replaces this file: keep edits in the source data.
name: Hollybush Toddler Group
organisation: Hollybush Community Church
summary: Songs, messy play and a cup of tea for parents and carers.
description: |
  Songs, messy play and a cup of tea for parents and carers.

  Come along with your little one: no need to book.
needs: [feelings]
levels: [everyday]
ages: {{from: 0, to: 4}}
access: [drop-in]
delivery: [in-person]
cost: free
contact: {{phone: 0161 496 0781, email: toddlers@hollybush.example.org, web: https://hollybush.example.org/toddlers}}
locations:
  - name: Hollybush Church Hall
    address: 3 Chapel Street, Hollins Cross
    postcode: BK5 2HB
    confidential: false
    access: [step-free, accessible-toilet]
hours:
  - {{days: [mon, wed], open: "09:30", close: "11:30"}}
languages: [English, Polish]
areas: [Hollins Cross]
status: active
reviewed: 2026-09-14
uuid: {ids.from_foreign("HB-1001")}
"""


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@given(TEXT)
def test_any_text_is_written_so_yaml_reads_it_back(text: str) -> None:
    assert yaml.safe_load(f"k: {scalar(text)}")["k"] == text
    assert yaml.safe_load(f"k: [{scalar(text, flow=True)}]")["k"] == [text]


@given(st.text(string.ascii_letters + string.digits + string.punctuation + " \n£é",
               max_size=200))
def test_any_markdown_is_written_so_yaml_reads_it_back(text: str) -> None:
    expected = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if expected:
        assert yaml.safe_load("k:" + block(text))["k"].rstrip("\n") == expected

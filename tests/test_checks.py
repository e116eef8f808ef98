"""Each content check, on a small valid fixture site with one mistake made in it.

The expected reports are the exact `path:line: severity: message` an editor sees.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from helpers import edit, reported, site_folder, write

SERVICE = "services/advice-shop.yml"
ALLOWED_SERVICE_FIELDS = (
    "Allowed: name, organisation, summary, description, needs, levels, ages, pregnancy, access,"
    " delivery, cost, contact, locations, hours, bank_holidays, languages, areas, status, alert,"
    " reviewed, reviewed_by, uuid"
)

# (file, text to replace, replacement, every problem reported)
CASES = {
    "unknown field suggests the right name": (
        SERVICE, "summary:", "sumary:", [
            f"{SERVICE}:1: error: summary is missing: one sentence saying what it offers",
            f"{SERVICE}:3: error: sumary is not a field of service. Did you mean summary?"
            f" {ALLOWED_SERVICE_FIELDS}",
        ]),
    "required field": (
        SERVICE, "organisation: Testford Advice\n", "",
        [f"{SERVICE}:1: error: organisation is missing: who runs it"]),
    "allowed values": (
        SERVICE, "status: active", "status: open",
        [f'{SERVICE}:18: error: status is "open"; use one of: active, temporarily-closed,'
         " closed, draft."]),
    "id format": (
        "content/consent.yml", "- id: why", "- id: Why_Ask",
        ['content/consent.yml:1: error: id "Why_Ask" is not a valid id: use lowercase letters,'
         " digits and single hyphens, such as money-housing"]),
    "id unique": (
        "content/consent.yml", "  children: We ask you first.\n",
        "  children: We ask you first.\n- id: why\n  title: Again\n  parents: Twice.\n",
        ['content/consent.yml:5: error: id "why" is already used at content/consent.yml:1;'
         " ids must be unique"]),
    "need reference": (
        SERVICE, "needs: [money]", "needs: [mony]",
        [f'{SERVICE}:4: error: needs has "mony", which is not a need id in content/needs.yml.'
         " Did you mean money?"]),
    "level reference": (
        SERVICE, "levels: [everyday]", "levels: [every-day]",
        [f'{SERVICE}:5: error: levels has "every-day", which is not a level id in'
         " content/levels.yml. Did you mean everyday?"]),
    "level contact reference": (
        "content/levels.yml", "contacts: [info]", "contacts: [information]",
        ['content/levels.yml:9: error: contacts has "information", which is not a contact id in'
         " content/contacts.yml."]),
    "out_of_hours reference": (
        "content/contacts.yml", "out_of_hours: night-team", "out_of_hours: nights",
        ['content/contacts.yml:10: error: out_of_hours has "nights", which is not a contact id'
         " in content/contacts.yml. Did you mean night-team?"]),
    "related reference": (
        "content/updates/shorter-forms.yml", "related: [money, advice-shop]",
        "related: [money, advice]",
        ['content/updates/shorter-forms.yml:6: error: related has "advice", which is neither a'
         " need id nor a service file name. Did you mean advice-shop?"]),
    "emergency contact reference": (
        "content/site.yml", "contact: front-door", "contact: frontdoor",
        ['content/site.yml:8: error: emergency[2].contact has "frontdoor", which is not a'
         " contact id in content/contacts.yml. Did you mean front-door?"]),
    "questionnaire need reference": (
        "content/questionnaire.yml", "needs: [feelings]", "needs: [feeling]",
        ['content/questionnaire.yml:15: error: questions[2].options[2].needs has "feeling",'
         " which is not a need id in content/needs.yml. Did you mean feelings?"]),
    "questionnaire level reference": (
        "content/questionnaire.yml", "{label: Money, needs: [money]}",
        "{label: Money, needs: [money], level: urgent}",
        ['content/questionnaire.yml:14: error: questions[2].options[1].level has "urgent",'
         " which is not a level id in content/levels.yml."]),
    "highest level is statutory": (
        "content/levels.yml", "assessment: statutory", "assessment: none",
        ["content/levels.yml:10: error: protection is the highest level, so its assessment"
         " must be statutory"]),
    "highest level has an urgent contact": (
        "content/levels.yml", "contacts: [front-door]", "contacts: [info]",
        ["content/levels.yml:10: error: protection is the highest level, so its contacts must"
         " include an urgent or emergency contact, such as the MASH"]),
    "early help needs consent": (
        "content/levels.yml", "  assessment: none\n", "  assessment: early-help\n",
        ["content/levels.yml:8: error: consent must be true: an Early Help assessment needs the"
         " family's consent"]),
    "levels numbered without gaps": (
        "content/levels.yml", "number: 2", "number: 3",
        ["content/levels.yml:1: error: level numbers are 1, 3; number the levels 1, 2 with no"
         " gaps or repeats"]),
    "ages in order": (
        SERVICE, "ages: {from: 0, to: 18}", "ages: {from: 12, to: 8}",
        [f"{SERVICE}:6: error: ages.from (12) is older than to (8); from must be the youngest"
         " age"]),
    "phone number": (
        SERVICE, "contact: {phone: 020 7946 0200}", "contact: {phone: 020 7946 020}",
        [f'{SERVICE}:10: error: contact.phone "020 7946 020" is not a UK phone number; write it'
         " as dialled in the UK, such as 020 7946 0123, 0800 1111, 999 or 116 123"]),
    "textphone number": (
        "content/contacts.yml", "email: info@example.org",
        "email: info@example.org\n  textphone: 18001 12",
        ['content/contacts.yml:29: error: textphone "18001 12" is not a UK phone number; write'
         " it as dialled in the UK, such as 020 7946 0123, 0800 1111, 999 or 116 123 (Relay UK"
         " numbers start 18001)"]),
    "email address": (
        "content/contacts.yml", "email: info@example.org", "email: info.example.org",
        ['content/contacts.yml:28: error: email is "info.example.org"; write an email address'
         " such as help@example.org"]),
    "web address": (
        "content/site.yml", "quick_exit: https://www.bbc.co.uk/weather",
        "quick_exit: www.bbc.co.uk/weather",
        ['content/site.yml:9: error: quick_exit is "www.bbc.co.uk/weather"; write a full web'
         " address starting https://, such as https://example.org/help"]),
    "real date": (
        SERVICE, "reviewed: 2026-09-01", "reviewed: 2026-02-30",
        [f'{SERVICE}:19: error: reviewed is "2026-02-30"; write a real date as YYYY-MM-DD, such'
         " as 2026-09-01"]),
    "reviewed in the future": (
        SERVICE, "reviewed: 2026-09-01", "reviewed: 2026-12-01",
        [f"{SERVICE}:19: error: reviewed is 2026-12-01, which is after today; give the date it"
         " was really checked"]),
    "review overdue is a warning": (
        SERVICE, "reviewed: 2026-09-01", "reviewed: 2025-11-22",
        [f"{SERVICE}:19: warning: reviewed is 2025-11-22, more than 12 months ago: check the"
         " service is still right, then update reviewed"]),
    "opening days": (
        SERVICE, "days: [mon, wed]", "days: [monday, wed]",
        [f'{SERVICE}:16: error: hours[1].days has "monday"; use any of: mon, tue, wed, thu, fri,'
         " sat, sun. Did you mean mon?"]),
    "unquoted time is read as written": (
        SERVICE, "close: 13:00", "close: 13:60",
        [f'{SERVICE}:16: error: hours[1].close is "13:60"; write a 24-hour time HH:MM between'
         ' 00:00 and 23:59, in quotes, such as "17:00"']),
    "open before close": (
        SERVICE, 'open: "14:00", close: "16:00"', 'open: "16:00", close: "14:00"',
        [f'{SERVICE}:17: error: hours[2].close must be later than open; for a session past'
         ' midnight, end it at "23:59" and start another at "00:00" the next day']),
    "sessions do not overlap": (
        SERVICE, 'open: "14:00", close: "16:00"', 'open: "12:00", close: "16:00"',
        [f"{SERVICE}:15: error: hours has sessions on mon that overlap; make them separate"
         " times"]),
    "hours always": (
        "services/safe-house.yml", "hours: always", "hours: allways",
        ['services/safe-house.yml:16: error: hours is "allways"; write always, or a list of'
         ' sessions such as - {days: [mon, tue], open: "09:00", close: "17:00"}']),
    "raw HTML in Markdown": (
        "content/levels.yml", "    Contact the front door the same day.\n",
        "    Contact the front door the same day.\n    <script>alert(1)</script>\n",
        ["content/levels.yml:16: error: professionals contains raw HTML; write Markdown instead"
         " (paragraphs, lists, *emphasis*, [links](https://example.org))"]),
    "out of hours covers the gap": (
        "content/contacts.yml", '{days: [sat, sun], open: "00:00", close: "23:59"}',
        '{days: [sat], open: "00:00", close: "23:59"}', [
            "content/contacts.yml:1: error: front-door is closed on Sunday at 00:00 and its"
            " out_of_hours route night-team is closed too; the two must cover every hour of the"
            " week",
            "content/contacts.yml:11: error: night-team is closed on Sunday at 00:00 and its"
            " out_of_hours route front-door is closed too; the two must cover every hour of the"
            " week",
        ]),
    "urgent route names its out of hours route": (
        "content/contacts.yml", "  bank_holidays: closed\n  out_of_hours: night-team\n",
        "  bank_holidays: closed\n",
        ["content/contacts.yml:1: error: out_of_hours is missing: an urgent route that is not"
         " open always must name the contact that covers the rest of the time"]),
    "questionnaire offers an urgent answer": (
        "content/questionnaire.yml", '{label: "Yes", urgent: true}', '{label: "Yes"}',
        ["content/questionnaire.yml:1: error: no answer is marked urgent: true; at least one"
         " question must let a family say someone is in danger"]),
    "field given twice": (
        SERVICE, "cost: free", "cost: free\ncost: £2",
        [f"{SERVICE}:10: error: cost is given twice; keep one"]),
    "uuid": (
        SERVICE, "status: active", "status: active\nuuid: not-a-uuid",
        [f'{SERVICE}:19: error: uuid "not-a-uuid" is not a UUID such as'
         " 6f2c0f5e-0d0b-4a5e-9d8e-2f0c6a1b7e41"]),
    "postcode": (
        SERVICE, "postcode: BK1 1AA", "postcode: BK1",
        [f'{SERVICE}:14: error: locations[1].postcode "BK1" is not a UK postcode such as'
         " EX1 2AB"]),
    "temporarily closed needs an alert": (
        SERVICE, "status: active", "status: temporarily-closed",
        [f"{SERVICE}:1: error: alert is missing: a temporarily-closed service needs an alert"
         " saying why and until when"]),
    "true or false": (
        "content/levels.yml", "consent: false\n  contacts: [info]",
        "consent: maybe\n  contacts: [info]",
        ['content/levels.yml:8: error: consent is "maybe"; use true or false']),
    "whole number": (
        "content/levels.yml", "number: 2", "number: two",
        ['content/levels.yml:11: error: number is "two"; use a whole number']),
    "YAML syntax error is one line": (
        SERVICE, "needs: [money]", "needs: [money",
        [f"{SERVICE}:5: error: YAML syntax error: did not find expected ',' or ']'. Check the"
         " indentation, colons and quotes on this line or the one before"]),
}


@pytest.mark.parametrize("name", CASES)
def test_each_mistake_is_reported_where_it_is(tmp_path: Path, name: str) -> None:
    relative, old, new, expected = CASES[name]
    root = site_folder(tmp_path)
    edit(root, relative, old, new)
    assert reported(root) == expected


def test_the_fixture_itself_has_no_problems(tmp_path: Path) -> None:
    assert reported(site_folder(tmp_path)) == []


def test_unquoted_times_and_dates_are_read_from_their_text(tmp_path: Path) -> None:
    root = site_folder(tmp_path)  # advice-shop.yml has `close: 13:00` and reviewed unquoted
    from helpers import check
    content = check(root).content
    shop = content.services["advice-shop"]
    assert shop.hours.sessions[0].close == 13 * 60
    assert str(shop.reviewed) == "2026-09-01"


def test_a_list_where_a_set_of_fields_belongs(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/site.yml", "- name: Testford\n- area: Testford\n")
    assert reported(root)[0] == (
        "content/site.yml:1: error: should be a set of fields (name, authority, area, url,"
        " emergency, quick_exit, feedback, review_every_months, plain_words), not a list")


def test_a_set_of_fields_where_a_list_belongs(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/consent.yml", "id: why\ntitle: Why\nparents: Because.\n")
    assert reported(root) == [
        "content/consent.yml:1: error: should be a list of consent topics, each starting with"
        " '- id:', not a set of fields"]


def test_an_empty_file(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "services/empty.yml", "\n# nothing yet\n")
    assert reported(root) == [
        "services/empty.yml:1: error: is empty: it needs the fields described in"
        " docs/content-model.md"]


def test_a_missing_folder_and_file(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    for path in (root / "services").iterdir():
        path.unlink()
    (root / "services").rmdir()
    (root / "content/needs.yml").unlink()
    assert reported(root) == [
        "content/needs.yml:1: error: file is missing: see docs/content-model.md for what it"
        " holds",
        f"services/:1: error: folder is missing: {root} must hold content/ and services/"
        " (found no services/)",
    ]


def test_file_names_are_ids_and_end_in_yml(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    (root / SERVICE).rename(root / "services/Advice Shop.yml")
    write(root, "services/extra.yaml", "name: x\n")
    assert reported(root) == [
        'content/updates/shorter-forms.yml:6: error: related has "advice-shop", which is neither'
        " a need id nor a service file name.",
        'services/Advice Shop.yml:1: error: the file name "Advice Shop" is its id: use lowercase'
        " letters, digits and single hyphens, such as young-carers-project.yml",
        "services/extra.yaml:1: error: Signpost reads .yml files: rename it extra.yml",
    ]


def test_raw_html_in_a_hand_written_page(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/page.md", "# A page\n\nFine.\n\n<iframe src=x></iframe>\n")
    assert reported(root) == [
        "content/page.md:5: error: contains raw HTML; write Markdown instead (paragraphs,"
        " lists, *emphasis*, [links](https://example.org))"]


def test_a_hand_written_page_cannot_take_a_generated_name(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/contacts.md", "# Contacts\n")
    assert reported(root) == [
        "content/contacts.md:1: error: contacts.md is a page Signpost makes from the YAML"
        " files; rename this page"]


def test_an_unknown_content_file_is_a_warning(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/services.yml", "- name: x\n")
    assert reported(root) == [
        "content/services.yml:1: warning: is not a file Signpost reads, so it is ignored; the"
        " files in content/ are consent.yml, contacts.yml, levels.yml, needs.yml,"
        " oruk-mapping.yml, pathway.yml, questionnaire.yml, site.yml"]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    (root / "services/latin.yml").write_bytes(b"name: Caf\xe9\n")
    assert reported(root) == [
        "services/latin.yml:1: error: is not UTF-8 text: save the file as UTF-8"]


def test_broken_records_do_not_cause_a_cascade(tmp_path: Path) -> None:
    """A service too broken to read is still a known id for the updates that name it."""
    root = site_folder(tmp_path)
    edit(root, SERVICE, "summary: Free advice about money and debt.\n", "")
    edit(root, "content/levels.yml", "  support: Social workers.\n", "")
    assert reported(root) == [
        "content/levels.yml:10: error: support is missing: what help looks like at this level",
        f"{SERVICE}:1: error: summary is missing: one sentence saying what it offers",
    ]


def test_a_comma_in_an_unquoted_label_is_explained(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/questionnaire.yml", "{label: Money, needs: [money]}",
         "{label: Money, debt or housing, needs: [money]}")
    assert reported(root) == [
        "content/questionnaire.yml:14: error: questions[2].options[1].debt or housing is not a"
        " field of option. Allowed: label, hint, urgent, needs, level, ages, pregnancy. A comma"
        " inside { } starts a new field: put text with commas in quotes"]


TWENTY = ["allowed values", "need reference", "level reference", "ages in order", "phone number",
          "real date", "opening days", "open before close", "postcode", "id format",
          "level contact reference", "highest level is statutory", "out_of_hours reference",
          "email address", "web address", "emergency contact reference", "related reference",
          "questionnaire need reference", "hours always"]


def test_twenty_mistakes_are_all_reported_in_one_run(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    expected = []
    for name in TWENTY:
        relative, old, new, reports = CASES[name]
        edit(root, relative, old, new)
        expected += reports
    edit(root, "content/page.md", "Some *words*.", "Some <b>words</b>.")
    expected.append("content/page.md:3: error: contains raw HTML; write Markdown instead"
                    " (paragraphs, lists, *emphasis*, [links](https://example.org))")
    assert len(expected) == 20
    assert sorted(reported(root)) == sorted(expected)


def test_a_check_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """load pauses Python's collector while it reads (collector.py); `mkdocs serve` loads
    again on every save, so a collector left off would let its memory grow for good."""
    root = site_folder(tmp_path)
    edit(root, SERVICE, "status: active", "status: open")  # a run that reports a problem
    assert gc.isenabled()
    assert reported(root)
    assert gc.isenabled()
    gc.disable()
    try:
        reported(root)
        assert not gc.isenabled()
    finally:
        gc.enable()

"""The Early Help pathway: content/pathway.yml checked with path:line reports, and rendered
as an ordered list with a diagram drawn at build time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import REPO, check, edit, rendered_pages, reported, site_folder, visible_text, write

PATHWAY = "content/pathway.yml"
MINIMAL_PATHWAY = """title: How help works
intro: From a worry to a plan.
steps:
  - id: notice
    name: Noticing a worry
    summary: Someone notices a child is finding things hard.
    who: Anyone
    time: Straight away
    levels: [everyday]
    contacts: [info]
  - id: agree
    name: Agreeing to help
    summary: Help only starts if the family says yes.
    who: The family
    time: A few days
    consent: [why]
  - id: review
    name: Reviewing the plan
    summary: We check the plan is working.
    who: The family and their worker
    time: Every 6 to 8 weeks
    next: [review, step-up, close]
  - id: step-up
    name: Stepping up
    summary: A social worker gets involved.
    who: The worker
    time: The same day
    levels: [protection]
    contacts: [front-door]
    next: []
  - id: close
    name: Closing
    summary: We ask what helped.
    who: The worker
    time: At the last review
"""


def with_pathway(tmp_path: Path, text: str = MINIMAL_PATHWAY) -> Path:
    root = site_folder(tmp_path)
    write(root, PATHWAY, text)
    return root


def mistake(tmp_path: Path, old: str, new: str) -> list[str]:
    root = with_pathway(tmp_path)
    edit(root, PATHWAY, old, new)
    return reported(root)


def test_the_minimal_pathway_is_accepted(tmp_path: Path) -> None:
    root = with_pathway(tmp_path)
    assert reported(root) == []
    steps = check(root).content.pathway.steps
    assert [s.next for s in steps] == [("agree",), ("review",), ("review", "step-up", "close"),
                                       (), ()]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("levels: [everyday]", "levels: [every-day]",
     'content/pathway.yml:9: error: steps[1].levels has "every-day", which is not a level id'
     " in content/levels.yml. Did you mean everyday?"),
    ("contacts: [front-door]", "contacts: [frontdoor]",
     'content/pathway.yml:29: error: steps[4].contacts has "frontdoor", which is not a contact'
     " id in content/contacts.yml. Did you mean front-door?"),
    ("consent: [why]", "consent: [why-ask]",
     'content/pathway.yml:16: error: steps[2].consent has "why-ask", which is not a consent'
     " topic id in content/consent.yml. Did you mean why?"),
    ("next: [review, step-up, close]", "next: [review, stepup, close]",
     'content/pathway.yml:22: error: steps[3].next has "stepup", which is not the id of a step'
     " in this file. Did you mean step-up?"),
    ("    who: The family\n", "",
     "content/pathway.yml:11: error: steps[2].who is missing: who does it, such as The person"
     " who noticed the worry"),
    ("    time: Straight away\n", "    tme: Straight away\n",
     "content/pathway.yml:4: error: steps[1].time is missing: how long it takes or when it"
     " happens, such as Within two weeks"),
    ("  - id: agree", "  - id: notice",
     'content/pathway.yml:11: error: steps[2].id "notice" is already used at'
     " content/pathway.yml:4; ids must be unique"),
    ("intro: From a worry to a plan.\n", "",
     "content/pathway.yml:1: error: intro is missing: a sentence or two saying what the"
     " pathway is, in plain words"),
])
def test_each_mistake_is_reported_where_it_is(tmp_path: Path, old: str, new: str,
                                              expected: str) -> None:
    assert expected in mistake(tmp_path, old, new)


def test_an_unknown_field_names_the_allowed_ones(tmp_path: Path) -> None:
    problems = mistake(tmp_path, "    time: Straight away\n", "    time: Straight away\n"
                       "    owner: Anyone\n")
    assert problems == [
        "content/pathway.yml:9: error: steps[1].owner is not a field of step. Allowed: id,"
        " name, summary, who, time, professionals, levels, contacts, consent, next"]


def test_a_step_nothing_leads_to_is_a_warning(tmp_path: Path) -> None:
    problems = mistake(tmp_path, "next: [review, step-up, close]", "next: [review, close]")
    assert problems == [
        "content/pathway.yml:23: warning: step step-up cannot be reached from the first step"
        " (notice): name it in the next of the step before it, or remove it"]


def test_consent_topics_need_a_consent_file(tmp_path: Path) -> None:
    root = with_pathway(tmp_path)
    (root / "content/consent.yml").unlink()
    assert reported(root) == [
        'content/pathway.yml:16: error: steps[2].consent has "why", which is not a consent'
        " topic id in content/consent.yml."]


def test_reviewed_dates_are_checked(tmp_path: Path) -> None:
    root = with_pathway(tmp_path, MINIMAL_PATHWAY.replace(
        "steps:", "reviewed: 2030-01-01\nreviewed_by: Board\nsteps:"))
    assert reported(root) == [
        "content/pathway.yml:3: error: reviewed is 2030-01-01, which is after today; give the"
        " date it was really checked"]


def step_items(page: str) -> list[str]:
    steps = page.split('<ol class="sp-pathway__steps">')[1].split("</ol>")[0]
    return re.findall(r'<li class="sp-step" id="step-([a-z0-9-]+)">', steps)


def test_the_pathway_page_lists_every_step_in_order_with_who_and_how_long(tmp_path: Path
                                                                          ) -> None:
    for root in (REPO, with_pathway(tmp_path)):
        pathway = check(root).content.pathway
        page = rendered_pages(root)["pathway.md"]
        text = visible_text(page)
        assert page.count("<h1") == 1 and pathway.title in text
        assert step_items(page) == [step.id for step in pathway.steps]
        for number, step in enumerate(pathway.steps, start=1):
            assert f"Step {number}: {step.name}" in text
            assert f"Who {step.who} How long {step.time}" in text
            assert " ".join(step.summary.split()) in text


def test_each_step_says_where_it_leads(tmp_path: Path) -> None:
    text = visible_text(rendered_pages(with_pathway(tmp_path))["pathway.md"])
    assert "Next: Step 2: Agreeing to help." in text
    assert ("What can happen next: Step 3: Reviewing the plan (again), Step 4: Stepping up or"
            " Step 5: Closing.") in text
    assert text.count("The pathway ends here.") == 2


def test_the_diagram_is_drawn_in_the_page_and_hidden_from_screen_readers(tmp_path: Path
                                                                        ) -> None:
    root = with_pathway(tmp_path)
    page = rendered_pages(root)["pathway.md"]
    svg = re.search(r'<div class="sp-pathway__diagram" aria-hidden="true">\s*(<svg.*?</svg>)',
                    page, re.S).group(1)
    assert svg.count("<rect") == 5
    for number, step in enumerate(check(root).content.pathway.steps, start=1):
        assert f">{number}. {step.name}</text>" in svg
    assert "<style" not in svg and "href" not in svg and "<script" not in svg
    assert svg.count("<polygon") == 5  # 3 arrows down, a repeat, a move to the side


def test_the_sample_pathway_links_resolve(sample_site: Path) -> None:
    html = (sample_site / "pathway/index.html").read_text(encoding="utf-8")
    body = html.split('<article class="md-content__inner')[1].split("</article>")[0]
    links = [link for link in re.findall(r'href="([^"]+)"', body)
             if not link.startswith(("tel:", "mailto:", "http"))]
    assert {link.split("/")[1] for link in links if link.startswith("../")} >= {
        "levels", "contacts", "consent"}
    for link in links:  # every page and section the steps link to is there
        path, _, anchor = link.partition("#")
        target = sample_site / "pathway" / path
        if not target.suffix:
            target = target / "index.html"
        assert target.is_file(), link
        if anchor:
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), link


def test_the_pathway_is_in_the_menu(sample_site: Path) -> None:
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'href="pathway/"' in home

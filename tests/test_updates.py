"""You said, we did: every update newest first, filters by status and by who told us, a page
per year, and an Atom feed of every update."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from helpers import REPO, TODAY, check, rendered_pages, site_folder, visible_text, write
from signpost.model import Content
from signpost.features.updates.pages import source_slug
from signpost.site import render_site

ATOM = "{http://www.w3.org/2005/Atom}"


def shown(page: str) -> list[str]:
    """The updates a page shows, by their you_said, in order."""
    return [visible_text(h) for h in re.findall(
        r'<h[23] class="sp-update__said"><span class="sp-update__label">You said:</span>'
        r" (.*?)</h[23]>", page)]


def said(updates) -> list[str]:
    return [visible_text(u.you_said) for u in updates]


def test_every_update_is_shown_newest_first_with_its_status(sample, content: Content) -> None:
    updates = list(content.updates.values())
    assert [u.date for u in updates] == sorted((u.date for u in updates), reverse=True)
    page = sample["you-said-we-did.md"]
    assert shown(page) == said(updates)
    text = visible_text(page)
    for update in updates:
        status = {"done": "Done", "doing": "Doing", "planned": "Planned"}[update.status]
        assert f"{status} {update.date.day} {update.date:%B %Y}. From {update.source}." in text
        assert f'id="{update.id}"' in page


def test_each_status_has_a_page_with_exactly_its_updates(sample, content: Content) -> None:
    updates = content.updates.values()
    for status in ("done", "doing", "planned"):
        page = sample[f"you-said-we-did/{status}.md"]
        assert shown(page) == said(u for u in updates if u.status == status)


def test_each_group_that_told_us_has_a_page_with_exactly_its_updates(
        sample: dict[str, str], content: Content) -> None:
    updates = list(content.updates.values())
    groups = {u.source for u in updates}
    assert len(groups) >= 3
    for group in groups:
        page = sample[f"you-said-we-did/from/{source_slug(group)}.md"]
        assert shown(page) == said(u for u in updates if u.source == group)
        assert group.replace("'", "&#39;") in page


def test_each_year_has_a_page_and_every_update_is_on_its_own_years_page(
        sample: dict[str, str], content: Content) -> None:
    updates = list(content.updates.values())
    years = sorted({u.date.year for u in updates})
    assert len(years) >= 2
    made = sorted(int(m) for src in sample for m in re.findall(
        r"^you-said-we-did/(\d{4})\.md$", src))
    assert made == years
    for year in years:
        page = sample[f"you-said-we-did/{year}.md"]
        assert shown(page) == said(u for u in updates if u.date.year == year)
        assert "regulation 56" in visible_text(page)


def test_the_filters_work_without_javascript(sample: dict[str, str]) -> None:
    page = sample["you-said-we-did.md"]
    assert re.search(r'<form class="sp-filter" data-module="sp-updates-filter" hidden>', page)
    for status in ("done", "doing", "planned"):
        assert f'href="{status}/"' in page
    assert 'href="from/brackenford-youth-forum/"' in page


def test_updates_link_their_services_and_needs_and_those_pages_link_back(
        sample: dict[str, str], content: Content) -> None:
    page = sample["you-said-we-did.md"]
    for update in content.updates.values():
        for ident in update.related:
            target = (f"needs/{ident}/" if ident in content.needs else f"services/{ident}/")
            assert f'href="../{target}"' in page
            back = sample[f"{target[:-1]}.md"]  # the need's or the service's own page
            assert f'href="../../you-said-we-did/#{update.id}"' in back


def test_source_slugs_are_plain_and_never_empty() -> None:
    assert source_slug("Castle Ward parents' coffee morning") == \
        "castle-ward-parents-coffee-morning"
    assert source_slug("Fforwm Ieuenctid Môn") == "fforwm-ieuenctid-mon"
    assert source_slug("青年论坛").startswith("from-")


def feed_of(root: Path) -> ET.Element:
    content = check(root).content
    data = render_site(content, TODAY).files["you-said-we-did.xml"]
    return ET.fromstring(data)


def text_of(element: ET.Element, tag: str) -> str:
    found = element.find(ATOM + tag)
    assert found is not None and found.text, f"no {tag}"
    return found.text


def assert_valid_atom(feed: ET.Element) -> None:
    """The elements RFC 4287 requires, with absolute ids and RFC 3339 dates."""
    assert feed.tag == ATOM + "feed"
    for tag in ("id", "title", "updated"):
        text_of(feed, tag)
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    ids = [text_of(feed, "id")]
    for entry in feed.findall(ATOM + "entry"):
        for tag in ("id", "title", "updated"):
            text_of(entry, tag)
        ids.append(text_of(entry, "id"))
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
    assert len(set(ids)) == len(ids)
    for ident in ids:
        assert re.match(r"^(urn:uuid:[0-9a-f-]{36}|https?://)", ident)
    for stamp in feed.iter(ATOM + "updated"):
        datetime.strptime(stamp.text, "%Y-%m-%dT%H:%M:%SZ")  # noqa: DTZ007 - checks the form only


def test_the_feed_is_valid_atom_with_every_update(sample: dict[str, str], content: Content) -> None:
    feed = feed_of(REPO)
    assert_valid_atom(feed)
    entries = feed.findall(ATOM + "entry")
    assert [text_of(e, "title") for e in entries] == [u.you_said for u in
                                                      content.updates.values()]
    newest = next(iter(content.updates.values()))
    assert text_of(feed, "updated") == f"{newest.date}T00:00:00Z"
    for entry, update in zip(entries, content.updates.values(), strict=True):
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert link == f"https://familyhelp.example.org/you-said-we-did/#{update.id}"
        assert update.we_did in text_of(entry, "content")
        assert entry.find(ATOM + "category").get("term") == update.status


def test_a_feed_without_a_site_address_links_relative_to_itself(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    write(root, "content/updates/evening-groups.yml", "date: 2026-05-01\nfrom: Dads group\n"
          "you_said: Groups are <always> in the day & we work.\nwe_did: Evening groups.\n"
          "status: planned\n")
    feed = feed_of(root)
    assert_valid_atom(feed)
    entries = feed.findall(ATOM + "entry")
    assert [text_of(e, "title") for e in entries] == [
        "Groups are <always> in the day & we work.", "The forms are too long."]
    assert entries[0].find(f"{ATOM}link[@rel='alternate']").get("href") == \
        "you-said-we-did/#evening-groups"


def test_an_empty_feed_is_still_valid(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    (root / "content/updates/shorter-forms.yml").unlink()
    feed = feed_of(root)
    assert_valid_atom(feed)
    assert feed.findall(ATOM + "entry") == []
    assert "Nothing has been published here yet." in visible_text(
        rendered_pages(root)["you-said-we-did.md"])


def test_the_page_offers_the_feed_and_it_is_published(sample_site: Path) -> None:
    page = (sample_site / "you-said-we-did/index.html").read_text(encoding="utf-8")
    assert '<a href="../you-said-we-did.xml" type="application/atom+xml">Subscribe' in page
    assert_valid_atom(ET.parse(sample_site / "you-said-we-did.xml").getroot())


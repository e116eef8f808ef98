"""Consent: every topic in each reader's words, a page per topic, and a leaflet for families.

On the sample every topic has all four versions; the minimal fixture has one topic written
for parents and carers and for children only.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpers import edit, rendered_pages, reported, site_folder, visible_text
from signpost.model import Content

READERS = {"parents": "parents", "young-people": "young_people", "children": "children",
           "professionals": "professionals"}


def section(page: str, anchor: str) -> str:
    """The visible words of the section a link to #anchor opens."""
    found = re.search(rf'<section class="sp-audience" id="{anchor}".*?</section>', page, re.S)
    assert found, f"no section #{anchor}"
    return visible_text(found.group(0))


def words(markdown: str) -> str:
    """The first words of a Markdown field as they read on the page."""
    return " ".join(re.sub(r"[*_]", "", markdown).split()[:10])


def test_every_reader_has_a_section_with_every_topic_written_for_them(
        sample: dict[str, str], content: Content) -> None:
    page = sample["consent/index.md"]
    assert page.count("<h1") == 1
    for anchor, field in READERS.items():
        assert f'href="#{anchor}"' in page
        text = section(page, anchor)
        for topic in content.consent.values():
            assert topic.title in text
            assert words(getattr(topic, field)) in text


def test_each_topic_page_has_a_section_per_reader(sample: dict[str, str], content: Content) -> None:
    for topic in content.consent.values():
        page = sample[f"consent/{topic.id}.md"]
        assert f"<h1>{topic.title}</h1>" in page.replace("&#39;", "'")
        for anchor, field in READERS.items():
            assert words(getattr(topic, field)) in section(page, anchor)
        assert "Last checked on" in visible_text(page)


def test_a_topic_without_some_versions_offers_only_the_ones_it_has(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    pages = rendered_pages(root)
    topic = pages["consent/why.md"]
    assert section(topic, "parents") == "Written for parents and carers We ask so that you" \
        " stay in charge."
    assert section(topic, "children") == "Written for children We ask you first."
    assert 'id="young-people"' not in topic and 'id="professionals"' not in topic
    assert 'href="#young-people"' not in topic
    index = pages["consent/index.md"]
    assert [a for a in READERS if f'id="{a}"' in index] == ["parents", "children"]


def test_a_reader_missing_from_a_topic_is_pointed_to_the_parents_version(tmp_path: Path
                                                                         ) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  children: We ask you first.\n",
         "  children: We ask you first.\n- id: records\n  title: Your records\n"
         "  parents: You can see them.\n")
    index = rendered_pages(root)["consent/index.md"]
    assert section(index, "children").endswith(
        "Also read, written for parents and carers: Your records.")


def test_levels_that_need_consent_link_each_readers_version(sample, content: Content) -> None:
    for level in content.levels.values():
        page = sample[f"levels/{level.id}.md"]
        for anchor in READERS:
            assert (f'href="../../consent/#{anchor}"' in page) == level.consent, level.id


def test_the_leaflet_has_every_topic_for_parents_and_who_to_ask(sample, content: Content) -> None:
    text = visible_text(sample["consent/leaflet.md"])
    for topic in content.consent.values():
        assert topic.title in text
        assert words(topic.parents) in text
    assert "Early Help hub: 020 7946 0200" in text
    assert "https://familyhelp.example.org/consent/" in text


def test_reserved_consent_ids_are_reported(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "- id: why", "- id: leaflet")
    assert reported(root) == [
        'content/consent.yml:1: error: id "leaflet" is the address of the printable consent'
        " leaflet; give this consent topic another id"]

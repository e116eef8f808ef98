"""Find a service without JavaScript: the lists to browse, their pages, and service pages.

What a family sees: which services each list shows, how long lists are split into pages,
what a service page says, and that the directory stays out of Material's search index.
"""

from __future__ import annotations

import unicodedata

import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from helpers import TODAY, check, edit, site_folder, write
from signpost.features.directory.agegroups import AGE_GROUPS, groups_of
from signpost.features.directory.findindex import DIGITS, words_in
from signpost.model import Ages
from signpost.features.directory.pages import PAGE_SIZE, pager
from signpost.site import render_site


class _Links(HTMLParser):
    """Links (href and text) and result cards of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.results: list[str] = []
        self._href: str | None = None
        self._text = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a":
            self._href, self._text = found.get("href"), ""
        if tag == "h3" and found.get("class") == "sp-card__title":
            self._in_title = True

    def handle_data(self, data: str) -> None:
        self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            text = " ".join(self._text.split())
            self.links.append((text, self._href))
            if self._in_title:
                self.results.append(self._href)
            self._href = None
        if tag == "h3":
            self._in_title = False


def read(site: Path, url: str) -> _Links:
    parser = _Links()
    parser.feed((site / url / "index.html").read_text(encoding="utf-8"))
    return parser


def follow(site: Path, url: str, text: str) -> str:
    """The page a link with this text (at its start) leads to, from the page at `url`."""
    hrefs = [href for words, href in read(site, url).links if words.startswith(text)]
    assert hrefs, f"no link starting {text!r} on {url}"
    return urljoin(url + "/", hrefs[0]).rstrip("/")


def services_listed(site: Path, url: str) -> list[str]:
    """The ids of the services a list shows, on all of its pages, in order."""
    ids, page = [], url
    while True:
        ids += [unquote(urljoin(page + "/", href)).rstrip("/").split("/")[-1]
                for href in read(site, page).results]
        nexts = [href for words, href in read(site, page).links if words == "Next page"]
        if not nexts:
            return ids
        page = urljoin(page + "/", nexts[0]).rstrip("/")


def in_group(service, lowest: int, highest: int) -> bool:
    """A child of `lowest` to `highest` whole years (a 10-year-old may be 10.9)."""
    return service.ages.start < highest + 1 and service.ages.end >= lowest


# ---- Age groups and search words -----------------------------------------------------------


def nfkd(words: list[str]) -> list[str]:
    return [unicodedata.normalize("NFKD", word) for word in words]


def test_age_groups_are_whole_years_and_pregnancy(content) -> None:
    service = next(iter(content.services.values()))

    def groups(start: float, end: float, pregnancy: bool = False) -> list[str]:
        changed = replace(service, ages=Ages(start, end), pregnancy=pregnancy)
        return [group.id for group in groups_of(changed)]

    assert [g.id for g in AGE_GROUPS] == ["pregnancy", "0-4", "5-10", "11-15", "16-18", "19-25",
                                          "adults"]
    assert groups(7, 7) == ["5-10"]
    assert groups(4.5, 5) == ["0-4", "5-10"]  # four and a half is "4"
    assert groups(10.5, 11) == ["5-10", "11-15"]
    assert groups(0, 0.5, pregnancy=True) == ["pregnancy", "0-4"]
    assert groups(18, 25) == ["16-18", "19-25"]
    assert groups(16, 99) == ["16-18", "19-25", "adults"]
    assert groups(0, 99) == ["0-4", "5-10", "11-15", "16-18", "19-25", "adults"]
    assert groups(25.5, 26) == ["19-25", "adults"]
    assert groups(0, 25) == ["0-4", "5-10", "11-15", "16-18", "19-25"]


def test_search_words_are_made_as_families_type_them() -> None:
    assert words_in("Rent arrears") == ["rent", "arrear"]
    assert words_in("Children's Centres for families") == ["children", "centre", "family"]
    assert words_in("Help with a crisis, please") == ["crisis", "please"]
    assert words_in("Café – ANXIOUS?") == ["cafe", "anxious"]
    # Polish letters lose their accents; a Bengali or Urdu word keeps its vowel signs
    assert words_in("Pomoc w żałobie") == ["pomoc", "w", "załobie"]
    # (in the decomposed form the browser's script makes too: NFKD)
    assert words_in("খাবারের প্যাকেট") == nfkd(["খাবারের", "প্যাকেট"])
    assert words_in("آپ کی مدد") == nfkd(["آپ", "کی", "مدد"])


def test_page_numbers_leave_out_the_middle_of_long_lists() -> None:
    assert pager(1, 1) == []
    assert pager(1, 3) == [1, 2, 3]
    assert pager(5, 12) == [1, None, 4, 5, 6, None, 12]
    assert pager(3, 12) == [1, 2, 3, 4, None, 12]  # no gap of one: page 2 is shown instead
    assert pager(12, 12) == [1, None, 11, 12]


# ---- Lists to browse (the sample site) -------------------------------------------------------


def test_every_need_lists_its_services_and_links_to_each_age(sample_site: Path, content) -> None:
    for need in content.needs:
        expected = [s.id for s in content.published_services if need in s.needs]
        assert services_listed(sample_site, f"needs/{need}") == expected, need
        for group in AGE_GROUPS:
            target = f"needs/{need}/{group.id}"
            count = len((sample_site / target / "index.html").read_text().split(
                'class="sp-card__title"')) - 1
            if count:
                assert follow(sample_site, f"needs/{need}", group.name) == target


@pytest.mark.parametrize(("group", "lowest", "highest"), [("0-4", 0, 4), ("5-10", 5, 10),
                                                          ("11-15", 11, 15), ("16-18", 16, 18),
                                                          ("19-25", 19, 25)])
def test_need_and_age_pages_show_the_services_for_that_age(sample_site: Path, content, group,
                                                           lowest, highest) -> None:
    for need in content.needs:
        expected = [s.id for s in content.published_services
                    if need in s.needs and in_group(s, lowest, highest)]
        assert services_listed(sample_site, f"needs/{need}/{group}") == expected, need
        free = [sid for sid in expected if content.services[sid].free]
        if 0 < len(free) < len(expected):
            assert services_listed(sample_site, f"needs/{need}/{group}/free") == free, need
        else:  # nothing to narrow: the list says so instead of linking to the same list
            assert not (sample_site / f"needs/{need}/{group}/free").exists()


def test_pregnancy_lists_antenatal_help_only(sample_site: Path, content) -> None:
    expected = [s.id for s in content.published_services if s.pregnancy]
    assert expected
    assert services_listed(sample_site, "ages/pregnancy") == expected


def test_each_level_lists_its_services(sample_site: Path, content) -> None:
    for level in content.levels.values():
        expected = [s.id for s in content.published_services if level.id in s.levels]
        assert services_listed(sample_site, f"levels/{level.id}/services") == expected
        text = (sample_site / f"levels/{level.id}/services/index.html").read_text()
        assert f"Services at level {level.number}: {level.name}" in text


def test_free_money_help_for_a_seven_year_old_in_three_links(sample_site: Path,
                                                             content) -> None:
    """No JavaScript: Find a service, then the need, the age and "free only"."""
    need_page = follow(sample_site, "services", "Money, debt and housing")
    age_page = follow(sample_site, need_page, "5 to 10 years")
    free_page = follow(sample_site, age_page, "Free services only")
    found = services_listed(sample_site, free_page)
    assert "food-bank" in found  # for everyone, so for a seven-year-old's family too
    assert "brackenford-advice-centre" not in found  # for people aged 16 and over
    assert "community-pantry" not in found  # it charges for each visit
    for ident in found:
        service = content.services[ident]
        assert service.free and "money-housing" in service.needs
        assert service.ages.start <= 7 <= service.ages.end + 1


def test_directory_pages_stay_out_of_materials_search_index(sample_site: Path, content
                                                            ) -> None:
    index = (sample_site / "search" / "search_index.json").read_text(encoding="utf-8")
    locations = {doc["location"].split("#")[0] for doc in json.loads(index)["docs"]}
    assert "services/" in locations  # Find a service itself can be found
    assert not [place for place in locations - {"services/"}
                if place.startswith(("services/", "needs/", "ages/"))
                or re.match(r"levels/[^/]+/services/", place)]
    for service in content.published_services[:5]:
        assert service.summary not in index


def test_finder_index_holds_every_published_service_and_nothing_private(sample_site: Path,
                                                                        content) -> None:
    finder = (sample_site / "services" / "index.html").read_text(encoding="utf-8")
    path = re.search(r'data-index="\.\./([^"]+)"', finder).group(1)
    index = json.loads((sample_site / path).read_text(encoding="utf-8"))
    folder = (sample_site / path).parent
    published = content.published_services
    assert index["count"] == len(published)
    more = json.loads((folder / index["more"]).read_text(encoding="utf-8"))
    columns = {**index["columns"], **more["columns"]}
    assert set(columns) == {"needs", "groups", "free", "levels", "access", "delivery", "areas",
                            "languages"}
    assert set(index["columns"]) == {"needs", "groups", "free"}  # the filters on show
    assert {len(c["values"]) // c.get("width", 1) for c in columns.values()} == {len(published)}
    # What comes after loading is the same for everyone: more.json, the words, every card.
    per_file = index["cardsPerFile"]
    cards_files = [f"cards/{k}.json" for k in range(-(-len(published) // per_file))]
    assert index["later"] == ["more.json", "words.json", *cards_files]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.json")) == sorted(
        ["index.json", *index["later"]])

    def chosen(column: dict, number: int) -> set[str]:
        width, combo = column.get("width", 1), 0
        for digit in column["values"][number * width:(number + 1) * width]:
            combo = combo * len(DIGITS) + DIGITS.index(digit)
        return {column["choices"][at] for at in column["combos"][combo]}

    for number, service in enumerate(published):
        cards = json.loads((folder / "cards" / f"{number // per_file}.json").read_text())
        card = cards[number % per_file]
        assert card["n"] == service.name
        assert (sample_site / "services" / card["u"] / "index.html").is_file()
        if number < len(index["first"]):
            assert index["first"][number] == card
        assert chosen(columns["needs"], number) == set(service.needs)
        assert chosen(columns["levels"], number) == set(service.levels)
        assert chosen(columns["languages"], number) == set(service.languages)
        assert columns["free"]["values"][number] == ("1" if service.free else "0")
    closed = [s for s in content.services.values() if not s.published]
    for path in folder.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        for service in closed:
            assert service.name not in text
        for place in (p for s in content.services.values() for p in s.locations
                      if p.confidential):
            assert place.address not in text and place.postcode not in text


# ---- A service page ------------------------------------------------------------------------


def page_of(root: Path, ident: str) -> str:
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    rendered = render_site(loaded.content, TODAY)
    return rendered.page_html[f"services/{ident}.md"]


def test_a_service_page_answers_a_familys_questions(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    page = page_of(root, "advice-shop")
    assert "<h1>Advice Shop</h1>" in page
    assert '<a href="tel:+442079460200">020 7946 0200</a>' in page
    assert "From birth to 18 years" in page
    assert "<strong>Cost:</strong> Free" in page
    assert "Drop in: no appointment needed." in page
    assert "1 High Street, Testford, BK1 1AA" in page
    assert "Monday: 10am to 1pm and 2pm to 4pm" in page
    assert 'data-sp-open="600-780 840-960 3480-3660"' in page  # for "Open now"
    assert "Last checked on 1 September 2026 by Test Team." in page
    assert "has not been checked" not in page
    assert ("mailto:help@example.org?subject=Something%20wrong%3A%20Advice%20Shop"
            in page.replace("&amp;", "&"))


def test_a_confidential_place_shows_only_its_area(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/safe-house.yml", "hours: always", "hours: always\nareas: [Testford"
         " East]")
    page = page_of(root, "safe-house")
    assert "Testford East</strong>. The address is kept private" in page
    assert "99 Hidden Road" not in page and "BK9 9ZZ" not in page
    assert "The house" not in page  # a refuge's name can be looked up too


def test_overdue_closed_for_now_and_related_updates_are_said_plainly(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "status: active", "status: temporarily-closed\n"
         "alert: Closed until the new year.")
    edit(root, "services/advice-shop.yml", "reviewed: 2026-09-01", "reviewed: 2025-01-10")
    write(root, "content/updates/longer-hours.yml", "date: 2026-10-01\nfrom: Parents forum\n"
          "you_said: The shop shuts too early.\nwe_did: It now opens until six.\nstatus: done\n"
          "related: [advice-shop]\n")
    page = page_of(root, "advice-shop")
    assert "<strong>Temporarily closed.</strong> Closed until the new year." in page
    assert "This has not been checked for over 12 months." in page
    assert "The shop shuts too early." in page and "It now opens until six." in page
    assert "data-sp-open" not in page  # no "Open now" for a closed service


def test_long_lists_are_split_into_linked_pages(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    template = (root / "services" / "advice-shop.yml").read_text(encoding="utf-8")
    for number in range(2 * PAGE_SIZE + 4):  # with advice-shop: two full pages and 5
        write(root, f"services/shop-{number:02d}.yml",
              template.replace("name: Advice Shop", f"name: Shop {number:02d}"))
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    pages = {p.src: p for p in render_site(loaded.content, TODAY).pages}
    first, second, third = (pages["needs/money.md"], pages["needs/money/page-2.md"],
                            pages["needs/money/page-3.md"])
    assert "needs/money/page-4.md" not in pages
    assert [p.html.count('class="sp-card__title"') for p in (first, second, third)] == [
        PAGE_SIZE, PAGE_SIZE, 5]
    assert second.title == "Money and housing (page 2 of 3)"
    assert f"Services {PAGE_SIZE + 1} to {2 * PAGE_SIZE} of {2 * PAGE_SIZE + 5}" in second.html
    assert '<a href="../" rel="prev">' in second.html
    assert '<a href="../page-3/" rel="next">' in second.html
    assert 'aria-current="page"><span class="sp-visually-hidden">Page </span>2<' in second.html
    assert not any(p.searchable or p.in_nav for src, p in pages.items()
                   if src.startswith(("needs/", "ages/", "services/"))
                   and src != "services/index.md")


def test_several_ways_to_get_a_service_read_as_one_sentence(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "access: [drop-in]",
         "access: [drop-in, self-referral, professional-referral]")
    page = page_of(root, "advice-shop")
    assert ("<strong>How to get it:</strong> Drop in: no appointment needed; contact them"
            " yourself; a professional can refer you, such as your GP, health visitor or school"
            in page)

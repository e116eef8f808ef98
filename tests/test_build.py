"""Building sites with `mkdocs build`: the sample site's pages and links, and broken content."""

from __future__ import annotations

from pathlib import Path

from helpers import REPO, TODAY, buildable, check, edit, mkdocs_build, sample_folder
from sitecheck import broken_links, pages, text_of_site


def sample_content():
    loaded = check(REPO, TODAY)
    assert loaded.ok, loaded.problems.report()
    return loaded.content


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_the_sample_content_is_rich_enough() -> None:
    content = sample_content()
    published = content.published_services
    assert len(published) >= 40
    assert len({n for s in published for n in s.needs}) >= 10
    assert {lv for s in published for lv in s.levels} == set(content.levels)
    assert len(content.levels) == 4
    assert any(s.pregnancy for s in published)
    for start, end in ((0, 4), (5, 10), (11, 15), (16, 18), (19, 25)):
        assert any(s.ages.start <= end and s.ages.end >= start for s in published), (start, end)
    purposes = {c.purpose for c in content.contacts.values()}
    assert {"urgent", "request-help", "advice"} <= purposes
    assert any(c.out_of_hours for c in content.contacts.values())
    assert len(content.consent) >= 6
    assert all(t.children and t.young_people for t in content.consent.values())
    assert len(content.updates) >= 8
    assert content.questionnaire is not None


def test_home_reaches_every_section(sample_site: Path) -> None:
    home = pages(sample_site)["index.html"]
    for target in ("services/", "contacts/", "levels/", "consent/", "you-said-we-did/",
                   "staying-safe-online/"):
        assert target in home.links, target
    text = html(sample_site, ".")
    for route in sample_content().site.emergency:
        assert route.text.replace("'", "&#39;") in text


def test_every_published_service_has_a_page_reached_from_the_directory(sample_site: Path
                                                                      ) -> None:
    content = sample_content()
    linked = {link for page in pages(sample_site).values() if page.url.startswith("needs/")
              for link in page.links}
    for service in content.published_services:
        page = html(sample_site, f"services/{service.id}")
        assert f"<h1>{service.name}" in page.replace("&#39;", "'")
        assert f"../../services/{service.id}/" in linked


def test_service_pages_are_not_in_the_menu(sample_site: Path) -> None:
    home = html(sample_site, ".")
    service = sample_content().published_services[0]
    assert f"services/{service.id}/" not in home


def test_no_broken_links(sample_site: Path) -> None:
    assert broken_links(sample_site) == []


def test_closed_services_appear_nowhere(sample_site: Path) -> None:
    closed = [s for s in sample_content().services.values() if not s.published]
    assert closed, "the sample should have a closed service"
    everything = text_of_site(sample_site)
    for service in closed:
        assert not (sample_site / "services" / service.id).exists()
        assert service.name not in everything
        assert service.summary not in everything


def test_confidential_addresses_appear_nowhere(sample_site: Path) -> None:
    hidden = [place for s in sample_content().services.values() for place in s.locations
              if place.confidential]
    assert hidden, "the sample should have a confidential location"
    everything = text_of_site(sample_site)
    for place in hidden:
        assert place.address and place.address not in everything
        assert place.postcode and place.postcode not in everything


def test_no_yaml_source_is_published(sample_site: Path) -> None:
    assert not list(sample_site.rglob("*.yml"))


def test_content_text_is_escaped_and_markdown_has_no_raw_html(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    edit(root, "services/advice-shop.yml", "name: Advice Shop\norganisation",
         'name: "Advice <b>Shop</b> & Co"\ndescription: "Read *this* [link](javascript:alert(1))"'
         "\norganisation")
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    page = html(site, "services/advice-shop")
    assert "<h1>Advice &lt;b&gt;Shop&lt;/b&gt; &amp; Co</h1>" in page
    assert "<em>this</em>" in page
    assert "javascript:" not in page


def test_a_minimal_site_builds_every_kind_of_page(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    site = tmp_path / "site"
    assert mkdocs_build(root, site).returncode == 0
    for url in ("", "services", "services/advice-shop", "services/safe-house", "needs/money",
                "levels", "levels/everyday", "contacts", "consent", "consent/why",
                "you-said-we-did", "page"):
        assert (site / url / "index.html").is_file(), url
    assert not (site / "services/old-club").exists()
    hours = html(site, "services/advice-shop")
    assert "Monday: 10am to 1pm and 2pm to 4pm" in hours  # close: 13:00 was unquoted


def test_a_site_without_its_own_pages_still_links_to_every_page_it_names(tmp_path: Path
                                                                         ) -> None:
    """No staying-safe page of its own (every "Leave this site" button links to one), no
    about.md (in the menu): Signpost's own staying-safe page is used, the menu entry left out."""
    root = buildable(tmp_path)
    assert not (root / "content/staying-safe-online.md").exists()
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    assert broken_links(site) == []
    assert "Private browsing" in html(site, "staying-safe-online")
    assert "about/" not in html(site, "")
    assert not (site / "about").exists()


def test_broken_content_stops_the_build_and_keeps_the_last_site(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the last good site", encoding="utf-8")
    edit(root, "services/advice-shop.yml", "needs: [money]", "needs: [mony]")
    edit(root, "content/contacts.yml", "email: info@example.org", "email: nobody")
    result = mkdocs_build(root, site)
    assert result.returncode != 0
    assert ('services/advice-shop.yml:4: error: needs has "mony", which is not a need id in'
            " content/needs.yml. Did you mean money?") in result.stderr
    assert 'content/contacts.yml:28: error: email is "nobody"' in result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the last good site"


def test_a_service_written_from_the_readme_appears_on_the_site(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("# services/homework-club.yml")
    example = readme[start: readme.index("```", start)]
    root = sample_folder(tmp_path)
    (root / "services/homework-club.yml").write_text(example, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    page = html(site, "services/homework-club")
    assert "<h1>Homework Club</h1>" in page
    assert 'href="tel:+442079460321"' in page
    school = pages(site)["needs/school/index.html"]
    assert "../../services/homework-club/" in school.links


def test_the_menu_leaves_out_sections_without_content(tmp_path: Path) -> None:
    root = buildable(tmp_path)
    (root / "content/consent.yml").unlink()
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    assert "consent/index.md" not in result.stderr
    assert not (site / "consent").exists()
    assert "consent/" not in pages(site)["index.html"].links
    assert "contacts/" in pages(site)["index.html"].links

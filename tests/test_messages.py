"""Signpost's own words come from gettext catalogues (hooks/signpost/language.py): the .pot
is made by `make messages` from the marked English, each language's .po is read at build
time, and a message a catalogue lacks shows in English."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

from helpers import REPO, TODAY, check
from signpost import language
from signpost.site import render_site

LOCALE = REPO / "hooks" / "signpost" / "locale"
CODES = ("bn", "cy", "pl", "so", "ur")


def messages_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("messages", REPO / "scripts" / "messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_template_is_up_to_date() -> None:
    """`make messages` writes it; English marked (or changed) without it fails here."""
    made = messages_script()
    assert (LOCALE / "signpost.pot").read_text(encoding="utf-8") == made.pot(), \
        "hooks/signpost/locale/signpost.pot is stale: run make messages"


@pytest.mark.parametrize("code", CODES)
def test_each_catalogue_is_well_formed(code: str) -> None:
    """Every language ships a catalogue whose translations keep their placeholders and add
    no markup or quotes of their own (translations are printed as they are)."""
    path = LOCALE / code / "LC_MESSAGES" / "signpost.po"
    with path.open("rb") as po:
        catalog = read_po(po, locale=code)
    translated = 0
    for message in catalog:
        if not message.id or not message.string:
            continue
        translated += 1
        assert not list(message.check(catalog)), (code, message.id)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for number, text in enumerate(texts):
            english = ids[min(number, len(ids) - 1)]
            for mark in "<>\"&":
                assert mark in english or mark not in text, (code, english, text)
    assert translated, f"{code} translates nothing"
    assert isinstance(language.translations_for(code).gettext("Leave this site"), str)


@pytest.fixture(scope="module")
def bengali() -> dict[str, str]:
    loaded = check(REPO)
    assert loaded.ok, loaded.problems.report()
    rendered = render_site(loaded.content, TODAY, language="bn")
    return {page.src: page.html for page in rendered.pages} | {
        "chrome:" + key: str(value) for key, value in rendered.chrome.items()}


def test_bengali_pages_have_signposts_own_words_in_bengali(bengali: dict[str, str]) -> None:
    assert "<h1>একটি সেবা খুঁজুন</h1>" in bengali["bn/services/index.md"]
    assert "এখনই সাহায্য নিন" in bengali["chrome:emergency_html"]
    assert "এই সাইট ছেড়ে যান" in bengali["chrome:words"]
    assert "সোমবার" in bengali["bn/contacts.md"]
    assert "bn/index.md" in bengali


def test_a_message_the_catalogue_lacks_shows_in_english(bengali: dict[str, str]) -> None:
    """"Browse by age" has no Bengali yet (if it gets some, pick another message)."""
    assert language.translations_for("bn").gettext("Browse by age") == "Browse by age"
    assert '<h2 id="by-age">Browse by age</h2>' in bengali["bn/services/index.md"]


def test_links_stay_within_the_language(bengali: dict[str, str]) -> None:
    home = bengali["bn/index.md"]
    assert 'href="services/"' in home  # bn/index.md -> bn/services/
    service = next(html for src, html in bengali.items() if src.startswith("bn/services/")
                   and src != "bn/services/index.md")
    assert 'href="../../../assets/directory.css"' in service  # bn/services/x/: shared assets


def test_english_has_no_catalogue_and_an_unknown_language_is_refused() -> None:
    assert language.translations_for("en").gettext("Leave this site") == "Leave this site"
    with pytest.raises(ValueError, match="no message catalogue"):
        language.translations_for("xx")


def test_dates_are_in_the_language() -> None:
    assert language.Language.of("en").long_date(TODAY) == "23 November 2026"
    assert language.Language.of("pl").long_date(TODAY) == "23 listopada 2026"


def test_a_value_in_a_translated_sentence_is_escaped() -> None:
    from signpost import render, urls
    loaded = check(REPO)
    env = render.Renderer(loaded.content, TODAY, urls.Urls(True)).env
    html = env.from_string("{% trans number=n %}Call {{ number }}{% endtrans %}").render(
        n="<b>&")
    assert html == "Call &lt;b&gt;&amp;"


def test_the_locale_files_ship_with_the_package() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert "locale/" in text.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]
    assert Path(language.__file__).parent.joinpath("locale", "bn", "LC_MESSAGES").is_dir()

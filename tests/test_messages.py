"""Signpost's own words come from gettext catalogues (hooks/signpost/language.py): the .pot
is made by `make messages` from the marked English, each language's .po is read at build
time, and a message a catalogue lacks shows in English."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from io import BytesIO

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from helpers import REPO, TODAY, check
from signpost import language, site
from signpost.site import render_site

LOCALE = REPO / "hooks" / "signpost" / "locale"
CODES = ("bn", "cy", "pl", "so", "ur")


PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w*\}")
TAG = re.compile(r"<[^>]*>")
ARABIC, BENGALI, LATIN = "\u0600-\u06ff", "\u0980-\u09ff", "a-zA-Z\u00c0-\u017f"
SCRIPTS = {"bn": re.compile(f"[{BENGALI}]"), "ur": re.compile(f"[{ARABIC}]"),
           "pl": re.compile(f"[{LATIN}]"), "so": re.compile(f"[{LATIN}]"),
           "cy": re.compile(f"[{LATIN}]")}
# Letters of another language's script: Latin is left out for bn and ur, whose
# translations may keep a name or an abbreviation (GP, SEND) in Latin letters.
OTHER_SCRIPTS = {"bn": re.compile(f"[{ARABIC}]"), "ur": re.compile(f"[{BENGALI}]"),
                 "pl": re.compile(f"[{ARABIC}{BENGALI}]"),
                 "so": re.compile(f"[{ARABIC}{BENGALI}]"),
                 "cy": re.compile(f"[{ARABIC}{BENGALI}]")}


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


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
    wrong_script: list[str] = []
    for message in catalog:
        if not message.id or not message.string or message.fuzzy:
            continue  # a fuzzy message is not used (language.py): English shows
        translated += 1
        assert not list(message.check(catalog)), (code, message.id)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for number, text in enumerate(texts):
            if not text:  # a plural form not yet translated: English shows
                continue
            english = ids[min(number, len(ids) - 1)]
            for mark in "<>\"&":
                assert mark in english or mark not in text, (code, english, text)
            # Every placeholder kept, as it is: %(name)s (Babel checks it only where the
            # message is flagged python-format) and str.format's {name}.
            assert placeholders(text) == placeholders(english), (code, english, text)
            # In the language's own script (a translation pasted into the wrong catalogue).
            words = PLACEHOLDER.sub("", TAG.sub("", text))
            if SCRIPTS[code].search(words) is None and OTHER_SCRIPTS[code].search(words):
                wrong_script.append(text)
            # No markup added or changed: the same tags, in any order.
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(english)), (code, english)
    assert translated, f"{code} translates nothing"
    assert not wrong_script, (code, wrong_script)
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


def test_a_message_the_catalogue_lacks_shows_in_english(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """A catalogue with only the finder's heading: the rest of the page stays English."""
    catalog = Catalog(locale="bn", domain=language.DOMAIN)
    catalog.add("Find a service", "একটি সেবা খুঁজুন")
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    few = Translations(compiled, domain=language.DOMAIN)
    monkeypatch.setattr(site.Language, "of", classmethod(lambda cls, code: cls(code, few)))
    loaded = check(REPO)
    page = {p.src: p.html for p in render_site(loaded.content, TODAY, language="bn").pages}[
        "bn/services/index.md"]
    assert "<h1>একটি সেবা খুঁজুন</h1>" in page
    assert '<h2 id="by-age">Browse by age</h2>' in page


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


# What a family sees first, in each language whose catalogue is complete enough to publish:
# a message, and a page it must show on in that language's words.
SHOWN = {
    "chrome:emergency_html": ["Get help now"],
    "chrome:words": ["Leave this site"],
    "services/index.md": ["Find a service", "Search and filter", "What do you need help with?",
                          "More filters", "Free services only", "Browse by age"],
    "what-help-fits-us.md": ["Start now", "Continue", "Help that might fit your family"],
    "services/camhs.md": ["About this service", "Who it is for", "How to get it",
                          "Is this right?"],
    "contacts.md": ["Monday", "When you can contact them"],
}


@pytest.mark.parametrize("code", ["bn", "pl", "ur"])
def test_the_sample_shows_signposts_words_in_the_language(code: str) -> None:
    loaded = check(REPO)
    rendered = render_site(loaded.content, TODAY, language=code)
    pages = {page.src: page.html for page in rendered.pages} | {
        "chrome:" + key: str(value) for key, value in rendered.chrome.items()}
    own = language.Language.of(code)
    for where, messages in SHOWN.items():
        html = pages[where if where.startswith("chrome:") else f"{code}/{where}"]
        for message in messages:
            translated = own.gettext(message)
            assert translated != message, (code, message)
            assert translated in html, (code, where, message)
    # open-now's words, for the script, and a date as Babel writes it in the language
    assert own.gettext("Open now, until %(time)s.") in pages[f"{code}/contacts.md"]
    service = loaded.content.services["camhs"]
    assert own.long_date(service.reviewed) in pages[f"{code}/services/camhs.md"]
    assert own.gettext("Open now, until %(time)s.") != "Open now, until %(time)s."


def test_english_is_unchanged() -> None:
    loaded = check(REPO)
    pages = {page.src: page.html for page in render_site(loaded.content, TODAY).pages}
    assert "<h1>Find a service</h1>" in pages["services/index.md"]
    assert '<h2 id="about">About this service</h2>' in pages["services/camhs.md"]
    assert "Last checked on " in pages["services/camhs.md"]

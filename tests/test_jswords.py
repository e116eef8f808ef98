"""The scripts' own words (jswords.py, theme/assets/own-words.js): a page in another language
carries them in one JSON element, counts pick the catalogue's form for every number, and the
script's English is the catalogue's English."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from babel import Locale

from helpers import REPO, TODAY, check
from signpost import jswords
from signpost.language import Language
from signpost.site import render_site

CODES = ("bn", "cy", "pl", "so", "ur")
OWN_WORDS = REPO / "hooks" / "signpost" / "theme" / "assets" / "own-words.js"


def chosen(forms: dict[str, str], code: str, n: int) -> str:
    """What own-words.js's sayCount picks, with Babel's CLDR rules for Intl.PluralRules."""
    return forms.get(str(n)) or forms.get(Locale.parse(code).plural_form(n)) or forms["other"]


@pytest.mark.parametrize("code", CODES)
def test_every_count_has_the_catalogues_form_for_every_number(code: str) -> None:
    language = Language.of(code)
    for group in jswords.GROUPS.values():
        for message in group.values():
            if isinstance(message, tuple):
                forms = jswords.forms(language, *message)
                assert "other" in forms
                for n in range(1000):
                    assert chosen(forms, code, n) == language.ngettext(*message, n), \
                        (code, message, n)


def test_the_scripts_english_is_the_catalogues_english() -> None:
    """own-words.js holds the English an English page (which has no element) uses."""
    node = shutil.which("node")
    assert node is not None, "node is needed (make test installs the npm tools with it)"
    script = (f"import('{OWN_WORDS.as_uri()}').then(m => "
              "process.stdout.write(JSON.stringify(m.ENGLISH)))")
    english = json.loads(subprocess.run([node, "-e", script], check=True, capture_output=True,
                                        text=True).stdout)
    made = jswords.words(Language(), *jswords.GROUPS)
    assert english["days"] == made["days"] and english["months"] == made["months"]
    assert english["clock24"] is False
    for key, text in made["text"].items():  # type: ignore[union-attr]
        if isinstance(text, dict):
            assert english["text"][key] == {k: text[k] for k in ("one", "other")}, key
        else:
            assert english["text"][key] == text, key


def test_english_pages_have_no_element_and_other_languages_one_that_parses() -> None:
    assert jswords.script_element(Language(), "hours") == ""
    element = str(jswords.script_element(Language.of("pl"), *jswords.GROUPS))
    found = re.fullmatch(r'<script type="application/json" id="sp-own-words">(.*)</script>\n',
                         element, re.DOTALL)
    assert found and "<" not in found.group(1) and "&" not in found.group(1)
    data = json.loads(found.group(1))
    assert data["lang"] == "pl" and data["clock24"] is True
    assert data["text"]["closed"] == "Teraz zamknięte."
    assert data["text"]["matches"]["few"] == "Pasują %(num)s usługi."
    assert data["months"][11] == "grudnia"  # after a day's number


@pytest.fixture(scope="module")
def polish() -> dict[str, str]:
    loaded = check(REPO)
    assert loaded.ok, loaded.problems.report()
    return {page.src: page.html for page in render_site(loaded.content, TODAY,
                                                         language="pl").pages}


def test_a_page_carries_one_element_for_its_scripts(polish: dict[str, str]) -> None:
    for src, html in polish.items():
        assert html.count('id="sp-own-words"') <= 1, src
    assert polish["pl/services/index.md"].count('id="sp-own-words"') == 1
    assert '"searching":"Wyszukiwanie…"' in polish["pl/services/index.md"]
    assert '"open_until":"Teraz otwarte, do %(time)s."' in polish["pl/contacts.md"]
    assert '"you_said":"Twoja odpowiedź: %(answers)s"' in polish["pl/what-help-fits-us.md"]


def test_english_pages_are_unchanged_by_the_words(polish: dict[str, str]) -> None:
    loaded = check(REPO)
    english = render_site(loaded.content, TODAY).pages
    assert not any('id="sp-own-words"' in page.html for page in english)

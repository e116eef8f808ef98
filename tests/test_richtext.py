"""A Markdown field's HTML is what Markdown makes of it, also where RichText takes its short
way for text that is only words (richtext.plain_paragraphs)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from signpost.richtext import RichText

# Prose: words (some in other scripts, some numbers) and what comes between them.
WORDS = st.sampled_from(["Drop", "in", "tea", "é", "বাংলা", "কো", "28", "2026", "3.5", "x",
                         "child's", "50%", "a@b.org", "self-harm", "(free)", '"safe"', "£5"])
BETWEEN = st.sampled_from([" ", " ", " ", ", ", ". ", ": ", "? ", "! ", " / ", " - ", "\n",
                           ".\n\n"])
# Pieces that are, or are close to, Markdown: list and heading starts, rules, line breaks,
# code indents, blank lines, entities, HTML, tabs, odd spaces and line ends.
ODD = st.sampled_from(["1. ", "2) ", "- ", "* ", "# ", "> ", "---", "===", "  \n", "    ", "\t",
                       "\r\n", "\xa0", "\u2028", "\n\n\n", " \n", "\n ", "&", "&amp;",
                       "<b>", "_", "*", "`", "[", "]", "\\", "+", "=", ";", ".", "", " ", "\n"])


def joined(between: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda first, rest: first + "".join(b + w for b, w in rest), WORDS,
                     st.lists(st.tuples(between, WORDS), max_size=16))


# Half prose, half prose with odd pieces in it.
TEXTS = st.one_of(joined(BETWEEN), joined(st.one_of(BETWEEN, BETWEEN, ODD)))


@given(TEXTS)
@example("Drop in for tea.\nWe listen.\n\nTalk to us first.\n")
@example("Drop in:\n2026. A new year")
@example("Drop in\n---")
@example("Drop in  \nfor tea")
@example("Drop in\n\n\n    for tea")
def test_a_field_is_what_markdown_makes_of_it(text: str) -> None:
    richtext = RichText()
    assert richtext.html(text) == richtext.markdown(text)


def test_paragraphs_of_words_are_paragraphs() -> None:
    assert RichText().html("We listen to you.\nThen we plan.\n\nCall us first.\n") == (
        "<p>We listen to you.\nThen we plan.</p>\n<p>Call us first.</p>")

"""site.yml's `plain_words`: the reading ages, and the partnership's own professional words."""

from __future__ import annotations

from signpost.schema import Field, Shape

PROFESSIONAL_WORD = Shape("professional word", (
    Field("word", "text", "A word or phrase families may not know, as you would write it.",
          required="the word or phrase, such as service user", example="service user",
          translate="no"),
    Field("instead", "text", "The plainer words to use instead, shown in the warning.",
          required="the plainer words to use instead, such as you", example="you",
          translate="no"),
), help="One of the partnership's own professional words, with what to say instead.")
PLAIN_WORDS = Shape("plain words", (
    Field("reading_age", "whole", "The highest reading age for text for families and young"
          " people; 11 when left out.", minimum=5, example=11, attr="everyone"),
    Field("children_reading_age", "whole", "The highest reading age for text for children;"
          " 9 when left out.", minimum=5, example=9, attr="children"),
    Field("words", "records", "Your own professional words, warned about like Signpost's.",
          shape=PROFESSIONAL_WORD, attr=None),
    Field("allow", "texts", "Words from Signpost's list not to warn about.",
          example=["eligible"], translate="no"),
), help="How signpost check holds family-facing text to plain words.")

"""Pieces that several kinds of file declare alike: reviews, ages, ids, and who reads
a field's text."""

from __future__ import annotations

from signpost.schema import Field, Shape

# Who reads a field's text, for its plain-words checks (schema.READERS).
FAMILIES, YOUNG_PEOPLE, CHILDREN = "families", "young people", "children"

REVIEW = (
    Field("reviewed", "reviewed", "When someone last checked it is right (not after today);"
          " content not checked for review_every_months is overdue.", example="2026-09-01"),
    Field("reviewed_by", "text", "Who checked it, shown with the date.",
          example="Early Help Team", translate="name"),
)


def identity(kind: str, example: str) -> Field:
    return Field("id", "identity", f"The {kind}'s id: lowercase letters, digits and single"
                 " hyphens, unique among them; other files name it by this.",
                 required=f"each {kind} needs an id such as my-{kind}", example=example)

AGES = Shape("age range", (
    Field("from", "number", "The youngest age, in years (0.5 is six months).", minimum=0,
          required="the youngest age in years, such as 0 or 0.5", example=0, attr="start"),
    Field("to", "number", "The oldest age, in years, up to 120; 99 or more means no upper"
          " age (adults of any age).", minimum=0,
          required="the oldest age in years, such as 18, or 99 for adults of any age",
          example=18, attr="end"),
), help="The ages of the people it is for, both ends included.")

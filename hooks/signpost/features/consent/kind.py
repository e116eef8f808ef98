"""content/consent.yml: consent and information sharing, explained to each reader."""

from __future__ import annotations

from signpost.schema import Field, Shape
from signpost.shapes import CHILDREN, FAMILIES, REVIEW, YOUNG_PEOPLE, identity

CONSENT = Shape("consent topic", (
    identity("consent topic", "why-we-ask"),
    Field("title", "text", "The topic's heading.", required="the topic's heading",
          example="Why we ask for your consent"),
    Field("parents", "markdown", "The explanation for parents and carers.",
          required="the explanation for parents and carers", reader=FAMILIES),
    Field("young_people", "markdown", "The explanation for young people aged 12 to 17.",
          reader=YOUNG_PEOPLE),
    Field("children", "markdown", "The explanation for children under 12, in the simplest"
          " words.", reader=CHILDREN),
    Field("professionals", "markdown", "What a practitioner must do."),
) + REVIEW, help="A consent and information-sharing explanation.")

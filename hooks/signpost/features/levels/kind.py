"""content/levels.yml: the levels of need, lowest first."""

from __future__ import annotations

from signpost import model as m
from signpost.schema import Field, Shape
from signpost.shapes import FAMILIES, REVIEW, identity

LEVEL = Shape("level", (
    identity("level", "universal"),
    Field("number", "whole", "Its place in order: 1 for the lowest, no gaps.", minimum=1,
          required="its place in order: 1 for the lowest", example=1),
    Field("name", "text", "What the level is called.",
          required="what the level is called, such as Universal", example="Universal"),
    Field("summary", "text", "What the level means, in a family's plain words.",
          required="what the level means, in a family's words", reader=FAMILIES),
    Field("professionals", "markdown", "The descriptor for practitioners.",
          required="the descriptor for practitioners"),
    Field("examples", "texts", "Examples of families' situations at this level."),
    Field("support", "markdown", "What help looks like at this level.",
          required="what help looks like at this level"),
    Field("assessment", "choice", "The assessment this level needs.", allowed=m.ASSESSMENTS,
          required="none, early-help or statutory", example="none"),
    Field("consent", "boolean", "True when the family's consent is needed to start; an"
          " early-help assessment needs it.", example=False),
    Field("contacts", "ids", "How to get help at this level.", refers="contact",
          required="how to get help at this level: at least one contact id",
          example=["family-information-service"]),
    Field("step_up", "markdown", "When and how to move to the level above."),
    Field("step_down", "markdown", "When and how to move to the level below."),
) + REVIEW, help="A level of need, lowest first; the highest is the statutory response.")

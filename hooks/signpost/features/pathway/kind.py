"""content/pathway.yml: the Early Help pathway, step by step."""

from __future__ import annotations

from signpost.schema import Field, Shape
from signpost.shapes import FAMILIES, REVIEW, identity

STEP = Shape("step", (
    identity("step", "talk"),
    Field("name", "text", "What the step is called.",
          required="what the step is called, such as Talking with the family"),
    Field("summary", "text", "What happens at this step, in a family's words.",
          required="what happens at this step, in a family's words", reader=FAMILIES),
    Field("who", "text", "Who does it.",
          required="who does it, such as The person who noticed the worry"),
    Field("time", "text", "How long it takes or when it happens.",
          required="how long it takes or when it happens, such as Within two weeks"),
    Field("professionals", "markdown", "What a practitioner does."),
    Field("levels", "ids", "Levels this step belongs to.", refers="level"),
    Field("contacts", "ids", "Contacts for this step.", refers="contact"),
    Field("consent", "ids", "Consent topics for this step.", refers="consent topic"),
    Field("next", "ids", "The steps it can lead to; the next in the file when left out;"
          " [] ends the pathway here.", attr=None),
), help="One step of the pathway, in order.")
PATHWAY = Shape("pathway", (
    Field("title", "text", "The page heading.",
          required="the page heading, such as The Early Help pathway"),
    Field("intro", "text", "What the pathway is, in plain words.",
          required="a sentence or two saying what the pathway is, in plain words"),
    Field("steps", "records", "The steps in order.", shape=STEP,
          required="the steps in order, from noticing a worry onwards", attr=None),
) + REVIEW, help="The Early Help pathway, step by step.")

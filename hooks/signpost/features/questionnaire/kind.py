"""content/questionnaire.yml: the "What help fits us?" questions and what each answer means."""

from __future__ import annotations

from signpost import model as m
from signpost.schema import Field, Shape
from signpost.shapes import AGES, FAMILIES, identity

OPTION = Shape("option", (
    Field("label", "text", "The answer's words.", required="the answer's words",
          example="Money, debt or housing", reader=FAMILIES),
    Field("hint", "text", "A line under the answer.", reader=FAMILIES),
    Field("urgent", "boolean", "True: choosing it puts the emergency routes first.",
          example=False),
    Field("needs", "ids", "The needs this answer means.", refers="need",
          example=["money-housing"]),
    Field("level", "id", "The level this answer suggests.", refers="level", example="universal"),
    Field("ages", "ages", "The ages this answer means.", shape=AGES,
          example={"from": 0, "to": 4}),
    Field("pregnancy", "boolean", "True: this answer means expecting a baby.", example=False),
), help="One answer to a question.")
QUESTION = Shape("question", (
    identity("question", "worries"),
    Field("ask", "text", "The question, as its page heading.",
          required="the question, as its page heading", example="What would you like help with?",
          reader=FAMILIES),
    Field("hint", "text", "A line under the question.", example="Choose as many as you like.",
          reader=FAMILIES),
    Field("type", "choice", "one: choose one answer; many: choose any.",
          allowed=m.QUESTION_TYPES, required="one (choose one) or many (choose any)",
          example="one"),
    Field("options", "records", "The answers; every question needs an answer, so give a"
          ' "not sure" one.', shape=OPTION, required="at least two answers to choose from",
          attr=None),
), help="One question, asked on a page of its own.")
QUESTIONNAIRE = Shape("questionnaire", (
    Field("title", "text", "The page heading.",
          required="the page heading, such as What help fits us?", example="What help fits us?",
          reader=FAMILIES),
    Field("intro", "text", "A sentence saying what the questions are for.",
          required="a sentence saying what the questions are for", reader=FAMILIES),
    Field("questions", "records", "The questions, in order.", shape=QUESTION,
          required="at least one question", attr=None),
), help='The "What help fits us?" questions and what each answer means.')

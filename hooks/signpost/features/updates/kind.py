"""content/updates/<id>.yml: "You said, we did"."""

from __future__ import annotations

from signpost import model as m
from signpost.schema import Field, Shape
from signpost.shapes import FAMILIES

UPDATE = Shape("update", (
    Field("date", "date", "When it was published, not after today.",
          required="when it was published, as YYYY-MM-DD", example="2026-03-14"),
    Field("from", "text", "Who told us: a forum, a survey, a group.",
          required="who told us: a forum, a survey or a group", example="Parent Carers Forum",
          attr="source"),
    Field("you_said", "text", "What people told us.", required="what people told us",
          reader=FAMILIES),
    Field("we_did", "text", "What was done about it.", required="what was done about it",
          reader=FAMILIES),
    Field("status", "choice", "Where it has got to.", allowed=m.UPDATE_STATUSES,
          required="done, doing or planned", example="done"),
    Field("related", "ids", "Needs or services it is about.", refers="need-or-service",
          example=["short-breaks"]),
), help='A "You said, we did" update.')

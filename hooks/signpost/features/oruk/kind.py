"""content/oruk-mapping.yml: what other directories' taxonomy terms mean in this site."""

from __future__ import annotations

from signpost import model as m
from signpost.schema import Field, Shape

RULE = Shape("term mapping", (
    Field("term", "text", "A term's name, code or id, as the data gives it.",
          required="the term's name, code or id, as the data gives it", example="Counselling",
          translate="no"),
    Field("taxonomy", "text", "Only a term from this taxonomy.", example="LGA Service Types",
          translate="no"),
    Field("needs", "ids", "Needs the term means.", refers="need"),
    Field("levels", "ids", "Levels the term means.", refers="level"),
    Field("access", "choices", "How to get it.", allowed=m.ACCESS),
    Field("delivery", "choices", "How it is given.", allowed=m.DELIVERY),
    Field("pregnancy", "boolean", "True: the term means help in pregnancy."),
    Field("ignore", "boolean", "True: the term is known and deliberately not used."),
), help="What one taxonomy term means in this site.")
DEFAULT = Shape("default", (
    Field("needs", "ids", "Needs for a service whose data gives none.", refers="need"),
    Field("levels", "ids", "Levels for a service whose data gives none.", refers="level"),
    Field("access", "choices", "How to get it, when the data does not say.", allowed=m.ACCESS),
    Field("delivery", "choices", "How it is given, when the data does not say.",
          allowed=m.DELIVERY),
    Field("cost", "text", "The cost, when the data gives none.", translate="no"),
), help="What a service gets when its own data gives none.")
MAPPING = Shape("oruk-mapping.yml", (
    Field("terms", "records", "Taxonomy terms and what they mean.", shape=RULE, attr=None),
    Field("default", "record", "For a service whose own data gives none of these.",
          shape=DEFAULT, attr=None),
), help="How signpost import maps other directories' taxonomy terms.")

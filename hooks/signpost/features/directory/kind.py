"""content/needs.yml and services/<id>.yml: what families need help with, and the services."""

from __future__ import annotations

from signpost import model as m
from signpost.features.hours.kind import hours
from signpost.schema import Field, Shape
from signpost.shapes import AGES, FAMILIES, REVIEW, identity

NEED = Shape("need", (
    identity("need", "money-housing"),
    Field("name", "text", "What the need is called, in families' words.",
          required="what the need is called, such as Money, debt and housing",
          example="Money, debt and housing"),
    Field("summary", "text", "One sentence for families.", required="one sentence for families",
          example="Help if you are worried about bills, debt or losing your home.",
          reader=FAMILIES),
    Field("also", "texts", "Other words people search with.",
          example=["benefits", "rent arrears"]),
) + REVIEW, help="Something families may need help with.")

# -- services/<id>.yml --------------------------------------------------------------------

SERVICE_CONTACT = Shape("service contact", (
    Field("phone", "phone", "The number to call.", example="020 7946 0245"),
    Field("email", "email", "The address to write to.", example="carers@example.org"),
    Field("web", "web", "Its web page.", example="https://example.org/carers"),
), help="How to get in touch: at least one of phone, email or web.")
LOCATION = Shape("location", (
    Field("name", "text", "The place's name.", example="Young Carers Centre", translate="name"),
    Field("address", "text", "Its address.", example="12 High Street, Exampleton", translate="no"),
    Field("postcode", "text", "A UK postcode.", example="EX1 2AB", translate="no"),
    Field("confidential", "boolean", "True: the place is never published anywhere, only the"
          " area it is in (a refuge, say).", example=False),
    Field("access", "choices", "What the place has for disabled people.",
          allowed=m.PLACE_ACCESS, example=["step-free"]),
), help="Where it happens: a name, an address or a postcode.")
SERVICE = Shape("service", (
    Field("name", "text", "What the service is called.", required="what the service is called",
          example="Young Carers Project", translate="name"),
    Field("organisation", "text", "Who runs it.", required="who runs it",
          example="Example Carers Trust", translate="name"),
    Field("summary", "text", "One sentence saying what it offers.",
          required="one sentence saying what it offers", reader=FAMILIES),
    Field("description", "markdown", "More about it, for its own page.", reader=FAMILIES),
    Field("needs", "ids", "What it helps with.", refers="need",
          required="at least one need id from content/needs.yml", example=["young-carers"]),
    Field("levels", "ids", "The levels of need it works at.", refers="level",
          required="at least one level id from content/levels.yml", example=["universal"]),
    Field("ages", "ages", "The ages of the people it is for, up to 120: {from: 16, to: 99}"
          " for adults, {from: 0, to: 99} for everyone.", shape=AGES,
          required="the ages it serves, such as {from: 0, to: 18}",
          example={"from": 8, "to": 18}),
    Field("pregnancy", "boolean", "True for help in pregnancy (antenatal support).",
          example=False),
    Field("access", "choices", "How to get it.", allowed=m.ACCESS,
          required="how to get it: " + ", ".join(m.ACCESS), example=["self-referral"]),
    Field("delivery", "choices", "How it is given.", allowed=m.DELIVERY,
          required="how it is given: " + ", ".join(m.DELIVERY), example=["in-person"]),
    Field("cost", "text", "free, or what it costs.",
          required='free, or what it costs, such as "£2 a session"', example="free"),
    Field("contact", "record", "How to get in touch.", shape=SERVICE_CONTACT,
          required="how to get in touch: at least one of phone, email or web", attr=None),
    Field("locations", "records", "Where it happens.", shape=LOCATION, attr=None),
    *hours("When it is open."),
    Field("languages", "texts", "Languages it works in.", example=["English", "Bengali"]),
    Field("areas", "texts", "Areas it serves.", example=["Exampleton North"], translate="name"),
    Field("status", "choice", "Whether it is published: a closed service or a draft is not.",
          allowed=m.STATUSES, default="active", attr=None),
    Field("alert", "text", "A notice shown at the top of its page; a temporarily-closed"
          " service needs one.", example="Closed for the summer holidays."),
    Field("reviewed", "reviewed", "When someone last checked it is right (not after today).",
          required="when someone last checked it, as YYYY-MM-DD", example="2026-09-01"),
    REVIEW[1],
    Field("uuid", "text", "A stable id for sharing data (Open Referral UK); made from the"
          " file name when left out.", example="6f2c0f5e-0d0b-4a5e-9d8e-2f0c6a1b7e41",
          attr=None, translate="no"),
), help="One service; the file name is its id.", drafts=True)

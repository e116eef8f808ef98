"""content/site.yml and content/contacts.yml: the partnership, its emergency routes and its
ways to get help."""

from __future__ import annotations

from signpost import model as m
from signpost.features.hours.kind import hours
from signpost.features.plainwords.kind import PLAIN_WORDS
from signpost.schema import Field, Shape
from signpost.shapes import FAMILIES, REVIEW, identity

EMERGENCY_ROUTE = Shape("emergency route", (
    Field("text", "text", "What to do, in plain words.", required="what to do, in plain words",
          example="If a child is in immediate danger, call 999.", reader=FAMILIES),
    Field("phone", "phone", "The number to call; a route needs a phone or a contact.",
          example="999"),
    Field("contact", "id", "A contact route whose phone number is shown with the text.",
          refers="contact", example="mash"),
), help="A line of the emergency band shown at the top of every page.")
FEEDBACK = Shape("feedback route", (
    Field("email", "email", "Where feedback is sent.", example="familyhelp@example.org"),
    Field("url", "web", "A feedback form.", example="https://example.org/feedback"),
), help="'Tell us what you think' on every page: an email, a web address, or both.")
SITE = Shape("site.yml", (
    Field("name", "text", "The site's title, shown on every page.",
          required="the site's title, such as Example Borough Family Help",
          example="Example Borough Family Help", translate="name"),
    Field("authority", "text", "The council the partnership belongs to.",
          required="the council, such as Example Borough Council",
          example="Example Borough Council", translate="name"),
    Field("area", "text", "The place, as families say it.",
          required="the place, as families say it", example="Example Borough", translate="name"),
    Field("url", "web", "The site's public address, for the feeds.",
          example="https://familyhelp.example.org"),
    Field("emergency", "records", "The emergency routes shown on every page, in this order.",
          shape=EMERGENCY_ROUTE, required="at least one route, such as - {text: If a child is"
          ' in danger call 999., phone: "999"}', attr=None),
    Field("quick_exit", "web", 'Where "Leave this site" goes: an everyday site.',
          required='where "Leave this site" goes, such as https://www.bbc.co.uk/weather',
          example="https://www.bbc.co.uk/weather"),
    Field("feedback", "record", "Where 'Tell us what you think' goes.", shape=FEEDBACK,
          required="an email or url for 'Tell us what you think'", attr=None),
    Field("review_every_months", "whole", "How often content must be checked; 12 when left"
          " out.", minimum=1, example=12),
    Field("plain_words", "record", "The reading ages family-facing text is checked against,"
          " and your own professional words.", shape=PLAIN_WORDS, attr=None),
), help="The partnership: its name, emergency routes, quick exit and feedback.")

# -- content/contacts.yml -----------------------------------------------------------------

CONTACT = Shape("contact", (
    identity("contact", "mash"),
    Field("name", "text", "The route's name.",
          required="the route's name, such as Family Information Service",
          example="Family Information Service"),
    Field("purpose", "choice", "What the route is for.", allowed=m.PURPOSES,
          required=", ".join(m.PURPOSES), example="advice"),
    Field("for", "choices", "Who it is for.", allowed=m.AUDIENCES,
          required="who it is for: " + ", ".join(m.AUDIENCES), example=["families"],
          attr="audiences"),
    Field("when", "text", "When to use this route, in plain words.",
          required="when to use this route, in plain words", reader=FAMILIES),
    Field("next", "text", "What happens after a family gets in touch.", reader=FAMILIES),
    Field("phone", "phone", "The number to call; a contact needs a phone, email or web.",
          example="020 7946 0100"),
    Field("email", "email", "The address to write to.", example="help@example.org"),
    Field("web", "web", "A web page or form.", example="https://example.org/help"),
    Field("textphone", "textphone", "A Relay UK number.", example="18001 020 7946 0100"),
    *hours("When it is open: urgent and emergency routes must say."),
    Field("out_of_hours", "id", "The contact that covers the hours this one is closed;"
          " required for an urgent route that is not open always.", refers="contact",
          example="emergency-duty-team"),
) + REVIEW, help="A way to get help or advice.")

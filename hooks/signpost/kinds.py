"""Every kind of content file, declared once: each field's name, type, whether it is
required (and what it is for), its allowed values, its help for editors and an example.

The reader (`read.py`, `pathway.py`, `oruk/mapping.py`), the editors' JSON Schemas in
schemas/ and the field tables of docs/content-model.md all come from these declarations
(see `schema.py`). To add a field, declare it here; docs/adding-a-field.md shows the rest.
"""

from __future__ import annotations

from . import model as m
from .schema import Field, FileKind, Shape

# Who reads a field's text, for its plain-words checks (schema.READERS).
FAMILIES, YOUNG_PEOPLE, CHILDREN = "families", "young people", "children"

# -- pieces several kinds share ---------------------------------------------------------

REVIEW = (
    Field("reviewed", "reviewed", "When someone last checked it is right (not after today);"
          " content not checked for review_every_months is overdue.", example="2026-09-01"),
    Field("reviewed_by", "text", "Who checked it, shown with the date.",
          example="Early Help Team", translate="name"),
)
SESSION = Shape("opening session", (
    Field("days", "choices", "The days of this session.", allowed=m.DAYS,
          required="which days, such as [mon, tue, wed]", example=["mon", "tue"]),
    Field("open", "time", "When it opens, as a 24-hour time in quotes.",
          required="a time written HH:MM, such as 09:00", example="09:00"),
    Field("close", "time", "When it closes; \"23:59\" means until midnight.",
          required="a time written HH:MM, such as 09:00", example="17:00"),
), help="One opening session: several a day are fine, if they do not overlap.")


def hours(help_text: str) -> tuple[Field, Field]:
    return (
        Field("hours", "hours", help_text, shape=SESSION),
        Field("bank_holidays", "choice", "Opening on England and Wales bank holidays: closed,"
              " the weekday's usual hours, or all day.", allowed=m.BANK_HOLIDAYS,
              default="usual", attr=None),
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

# -- content/site.yml ---------------------------------------------------------------------

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

# -- content/needs.yml --------------------------------------------------------------------

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

# -- content/levels.yml -------------------------------------------------------------------

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

# -- content/consent.yml ------------------------------------------------------------------

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

# -- content/updates/<id>.yml -------------------------------------------------------------

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

# -- content/questionnaire.yml -------------------------------------------------------------

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

# -- content/pathway.yml ------------------------------------------------------------------

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

# -- content/oruk-mapping.yml -------------------------------------------------------------

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

# -- every kind of file ---------------------------------------------------------------------

FILES = (
    FileKind("content/site.yml", SITE, schema="site.schema.json", title="site.yml"),
    FileKind("content/needs.yml", NEED, listed=True, schema="needs.schema.json",
             title="needs.yml"),
    FileKind("content/levels.yml", LEVEL, listed=True, schema="levels.schema.json",
             title="levels.yml"),
    FileKind("content/contacts.yml", CONTACT, listed=True, schema="contacts.schema.json",
             title="contacts.yml"),
    FileKind("content/consent.yml", CONSENT, listed=True, schema="consent.schema.json",
             title="consent.yml"),
    FileKind("content/questionnaire.yml", QUESTIONNAIRE, schema="questionnaire.schema.json",
             title="questionnaire.yml"),
    FileKind("content/pathway.yml", PATHWAY, schema="pathway.schema.json", title="pathway.yml"),
    FileKind("content/updates/<id>.yml", UPDATE, schema="update.schema.json",
             title="An update"),
    FileKind("services/<id>.yml", SERVICE, schema="service.schema.json", title="A service"),
    FileKind("content/oruk-mapping.yml", MAPPING, schema="oruk-mapping.schema.json",
             title="oruk-mapping.yml"),
)

"""Turning each kind of content file into model values, reporting what is wrong in it.

Readers check what one file can know by itself. References between files are collected as
`Reference`s and resolved in `crosscheck`, once everything is read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from . import model as m
from . import values
from .fields import Record, describe, record_of, records_in
from .problems import Problems, Where
from .yamlfile import Node, ScalarNode

SITE_FIELDS = ("name", "authority", "area", "url", "emergency", "quick_exit", "feedback",
               "review_every_months")
EMERGENCY_FIELDS = ("text", "phone", "contact")
FEEDBACK_FIELDS = ("email", "url")
REVIEW_FIELDS = ("reviewed", "reviewed_by")  # optional on needs, levels, contacts, consent
NEED_FIELDS = ("id", "name", "summary", "also") + REVIEW_FIELDS
LEVEL_FIELDS = ("id", "number", "name", "summary", "professionals", "examples", "support",
                "assessment", "consent", "contacts", "step_up", "step_down") + REVIEW_FIELDS
CONTACT_FIELDS = ("id", "name", "purpose", "for", "when", "next", "phone", "email", "web",
                  "textphone", "hours", "bank_holidays", "out_of_hours") + REVIEW_FIELDS
SESSION_FIELDS = ("days", "open", "close")
CONSENT_FIELDS = ("id", "title", "parents", "young_people", "children",
                  "professionals") + REVIEW_FIELDS
UPDATE_FIELDS = ("date", "from", "you_said", "we_did", "status", "related")
SERVICE_FIELDS = ("name", "organisation", "summary", "description", "needs", "levels", "ages",
                  "pregnancy", "access", "delivery", "cost", "contact", "locations", "hours",
                  "bank_holidays", "languages", "areas", "status", "alert", "reviewed",
                  "reviewed_by", "uuid")
AGES_FIELDS = ("from", "to")
SERVICE_CONTACT_FIELDS = ("phone", "email", "web")
LOCATION_FIELDS = ("name", "address", "postcode", "confidential", "access")
QUESTIONNAIRE_FIELDS = ("title", "intro", "questions")
QUESTION_FIELDS = ("id", "ask", "hint", "type", "options")
OPTION_FIELDS = ("label", "hint", "urgent", "needs", "level", "ages", "pregnancy")


class ReviewFields(TypedDict):
    """When an item was last checked, and by whom, as model keyword arguments."""

    reviewed: date | None
    reviewed_by: str | None


@dataclass(frozen=True)
class Reference:
    """An id written in one file that must name something defined in another."""

    kind: str  # need | level | contact | consent topic | need-or-service
    id: str
    where: Where
    field: str


@dataclass
class Reader:
    """Reads files for one run, collecting problems and references."""

    problems: Problems
    references: list[Reference] = field(default_factory=list)
    # Every id written, even in a record too broken to use: references to it are not the
    # mistake, so they are not reported as well.
    declared: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Kinds whose file could not be read at all: references to them are not checked.
    unreadable: set[str] = field(default_factory=set)
    # The day of the build: a `reviewed` date after it is reported. None: not checked.
    today: date | None = None
    # Where each record's `reviewed` date is written, by the record's own place: an overdue
    # review is reported on that line.
    reviewed_at: dict[Where, Where] = field(default_factory=dict)

    def refer(self, kind: str, record: Record, field: str, found: list[tuple[str, Where]]
              ) -> tuple[str, ...]:
        for ident, where in found:
            self.references.append(Reference(kind, ident, where, record.name(field)))
        return tuple(dict.fromkeys(ident for ident, _ in found))

    def identity(self, record: Record, seen: dict[str, Where]) -> str | None:
        """The `id` field: a slug, unique within its kind."""
        ident = record.text("id", f"each {record.kind} needs an id such as my-{record.kind}")
        if ident is None:
            return None
        if not values.is_id(ident):
            record.error("id", f'"{ident}" is not a valid id: use lowercase letters, digits and'
                         " single hyphens, such as money-housing")
            return None
        if ident in seen:
            record.error("id", f'"{ident}" is already used at {seen[ident]}; ids must be unique')
            return None
        seen[ident] = record.at("id")
        self.declared[record.kind].add(ident)
        return ident

    # -- shared pieces ---------------------------------------------------------------------

    def review(self, record: Record) -> ReviewFields:
        """The optional `reviewed` and `reviewed_by` fields, as keyword arguments."""
        reviewed = self.reviewed(record)
        by = record.text("reviewed_by")
        if by and not record.has("reviewed"):
            self.problems.warning(record.at("reviewed_by"), f"{record.name('reviewed_by')} is"
                                  " given without reviewed: add the date it was checked, as"
                                  " YYYY-MM-DD, or it is not shown")
        return ReviewFields(reviewed=reviewed, reviewed_by=by)

    def reviewed(self, record: Record, required: str | None = None) -> date | None:
        """The `reviewed` date: not after today, and remembered where it is written."""
        reviewed = record.date("reviewed", required)
        if reviewed and self.today and reviewed > self.today:
            record.error("reviewed", f"is {reviewed}, which is after today; give the date it"
                         " was really checked")
            return None
        if reviewed:
            self.reviewed_at[record.where] = record.at("reviewed")
        return reviewed

    def hours(self, record: Record, field: str = "hours") -> m.Hours | None:
        """`always`, or a list of sessions; `bank_holidays` beside it."""
        bank = record.choice("bank_holidays", m.BANK_HOLIDAYS, default="usual")
        node = record.values.get(field)
        if node is None:
            return None
        if isinstance(node, ScalarNode):
            if node.value.strip() == "always":
                return m.Hours(always=True, bank_holidays="all-day")
            record.error(field, f"is {describe(node)}; write always, or a list of sessions such"
                         ' as - {days: [mon, tue], open: "09:00", close: "17:00"}')
            return None
        sessions: list[m.Session] = []
        for session in record.records(field, "opening session", SESSION_FIELDS,
                                      "list at least one session, or write always"):
            read = self.session(session)
            if read:
                sessions.append(read)
        self.check_overlaps(record, field, sessions)
        return m.Hours(sessions=tuple(sessions), bank_holidays=bank)

    def session(self, record: Record) -> m.Session | None:
        days = record.choices("days", m.DAYS, "which days, such as [mon, tue, wed]")
        times = []
        for name, closing in (("open", False), ("close", True)):
            text = record.text(name, "a time written HH:MM, such as 09:00")
            minutes = values.parse_minutes(text, closing=closing) if text else None
            if text and minutes is None:
                record.error(name, f'is "{text}"; write a 24-hour time HH:MM between 00:00 and'
                             ' 23:59, in quotes, such as "17:00"')
            times.append(minutes)
        start, end = times
        if start is not None and end is not None and start >= end:
            record.error("close", "must be later than open; for a session past midnight, end"
                         ' it at "23:59" and start another at "00:00" the next day')
            return None
        if not days or start is None or end is None:
            return None
        return m.Session(days=days, open=start, close=end)

    def check_overlaps(self, record: Record, field: str, sessions: list[m.Session]) -> None:
        for day in m.DAYS:
            spans = sorted((s.open, s.close) for s in sessions if day in s.days)
            for (_, end), (start, _) in zip(spans, spans[1:]):
                if start < end:
                    record.error(field, f"has sessions on {day} that overlap; make them"
                                 " separate times")
                    return

    def ages(self, record: Record, field: str, required: str | None) -> m.Ages | None:
        ages = record.record(field, "age range", AGES_FIELDS, required)
        if ages is None:
            return None
        start = ages.number("from", "the youngest age in years, such as 0 or 0.5", minimum=0)
        end = ages.number("to", "the oldest age in years, such as 18, or 99 for adults of"
                          " any age", minimum=0)
        if start is None or end is None:
            return None
        if start > end:
            ages.error("from", f"({start:g}) is older than to ({end:g}); from must be the"
                       " youngest age")
            return None
        if end > m.OLDEST_AGE:
            ages.error("to", f"is {end:g}; ages go up to {m.OLDEST_AGE} (write 99 for adults"
                       " of any age)")
            return None
        return m.Ages(start, end)

    # -- files -----------------------------------------------------------------------------

    def site(self, node: Node, path: str) -> m.Site | None:
        record = record_of(node, path=path, kind="site.yml", fields=SITE_FIELDS,
                           problems=self.problems)
        if record is None:
            return None
        name = record.text("name", "the site's title, such as Example Borough Family Help")
        authority = record.text("authority", "the council, such as Example Borough Council")
        area = record.text("area", "the place, as families say it")
        url = record.web("url")
        quick_exit = record.web("quick_exit", 'where "Leave this site" goes, such as'
                                " https://www.bbc.co.uk/weather")
        emergency = tuple(self.emergency_route(r) for r in record.records(
            "emergency", "emergency route", EMERGENCY_FIELDS,
            "at least one route, such as - {text: If a child is in danger call 999., phone:"
            ' "999"}'))
        feedback = record.record("feedback", "feedback route", FEEDBACK_FIELDS,
                                 "an email or url for 'Tell us what you think'")
        feedback_email = feedback_url = None
        if feedback is not None:
            feedback_email, feedback_url = feedback.email("email"), feedback.web("url")
            if not feedback.has("email") and not feedback.has("url"):
                record.error("feedback", "needs an email or a url")
        every = record.number("review_every_months", whole=True, minimum=1)
        routes = tuple(route for route in emergency if route)
        if None in (name, authority, area, quick_exit) or len(routes) != len(emergency):
            return None
        return m.Site(name=name, authority=authority, area=area, url=url, emergency=routes,
                      quick_exit=quick_exit, feedback_email=feedback_email,
                      feedback_url=feedback_url, review_every_months=int(every or 12),
                      where=record.where)

    def emergency_route(self, record: Record) -> m.EmergencyRoute | None:
        text = record.text("text", "what to do, in plain words")
        phone = record.phone("phone")
        contact = self.refer("contact", record, "contact", record.ids("contact"))
        if not record.has("phone") and not contact:
            record.missing("phone", "each emergency route needs a phone or a contact id")
        if text is None:
            return None
        return m.EmergencyRoute(text=text, phone=phone, contact=contact[0] if contact else None,
                                where=record.where)

    def needs(self, node: Node, path: str) -> list[m.Need]:
        found, seen = [], {}
        for record in records_in(node, path=path, kind="need", fields=NEED_FIELDS,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            name = record.text("name", "what the need is called, such as Money, debt and housing")
            summary = record.text("summary", "one sentence for families")
            also = tuple(text for text, _ in record.texts("also"))
            review = self.review(record)
            if None not in (ident, name, summary):
                found.append(m.Need(ident, name, summary, also, record.where, **review))
        return found

    def levels(self, node: Node, path: str) -> list[m.Level]:
        found, seen = [], {}
        for record in records_in(node, path=path, kind="level", fields=LEVEL_FIELDS,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            number = record.number("number", "its place in order: 1 for the lowest", whole=True,
                                   minimum=1)
            name = record.text("name", "what the level is called, such as Universal")
            summary = record.text("summary", "what the level means, in a family's words")
            professionals = record.markdown("professionals", "the descriptor for practitioners")
            examples = tuple(text for text, _ in record.texts("examples"))
            support = record.markdown("support", "what help looks like at this level")
            assessment = record.choice("assessment", m.ASSESSMENTS,
                                       required="none, early-help or statutory")
            consent = record.boolean("consent")
            contacts = self.refer("contact", record, "contacts", record.ids(
                "contacts", "how to get help at this level: at least one contact id"))
            if assessment == "early-help" and not consent:
                record.error("consent", "must be true: an Early Help assessment needs the"
                             " family's consent")
            step_up, step_down = record.markdown("step_up"), record.markdown("step_down")
            review = self.review(record)
            if None not in (ident, number, name, summary, professionals, support, assessment):
                found.append(m.Level(ident, int(number), name, summary, professionals, examples,
                                     support, assessment, consent, contacts, record.where,
                                     step_up=step_up, step_down=step_down, **review))
        return found

    def contacts(self, node: Node, path: str) -> list[m.Contact]:
        found, seen = [], {}
        for record in records_in(node, path=path, kind="contact", fields=CONTACT_FIELDS,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            name = record.text("name", "the route's name, such as Family Information Service")
            purpose = record.choice("purpose", m.PURPOSES, required=", ".join(m.PURPOSES))
            audiences = record.choices("for", m.AUDIENCES, "who it is for: "
                                       + ", ".join(m.AUDIENCES))
            when = record.text("when", "when to use this route, in plain words")
            following = record.text("next")
            phone, textphone = record.phone("phone"), record.phone("textphone", textphone=True)
            email, web = record.email("email"), record.web("web")
            if not any(record.has(f) for f in ("phone", "email", "web")):
                record.missing("phone", "a contact needs at least one of phone, email or web")
            hours = self.hours(record)
            out = self.refer("contact", record, "out_of_hours", record.ids("out_of_hours"))
            if purpose in ("urgent", "emergency") and not record.has("hours"):
                record.missing("hours", f"an {purpose} route must say when it is open"
                               " (a list of sessions, or always)")
            elif purpose == "urgent" and hours and not hours.always and not out:
                record.missing("out_of_hours", "an urgent route that is not open always must"
                               " name the contact that covers the rest of the time")
            review = self.review(record)
            if None not in (ident, name, purpose, when):
                found.append(m.Contact(ident, name, purpose, audiences, when, following, phone,
                                       email, web, textphone, hours, out[0] if out else None,
                                       record.where, **review))
        return found

    def consent(self, node: Node, path: str) -> list[m.ConsentTopic]:
        found, seen = [], {}
        for record in records_in(node, path=path, kind="consent topic", fields=CONSENT_FIELDS,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            title = record.text("title", "the topic's heading")
            parents = record.markdown("parents", "the explanation for parents and carers")
            topic = m.ConsentTopic(ident, title, parents, record.markdown("young_people"),
                                   record.markdown("children"),
                                   record.markdown("professionals"), record.where,
                                   **self.review(record))
            if None not in (ident, title, parents):
                found.append(topic)
        return found

    def update(self, node: Node, path: str, ident: str) -> m.Update | None:
        record = record_of(node, path=path, kind="update", fields=UPDATE_FIELDS,
                           problems=self.problems)
        if record is None:
            return None
        when = record.date("date", "when it was published, as YYYY-MM-DD")
        if when and self.today and when > self.today:
            record.error("date", f"is {when}, which is after today; publish it on the day")
        source = record.text("from", "who told us: a forum, a survey or a group")
        said = record.text("you_said", "what people told us")
        did = record.text("we_did", "what was done about it")
        status = record.choice("status", m.UPDATE_STATUSES, required="done, doing or planned")
        related = self.refer("need-or-service", record, "related", record.ids("related"))
        if None in (when, source, said, did, status):
            return None
        return m.Update(ident, when, source, said, did, status, related, record.where)

    def service(self, node: Node, path: str, ident: str) -> m.Service | m.Draft | None:
        """A service, or a Draft when its status is draft (its missing required fields are
        then warnings)."""
        record = record_of(node, path=path, kind="service", fields=SERVICE_FIELDS,
                           problems=self.problems)
        if record is None:
            return None
        status = record.choice("status", m.STATUSES, default="active")
        if status == "draft":
            record.draft()
        name = record.text("name", "what the service is called")
        organisation = record.text("organisation", "who runs it")
        summary = record.text("summary", "one sentence saying what it offers")
        description = record.markdown("description")
        needs = self.refer("need", record, "needs",
                           record.ids("needs", "at least one need id from content/needs.yml"))
        levels = self.refer("level", record, "levels",
                            record.ids("levels", "at least one level id from content/levels.yml"))
        ages = self.ages(record, "ages", "the ages it serves, such as {from: 0, to: 18}")
        pregnancy = record.boolean("pregnancy")
        access = record.choices("access", m.ACCESS, "how to get it: " + ", ".join(m.ACCESS))
        delivery = record.choices("delivery", m.DELIVERY, "how it is given: "
                                  + ", ".join(m.DELIVERY))
        cost = record.text("cost", 'free, or what it costs, such as "£2 a session"')
        contact = self.service_contact(record)
        locations = tuple(self.location(r) for r in record.records(
            "locations", "location", LOCATION_FIELDS))
        hours = self.hours(record)
        languages = tuple(text for text, _ in record.texts("languages"))
        areas = tuple(text for text, _ in record.texts("areas"))
        alert = record.text("alert")
        if status == "temporarily-closed" and alert is None:
            record.missing("alert", "a temporarily-closed service needs an alert saying why and"
                           " until when")
        reviewed = self.reviewed(record, "when someone last checked it, as YYYY-MM-DD")
        uuid = record.text("uuid")
        if uuid and not values.is_uuid(uuid):
            record.error("uuid", f'"{uuid}" is not a UUID such as'
                         " 6f2c0f5e-0d0b-4a5e-9d8e-2f0c6a1b7e41")
            uuid = None
        if record.lacking is not None:
            return m.Draft(id=ident, name=name or ident, lacks=tuple(dict.fromkeys(
                record.lacking)), where=record.where, reviewed=reviewed,
                reviewed_by=record.text("reviewed_by"))
        if None in (name, organisation, summary, ages, cost, contact, status, reviewed):
            return None
        return m.Service(
            id=ident, name=name, organisation=organisation, summary=summary,
            description=description, needs=needs, levels=levels, ages=ages,
            pregnancy=pregnancy, access=access, delivery=delivery, cost=cost, contact=contact,
            locations=tuple(loc for loc in locations if loc), hours=hours, languages=languages,
            areas=areas, status=status, alert=alert, reviewed=reviewed,
            reviewed_by=record.text("reviewed_by"), uuid=uuid.lower() if uuid else None,
            where=record.where)

    def service_contact(self, record: Record) -> m.ServiceContact | None:
        contact = record.record("contact", "service contact", SERVICE_CONTACT_FIELDS,
                                "how to get in touch: at least one of phone, email or web")
        if contact is None:
            return None
        found = m.ServiceContact(contact.phone("phone"), contact.email("email"),
                                 contact.web("web"))
        if not any(contact.has(f) for f in SERVICE_CONTACT_FIELDS):
            record.lacks("contact", f"{record.name('contact')} needs at least one of phone,"
                         " email or web", record.at("contact"))
            return None
        return found

    def location(self, record: Record) -> m.Location | None:
        postcode = record.text("postcode")
        if postcode and not values.is_postcode(postcode):
            record.error("postcode", f'"{postcode}" is not a UK postcode such as EX1 2AB')
        if not any(record.has(f) for f in ("name", "address", "postcode")):
            record.problems.error(record.where, f"{record.label.rstrip('.')} needs a name,"
                                  " address or postcode")
            return None
        return m.Location(record.text("name"), record.text("address"),
                          postcode.upper() if postcode else None,
                          record.boolean("confidential"),
                          record.choices("access", m.PLACE_ACCESS))

    def questionnaire(self, node: Node, path: str) -> m.Questionnaire | None:
        record = record_of(node, path=path, kind="questionnaire", fields=QUESTIONNAIRE_FIELDS,
                           problems=self.problems)
        if record is None:
            return None
        title = record.text("title", "the page heading, such as What help fits us?")
        intro = record.text("intro", "a sentence saying what the questions are for")
        seen: dict[str, Where] = {}
        questions = [self.question(q, seen) for q in record.records(
            "questions", "question", QUESTION_FIELDS, "at least one question")]
        if None in (title, intro) or None in questions:
            return None
        return m.Questionnaire(title, intro, tuple(questions), record.where)

    def question(self, record: Record, seen: dict[str, Where]) -> m.Question | None:
        ident = self.identity(record, seen)
        ask = record.text("ask", "the question, as its page heading")
        kind = record.choice("type", m.QUESTION_TYPES, required="one (choose one) or many"
                             " (choose any)")
        options = [self.option(o) for o in record.records(
            "options", "option", OPTION_FIELDS, "at least two answers to choose from")]
        if 0 < len(options) < 2:
            record.error("options", "needs at least two answers to choose from")
        if None in (ident, ask, kind) or None in options:
            return None
        return m.Question(ident, ask, record.text("hint"), kind, tuple(options), record.where)

    def option(self, record: Record) -> m.Option | None:
        label = record.text("label", "the answer's words")
        needs = self.refer("need", record, "needs", record.ids("needs"))
        level = self.refer("level", record, "level", record.ids("level"))
        ages = self.ages(record, "ages", None)
        if label is None:
            return None
        return m.Option(label, record.text("hint"), record.boolean("urgent"), needs,
                        level[0] if level else None, ages, record.boolean("pregnancy"),
                        record.where)


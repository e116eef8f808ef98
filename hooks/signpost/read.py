"""Turning each kind of content file into model values, reporting what is wrong in it.

Each file's fields are declared once, in `kinds.py`: `Reader.values` reads every field a
declaration can read by itself (its type, whether it is required, its allowed values), and
the reader of each kind adds the rules that need more than one field. Readers check what one
file can know by itself. References between files are collected as `Reference`s and resolved
in `crosscheck`, once everything is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from signpost import kinds
from signpost import model as m
from signpost import values
from signpost.fields import Record, describe, record_of, records_in
from signpost.features.plainwords import Written, written
from signpost.problems import Problems, Where
from signpost.schema import Field, Shape
from signpost.yamlfile import Node, ScalarNode



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
    # Each file's lines, by its path (given by load), and every family-facing value read
    # (a field with a `reader`), with where its words are: the plain-words checks read these.
    sources: dict[str, list[str]] = field(default_factory=dict)
    family_text: list[Written] = field(default_factory=list)

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

    # -- fields as declared -----------------------------------------------------------------

    def values(self, record: Record, shape: Shape) -> dict[str, Any]:
        """Every field of `shape` that can be read by itself, by its model keyword; fields
        whose keyword is None, and nested records, are read by the kind's own reader.

        The values are typed Any: each field's type is in its declaration, and the model's
        dataclass says what it takes; a test builds every kind from the sample and from
        generated partnerships, so a mismatch between the two fails there."""
        return {f.keyword: self.value(record, f) for f in shape.fields
                if f.keyword is not None and f.type not in ("identity", "record", "records")}

    def value(self, record: Record, f: Field) -> Any:
        """One field, read and checked as its declaration says; None when it is absent or
        cannot be used (the problem is reported)."""
        name, required = f.name, f.required
        match f.type:
            case "text" | "markdown":
                text = (record.text(name, required) if f.type == "text"
                        else record.markdown(name, required))
                if text is not None and f.reader is not None:
                    self.remember(record, f)
                return text
            case "number" | "whole":
                number = record.number(name, required, whole=f.type == "whole",
                                       minimum=f.minimum)
                return int(number) if f.type == "whole" and number is not None else number
            case "boolean":
                return record.boolean(name)
            case "date":
                return record.date(name, required)
            case "reviewed":
                return self.reviewed(record, required)
            case "email":
                return record.email(name, required)
            case "web":
                return record.web(name, required)
            case "phone" | "textphone":
                return record.phone(name, textphone=f.type == "textphone")
            case "choice":
                return record.choice(name, f.allowed, default=f.default, required=required)
            case "choices":
                return record.choices(name, f.allowed, required)
            case "texts":
                return tuple(text for text, _ in record.texts(name, required))
            case "ids" | "id":
                found = self.refer(f.refers or "", record, name, record.ids(name, required))
                return found if f.type == "ids" else (found[0] if found else None)
            case "ages":
                return self.ages(record, f)
            case "hours":
                return self.hours(record, f)
        raise ValueError(f"{f.name}: the reader has no rule for type {f.type}")

    def remember(self, record: Record, f: Field) -> None:
        """A family-facing value, kept for the plain-words checks."""
        assert f.reader is not None
        found = written(record, f.name, f.reader, markdown=f.type == "markdown",
                        source=self.sources.get(record.path))
        if found is not None:
            self.family_text.append(found)

    def nested(self, record: Record, f: Field) -> Record | None:
        assert f.shape is not None
        return record.record(f.name, f.shape.kind, f.shape.names, f.required)

    def each(self, record: Record, f: Field) -> list[Record]:
        assert f.shape is not None
        return list(record.records(f.name, f.shape.kind, f.shape.names, f.required))

    # -- shared pieces ---------------------------------------------------------------------

    def review(self, record: Record, found: dict[str, Any]) -> None:
        """`reviewed_by` means nothing without `reviewed`: said, not an error."""
        if found.get("reviewed_by") and not record.has("reviewed"):
            self.problems.warning(record.at("reviewed_by"), f"{record.name('reviewed_by')} is"
                                  " given without reviewed: add the date it was checked, as"
                                  " YYYY-MM-DD, or it is not shown")

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

    def hours(self, record: Record, f: Field) -> m.Hours | None:
        """`always`, or a list of sessions; `bank_holidays` beside it."""
        bank = record.choice("bank_holidays", m.BANK_HOLIDAYS, default="usual")
        node = record.values.get(f.name)
        if node is None:
            return None
        if isinstance(node, ScalarNode):
            if node.value.strip() == "always":
                return m.Hours(always=True, bank_holidays="all-day")
            record.error(f.name, f"is {describe(node)}; write always, or a list of sessions"
                         ' such as - {days: [mon, tue], open: "09:00", close: "17:00"}')
            return None
        assert f.shape is not None
        sessions: list[m.Session] = []
        for session in record.records(f.name, f.shape.kind, f.shape.names,
                                      "list at least one session, or write always"):
            read = self.session(session)
            if read:
                sessions.append(read)
        self.check_overlaps(record, f.name, sessions)
        return m.Hours(sessions=tuple(sessions), bank_holidays=bank or "usual")

    def session(self, record: Record) -> m.Session | None:
        days = self.value(record, kinds.SESSION["days"])
        times = []
        for name, closing in (("open", False), ("close", True)):
            text = record.text(name, kinds.SESSION[name].required)
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
            for (_, end), (start, _) in pairwise(spans):
                if start < end:
                    record.error(field, f"has sessions on {day} that overlap; make them"
                                 " separate times")
                    return

    def ages(self, record: Record, f: Field) -> m.Ages | None:
        ages = self.nested(record, f)
        if ages is None:
            return None
        found = self.values(ages, kinds.AGES)
        start, end = found["start"], found["end"]
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

    def complete(self, found: dict[str, Any], shape: Shape) -> bool:
        """Every required field the reader reads by itself was read."""
        return all(found.get(f.keyword) is not None for f in shape.fields
                   if f.required and f.keyword in found)

    # -- files -----------------------------------------------------------------------------

    def site(self, node: Node, path: str) -> m.Site | None:
        shape = kinds.SITE
        record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                           problems=self.problems)
        if record is None:
            return None
        found = self.values(record, shape)
        emergency = [self.emergency_route(r) for r in self.each(record, shape["emergency"])]
        feedback = self.nested(record, shape["feedback"])
        feedback_email = feedback_url = None
        if feedback is not None:
            feedback_email, feedback_url = feedback.email("email"), feedback.web("url")
            if not feedback.has("email") and not feedback.has("url"):
                record.error("feedback", "needs an email or a url")
        routes = tuple(route for route in emergency if route)
        plain_words = self.plain_words(record)
        if not self.complete(found, shape) or len(routes) != len(emergency):
            return None
        found["review_every_months"] = found["review_every_months"] or 12
        return m.Site(**found, emergency=routes, feedback_email=feedback_email,
                      feedback_url=feedback_url, plain_words=plain_words, where=record.where)

    def plain_words(self, record: Record) -> m.PlainWords:
        """site.yml's `plain_words`: reading ages, and the partnership's own words."""
        settings = self.nested(record, kinds.SITE["plain_words"])
        if settings is None:
            return m.PlainWords()
        shape = kinds.PLAIN_WORDS
        found = {key: value for key, value in self.values(settings, shape).items()
                 if value is not None}
        words = []
        for word in self.each(settings, shape["words"]):
            pair = self.values(word, kinds.PROFESSIONAL_WORD)
            if pair["word"] and pair["instead"]:
                words.append((pair["word"], pair["instead"]))
        return m.PlainWords(**found, words=tuple(words))

    def emergency_route(self, record: Record) -> m.EmergencyRoute | None:
        found = self.values(record, kinds.EMERGENCY_ROUTE)
        if not record.has("phone") and not found["contact"]:
            record.missing("phone", "each emergency route needs a phone or a contact id")
        if found["text"] is None:
            return None
        return m.EmergencyRoute(**found, where=record.where)

    def listed(self, node: Node, path: str, shape: Shape) -> Iterator[
            tuple[Record, str | None, dict[str, Any]]]:
        """The records of a file that is a list (needs.yml, levels.yml...), each with its id
        and its fields, read as declared."""
        seen: dict[str, Where] = {}
        for record in records_in(node, path=path, kind=shape.kind, fields=shape.names,
                                 problems=self.problems):
            ident = self.identity(record, seen)
            found = self.values(record, shape)
            self.review(record, found)
            yield record, ident, found

    def needs(self, node: Node, path: str) -> list[m.Need]:
        return [m.Need(id=ident, **found, where=record.where)
                for record, ident, found in self.listed(node, path, kinds.NEED)
                if ident is not None and self.complete(found, kinds.NEED)]

    def levels(self, node: Node, path: str) -> list[m.Level]:
        found_levels = []
        for record, ident, found in self.listed(node, path, kinds.LEVEL):
            if found["assessment"] == "early-help" and not found["consent"]:
                record.error("consent", "must be true: an Early Help assessment needs the"
                             " family's consent")
            if ident is not None and self.complete(found, kinds.LEVEL):
                found_levels.append(m.Level(id=ident, **found, where=record.where))
        return found_levels

    def contacts(self, node: Node, path: str) -> list[m.Contact]:
        found_contacts = []
        for record, ident, found in self.listed(node, path, kinds.CONTACT):
            if not any(record.has(f) for f in ("phone", "email", "web")):
                record.missing("phone", "a contact needs at least one of phone, email or web")
            purpose, hours = found["purpose"], found["hours"]
            if purpose in ("urgent", "emergency") and not record.has("hours"):
                record.missing("hours", f"an {purpose} route must say when it is open"
                               " (a list of sessions, or always)")
            elif (purpose == "urgent" and isinstance(hours, m.Hours) and not hours.always
                  and not found["out_of_hours"]):
                record.missing("out_of_hours", "an urgent route that is not open always must"
                               " name the contact that covers the rest of the time")
            if found["audiences"] == ("professionals",):  # its words are not for families
                self.family_text = [t for t in self.family_text if t.owner != record.where]
            if ident is not None and self.complete(found, kinds.CONTACT):
                found_contacts.append(m.Contact(id=ident, **found, where=record.where))
        return found_contacts

    def consent(self, node: Node, path: str) -> list[m.ConsentTopic]:
        return [m.ConsentTopic(id=ident, **found, where=record.where)
                for record, ident, found in self.listed(node, path, kinds.CONSENT)
                if ident is not None and self.complete(found, kinds.CONSENT)]

    def update(self, node: Node, path: str, ident: str) -> m.Update | None:
        shape = kinds.UPDATE
        record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                           problems=self.problems)
        if record is None:
            return None
        found = self.values(record, shape)
        when = found["date"]
        if isinstance(when, date) and self.today and when > self.today:
            record.error("date", f"is {when}, which is after today; publish it on the day")
        if not self.complete(found, shape):
            return None
        return m.Update(id=ident, **found, where=record.where)

    def service(self, node: Node, path: str, ident: str) -> m.Service | m.Draft | None:
        """A service, or a Draft when its status is draft (its missing required fields are
        then warnings)."""
        shape = kinds.SERVICE
        record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                           problems=self.problems)
        if record is None:
            return None
        status = self.value(record, shape["status"])
        if shape.drafts and status == "draft":
            record.draft()
        found = self.values(record, shape)
        contact = self.service_contact(record)
        locations = [self.location(r) for r in self.each(record, shape["locations"])]
        if status == "temporarily-closed" and found["alert"] is None:
            record.missing("alert", "a temporarily-closed service needs an alert saying why and"
                           " until when")
        uuid = record.text("uuid")
        if uuid and not values.is_uuid(uuid):
            record.error("uuid", f'"{uuid}" is not a UUID such as'
                         " 6f2c0f5e-0d0b-4a5e-9d8e-2f0c6a1b7e41")
            uuid = None
        if record.lacking is not None:
            return m.Draft(id=ident, name=str(found["name"] or ident), lacks=tuple(
                dict.fromkeys(record.lacking)), where=record.where, reviewed=found["reviewed"],
                reviewed_by=found["reviewed_by"])
        if not self.complete(found, shape) or contact is None or status is None:
            return None
        return m.Service(id=ident, **found, contact=contact,
                         locations=tuple(loc for loc in locations if loc), status=status,
                         uuid=uuid.lower() if uuid else None, where=record.where)

    def service_contact(self, record: Record) -> m.ServiceContact | None:
        contact = self.nested(record, kinds.SERVICE["contact"])
        if contact is None:
            return None
        found = m.ServiceContact(**self.values(contact, kinds.SERVICE_CONTACT))
        if not any(contact.has(f) for f in kinds.SERVICE_CONTACT.names):
            record.lacks("contact", f"{record.name('contact')} needs at least one of phone,"
                         " email or web", record.at("contact"))
            return None
        return found

    def location(self, record: Record) -> m.Location | None:
        found = self.values(record, kinds.LOCATION)
        postcode = found["postcode"]
        if isinstance(postcode, str):
            if not values.is_postcode(postcode):
                record.error("postcode", f'"{postcode}" is not a UK postcode such as EX1 2AB')
            found["postcode"] = postcode.upper()
        if not any(record.has(f) for f in ("name", "address", "postcode")):
            record.problems.error(record.where, f"{record.label.rstrip('.')} needs a name,"
                                  " address or postcode")
            return None
        return m.Location(**found)

    def questionnaire(self, node: Node, path: str) -> m.Questionnaire | None:
        shape = kinds.QUESTIONNAIRE
        record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                           problems=self.problems)
        if record is None:
            return None
        found = self.values(record, shape)
        seen: dict[str, Where] = {}
        questions = [self.question(q, seen) for q in self.each(record, shape["questions"])]
        if not self.complete(found, shape) or None in questions:
            return None
        return m.Questionnaire(**found, questions=tuple(q for q in questions if q),
                               where=record.where)

    def question(self, record: Record, seen: dict[str, Where]) -> m.Question | None:
        shape = kinds.QUESTION
        ident = self.identity(record, seen)
        found = self.values(record, shape)
        options = [self.option(o) for o in self.each(record, shape["options"])]
        if 0 < len(options) < 2:
            record.error("options", "needs at least two answers to choose from")
        if ident is None or not self.complete(found, shape) or None in options:
            return None
        return m.Question(id=ident, **found, options=tuple(o for o in options if o),
                          where=record.where)

    def option(self, record: Record) -> m.Option | None:
        found = self.values(record, kinds.OPTION)
        if found["label"] is None:
            return None
        return m.Option(**found, where=record.where)

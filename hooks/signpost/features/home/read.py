"""Reading content/site.yml and content/contacts.yml."""

from __future__ import annotations

from signpost import model as m
from signpost.features.home.kind import CONTACT, EMERGENCY_ROUTE, SITE
from signpost.features.plainwords.read import read_plain_words
from signpost.fields import record_of
from signpost.fields import Record
from signpost.read import Reader
from signpost.yamlfile import Node


def read_site(reader: Reader, node: Node, path: str) -> m.Site | None:
    shape = SITE
    record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    found = reader.values(record, shape)
    emergency = [read_emergency_route(reader, r) for r in reader.each(record, shape["emergency"])]
    feedback = reader.nested(record, shape["feedback"])
    feedback_email = feedback_url = None
    if feedback is not None:
        feedback_email, feedback_url = feedback.email("email"), feedback.web("url")
        if not feedback.has("email") and not feedback.has("url"):
            record.error("feedback", "needs an email or a url")
    routes = tuple(route for route in emergency if route)
    plain_words = read_plain_words(reader, record, SITE["plain_words"])
    if not reader.complete(found, shape) or len(routes) != len(emergency):
        return None
    found["review_every_months"] = found["review_every_months"] or 12
    return m.Site(**found, emergency=routes, feedback_email=feedback_email,
                  feedback_url=feedback_url, plain_words=plain_words, where=record.where)


def read_emergency_route(reader: Reader, record: Record) -> m.EmergencyRoute | None:
    found = reader.values(record, EMERGENCY_ROUTE)
    if not record.has("phone") and not found["contact"]:
        record.missing("phone", "each emergency route needs a phone or a contact id")
    if found["text"] is None:
        return None
    return m.EmergencyRoute(**found, where=record.where)


def read_contacts(reader: Reader, node: Node, path: str) -> list[m.Contact]:
    found_contacts = []
    for record, ident, found in reader.listed(node, path, CONTACT):
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
            reader.family_text = [t for t in reader.family_text if t.owner != record.where]
        if ident is not None and reader.complete(found, CONTACT):
            found_contacts.append(m.Contact(id=ident, **found, where=record.where))
    return found_contacts

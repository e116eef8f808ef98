"""Reading content/needs.yml and services/<id>.yml."""

from __future__ import annotations

from signpost import model as m
from signpost import values
from signpost.features.directory.kind import LOCATION, NEED, SERVICE, SERVICE_CONTACT
from signpost.fields import Record, record_of
from signpost.read import Reader
from signpost.yamlfile import Node


def read_needs(reader: Reader, node: Node, path: str) -> list[m.Need]:
    return [m.Need(id=ident, **found, where=record.where)
            for record, ident, found in reader.listed(node, path, NEED)
            if ident is not None and reader.complete(found, NEED)]


def read_service(reader: Reader, node: Node, path: str, ident: str) -> m.Service | m.Draft | None:
    """A service, or a Draft when its status is draft (its missing required fields are
    then warnings)."""
    shape = SERVICE
    record = record_of(node, path=path, kind=shape.kind, fields=shape.names,
                       problems=reader.problems)
    if record is None:
        return None
    status = reader.value(record, shape["status"])
    if shape.drafts and status == "draft":
        record.draft()
    found = reader.values(record, shape)
    contact = read_service_contact(reader, record)
    locations = [read_location(reader, r) for r in reader.each(record, shape["locations"])]
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
    if not reader.complete(found, shape) or contact is None or status is None:
        return None
    return m.Service(id=ident, **found, contact=contact,
                     locations=tuple(loc for loc in locations if loc), status=status,
                     uuid=uuid.lower() if uuid else None, where=record.where)


def read_service_contact(reader: Reader, record: Record) -> m.ServiceContact | None:
    contact = reader.nested(record, SERVICE["contact"])
    if contact is None:
        return None
    found = m.ServiceContact(**reader.values(contact, SERVICE_CONTACT))
    if not any(contact.has(f) for f in SERVICE_CONTACT.names):
        record.lacks("contact", f"{record.name('contact')} needs at least one of phone,"
                     " email or web", record.at("contact"))
        return None
    return found


def read_location(reader: Reader, record: Record) -> m.Location | None:
    found = reader.values(record, LOCATION)
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

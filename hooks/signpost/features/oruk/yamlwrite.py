"""Writing a draft service as a services/<id>.yml an editor can read and keep.

The fields come in the content model's order, written as the sample files write them: short
lists and the contact on one line, locations and opening sessions one a line, Markdown as a
`|` block, times in quotes. Text is quoted only where YAML would otherwise misread it.
"""

from __future__ import annotations

import re

from signpost.model import DAYS, Hours
from signpost.features.directory.kind import SERVICE
from signpost.features.oruk.convert import ServiceFile
from signpost.features.oruk.schedules import clock

# Plain text YAML 1.1 or 1.2 would read as something else: booleans, null, numbers, times.
SPECIAL = re.compile(r"^(y|n|yes|no|true|false|on|off|null|~|[-+]?[\d_]*\.?[\d_]*([eE][-+]?\d+)?"
                     r"|0x[0-9a-f]+|[-+]?\.(inf|nan)|[\d_]+(:[\d_]+)+(\.\d*)?"
                     r"|\d{4}-\d\d?-\d\d?.*)$", re.IGNORECASE)
# Besides letters and digits, what plain text may hold; inside [ ] or { } a little less.
PLAIN = set(" .,-'()/&£€$+@_!?;:%")
PLAIN_IN_FLOW = PLAIN - set(",?")
# A colon starts a mapping's value when a space, or inside [ ] or { } anything but this, follows.
COLON = re.compile(r":(?![\w/])")


def scalar(text: str, *, flow: bool = False) -> str:
    """Text as a YAML scalar: plain when that surely reads back as the same text, else quoted."""
    allowed = PLAIN_IN_FLOW if flow else PLAIN
    plain = (text != "" and text == text.strip() and text[0].isalnum()
             and all(ch.isalnum() or ch in allowed for ch in text)
             and not COLON.search(text) and not SPECIAL.match(text))
    return text if plain else quoted(text)


def quoted(text: str) -> str:
    """A double-quoted YAML scalar: characters that do not print are escaped, so no line
    break or invisible character hides in it."""
    found = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            found.append("\\" + ch)
        elif ch.isprintable():
            found.append(ch)
        else:
            found.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
                         if code < 0x10000 else f"\\U{code:08x}")
    return '"' + "".join(found) + '"'


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


def number(value: float) -> str:
    return f"{value:g}"


def block(text: str, indent: str = "  ") -> str:
    """Markdown as a literal block; a one-line text as a scalar."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    lines = ["".join(ch for ch in line if ch.isprintable() or ch == "\t") for line in lines]
    if len(lines) == 1:
        return " " + scalar(lines[0])
    return " |\n" + "\n".join(indent + line if line else "" for line in lines)


def hours_yaml(hours: Hours) -> list[str]:
    if hours.always:
        return ["hours: always"]
    found = ["hours:"]
    for session in hours.sessions:
        days = ", ".join(day for day in DAYS if day in session.days)
        found.append(f'  - {{days: [{days}], open: "{clock(session.open)}",'
                     f' close: "{clock(session.close)}"}}')
    if hours.bank_holidays != "usual":
        found.append(f"bank_holidays: {hours.bank_holidays}")
    return found


def service_yaml(draft: ServiceFile, source: str) -> str:
    """The whole file, starting with a comment saying where it came from."""
    lines = [f"# Imported by signpost import from {source}.",
             "# signpost import --update replaces this file: keep edits in the source data."]
    written = {
        "name": draft.name, "organisation": draft.organisation, "summary": draft.summary,
        "cost": draft.cost, "status": draft.status, "alert": draft.alert,
        "reviewed_by": draft.reviewed_by, "uuid": draft.uuid,
    }
    for field in SERVICE.names:
        value = written.get(field)
        if value:
            lines.append(f"{field}: {scalar(value)}")
        elif field == "description" and draft.description:
            lines.append("description:" + block(draft.description))
        elif field in ("needs", "levels", "access", "delivery", "languages", "areas") and (
                getattr(draft, field)):
            lines.append(f"{field}: {flow_list(getattr(draft, field))}")
        elif field == "ages" and draft.ages:
            lines.append(f"ages: {{from: {number(draft.ages.start)},"
                         f" to: {number(draft.ages.end)}}}")
        elif field == "pregnancy" and draft.pregnancy:
            lines.append("pregnancy: true")
        elif field == "contact":
            parts = [f"{name}: {scalar(value, flow=True)}" for name, value in
                     (("phone", draft.phone), ("email", draft.email), ("web", draft.web))
                     if value]
            if parts:
                lines.append("contact: {" + ", ".join(parts) + "}")
        elif field == "locations" and draft.locations:
            lines.append("locations:")
            for place in draft.locations:
                entry = [f"{name}: {scalar(value)}" for name, value in
                         (("name", place.name), ("address", place.address),
                          ("postcode", place.postcode)) if value]
                entry.append("confidential: false")
                if place.access:
                    entry.append(f"access: {flow_list(list(place.access))}")
                lines.append("  - " + entry[0])
                lines += ["    " + line for line in entry[1:]]
        elif field == "hours" and draft.hours:
            lines += hours_yaml(draft.hours)
        elif field == "reviewed" and draft.reviewed:
            lines.append(f"reviewed: {draft.reviewed.isoformat()}")
    return "\n".join(lines) + "\n"

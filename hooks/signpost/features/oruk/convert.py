"""One ORUK service (3.0, or v1's spellings; a full service or a list's entry) as a draft of
the content model's service file, with every problem reported at its JSON path.

What has no home in the content model is reported, never dropped in silence; what Signpost
had to work out (a summary from the description, all ages when none are given) is a warning;
a required field the data does not give (a summary, a contact, an organisation) makes the
written file a draft (`status: draft`, published nowhere until an editor finishes it), with a
warning naming the field; what the mapping cannot place (an unmapped term) is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from signpost import model as m
from signpost import values
from signpost.features.oruk import ids, languages, schedules, terms
from signpost.features.oruk.jsonfile import JsonPath, Report, shown
from signpost.features.oruk.mapping import Gives, Mapping, Term, key
from signpost.features.oruk.reading import Obj, Reading, has_html, plain

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
LONGEST_SUMMARY = 240


@dataclass
class Context:
    """What a conversion needs to know about the site it imports into."""

    content: m.Content
    mapping: Mapping
    today: date
    reported_organisations: set[str] = field(default_factory=set)


@dataclass
class ServiceFile:
    """A service file to write: the content model's fields, in its order. (Its variables are
    called `draft`: what the conversion drafts; the file is written with `status: draft` only
    when it `lacks` a required field.)"""

    uuid: str | None  # None: the file name gives it (a Signpost feed's own id)
    name: str
    at: JsonPath
    organisation: str | None = None
    summary: str | None = None
    description: str | None = None
    needs: list[str] = field(default_factory=list)
    levels: list[str] = field(default_factory=list)
    ages: m.Ages | None = None
    pregnancy: bool = False
    access: list[str] = field(default_factory=list)
    delivery: list[str] = field(default_factory=list)
    cost: str | None = None
    phone: str | None = None
    email: str | None = None
    web: str | None = None
    locations: list[m.Location] = field(default_factory=list)
    hours: m.Hours | None = None
    languages: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    status: str = "active"
    alert: str | None = None
    reviewed: date | None = None
    reviewed_by: str | None = None
    lacks: list[str] = field(default_factory=list)  # required fields the data does not give


def convert(data: dict[str, Any], at: JsonPath, report: Report, context: Context,
            organisation: tuple[dict[str, Any], JsonPath] | None = None) -> ServiceFile | None:
    """The draft of one service, or None when it has no name. `organisation` is the
    enclosing organisation and where it is, for services listed inside one."""
    reading = Reading()
    service = reading.open(data, at)
    name = service.text("name")
    if name is None:
        report.error(at, "has no name, so it was not imported")
        return None
    draft = ServiceFile(uuid=service_uuid(service, report), name=name, at=at)
    Converter(service, draft, report, context, reading).run(organisation)
    return draft


def service_uuid(service: Obj, report: Report) -> str:
    ident = service.text("id")
    if ident and values.is_uuid(ident):
        return ident.lower()
    made = ids.from_foreign(ident or service.text("name") or "")
    said = f'id "{ident}" is not a UUID' if ident else "has no id"
    report.warning(service.at, f"{said}: uuid {made} was made from"
                   f" {'it' if ident else 'its name'}, the same each time this data is imported")
    return made


@dataclass
class Converter:
    service: Obj
    draft: ServiceFile
    report: Report
    context: Context
    reading: Reading
    org: Obj | None = None
    location_schedules: list[Obj] = field(default_factory=list)
    inferred_delivery: list[str] = field(default_factory=list)

    def run(self, organisation: tuple[dict[str, Any], JsonPath] | None) -> None:
        self.organisation(organisation)
        self.texts()
        self.ages()
        gives = self.classified()
        self.locations()
        self.contact()
        self.hours()
        self.cost()
        self.review()
        self.lists()
        self.fill(gives)
        self.report_left_over()
        if self.draft.lacks:
            self.draft.status = "draft"

    def lacking(self, name: str, message: str) -> None:
        """A required field the data does not give: the file is written as a draft."""
        self.draft.lacks.append(name)
        self.report.warning(self.draft.at, f"{message}; written as a draft (status: draft),"
                            " published once an editor adds it")

    # -- who and what ----------------------------------------------------------------------

    def organisation(self, enclosing: tuple[dict[str, Any], JsonPath] | None) -> None:
        org = self.service.obj("organization")
        if org is None and enclosing is not None:
            org = self.reading.open(*enclosing)
            org.get("services")  # this service is one of them
        name = org.text("name") if org is not None else None
        if org is None or name is None:
            self.lacking("organisation", "has no organization.name: write organisation"
                         " (who runs it) in the service file")
            return
        self.draft.organisation = name
        self.org = org
        if terms.is_own_description(org.data.get("description"), name):
            org.get("description")  # a Signpost feed's words, not the organisation's

    def texts(self) -> None:
        draft, service = self.draft, self.service
        raw = service.get("description")
        description = plain(raw) if isinstance(raw, str) else None
        if isinstance(raw, str) and has_html(raw):
            self.report.warning(service.at + ("description",), "held HTML, which Signpost"
                                " never publishes: the tags were taken out; check the text")
        draft.summary = service.text("summary")
        if draft.summary is None and description:
            draft.summary = first_sentence(description)
            self.report.warning(service.at + ("description",), "has no summary beside it, so"
                                " its first sentence is the summary: check it reads well alone")
        elif draft.summary is None:
            self.lacking("summary", "has no summary or description: write summary"
                         " (one sentence saying what it offers)")
        if description and " ".join(description.split()) != draft.summary:
            draft.description = description
        draft.alert = service.text("alert")
        status = (service.text("status") or "active").casefold()
        draft.status = terms.STATUS_IN.get(status, "active")
        if status not in terms.STATUS_IN:
            self.report.warning(service.at + ("status",), f'is "{status}": written as active;'
                                " ORUK allows active, inactive, defunct, temporarily closed")
        elif draft.status == "closed":
            self.report.warning(service.at + ("status",), f'is "{status}": written as closed,'
                                " so the service is not published")
        if draft.status == "temporarily-closed" and draft.alert is None:
            draft.alert = "This service is closed for now."
            self.report.warning(service.at + ("status",), "is temporarily closed with no"
                                " alert: write in alert why, and until when")

    def ages(self) -> None:
        service = self.service
        found = [(service.number("minimum_age"), service.number("maximum_age"))]
        for eligibility in service.objects("eligibilitys"):
            found.append((eligibility.number("minimum_age"), eligibility.number("maximum_age")))
        lows = [low for low, _ in found if low is not None]
        highs = [high for _, high in found if high is not None]
        if not lows and not highs:
            self.report.warning(self.draft.at, f"gives no ages: written as all ages (from 0"
                                f" to {m.OPEN_ENDED_AGE}); check who it is for")
        start, end = min(lows, default=0.0), max(highs, default=float(m.OPEN_ENDED_AGE))
        if start > end:
            self.report.warning(service.at + ("minimum_age",), f"({start:g}) is above"
                                f" maximum_age ({end:g}): the two were swapped")
            start, end = end, start
        if end > m.OLDEST_AGE:
            self.report.warning(service.at + ("maximum_age",), f"is {end:g}; ages go up to"
                                f" {m.OLDEST_AGE}, so to is {m.OLDEST_AGE}")
        self.draft.ages = m.Ages(min(start, m.OLDEST_AGE), min(end, m.OLDEST_AGE))

    # -- needs, levels and features, from taxonomy terms -------------------------------------

    def classified(self) -> list[Gives]:
        gives = []
        for term, at in self.terms():
            own = self.own(term)
            if own is not None:
                gives.append(own)
                continue
            rule = self.context.mapping.find(term)
            if rule is None:
                self.report.error(at, f"term {term.label} is not in"
                                  f" {self.context.mapping.path}: add it under terms with the"
                                  " needs and levels it means, or with ignore: true")
            elif not rule.ignore:
                gives.append(rule.gives)
        v1_delivery = terms.ATTENDING_TYPE.get(key(self.service.text("attending_type") or ""))
        v1_access = terms.ATTENDING_ACCESS.get(key(self.service.text("attending_access") or ""))
        gives.append(Gives(access=(v1_access,) if v1_access else (),
                           delivery=(v1_delivery,) if v1_delivery else ()))
        for field_name in ("attending_type", "attending_access"):
            text = self.service.text(field_name)
            if text and key(text) not in (terms.ATTENDING_TYPE | terms.ATTENDING_ACCESS):
                self.report.warning(self.service.at + (field_name,), f'"{text}" has no'
                                    " place in Signpost: not imported")
        return gives

    def terms(self) -> list[tuple[Term, JsonPath]]:
        found = []
        for attribute in self.service.objects("attributes"):
            term = attribute.obj("taxonomy_term")
            if term is not None:
                found.append((term_of(term), term.at))
            elif attribute.text("taxonomy_term_id"):
                ident = attribute.text("taxonomy_term_id")
                found.append((Term((key(ident),), (), f'"{ident}"'), attribute.at))
        for link in self.service.objects("service_taxonomys"):  # ORUK v1
            taxonomy = link.obj("taxonomy")
            if taxonomy is not None:
                found.append((term_of(taxonomy), taxonomy.at))
        for eligibility in self.service.objects("eligibilitys"):
            for taxonomy in eligibility.objects("taxonomys"):
                found.append((term_of(taxonomy), taxonomy.at))
        return found

    def own(self, term: Term) -> Gives | None:
        """What a term of a Signpost feed's own taxonomies gives, when this site has it."""
        code = term.code
        if key(terms.NEEDS) in term.taxonomies and code in self.context.content.needs:
            return Gives(needs=(code,))
        if key(terms.LEVELS) in term.taxonomies and code in self.context.content.levels:
            return Gives(levels=(code,))
        if key(terms.FEATURES) in term.taxonomies and code in terms.FEATURE_TERMS:
            field_name = terms.FEATURE_TERMS[code][0]
            gives: dict[str, Any] = {field_name: (code,)}
            return Gives(pregnancy=True) if field_name == "pregnancy" else Gives(**gives)
        return None

    def fill(self, gives: list[Gives]) -> None:
        """Needs, levels, access and delivery from the terms; the mapping's default for
        what none of them gives."""
        draft, default, path = self.draft, self.context.mapping.default, self.context.mapping.path
        for name in ("needs", "levels", "access", "delivery"):
            chosen = list(dict.fromkeys(v for g in gives for v in getattr(g, name)))
            if name == "delivery" and not chosen:
                chosen = self.inferred_delivery
            if not chosen and getattr(default, name):
                chosen = list(getattr(default, name))
                self.report.warning(draft.at, f"gives no {name}: {', '.join(chosen)} from"
                                    f" default in {path}; check it")
            elif not chosen:
                self.lacking(name, f"gives no {name}: map its taxonomy terms in {path}, give"
                             f" default {name} there, or write {name} in the service file")
            setattr(draft, name, chosen)
        draft.pregnancy = any(g.pregnancy for g in gives)
        if draft.cost is None and default.cost:
            draft.cost = default.cost
            self.report.warning(draft.at, f"gives no cost_options or fees: cost is"
                                f" {default.cost!r}, the default in {path}")
        elif draft.cost is None:
            self.lacking("cost", "gives no cost_options or fees: write cost (free, or what it"
                         f" costs), or give a default cost in {path}")

    # -- contact, places and times ---------------------------------------------------------

    def contact(self) -> None:
        service, draft = self.service, self.draft
        phones: list[tuple[str, JsonPath]] = []
        emails: list[tuple[str, JsonPath]] = []
        for phone in service.objects("phones"):
            phones.append((phone.text("number") or "", phone.at))
            phone.get("type")
        for person in service.objects("contacts"):
            for phone in person.objects("phones"):
                phones.append((phone.text("number") or "", phone.at))
                phone.get("type")
            if email := person.text("email"):
                emails.append((email, person.at + ("email",)))
        draft.phone = self.first_phone(phones)
        if email := service.text("email"):
            emails.insert(0, (email, service.at + ("email",)))
        draft.email = next((e for e, at in emails if self.check_email(e, at)), None)
        draft.web = self.web(service.text("url"), service.at + ("url",)) or draft.web
        org = self.org
        if org is not None and not (draft.phone or draft.email or draft.web):
            draft.email = self.check_email(org.text("email"), org.at + ("email",))
            draft.web = self.web(org.text("website") or org.text("url"), org.at + ("website",))
            if draft.email or draft.web:
                self.report.warning(draft.at, "has no phone, email or url of its own: the"
                                    " organisation's were used")
        if not (draft.phone or draft.email or draft.web):
            self.lacking("contact", "has no phone, email or url: write contact (at least one"
                         " of phone, email or web) in the service file")

    def first_phone(self, phones: list[tuple[str, JsonPath]]) -> str | None:
        chosen, chosen_tel = None, ""
        for number, at in phones:
            if not number:
                continue
            parsed = values.parse_phone(number)
            if parsed is None:
                self.report.warning(at, f'"{number}" is not a UK phone number: not imported')
            elif chosen is None:
                chosen, chosen_tel = number, parsed.tel
            elif parsed.tel != chosen_tel:
                self.report.warning(at, f'"{number}" is not imported: a service file holds one'
                                    f" phone number ({chosen})")
        return chosen

    def check_email(self, email: str | None, at: JsonPath) -> str | None:
        if email and not values.is_email(email):
            self.report.warning(at, f'"{email}" is not an email address: not imported')
            return None
        return email

    def web(self, url: str | None, at: JsonPath) -> str | None:
        if url and not url.casefold().startswith(("http://", "https://")):
            url = "https://" + url.lstrip("/")
        if url and not values.is_web_address(url):
            self.report.warning(at, f'"{url}" is not a web address: not imported')
            return None
        return url

    def locations(self) -> None:
        draft = self.draft
        for at_location in self.service.objects("service_at_locations"):
            self.location_schedules += (at_location.objects("schedules")
                                        + at_location.objects("regular_schedules"))
            self.holidays(at_location)
            place = at_location.obj("location")
            if place is None:
                continue
            if (place.text("location_type") or "").casefold() == "virtual":
                self.inferred_delivery.append("online")
                place.get("name")
                draft.web = draft.web or self.web(place.text("url"), place.at + ("url",))
                continue
            location = self.location(place)
            if location is not None and location not in draft.locations:
                draft.locations.append(location)
        if draft.locations:
            self.inferred_delivery.insert(0, "in-person")

    def location(self, place: Obj) -> m.Location | None:
        addresses = place.objects("addresses") + place.objects("physical_addresses")
        address = postcode = None
        for number, found in enumerate(addresses):
            if number == 0:
                address, postcode = self.address(found)
            else:
                found.read_all()
                self.report.warning(found.at, "is a further address of the same place: not"
                                    " imported")
        access: list[str] = []
        for item in place.objects("accessibility") + place.objects(
                "accessibility_for_disabilities"):
            said = " ".join(t for t in (item.text("description"), item.text("details"),
                                        item.text("accessibility")) if t)
            codes = terms.place_access(said)
            if said and not codes:
                self.report.warning(item.at, f'"{said}" is none of step-free, accessible'
                                    " toilet, hearing loop or quiet space: not imported")
            access += [code for code in codes if code not in access]
        name = place.text("name")
        if not (name or address or postcode):
            self.report.warning(place.at, "has no name, address or postcode: not imported")
            return None
        return m.Location(name=name, address=address, postcode=postcode, confidential=False,
                          access=tuple(access))

    def address(self, found: Obj) -> tuple[str | None, str | None]:
        for part in ("region", "state_province", "country", "address_type"):
            found.get(part)  # parts of an address a family does not need to find the place
        lines = [line for line in (found.text("address_1"), found.text("address_2")) if line]
        town = found.text("city")
        if town and key(town) not in {key(p) for line in lines for p in line.split(",")}:
            lines.append(town)
        postcode = found.text("postal_code")
        if postcode and not values.is_postcode(postcode):
            self.report.warning(found.at + ("postal_code",), f'"{postcode}" is not a UK'
                                " postcode: not imported")
            postcode = None
        return (", ".join(lines) or None), (postcode.upper() if postcode else None)

    def hours(self) -> None:
        service = self.service
        found = (service.objects("schedules") + service.objects("regular_schedules")
                 + self.location_schedules)
        self.holidays(service)
        sessions: list[m.Session] = []
        bank = None
        for schedule in found:
            read = self.schedule(schedule)
            sessions += read
            notes = schedule.text("notes")
            said = terms.bank_holidays(notes) if notes and read else None
            if said:
                bank = bank or said
                schedule.get("notes")
        self.draft.hours = schedules.combine(
            sessions, bank or "usual",
            lambda span: self.report.warning(self.draft.at, f"has schedules that overlap on"
                                             f" {span}: that session was not imported"))

    def schedule(self, schedule: Obj) -> list[m.Session]:
        for part in ("freq", "interval", "byday", "weekday", "opens_at", "closes_at", "dtstart",
                     "description"):
            schedule.get(part)
        ended = values.parse_date(str(schedule.get("valid_to") or "")[:10])
        if ended and ended < self.context.today:
            schedule.read_all()
            self.report.warning(schedule.at, f"ended on {ended}: not imported")
            return []
        schedule.get("valid_from")
        weekly = schedules.read_schedule(schedule.data)
        if weekly.problem:
            schedule.read_all()
            said = schedule.text("description")
            self.report.warning(schedule.at, f"{weekly.problem}, so it was not imported; write"
                                " the hours by hand" + (f' ("{said}")' if said else ""))
        return list(weekly.sessions)

    def holidays(self, holder: Obj) -> None:
        for closed in holder.objects("holiday_schedules"):  # ORUK v1: particular dates
            closed.read_all()
            self.report.warning(closed.at, "closing on particular dates is not imported: add"
                                " an alert to the service file if it matters")

    # -- the rest --------------------------------------------------------------------------

    def cost(self) -> None:
        texts = []
        for option in self.service.objects("cost_options"):
            texts.append(cost_text(option.number("amount"), option.text("amount_description"),
                                   option.text("option")))
            option.get("currency")
        if texts:  # fees, deprecated, is then reported if it is not used
            self.draft.cost = "free" if all(t == "free" for t in texts) else "; ".join(
                "Free" if t == "free" else t for t in texts)
        elif self.service.text("fees"):
            fees = self.service.text("fees")
            self.draft.cost = "free" if key(fees) == "free" else fees

    def review(self) -> None:
        service, draft = self.service, self.draft
        for record in service.objects("metadata"):
            record.read_all()  # provenance, not content
            if (record.text("last_action_type") or "").casefold() == "reviewed":
                draft.reviewed = values.parse_date((record.text("last_action_date") or "")[:10])
                draft.reviewed_by = record.text("updated_by")
        assured = values.parse_date((service.text("assured_date") or "")[:10])
        draft.reviewed = draft.reviewed or assured
        draft.reviewed_by = draft.reviewed_by or service.text("assurer_email")
        today = self.context.today
        if draft.reviewed is None:
            modified = values.parse_date((service.text("last_modified") or "")[:10])
            draft.reviewed = modified or today
            since = "when it last changed" if modified else "today"
            self.report.warning(draft.at, f"has no assured_date: reviewed is {draft.reviewed},"
                                f" {since}; check the service, then update reviewed")
        elif draft.reviewed > today:
            self.report.warning(service.at + ("assured_date",), f"is {draft.reviewed}, after"
                                f" today: reviewed is {today}")
            draft.reviewed = today

    def lists(self) -> None:
        draft = self.draft
        for language in self.service.objects("languages"):
            names = [language.text(part) for part in ("name", "language", "code")]
            said = next((n for n in names if n), None)
            if said is None:
                self.report.warning(language.at, "has no name or code: not imported")
            elif languages.name(said) not in draft.languages:
                draft.languages.append(languages.name(said))
        for area in self.service.objects("service_areas"):
            texts = [area.text(part) for part in ("name", "service_area", "description")]
            named = list(dict.fromkeys(s for s in texts if s))
            draft.areas += [s for s in named[:1] if s not in draft.areas]
            if len(named) > 1:
                self.report.warning(area.at, f'"{named[1]}" is not imported: an area is one'
                                    f' name ("{named[0]}")')

    def report_left_over(self) -> None:
        """One warning for the service's fields with no home; one for its organisation's,
        the first time that organisation is met."""
        org_at = self.org.at if self.org is not None else None
        mine, theirs = [], []
        for path in self.reading.left_over():
            if org_at is not None and path[:len(org_at)] == org_at:
                theirs.append(shown(path[len(org_at):]))
            else:
                mine.append(shown(path[len(self.draft.at):]))
        if mine:
            self.report.warning(self.draft.at, "has fields with no place in Signpost, not"
                                f" imported: {', '.join(mine)}")
        org_key = key(self.org.text("id") or self.draft.organisation) if self.org else ""
        if theirs and org_at is not None and org_key not in self.context.reported_organisations:
            self.context.reported_organisations.add(org_key)
            self.report.warning(org_at, f"{self.draft.organisation} has fields with no place"
                                f" in Signpost, not imported: {', '.join(theirs)}")


def term_of(term: Obj) -> Term:
    """A taxonomy term (3.0 taxonomy_term, v1 taxonomy), by every name it goes by."""
    names = [term.text(part) for part in ("id", "name", "term", "code")]
    detail = term.obj("taxonomy_detail")
    taxonomies = [term.text("taxonomy"), term.text("taxonomy_id"), term.text("vocabulary"),
                  detail.text("name") if detail else None]
    term.read_all()
    if detail:
        detail.read_all()
    label = term.text("name") or term.text("term") or term.text("id") or "?"
    taxonomy = term.text("taxonomy") or term.text("vocabulary")
    code = term.text("code")
    return Term(tuple(key(n) for n in names if n), tuple(key(t) for t in taxonomies if t),
                f'"{label}"' + (f' (taxonomy "{taxonomy}")' if taxonomy else ""), code)


def cost_text(amount: float | None, description: str | None, option: str | None) -> str:
    """One cost option in words; "free" for a free one."""
    if amount == 0 and not description:
        return "free"
    if amount is not None and not (description and "£" in description):
        money = f"£{amount:.2f}" if amount != int(amount) else f"£{int(amount)}"
        text = f"{money} {description}" if description else money
    else:
        text = description or option or "free"
    if option and key(option) != "free" and key(option) not in key(text):
        text += f" ({option})"
    return text


def first_sentence(text: str) -> str:
    """The first sentence of a description, as one line, at most LONGEST_SUMMARY long."""
    flat = " ".join(text.split())
    sentence = SENTENCE_END.split(flat, maxsplit=1)[0]
    if len(sentence) <= LONGEST_SUMMARY:
        return sentence
    cut = sentence[:LONGEST_SUMMARY].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"

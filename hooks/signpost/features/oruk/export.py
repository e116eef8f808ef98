"""The directory as a static Open Referral UK 3.0 feed, written under site/openreferral/.

    openreferral/index.json                     /               the API details
    openreferral/services/page-N.json           /services       pages of PAGE_SIZE services
    openreferral/services/<id>.json             /services/{id}  one fully nested service
    openreferral/taxonomies/page-N.json         /taxonomies     needs, levels, features
    openreferral/taxonomies/<id>.json           /taxonomies/{id}
    openreferral/taxonomy_terms/page-N.json     /taxonomy_terms
    openreferral/taxonomy_terms/<id>.json       /taxonomy_terms/{id}

Only published services appear, and never a confidential location. Optional fields without a
value are left out. Phones, language names and codes, a service's summary and who reviewed it
are HSDS 3.0 fields the UK profile leaves out; ORUK allows them as extensions.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from signpost import collector, urls, words
from signpost.model import Content, Location, Service
from signpost.paging import pages_of
from signpost.render import Renderer
from signpost.features.oruk import ids, languages, schedules, terms

ROOT = "openreferral"
PAGE_SIZE = 50
URI_SAFE = ":/?#[]@!$&'()*+,;=%~"  # a URI's own characters, and escapes already made
API_DETAILS = {
    "version": "HSDS-UK-3.0",
    "profile": "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
    "openapi_url": "https://docs.openreferraluk.org/en/latest/openapi30.json",
}


def files(renderer: Renderer) -> dict[str, bytes]:
    """For site.FILES: every file of the feed, by its path in the site."""
    with collector.paused():
        return {path: encode(value)
                for path, value in feed(renderer.content, renderer.urls).items()}


def feed(content: Content, site_urls: urls.Urls) -> dict[str, dict[str, Any]]:
    """Every file of the feed as JSON values, by site path."""
    builder = Feed(content, site_urls)
    found: dict[str, dict[str, Any]] = {f"{ROOT}/index.json": dict(API_DETAILS)}
    services = [builder.service(s) for s in content.published_services]
    found.update(paged("services", [one_to_one(s) for s in services]))
    found.update(by_id("services", services))
    taxonomies = builder.taxonomies()
    found.update(paged("taxonomies", [one_to_one(t) for t in taxonomies]))
    found.update(by_id("taxonomies", taxonomies))
    every_term = [term for taxonomy in taxonomies for term in taxonomy["taxonomy_terms"]]
    found.update(paged("taxonomy_terms", every_term))
    found.update(by_id("taxonomy_terms", every_term))
    return found


def encode(value: dict[str, Any]) -> bytes:
    """Compact JSON: Python's fast (C) encoder writes no indentation, and at county scale
    the feed is thousands of files."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def paged(kind: str, items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """ORUK's list envelope, in pages of PAGE_SIZE so no file grows with the directory."""
    chunks = pages_of(items, PAGE_SIZE)
    count = len(chunks)
    found = {}
    for number, chunk in enumerate(chunks, start=1):
        found[f"{ROOT}/{kind}/page-{number}.json"] = {
            "total_items": len(items), "total_pages": count, "page_number": number,
            "size": len(chunk), "first_page": number == 1, "last_page": number == count,
            "empty": not chunk, "contents": chunk,
        }
    return found


def by_id(kind: str, items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f"{ROOT}/{kind}/{item['id']}.json": item for item in items}


def one_to_one(item: dict[str, Any]) -> dict[str, Any]:
    """A list's entry: the item without its lists (ORUK lists hold one-to-one fields)."""
    return {key: value for key, value in item.items() if not isinstance(value, list)}


def compact(**fields: object) -> dict[str, Any]:
    """Fields with a value: ORUK wants empty optional fields left out, never null."""
    return {key: value for key, value in fields.items() if value not in (None, "", [], {})}


def uri(address: str | None) -> str | None:
    """A web address as ORUK's "uri" format wants it: ASCII, the rest percent-encoded."""
    return quote(address, safe=URI_SAFE) if address else None


def number(value: float) -> int | float:
    return int(value) if value == int(value) else value


class Feed:
    """Builds the feed's values for one site."""

    def __init__(self, content: Content, site_urls: urls.Urls) -> None:
        assert content.site is not None  # load() gives content only with its site
        self.content = content
        self.site = content.site
        self.urls = site_urls
        self.namespace = ids.partnership(content.site)
        self.terms = self.made_terms()
        # Every service names one of a few organisations: each made once.
        self.organisations: dict[str, dict[str, Any]] = {}

    def address(self, src: str) -> str | None:
        """The public address of a page, when the site says where it is published."""
        return uri(f"{self.site.url.rstrip('/')}/{self.urls.page(src)}") if self.site.url else None

    # -- taxonomies ------------------------------------------------------------------------

    def taxonomy_id(self, name: str) -> str:
        return ids.within(ids.SIGNPOST if name == terms.FEATURES else self.namespace,
                          "taxonomy", name)

    def term(self, taxonomy: str, code: str, name: str, description: str,
             uri: str | None = None) -> dict[str, Any]:
        taxonomy_id = self.taxonomy_id(taxonomy)
        return compact(id=ids.within(taxonomy_id, "term", code), name=name,
                       description=description, taxonomy=taxonomy, taxonomy_id=taxonomy_id,
                       term=name, code=code, term_uri=uri)

    def made_terms(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every term of the three taxonomies, by (taxonomy, code), made once for the feed:
        every service names a few of them."""
        made = {}
        for need in self.content.needs.values():
            made[terms.NEEDS, need.id] = self.term(terms.NEEDS, need.id, need.name,
                                                   need.summary, self.address(urls.need(need.id)))
        for level in self.content.levels.values():
            made[terms.LEVELS, level.id] = self.term(terms.LEVELS, level.id, level.name,
                                                     level.summary,
                                                     self.address(urls.level(level.id)))
        for code, (field, name) in terms.FEATURE_TERMS.items():
            made[terms.FEATURES, code] = self.term(terms.FEATURES, code, name,
                                                   terms.FEATURE_DESCRIPTIONS[field])
        return made

    def taxonomies(self) -> list[dict[str, Any]]:
        site = self.site.name
        return [
            compact(id=self.taxonomy_id(terms.NEEDS), name=terms.NEEDS,
                    description=f"What families may need help with, as {site} lists them.",
                    uri=self.address(urls.DIRECTORY),
                    taxonomy_terms=[self.terms[terms.NEEDS, n] for n in self.content.needs]),
            compact(id=self.taxonomy_id(terms.LEVELS), name=terms.LEVELS,
                    description=f"The levels of need {site} uses, lowest first.",
                    uri=self.address(urls.LEVELS),
                    taxonomy_terms=[self.terms[terms.LEVELS, lv] for lv in self.content.levels]),
            compact(id=self.taxonomy_id(terms.FEATURES), name=terms.FEATURES,
                    description="How a service is reached and given, and whether it supports"
                    " pregnancy: the fixed choices of every Signpost directory.",
                    taxonomy_terms=[self.terms[terms.FEATURES, code]
                                    for code in terms.FEATURE_TERMS]),
        ]

    # -- services --------------------------------------------------------------------------

    def service(self, service: Service) -> dict[str, Any]:
        sid = ids.service(self.site, service, self.namespace)
        contact = service.contact
        features = [*service.access, *service.delivery] + (
            ["pregnancy"] if service.pregnancy else [])
        term_list = ([self.terms[terms.NEEDS, n] for n in service.needs]
                     + [self.terms[terms.LEVELS, lv] for lv in service.levels]
                     + [self.terms[terms.FEATURES, code] for code in features])
        return compact(
            id=sid, name=service.name,
            description=service.description or service.summary, summary=service.summary,
            url=uri(contact.web), email=contact.email, status=terms.STATUS_OUT[service.status],
            minimum_age=number(service.ages.start), maximum_age=number(service.ages.end),
            assured_date=service.reviewed.isoformat(), alert=service.alert,
            organization_id=self.organisation(service.organisation)["id"],
            organization=self.organisation(service.organisation),
            phones=[compact(id=ids.within(sid, "phone", contact.phone.tel),
                            number=contact.phone.text, type="voice")] if contact.phone else [],
            schedules=schedules.to_oruk(service.hours, sid) if service.hours else [],
            service_areas=[{"id": ids.within(sid, "area", area), "name": area,
                            "service_area": area} for area in service.areas],
            service_at_locations=[self.service_at_location(sid, location)
                                  for location in service.locations
                                  if not location.confidential],
            languages=[compact(id=ids.within(sid, "language", name), name=name,
                               code=languages.code(name)) for name in service.languages],
            cost_options=[self.cost(sid, service.cost)],
            attributes=[{"id": ids.within(sid, "attribute", term["id"]), "link_id": sid,
                         "taxonomy_term_id": term["id"], "taxonomy_term": term}
                        for term in term_list],
            metadata=self.review(sid, service),
        )

    def organisation_id(self, name: str) -> str:
        return ids.within(self.namespace, "organisation", name.casefold())

    def organisation(self, name: str) -> dict[str, Any]:
        if name not in self.organisations:
            self.organisations[name] = {
                "id": self.organisation_id(name), "name": name,
                "description": terms.organisation_description(name, self.site.name)}
        return self.organisations[name]

    def cost(self, sid: str, cost: str) -> dict[str, Any]:
        if cost.strip().casefold() == "free":
            return {"id": ids.within(sid, "cost"), "option": "Free", "amount": 0}
        return {"id": ids.within(sid, "cost"), "amount_description": cost}

    def review(self, sid: str, service: Service) -> list[dict[str, Any]]:
        """Who last checked the service, as an HSDS 3.0 metadata record."""
        if not service.reviewed_by:
            return []
        return [{"id": ids.within(sid, "reviewed"), "resource_id": sid,
                 "resource_type": "service", "last_action_date": service.reviewed.isoformat(),
                 "last_action_type": "reviewed", "field_name": "assured_date",
                 "previous_value": "", "replacement_value": service.reviewed.isoformat(),
                 "updated_by": service.reviewed_by}]

    def service_at_location(self, sid: str, location: Location) -> dict[str, Any]:
        place = self.location(location)
        return {"id": ids.within(sid, "at", place["id"]), "location_id": place["id"],
                "location": place}

    def location(self, location: Location) -> dict[str, Any]:
        """A place a service is given: the same place has the same id in every service."""
        key = "|".join((location.name or "", location.address or "",
                        location.postcode or "")).casefold()
        lid = ids.within(self.namespace, "location", key)
        return compact(
            id=lid, location_type="physical", name=location.name,
            addresses=[self.address_of(lid, location)] if location.address else [],
            accessibility=[{"id": ids.within(lid, "accessibility", code),
                            "description": words.PLACE_ACCESS[code]}
                           for code in location.access],
        )

    def address_of(self, lid: str, location: Location) -> dict[str, Any]:
        """ORUK splits an address; the content model writes it on one line, town last."""
        street, town = split_address(location.address or "", self.site.area)  # has an address
        return {"id": ids.within(lid, "address"), "address_1": street, "city": town,
                "state_province": self.site.area, "postal_code": location.postcode or "",
                "country": "GB", "address_type": "physical"}


def split_address(address: str, area: str) -> tuple[str, str]:
    """("12 High Street", "Exampleton") from "12 High Street, Exampleton"; an address with
    no town is in the site's area."""
    parts = [part.strip() for part in address.split(",") if part.strip()]
    if len(parts) < 2:
        return address.strip(), area
    return ", ".join(parts[:-1]), parts[-1]

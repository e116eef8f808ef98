"""The static Open Referral UK 3.0 feed every build writes under site/openreferral/.

Each file is checked as the ORUK validator checks an API's responses: against the schemas it
uses (JSON Schema 2020-12, with format checks, the schemas found through one registry), plus
the sense a schema cannot see (a page's envelope, ids that name one thing each). The same
check must pass the validator's passing responses and reject its failing ones.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from helpers import FIXTURES, REPO, TODAY, check, edit, site_folder
from signpost import urls, words
from signpost.features.oruk import ids
from signpost.features.oruk.export import PAGE_SIZE, feed

ORUK = FIXTURES / "oruk"  # public ORUK schemas and examples: see its NOTICE.md
SCHEMAS = ORUK / "v3-validator-schema"
MOCKS = ORUK / "validator-mocks"
# Where open_api.json finds the schemas it names.
BASE = ("https://raw.githubusercontent.com/tpximpact/OpenReferralApi/refs/heads/main/"
        "OpenReferralApi/Schemas/V3.0-UK/")
REGISTRY = Registry().with_resources(
    (BASE + path.name, DRAFT202012.create_resource(json.loads(path.read_text("utf-8"))))
    for path in SCHEMAS.glob("*.json"))
# Each endpoint's own schema file, beside the response schema open_api.json gives it.
ENDPOINTS = {
    "/": "api_details.json",
    "/services": "service_list.json", "/services/{id}": "service.json",
    "/taxonomies": "taxonomy_list.json", "/taxonomies/{id}": "taxonomy.json",
    "/taxonomy_terms": "taxonomy_term_list.json", "/taxonomy_terms/{id}": "taxonomy_term.json",
    "/service_at_locations": "service_at_location_list.json",
    "/service_at_locations/{id}": "service_at_location.json",
}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def validator(endpoint: str) -> Draft202012Validator:
    pointer = ("/paths/" + endpoint.replace("~", "~0").replace("/", "~1")
               + "/get/responses/200/content/application~1json/schema")
    schema = {"allOf": [{"$ref": f"{BASE}open_api.json#{pointer}"},
                        {"$ref": BASE + ENDPOINTS[endpoint]}]}
    return Draft202012Validator(schema, registry=REGISTRY,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def oruk_problems(document: object, endpoint: str) -> list[str]:
    """Everything the check finds wrong with one response; [] when it complies."""
    found = {f"{'.'.join(map(str, error.absolute_path)) or 'top'}: {error.message}"
             for error in validator(endpoint).iter_errors(document)}
    found.update(id_problems(document))
    if "{id}" not in endpoint and endpoint != "/":
        found.update(envelope_problems(document))
    return sorted(found)


def id_problems(document: object) -> list[str]:
    """An id names one thing: two different objects with one id, or a term that is its own
    parent, are mistakes a schema cannot see."""
    seen: dict[str, object] = {}
    found = []
    for item in objects_in(document):
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in seen and seen[ident] != item:
            found.append(f"id {ident} names two different things")
        seen.setdefault(ident, item)
        if item.get("parent_id") == ident:
            found.append(f"term {ident} is its own parent")
    return found


def envelope_problems(page: dict) -> list[str]:
    contents = page.get("contents", [])
    expected = {
        "size": len(contents), "empty": not contents,
        "first_page": page.get("page_number") == 1,
        "last_page": page.get("page_number") == page.get("total_pages"),
    }
    found = [f"{name} is {page.get(name)!r}, not {value!r}" for name, value in expected.items()
             if page.get(name) != value]
    if not 1 <= page.get("page_number", 0) <= page.get("total_pages", 0):
        found.append("page_number is outside 1 to total_pages")
    if page.get("total_items", 0) < len(contents):
        found.append("total_items is fewer than the page holds")
    return found


def objects_in(value: object):
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from objects_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from objects_in(inner)


def values_in(value: object, path: str = ""):
    """(path, value) for every value, containers included."""
    yield path, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from values_in(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from values_in(inner, f"{path}[{index}]")


def endpoint_of(relative: str) -> str:
    """The ORUK endpoint a feed file answers: services/page-2.json is /services?page=2."""
    if relative == "index.json":
        return "/"
    kind, name = relative.split("/")
    return f"/{kind}" if name.startswith("page-") else f"/{kind}/{{id}}"


def feed_files(site: Path) -> dict[str, object]:
    root = site / "openreferral"
    return {path.relative_to(root).as_posix(): json.loads(path.read_text("utf-8"))
            for path in sorted(root.rglob("*.json"))}


def sample_content():
    loaded = check(REPO, TODAY)
    assert loaded.ok, loaded.problems.report()
    return loaded.content


# -- the sample site's feed, file by file --------------------------------------------------


def test_every_file_of_the_sample_feed_complies(sample_site: Path) -> None:
    files = feed_files(sample_site)
    assert {endpoint_of(name) for name in files} == {
        "/", "/services", "/services/{id}", "/taxonomies", "/taxonomies/{id}",
        "/taxonomy_terms", "/taxonomy_terms/{id}"}
    failures = {name: oruk_problems(document, endpoint_of(name))
                for name, document in files.items()}
    assert {name: found for name, found in failures.items() if found} == {}


def test_the_feed_lists_each_published_service_once_in_fixed_pages(sample_site: Path) -> None:
    content = sample_content()
    files = feed_files(sample_site)
    published = [ids.service(content.site, s) for s in content.published_services]
    pages = [files[f"services/page-{n}.json"] for n in (1, 2)]
    assert "services/page-3.json" not in files
    assert [p["size"] for p in pages] == [PAGE_SIZE, len(published) - PAGE_SIZE]
    assert all(p["total_items"] == len(published) and p["total_pages"] == 2 for p in pages)
    listed = [s["id"] for page in pages for s in page["contents"]]
    assert listed == published
    assert {name for name in files if name.startswith("services/") and "page-" not in name} \
        == {f"services/{ident}.json" for ident in published}
    for page in pages:  # a list holds each service's one-to-one fields, not its lists
        assert all(not isinstance(v, list) for s in page["contents"] for v in s.values())


def test_a_closed_service_and_a_confidential_address_appear_nowhere(sample_site: Path) -> None:
    content = sample_content()
    text = "\n".join(path.read_text("utf-8")
                     for path in (sample_site / "openreferral").rglob("*.json"))
    closed = [s for s in content.services.values() if s.status == "closed"]
    hidden = [loc for s in content.services.values() for loc in s.locations if loc.confidential]
    assert closed and hidden
    for service in closed:
        assert service.name not in text and ids.service(content.site, service) not in text
    for location in hidden:
        assert location.address not in text and location.postcode not in text
    refuge = next(s for s in content.services.values() if s.id == "lantern-refuge")
    assert refuge.uuid in text  # the service is listed, its secret place is not


def test_a_service_in_full(sample_site: Path) -> None:
    """What the DfE's or the LGA's directory would read about the Young Carers Project."""
    service = feed_files(sample_site)["services/acb1f3d0-a950-4b44-8a62-67c2003b0f8d.json"]
    assert service["name"] == "Brackenford Young Carers"
    assert service["status"] == "active"
    assert (service["minimum_age"], service["maximum_age"]) == (5, 18)
    assert service["organization"]["name"] == "Brackenford Young Carers (charity)"
    assert service["url"] == "https://youngcarers.example.com"
    assert service["phones"][0]["number"] == "0161 496 0350"  # HSDS 3.0 form
    assert [(lang["name"], lang["code"]) for lang in service["languages"]] == [
        ("English", "en"), ("Urdu", "ur"), ("Polish", "pl")]
    place = service["service_at_locations"][0]["location"]
    assert place["name"] == "Young Carers Centre"
    assert {k: place["addresses"][0][k] for k in ("address_1", "city", "postal_code")} == {
        "address_1": "14 Mill Lane, Millbrook", "city": "Brackenford", "postal_code": "BK3 1MC"}
    assert [a["description"] for a in place["accessibility"]] == [
        words.PLACE_ACCESS[c] for c in ("step-free", "accessible-toilet", "quiet-space")]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in service["schedules"]] == [
        ("MO,TU,WE,TH,FR", "09:30", "13:00"), ("MO,TU,WE,TH", "15:30", "19:30")]
    assert service["cost_options"][0]["amount"] == 0
    by_taxonomy = {}
    for attribute in service["attributes"]:
        term = attribute["taxonomy_term"]
        by_taxonomy.setdefault(term["taxonomy"], []).append(term["code"])
    assert by_taxonomy == {
        "Signpost needs": ["young-carers", "emotional-wellbeing"],
        "Signpost levels of need": ["universal", "early-help", "targeted"],
        "Signpost service features": ["self-referral", "professional-referral", "in-person",
                                      "home-visit", "phone"],
    }
    assert service["metadata"][0]["updated_by"] == "Young Carers Manager"


def test_the_taxonomies_are_the_needs_levels_and_features(sample_site: Path) -> None:
    content = sample_content()
    files = feed_files(sample_site)
    taxonomies = {t["name"]: t for t in files["taxonomies/page-1.json"]["contents"]}
    assert set(taxonomies) == {"Signpost needs", "Signpost levels of need",
                               "Signpost service features"}
    needs = files[f"taxonomies/{taxonomies['Signpost needs']['id']}.json"]
    assert [t["code"] for t in needs["taxonomy_terms"]] == list(content.needs)
    assert needs["taxonomy_terms"][0]["term_uri"] == (
        f"{content.site.url}/needs/{next(iter(content.needs))}/")
    every_term = files["taxonomy_terms/page-1.json"]["contents"]
    assert all(f"taxonomy_terms/{t['id']}.json" in files for t in every_term)
    assert len(every_term) == len(content.needs) + len(content.levels) + 9


def test_no_field_is_null_or_empty(sample_site: Path) -> None:
    """ORUK wants an optional field without a value left out. HSDS requires a metadata
    record's previous_value, and there was none before a review: the one empty value."""
    empties = [f"{name}: {path}" for name, document in feed_files(sample_site).items()
               for path, value in values_in(document)
               if value in (None, "", [], {}) and not path.endswith("previous_value")]
    assert empties == []


def test_a_web_address_with_accents_is_still_a_uri(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    edit(root, "services/advice-shop.yml", "contact: {phone: 020 7946 0200}",
         "contact: {phone: 020 7946 0200, web: https://example.org/café}")
    content = check(root).content
    sid = ids.service(content.site, content.services["advice-shop"])
    service = feed(content, urls.Urls())[f"openreferral/services/{sid}.json"]
    assert service["url"] == "https://example.org/caf%C3%A9"
    assert oruk_problems(service, "/services/{id}") == []


# -- ids -------------------------------------------------------------------------------------


def test_every_id_is_a_uuid_that_stays_the_same(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    first = feed(check(root).content, urls.Urls())
    edit(root, "services/advice-shop.yml", "summary: Free advice", "summary: Friendly advice")
    second = feed(check(root).content, urls.Urls())
    assert first.keys() == second.keys()  # every file, named by the same ids
    for name, document in first.items():
        found = [v for path, v in values_in(document) if path.split(".")[-1] == "id"
                 or path.endswith("_id")]
        assert all(UUID.match(v) for v in found), name
        assert found == [v for path, v in values_in(second[name])
                         if path.split(".")[-1] == "id" or path.endswith("_id")]


def test_a_service_uuid_is_its_id_and_otherwise_one_is_derived(tmp_path: Path) -> None:
    root = site_folder(tmp_path)
    content = check(root).content
    safe_house = content.services["safe-house"]
    derived = ids.derived_service(content.site, "safe-house")
    assert f"openreferral/services/{derived}.json" in feed(content, urls.Urls())
    given = "0f8e1f6a-55c4-4d0e-9a51-6f2b8f3a9c10"
    edit(root, "services/safe-house.yml", "reviewed: 2026-10-01",
         f"reviewed: 2026-10-01\nuuid: {given}")
    files = feed(check(root).content, urls.Urls())
    assert f"openreferral/services/{given}.json" in files
    assert f"openreferral/services/{derived}.json" not in files
    assert safe_house.uuid is None


# -- paging ----------------------------------------------------------------------------------


def test_a_large_directory_comes_in_pages_that_each_comply(tmp_path: Path) -> None:
    content = check(site_folder(tmp_path)).content
    shop = content.services["advice-shop"]
    content.services = {f"shop-{n:03}": dataclasses.replace(shop, id=f"shop-{n:03}")
                        for n in range(2 * PAGE_SIZE + 7)}
    files = feed(content, urls.Urls())
    pages = [files[f"openreferral/services/page-{n}.json"] for n in (1, 2, 3)]
    assert "openreferral/services/page-4.json" not in files
    assert [(p["page_number"], p["size"], p["first_page"], p["last_page"]) for p in pages] == [
        (1, PAGE_SIZE, True, False), (2, PAGE_SIZE, False, False), (3, 7, False, True)]
    assert all(oruk_problems(page, "/services") == [] for page in pages)
    assert len({s["id"] for p in pages for s in p["contents"]}) == 2 * PAGE_SIZE + 7


def test_an_empty_directory_is_one_empty_page(tmp_path: Path) -> None:
    content = check(site_folder(tmp_path)).content
    content.services = {}
    page = feed(content, urls.Urls())["openreferral/services/page-1.json"]
    assert (page["total_items"], page["empty"], page["contents"]) == (0, True, [])
    assert oruk_problems(page, "/services") == []


# -- the check itself, on the ORUK validator's own responses -------------------------------

MOCK_ENDPOINTS = {
    "api_details.json": "/", "service_list.json": "/services",
    "service_full.json": "/services/{id}", "taxonomy_list.json": "/taxonomies",
    "taxonomy.json": "/taxonomies/{id}", "taxonomy_term_list.json": "/taxonomy_terms",
    "taxonomy_term.json": "/taxonomy_terms/{id}",
    "service_at_location_list.json": "/service_at_locations",
    "service_at_location_full.json": "/service_at_locations/{id}",
}
# The failing responses, and a reason the check gives for rejecting each.
REJECTED = {
    "api_details.json": "'profile' is a required property",
    "service_full.json": "'email-example_com' is not a 'email'",
    "service_list.json": "'name' is a required property",
    "taxonomy_term.json": "'description' is a required property",
    "taxonomy_term_list.json": "is its own parent",
    "service_at_location_full.json": "names two different things",
}


def test_the_check_checks_formats() -> None:
    """"format" is an assertion here, as in the ORUK validator, not a note."""
    details = {"version": "HSDS-UK-3.0", "profile": "the profile",
               "openapi_url": "https://example.org/openapi.json"}
    assert oruk_problems(details, "/") == ["profile: 'the profile' is not a 'uri'"]
    service = {"id": "6f2c0f5e-0d0b-4a5e-9d8e-2f0c6a1b7e41", "name": "Club",
               "status": "active", "last_modified": "yesterday"}
    assert oruk_problems(service, "/services/{id}") == [
        "last_modified: 'yesterday' is not a 'date-time'"]
    assert oruk_problems(dict(service, id="club", last_modified=f"{TODAY}T10:00:00Z"),
                         "/services/{id}") == ["id: 'club' is not a 'uuid'"]


@pytest.mark.parametrize("name", sorted(MOCK_ENDPOINTS))
def test_the_check_passes_the_validators_passing_responses(name: str) -> None:
    document = json.loads((MOCKS / "pass" / name).read_text("utf-8"))
    assert oruk_problems(document, MOCK_ENDPOINTS[name]) == []


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_the_check_rejects_the_validators_failing_responses(name: str) -> None:
    document = json.loads((MOCKS / "fail" / name).read_text("utf-8"))
    found = oruk_problems(document, MOCK_ENDPOINTS[name])
    assert any(REJECTED[name] in problem for problem in found), found


def test_the_other_failing_responses_give_a_single_file_nothing_to_reject() -> None:
    """Four are byte for byte the passing ones (the feed publishes no organisations, so
    their two are not checked at all); service_at_location_list says there are ten pages of
    one, which only fetching page 2 could show to be false."""
    failing = {p.name for p in (MOCKS / "fail").glob("*.json")}
    same = {name for name in failing
            if (MOCKS / "fail" / name).read_bytes() == (MOCKS / "pass" / name).read_bytes()}
    assert same == {"organization_full.json", "organization_list.json", "taxonomy.json",
                    "taxonomy_list.json"}
    assert failing == same | set(REJECTED) | {"service_at_location_list.json"}
    paging = json.loads((MOCKS / "fail" / "service_at_location_list.json").read_text("utf-8"))
    assert (paging["total_pages"], paging["size"], len(paging["contents"])) == (10, 1, 1)


# -- hosting: ORUK's own addresses, served from the feed's files ----------------------------

HOSTING = REPO / "hosting" / "openreferral"


def netlify_serves(site: Path, url: str) -> str:
    """The file Netlify sends for a URL under hosting/openreferral/_redirects: a file that
    exists is sent as it is; otherwise the first rule whose path and query match."""
    path, _, query = url.partition("?")
    params = dict(parse_qsl(query))
    if (site / path.lstrip("/")).is_file():
        return path
    for line in (HOSTING / "_redirects").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, *conditions, target, status = line.split()
        assert status == "200"  # a rewrite: the address stays ORUK's own
        match = re.fullmatch(re.sub(r":(\w+)", r"(?P<\1>[^/]+)", source), path)
        wanted = dict(condition.split("=") for condition in conditions)
        if match and all(name in params for name in wanted):
            values = match.groupdict() | {v[1:]: params[k] for k, v in wanted.items()}
            return re.sub(r":(\w+)", lambda m: values[m.group(1)], target)  # noqa: B023 - used at once
    return path


def nginx_serves(url: str) -> str:
    """The file nginx sends for a URL under hosting/openreferral/nginx-openreferral.conf."""
    path, _, query = url.partition("?")
    page = dict(parse_qsl(query)).get("page", "")
    page = page if re.fullmatch(r"[1-9][0-9]{0,5}", page) else "1"
    snippet = (HOSTING / "nginx-openreferral.conf").read_text("utf-8")
    if path == "/openreferral":
        path = re.search(r"location = /openreferral \{\s*rewrite \^ (\S+) last;", snippet)[1]
    for pattern, target in re.findall(r'rewrite "(.+?)" (\S+) break;', snippet):
        match = re.match(pattern, path)
        if match:
            target = target.replace("$oruk_page", page)
            return re.sub(r"\$(\d)", lambda m: match[int(m[1])], target)  # noqa: B023 - used at once
    return path


def test_the_hosting_files_answer_oruks_own_addresses(sample_site: Path) -> None:
    files = feed_files(sample_site)
    service = files["services/page-2.json"]["contents"][0]["id"]
    taxonomy = files["taxonomies/page-1.json"]["contents"][0]["id"]
    term = files["taxonomy_terms/page-1.json"]["contents"][0]["id"]
    expected = {
        "/openreferral": "index.json", "/openreferral/": "index.json",
        "/openreferral/services": "services/page-1.json",
        "/openreferral/services?page=2": "services/page-2.json",
        "/openreferral/services?page=2&per_page=10": "services/page-2.json",
        f"/openreferral/services/{service}": f"services/{service}.json",
        "/openreferral/services/page-2.json": "services/page-2.json",
        "/openreferral/taxonomies": "taxonomies/page-1.json",
        f"/openreferral/taxonomies/{taxonomy}": f"taxonomies/{taxonomy}.json",
        "/openreferral/taxonomy_terms?page=1": "taxonomy_terms/page-1.json",
        f"/openreferral/taxonomy_terms/{term}": f"taxonomy_terms/{term}.json",
    }
    for url, name in expected.items():
        assert netlify_serves(sample_site, url) == f"/openreferral/{name}", url
        assert nginx_serves(url) == f"/openreferral/{name}", url
        assert name in files
    assert nginx_serves("/openreferral/services?page=../../etc") == (
        "/openreferral/services/page-1.json")


def test_the_hosting_files_let_any_website_read_the_feed() -> None:
    headers = (HOSTING / "_headers").read_text("utf-8")
    block = headers[headers.index("/openreferral/*"):]
    assert "  Access-Control-Allow-Origin: *\n" in block
    assert "  Content-Type: application/json; charset=utf-8\n" in block
    snippet = (HOSTING / "nginx-openreferral.conf").read_text("utf-8")
    assert 'add_header Access-Control-Allow-Origin "*" always;' in snippet
    assert "default_type application/json;" in snippet
    # nginx drops the server's headers in a location with add_header lines of its own.
    assert "include /etc/nginx/snippets/nginx-security-headers.conf;" in snippet

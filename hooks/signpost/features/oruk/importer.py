"""`signpost import PATH`: ORUK services (3.0 or v1) into services/<id>.yml.

PATH is a service, a page of services, an organisation with its services, or a folder of such
JSON files. Each service becomes one file; one that is already there (the same uuid, or the
same file name) is replaced only with --update. Then what was written is checked as
`signpost check` would, so the report ends with what is still to do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from signpost import slugs
from signpost.crosscheck import check_references
from signpost.load import load
from signpost.model import Content
from signpost.problems import Problems, Where, summary
from signpost.read import Reader
from signpost.yamlfile import read_yaml
from signpost.features.oruk import ids
from signpost.features.oruk.convert import Context, ServiceFile, convert
from signpost.features.oruk.jsonfile import JsonFile, JsonPath, Report, read_json, shown
from signpost.features.oruk.mapping import FILE, Mapping, read_mapping
from signpost.features.oruk.yamlwrite import service_yaml

SERVICE_KEYS = ("status", "service_at_locations", "schedules", "regular_schedules",
                "eligibilitys", "service_taxonomys", "cost_options", "attributes")
OTHER_KEYS = ("openapi_url", "total_items", "totalElements", "taxonomy_terms", "taxonomy_id",
              "term", "vocabulary")
LONGEST_ID = 60
# `signpost check` messages about a missing field the conversion reports itself, with its cause.
REPORTED = tuple(f"{field} is missing" for field in (
    "organisation", "summary", "needs", "levels", "access", "delivery", "cost", "contact"))


@dataclass
class Found:
    """One service in the input, before it is converted."""

    file: JsonFile
    data: dict[str, Any]
    at: JsonPath
    organisation: tuple[dict[str, Any], JsonPath] | None  # the organisation it is listed in, if any

    @property
    def source(self) -> str:
        """Where it is, for messages: feed.json (contents[3])."""
        return f"{self.file.path} ({shown(self.at)})" if self.at else self.file.path


@dataclass
class Outcome:
    problems: Problems = field(default_factory=Problems)
    written: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)  # written as status: draft (incomplete)
    kept: list[str] = field(default_factory=list)  # already there, and no --update


def run_import(source: Path, into: Path, today: date, *, mapping: Path | None = None,
               update: bool = False, dry_run: bool = False) -> Outcome:
    outcome = Outcome()
    problems = outcome.problems
    loaded = load(into, today)
    if loaded.content is None:
        problems.error(Where("content/site.yml", 1), f"the site in {into} cannot be read, so"
                       " nothing was imported: run signpost check and fix its errors first")
        return outcome
    content = loaded.content
    context = Context(content, read_mapping_file(into, mapping, content, problems), today)
    drafts = []
    for found in one_of_each(services_found(source, problems), problems):
        draft = convert(found.data, found.at, Report(found.file, problems), context,
                        found.organisation)
        if draft is not None:
            drafts.append((draft, found))
    write_all(drafts, into, content, update, dry_run, outcome)
    if outcome.written and not dry_run:
        check_written(into, today, outcome)
    return outcome


def read_mapping_file(into: Path, given: Path | None, content: Content,
                      problems: Problems) -> Mapping:
    path = given or into / "content" / FILE
    try:
        name = path.resolve().relative_to(into.resolve()).as_posix()
    except ValueError:
        name = path.as_posix()
    if not path.is_file():
        if given is not None:
            problems.error(Where(name, 1), "is not there: give the mapping file's path, or leave"
                           f" --mapping out to use content/{FILE}")
        return Mapping(name)
    node = read_yaml(path, name, problems)
    reader = Reader(problems)
    for kind, known in (("need", content.needs), ("level", content.levels)):
        reader.declared[kind].update(known)
    found = read_mapping(reader, node, name) if node is not None else None
    check_references(content, reader, problems)
    return found or Mapping(name)


def services_found(source: Path, problems: Problems) -> list[Found]:
    found = []
    for path in sorted(source.rglob("*.json")) if source.is_dir() else [source]:
        file = read_json(path, path.as_posix(), problems)
        if file is None:
            continue
        services = [Found(file, *each) for each in services_in(file.data)]
        if not services and not is_other_oruk(file.data):
            problems.warning(Where(file.path, 1), "holds no services, so nothing was imported"
                             " from it (signpost import reads a service, a page of services or"
                             " an organisation with its services)")
        found += services
    return found


Listed = tuple[dict[str, Any], JsonPath, tuple[dict[str, Any], JsonPath] | None]


def services_in(data: object) -> Iterator[Listed]:
    """(service, where it is, (its organisation, where that is) or None) for each service."""
    if isinstance(data, list):
        for index, item in enumerate(data):
            if is_service(item):
                yield item, (index,), None
    elif not isinstance(data, dict):
        return
    elif is_service(data):
        yield data, (), None
    elif isinstance(data.get("service"), dict):  # a service at a location
        yield data["service"], ("service",), None
    else:
        for listed in ("contents", "content", "services"):  # 3.0 page, v1 page, organisation
            items = data.get(listed)
            if isinstance(items, list):
                parent = (data, ()) if listed == "services" else None
                for index, item in enumerate(items):
                    if is_service(item):
                        yield item, (listed, index), parent


def is_other_oruk(data: object) -> bool:
    """An ORUK response that is not about services: the API's details, a page of something
    else, a taxonomy or a term (a feed's folder holds these too: passed over in silence)."""
    return isinstance(data, dict) and any(key in data for key in OTHER_KEYS)


def is_service(item: object) -> bool:
    return (isinstance(item, dict) and bool(item.get("name")) and "taxonomy_terms" not in item
            and (isinstance(item.get("organization"), dict)
                 or any(key in item for key in SERVICE_KEYS)))


def one_of_each(found: list[Found], problems: Problems) -> list[Found]:
    """Each service once: a folder may hold a page listing a service and the full service
    too. The one giving more fields is used; a copy saying something it does not is
    reported."""
    chosen: dict[str, Found] = {}
    for item in found:
        ident = str(item.data.get("id") or item.data.get("name"))
        earlier = chosen.setdefault(ident, item)
        if earlier is item:
            continue
        kept, dropped = (item, earlier) if len(item.data) > len(earlier.data) else (earlier,
                                                                                    item)
        chosen[ident] = kept
        if any(kept.data.get(k) != v for k, v in dropped.data.items()):
            problems.warning(Where(dropped.file.path, dropped.file.line(dropped.at)),
                             f"service {ident} is also in {kept.source}, which says more:"
                             f" {dropped.source} was not imported, and differs from it")
    return list(chosen.values())


def slug(name: str) -> str:
    """A file name from a service's name: "Young Carers' Group" -> young-carers-group."""
    return slugs.slug(name, longest=LONGEST_ID) or "service"


def write_all(drafts: list[tuple[ServiceFile, Found]], into: Path, content: Content, update: bool,
              dry_run: bool, outcome: Outcome) -> None:
    folder = into / "services"
    site = content.site
    assert site is not None  # load() gives content only with its site
    by_uuid = {ids.service(site, s): s.id for s in content.services.values()}
    taken = {path.stem for path in folder.glob("*.yml")} if folder.is_dir() else set()
    for draft, item in drafts:
        known = by_uuid.get(draft.uuid) if draft.uuid else None
        ident = known or slugs.unique(slug(draft.name), taken)
        taken.add(ident)
        target = folder / f"{ident}.yml"
        shown_target = f"services/{ident}.yml"
        if target.exists() and not update:
            outcome.kept.append(shown_target)
            outcome.problems.error(Where(shown_target, 1), "already exists, so it was not"
                                   f" replaced by {item.source}; run signpost import again"
                                   " with --update to replace it")
            continue
        if ids.derived_service(site, ident) == draft.uuid:
            draft.uuid = None  # a Signpost feed's own id for this file: no need to write it
        outcome.written.append(shown_target)
        if draft.status == "draft":
            outcome.drafts.append(shown_target)
        if not dry_run:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(service_yaml(draft, item.file.path), encoding="utf-8")





def check_written(into: Path, today: date, outcome: Outcome) -> None:
    """What `signpost check` says about the files just written, but for the fields the
    import has already said are missing, and why."""
    written = set(outcome.written)
    for problem in load(into, today).problems.items:
        if problem.where.path in written and not problem.message.startswith(REPORTED):
            outcome.problems.items.append(problem)


def report_lines(outcome: Outcome, source: Path, into: Path, dry_run: bool) -> list[str]:
    problems = outcome.problems
    lines = [str(p) for p in problems.errors + problems.warnings]
    verb = "would write" if dry_run else "wrote"
    files = "service file" if len(outcome.written) == 1 else "service files"
    kept = f", {len(outcome.kept)} left as they were" if outcome.kept else ""
    drafts = (f", {len(outcome.drafts)} of them as drafts to finish (status: draft, not"
              " published)" if outcome.drafts else "")
    lines.append(f"{summary(len(problems.errors), len(problems.warnings))}: {verb}"
                 f" {len(outcome.written)} {files} in {into / 'services'}{drafts}{kept}"
                 f" (from {source})")
    return lines

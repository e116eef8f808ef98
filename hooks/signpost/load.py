"""Loading a site folder (content/ and services/) into checked content and its problems."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from signpost import collector
from signpost import model as m
from signpost.crosscheck import crosscheck
from signpost.features.oruk import mapping as oruk_mapping
from signpost.features.consent.read import read_consent
from signpost.features.directory.read import read_needs, read_service
from signpost.features.home.read import read_contacts, read_site
from signpost.features.levels.read import read_levels
from signpost.features.pathway.read import read_pathway
from signpost.features.questionnaire.read import read_questionnaire
from signpost.features.updates.read import read_update
from signpost.problems import Problems, Where
from signpost.urls import GENERATED_ROOTS
from signpost.read import Reader
from signpost.values import find_raw_html, is_id
from signpost.yamlfile import Node, read_yaml
from signpost.language import has_message
from signpost.translations.safety import check_translations
from signpost.translations.translation import Translation

T = TypeVar("T")

REQUIRED_FILES = ("site.yml", "needs.yml", "levels.yml", "contacts.yml")
OPTIONAL_FILES = ("consent.yml", "questionnaire.yml", "pathway.yml", oruk_mapping.FILE)



@dataclass
class Loaded:
    """The outcome of loading: content (None when it cannot be modelled) and every problem."""

    content: m.Content | None
    problems: Problems
    # Each language's checked translations (content/translations/<code>/), by code.
    translations: dict[str, Translation] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.problems.errors


def load(root: Path, today: date) -> Loaded:
    """Read and check every file under `root`/content and `root`/services."""
    with collector.paused():
        return load_folder(root, today)


def load_folder(root: Path, today: date) -> Loaded:
    """`load`'s work, with the collector on or off."""
    problems = Problems()
    reader = Reader(problems, today=today)
    content_dir, services_dir = root / "content", root / "services"
    for folder in (content_dir, services_dir):
        if not folder.is_dir():
            problems.error(Where(f"{folder.name}/", 1), f"folder is missing: {root}"
                           f" must hold content/ and services/ (found no {folder.name}/)")
    if not content_dir.is_dir():
        return Loaded(None, problems)

    def shown(path: Path) -> str:
        return path.relative_to(root).as_posix()

    def parsed(name: str, required: bool) -> tuple[Node | None, str]:
        path = content_dir / name
        if not path.is_file():
            if required:
                problems.error(Where(f"content/{name}", 1), "file is missing: see"
                               " docs/content-model.md for what it holds")
            return None, shown(path)
        return read_yaml(path, shown(path), problems, reader.sources), shown(path)

    check_stray_files(content_dir, root, problems)
    found = {name: parsed(name, name in REQUIRED_FILES) for name in REQUIRED_FILES + OPTIONAL_FILES}

    def read_list(name: str, kind: str, read: Callable[[Reader, Node, str], list[T]]
                  ) -> list[T]:
        node, path = found[name]
        if node is None:
            reader.unreadable.add(kind)
            return []
        return read(reader, node, path)

    site_node, site_path = found["site.yml"]
    site = read_site(reader, site_node, site_path) if site_node is not None else None
    needs = read_list("needs.yml", "need", read_needs)
    levels = sorted(read_list("levels.yml", "level", read_levels),
                    key=lambda level: level.number)
    contacts = read_list("contacts.yml", "contact", read_contacts)
    consent = read_list("consent.yml", "consent topic", read_consent)
    if not (content_dir / "consent.yml").is_file():
        reader.unreadable.discard("consent topic")  # absent, not broken: references fail
    pathway_node, pathway_path = found["pathway.yml"]
    pathway = (read_pathway(reader, pathway_node, pathway_path)
               if pathway_node is not None else None)
    questionnaire_node, questionnaire_path = found["questionnaire.yml"]
    questionnaire = (read_questionnaire(reader, questionnaire_node, questionnaire_path)
                     if questionnaire_node is not None else None)
    updates = read_folder(content_dir / "updates", root, read_update, reader,
                          reader.declared["update"])
    services_and_drafts = read_folder(services_dir, root, read_service, reader,
                                      reader.declared["service"])
    services = [s for s in services_and_drafts if isinstance(s, m.Service)]
    drafts = [s for s in services_and_drafts if isinstance(s, m.Draft)]
    pages = tuple(read_pages(content_dir, root, problems))
    content = m.Content(
        site=site,
        needs={n.id: n for n in needs},
        levels={level.id: level for level in levels},
        contacts={c.id: c for c in contacts},
        consent={c.id: c for c in consent},
        updates={u.id: u for u in sorted(updates, key=lambda u: (u.date, u.id), reverse=True)},
        services={s.id: s for s in sorted(services, key=lambda s: (s.name.lower(), s.id))},
        drafts={d.id: d for d in sorted(drafts, key=lambda d: (d.name.lower(), d.id))},
        questionnaire=questionnaire,
        pages=pages,
        pathway=pathway,
    )
    mapping_node, mapping_path = found[oruk_mapping.FILE]
    if mapping_node is not None:  # used by `signpost import`; checked like the rest
        oruk_mapping.read_mapping(reader, mapping_node, mapping_path)
    crosscheck(content, reader, today, problems)
    translations = (check_translations(root, content, problems, own_words=has_message)
                    if site is not None else {})
    return Loaded(content if site is not None else None, problems, translations)


def read_folder(folder: Path, root: Path, read: Callable[[Reader, Node, str, str], T | None],
                reader: Reader, declared: set[str]) -> list[T]:
    """One record per `<id>.yml` file: services/ and content/updates/."""
    problems = reader.problems
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        shown = path.relative_to(root).as_posix()
        if path.suffix == ".yaml":
            problems.error(Where(shown, 1), f"Signpost reads .yml files: rename it {path.stem}.yml")
            continue
        if path.suffix != ".yml" or not path.is_file():
            continue
        if not is_id(path.stem):
            problems.error(Where(shown, 1), f'the file name "{path.stem}" is its id: use'
                           " lowercase letters, digits and single hyphens, such as"
                           " young-carers-project.yml")
            continue
        declared.add(path.stem)
        node = read_yaml(path, shown, problems, reader.sources)
        if node is not None:
            item = read(reader, node, shown, path.stem)
            if item is not None:
                found.append(item)
    return found


def check_stray_files(content_dir: Path, root: Path, problems: Problems) -> None:
    known = set(REQUIRED_FILES + OPTIONAL_FILES)
    for path in sorted(content_dir.glob("*.y*ml")):
        shown = path.relative_to(root).as_posix()
        if path.suffix == ".yaml" and path.stem + ".yml" in known:
            problems.error(Where(shown, 1), f"Signpost reads .yml files: rename it {path.stem}.yml")
        elif path.name not in known:
            problems.warning(Where(shown, 1), "is not a file Signpost reads, so it is ignored;"
                             f" the files in content/ are {', '.join(sorted(known))}")


def read_pages(content_dir: Path, root: Path, problems: Problems) -> Iterator[m.Page]:
    """Hand-written Markdown pages: checked for raw HTML, which is never published."""
    for path in sorted(content_dir.rglob("*.md")):
        relative = path.relative_to(content_dir).as_posix()
        shown = path.relative_to(root).as_posix()
        if relative.startswith("translations/"):  # another language's, not English pages
            continue
        if relative.startswith(GENERATED_ROOTS):
            problems.error(Where(shown, 1), f"{relative} is a page Signpost makes from the YAML"
                           " files; rename this page")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            problems.error(Where(shown, 1), "cannot be read as UTF-8 text")
            continue
        line = find_raw_html(text)
        if line is not None:
            problems.error(Where(shown, line + 1), "contains raw HTML; write Markdown instead"
                           " (paragraphs, lists, *emphasis*, [links](https://example.org))")
        yield m.Page(path=relative, title=page_title(text, path.stem), where=Where(shown, 1),
                     markdown=text)


def page_title(text: str, stem: str) -> str:
    """The page's first `# heading`, as MkDocs titles it, or its file name in words."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return stem.replace("-", " ").capitalize()

"""docs/content-model.md, the contract partnerships write their content to, checked against
the code that reads the content.

- Every field a reader accepts (the shapes of signpost.kinds.shapes()) is a row of the table
  for its file, and a YAML key in that file's examples: `name` documented for needs does not
  count for services.
- Every allowed value list in signpost.model is the exact list the doc gives for its field.
- Every YAML example says what it is on its first line (`# file: <path>` or
  `# example: ...`) and parses.
- The `# file:` examples, written out as a partnership folder, load with no errors; the only
  warnings are the draft service's missing fields, one for each required field it lacks.
- Taking a field the doc marks "required" out of its file's example is an error naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from helpers import REPO, TODAY
from signpost import kinds, model
from signpost.load import load

DOC = REPO / "docs" / "content-model.md"

# Where each reader declaration is documented: (start of its `## ` heading, its `### `
# heading). A new shape in a feature's kind.py fails `test_every_declaration_has_a_place`
# until it is placed here and documented there.
SITE, NEEDS, LEVELS = "content/site.yml", "content/needs.yml", "content/levels.yml"
CONTACTS, CONSENT, UPDATES = "content/contacts.yml", "content/consent.yml", "content/updates/"
SERVICES, QUESTIONS = "services/<id>.yml", "content/questionnaire.yml"
PATHWAY = "content/pathway.yml"
MAPPING, HOURS = "content/oruk-mapping.yml", "Opening hours"
PLACES: dict[str, list[tuple[str, str]]] = {
    "SITE": [(SITE, "Fields of site.yml")],
    "EMERGENCY_ROUTE": [(SITE, "Emergency routes")],
    "FEEDBACK": [(SITE, "Feedback")],
    "PLAIN_WORDS": [(SITE, "Plain words")],
    "PROFESSIONAL_WORD": [(SITE, "Plain words")],
    "NEED": [(NEEDS, "Fields of a need")],
    "LEVEL": [(LEVELS, "Fields of a level")],
    "CONTACT": [(CONTACTS, "Fields of a contact")],
    "SESSION": [(HOURS, "Sessions")],
    "CONSENT": [(CONSENT, "Fields of a consent topic")],
    "UPDATE": [(UPDATES, "Fields of an update")],
    "SERVICE": [(SERVICES, "Fields of a service")],
    "AGES": [(SERVICES, "Ages")],
    "SERVICE_CONTACT": [(SERVICES, "Contact")],
    "LOCATION": [(SERVICES, "Locations")],
    "QUESTIONNAIRE": [(QUESTIONS, "Fields of questionnaire.yml")],
    "QUESTION": [(QUESTIONS, "Questions")],
    "OPTION": [(QUESTIONS, "Answers")],
    "PATHWAY": [(PATHWAY, "Fields of pathway.yml")],
    "STEP": [(PATHWAY, "Steps")],
    "MAPPING": [(MAPPING, "Fields of oruk-mapping.yml")],
    "RULE": [(MAPPING, "Terms")],
    "DEFAULT": [(MAPPING, "Default")],
}
# Each allowed value list in signpost.model, and the table rows that must give exactly it.
VALUE_LISTS: dict[str, list[tuple[str, str, str]]] = {
    "PURPOSES": [(CONTACTS, "Fields of a contact", "purpose")],
    "AUDIENCES": [(CONTACTS, "Fields of a contact", "for")],
    "ASSESSMENTS": [(LEVELS, "Fields of a level", "assessment")],
    "BANK_HOLIDAYS": [(CONTACTS, "Fields of a contact", "bank_holidays"),
                      (SERVICES, "Fields of a service", "bank_holidays")],
    "ACCESS": [(SERVICES, "Fields of a service", "access")],
    "DELIVERY": [(SERVICES, "Fields of a service", "delivery")],
    "STATUSES": [(SERVICES, "Fields of a service", "status")],
    "PLACE_ACCESS": [(SERVICES, "Locations", "access")],
    "UPDATE_STATUSES": [(UPDATES, "Fields of an update", "status")],
    "QUESTION_TYPES": [(QUESTIONS, "Questions", "type")],
    "DAYS": [(HOURS, "Sessions", "days")],
}


# -- reading the doc -------------------------------------------------------------------------

@dataclass(frozen=True)
class Example:
    """A ```yaml block: what its first line says it is, its text and the `## ` it is under."""

    header: str
    text: str
    section: str
    line: int

    @property
    def path(self) -> str | None:
        """The file it is, for a complete file of the example partnership."""
        match = re.fullmatch(r"# file: (\S+)", self.header)
        return match.group(1) if match else None


def doc_lines() -> list[str]:
    return DOC.read_text(encoding="utf-8").splitlines()


def outside_code(lines: list[str]) -> list[bool]:
    """For each line, whether it is Markdown rather than inside a ``` block (fences count as
    inside)."""
    flags, inside = [], False
    for line in lines:
        if line.startswith("```"):
            flags.append(False)
            inside = not inside
        else:
            flags.append(not inside)
    return flags


def section(h2: str, h3: str | None = None) -> str:
    """The doc's text under the `## ` heading starting `h2`, or under its `### ` heading `h3`,
    to the next heading of the same level or higher."""
    lines = doc_lines()
    markdown = outside_code(lines)

    def heading(index: int, level: int) -> str | None:
        marker = "#" * level + " "
        line = lines[index]
        return line[len(marker):].strip() if markdown[index] and line.startswith(marker) else None

    starts = [i for i in range(len(lines)) if (heading(i, 2) or "").startswith(h2)]
    assert len(starts) == 1, f"docs/content-model.md needs one '## {h2}...' heading"
    end = next((i for i in range(starts[0] + 1, len(lines)) if heading(i, 2) is not None),
               len(lines))
    start = starts[0]
    if h3 is not None:
        found = [i for i in range(start, end) if heading(i, 3) == h3]
        assert len(found) == 1, f"the '## {h2}' section needs one '### {h3}' heading"
        start = found[0]
        end = next((i for i in range(start + 1, end)
                    if heading(i, 3) is not None or heading(i, 2) is not None), end)
    return "\n".join(lines[start:end])


def examples() -> list[Example]:
    lines = doc_lines()
    found: list[Example] = []
    current_h2, block, opened, inside = "", None, 0, False
    for number, line in enumerate(lines, start=1):
        if line.startswith("```"):
            if not inside and line.strip() == "```yaml":
                block, opened = [], number
            elif inside and block is not None:
                found.append(Example(block[0] if block else "", "\n".join(block) + "\n",
                                     current_h2, opened))
                block = None
            inside = not inside
        elif inside:
            if block is not None:
                block.append(line)
        elif line.startswith("## "):
            current_h2 = line[3:].strip()
    return found


def yaml_blocks(text: str) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", text, flags=re.S | re.M)


def table_rows(text: str) -> dict[str, list[str]]:
    """Table rows whose first cell is a `field`, by field: the row's cells."""
    rows = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`([a-z_]+)`", cells[0]) if line.startswith("|") else None
        if match:
            rows[match.group(1)] = cells
    return rows


def is_yaml_key(field: str, text: str) -> bool:
    return re.search(rf"(^|[\s{{,\[-]){re.escape(field)}:(\s|$)", text, flags=re.M) is not None


def declarations() -> dict[str, tuple[str, ...]]:
    """Every shape declared (the fields the readers accept), by name."""
    return {name: shape.names for name, shape in kinds.shapes().items()}


# -- fields and values -----------------------------------------------------------------------

def test_every_declaration_has_a_place() -> None:
    declared = declarations()
    assert declared, "no shapes found by signpost.kinds.shapes()"
    unplaced = sorted(set(declared) - set(PLACES))
    assert not unplaced, (f"{', '.join(unplaced)}: document these fields in"
                          " docs/content-model.md and add where to PLACES in this test")
    assert not set(PLACES) - set(declared), "PLACES names a declaration that is gone"


@pytest.mark.parametrize("name", sorted(PLACES))
def test_every_accepted_field_is_documented_for_its_file(name: str) -> None:
    fields = declarations()[name]
    for h2, h3 in PLACES[name]:
        rows = table_rows(section(h2, h3))
        examples_text = "\n".join(yaml_blocks(section(h2)))
        untabled = [f for f in fields if f not in rows]
        assert not untabled, (f"{name}: {', '.join(untabled)} accepted by the reader but not a"
                              f" row of the table under '## {h2}' / '### {h3}'")
        unshown = [f for f in fields if not is_yaml_key(f, examples_text)]
        assert not unshown, (f"{name}: {', '.join(unshown)} not shown as a YAML key in any"
                             f" example under '## {h2}'")
        for field in fields:
            assert len(rows[field]) >= 4 and all(rows[field][:4]), (
                f"{h3} `{field}`: give its field, required, what to write and what it is for")


@pytest.mark.parametrize("name", sorted(VALUE_LISTS))
def test_every_allowed_value_list_is_the_docs(name: str) -> None:
    allowed = getattr(model, name)
    for h2, h3, field in VALUE_LISTS[name]:
        cell = table_rows(section(h2, h3))[field][2]
        given = set(re.findall(r"`([a-z-]+)`", cell))
        assert given == set(allowed), (f"model.{name} is {', '.join(allowed)}; the doc's"
                                       f" `{field}` under '{h3}' gives {', '.join(sorted(given))}")
        assert all(f"`{value}`" in section(h2) for value in allowed)


def test_every_table_field_is_one_the_reader_accepts() -> None:
    """The other way round: the doc does not describe a field the reader would refuse."""
    accepted: dict[tuple[str, str], set[str]] = {}
    for name, places in PLACES.items():
        for place in places:
            accepted.setdefault(place, set()).update(declarations()[name])
    for (h2, h3), fields in accepted.items():
        extra = set(table_rows(section(h2, h3))) - fields
        assert not extra, (f"'{h3}' under '{h2}' documents {', '.join(sorted(extra))}, which"
                           " the reader does not accept there")


# -- the examples ----------------------------------------------------------------------------

def test_every_yaml_example_says_what_it_is_and_parses() -> None:
    found = examples()
    assert len(found) > 10
    for example in found:
        assert re.fullmatch(r"# (file: \S+|example: .+)", example.header), (
            f"docs/content-model.md:{example.line}: start the YAML example with"
            " '# file: <path>' (a complete file) or '# example: <what it is>'")
        try:
            yaml.safe_load(example.text)
        except yaml.YAMLError as err:
            pytest.fail(f"docs/content-model.md:{example.line}: not valid YAML: {err}")


def files() -> dict[str, Example]:
    found: dict[str, Example] = {}
    for example in examples():
        if example.path:
            assert example.path not in found, f"two examples are {example.path}"
            found[example.path] = example
    return found


def is_draft(example: Example) -> bool:
    data = yaml.safe_load(example.text)
    return isinstance(data, dict) and data.get("status") == "draft"


def write_partnership(root: Path, replace: dict[str, str] | None = None) -> Path:
    for path, example in files().items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((replace or {}).get(path, example.text), encoding="utf-8")
    return root


def required_fields(example: Example) -> list[str]:
    """The fields the doc marks "required" in the table of its file's own fields."""
    heading = next(line[4:] for line in section(example.section).splitlines()
                   if line.startswith("### Fields of"))
    rows = table_rows(section(example.section, heading))
    return [field for field, cells in rows.items() if cells[1] == "required"]


def test_the_examples_are_a_partnership_that_loads(tmp_path: Path) -> None:
    paths = set(files())
    for needed in (SITE, NEEDS, LEVELS, CONTACTS, CONSENT, QUESTIONS, PATHWAY, MAPPING):
        assert needed in paths, f"no '# file: {needed}' example"
    assert any(p.startswith(UPDATES) for p in paths), "no update example"
    services = {p for p in paths if p.startswith("services/")}
    drafts = {p for p in services if is_draft(files()[p])}
    assert services - drafts and drafts, "examples need a service and a draft service"

    loaded = load(write_partnership(tmp_path), TODAY)

    assert not loaded.problems.errors, loaded.problems.report()
    assert loaded.ok
    stray = [str(p) for p in loaded.problems.warnings if p.where.path not in drafts]
    assert not stray, "\n".join(stray)
    published = {f"services/{ident}.yml" for ident in loaded.content.services}
    assert published == services - drafts
    for path in drafts:
        present = yaml.safe_load(files()[path].text)
        warnings = [p.message for p in loaded.problems.warnings if p.where.path == path]
        for field in required_fields(files()[path]):
            if field not in present:
                assert any(re.match(rf"{field} (is missing|is empty|needs)", w)
                           for w in warnings), f"{path}: no warning names {field}: {warnings}"


def removals() -> list[tuple[str, str]]:
    return [(path, field) for path, example in files().items() if not is_draft(example)
            for field in required_fields(example)]


@pytest.mark.parametrize(("path", "field"), removals())
def test_a_required_field_is_required(tmp_path: Path, path: str, field: str) -> None:
    data = yaml.safe_load(files()[path].text)
    record = data[0] if isinstance(data, list) else data
    assert field in record, f"{path}: the example lacks {field}, which the doc says is required"
    del record[field]
    root = write_partnership(tmp_path, {path: yaml.safe_dump(data, sort_keys=False,
                                                             allow_unicode=True)})

    errors = [p for p in load(root, TODAY).problems.errors if p.where.path == path]

    assert any(re.match(rf"{field} (is missing|is empty)", p.message) for p in errors), (
        f"{path} without {field}: the doc says it is required, but no error names it:"
        f" {[str(p) for p in errors]}")

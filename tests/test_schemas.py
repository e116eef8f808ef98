"""The editors' JSON Schemas in schemas/ and the field tables of docs/content-model.md come
from the declarations in signpost.kinds: they are current, valid, named by every sample file,
and they accept the sample and flag the mistakes an editor makes as they type."""

from __future__ import annotations

import copy
import importlib.util
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from helpers import REPO
from signpost import kinds

SCHEMAS = REPO / "schemas"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\n")


def generator():
    spec = importlib.util.spec_from_file_location("generate", REPO / "scripts" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2's core schema): dates and
    times stay text, only true and false are booleans."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool",
                           "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
EditorLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"),
                                   list("tf"))
EditorLoader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"),
                                   list("-+0123456789"))
EditorLoader.add_implicit_resolver("tag:yaml.org,2002:float",
                                   re.compile(r"^[-+]?(?:[0-9]*\.[0-9]+|[0-9]+\.?)$"),
                                   list("-+.0123456789"))


def editor_yaml(path: Path) -> object:
    # EditorLoader is a SafeLoader with YAML 1.2's plain scalars: it builds no objects.
    return yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)  # noqa: S506


def sample_files() -> list[Path]:
    return sorted([*REPO.glob("content/*.yml"), *REPO.glob("content/updates/*.yml"),
                   *REPO.glob("services/*.yml")])


def schema_for(path: Path) -> Path:
    match = MODELINE.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.relative_to(REPO)} must start with # yaml-language-server: $schema=..."
    return (path.parent / match.group(1)).resolve()


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = yaml.safe_load((SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_schemas_and_the_doc_are_made_from_the_declarations() -> None:
    """`make generate` writes them; a declaration changed without it fails here."""
    made = generator()
    written = {path.name: path.read_text(encoding="utf-8") for path in SCHEMAS.glob("*.json")}
    assert written == made.schemas(), "schemas/ is stale: run make generate"
    doc = (REPO / "docs" / "content-model.md").read_text(encoding="utf-8")
    assert made.doc(doc) == doc, "docs/content-model.md's field tables are stale: run make generate"


@pytest.mark.parametrize("kind", kinds.FILES, ids=lambda kind: kind.schema)
def test_each_schema_is_valid_json_schema_2020_12(kind) -> None:
    schema = yaml.safe_load((SCHEMAS / kind.schema).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_each_sample_file_names_its_schema_and_passes_it(path: Path) -> None:
    schema = schema_for(path)
    assert schema.parent == SCHEMAS and schema.is_file(), schema
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator(schema.name).iter_errors(editor_yaml(path))]
    assert errors == []


def test_the_schema_flags_what_an_editor_gets_wrong() -> None:
    service = editor_yaml(REPO / "services" / "food-bank.yml")
    check = validator("service.schema.json")
    assert list(check.iter_errors(service)) == []

    def flagged(change) -> list[str]:
        changed = copy.deepcopy(service)
        change(changed)
        return [error.message for error in check.iter_errors(changed)]

    assert any("sumary" in message for message in flagged(
        lambda s: s.update(sumary=s.pop("summary"))))  # a typo: unknown, and summary missing
    assert any("'summary' is a required property" in message for message in flagged(
        lambda s: s.pop("summary")))
    assert any("'open'" in message for message in flagged(lambda s: s.update(status="open")))
    assert any("'walk-in'" in message for message in flagged(
        lambda s: s.update(access=["walk-in"])))
    assert any("121" in message for message in flagged(
        lambda s: s.update(ages={"from": 0, "to": 121})))
    # A draft may lack what is required, as signpost check allows.
    assert flagged(lambda s: (s.pop("summary"), s.update(status="draft"))) == []


def test_a_listed_file_flags_an_unknown_field_in_an_entry() -> None:
    needs = editor_yaml(REPO / "content" / "needs.yml")
    needs[0]["nmae"] = "typo"
    assert any("nmae" in e.message for e in validator("needs.schema.json").iter_errors(needs))

"""Every kind of content file: what each holds is declared once, in the kind.py of the
feature that reads it (a field's name, type, whether it is required and what for, its allowed
values, its help for editors and an example; `schema.py` says how), and listed here.

The readers, the editors' JSON Schemas in schemas/ and the field tables of
docs/content-model.md all come from these declarations. To add a field, declare it in its
feature's kind.py; docs/adding-a-field.md shows the rest.
"""

from __future__ import annotations

from signpost.features.consent import kind as consent
from signpost.features.directory import kind as directory
from signpost.features.home import kind as home
from signpost.features.levels import kind as levels
from signpost.features.oruk import kind as oruk
from signpost.features.pathway import kind as pathway
from signpost.features.questionnaire import kind as questionnaire
from signpost.features.updates import kind as updates
from signpost import shapes as shared
from signpost.features.hours import kind as hours
from signpost.features.plainwords import kind as plainwords
from signpost.schema import FileKind, Shape

FILES = (
    FileKind("content/site.yml", home.SITE, schema="site.schema.json", title="site.yml"),
    FileKind("content/needs.yml", directory.NEED, listed=True, schema="needs.schema.json",
             title="needs.yml"),
    FileKind("content/levels.yml", levels.LEVEL, listed=True, schema="levels.schema.json",
             title="levels.yml"),
    FileKind("content/contacts.yml", home.CONTACT, listed=True, schema="contacts.schema.json",
             title="contacts.yml"),
    FileKind("content/consent.yml", consent.CONSENT, listed=True, schema="consent.schema.json",
             title="consent.yml"),
    FileKind("content/questionnaire.yml", questionnaire.QUESTIONNAIRE,
             schema="questionnaire.schema.json", title="questionnaire.yml"),
    FileKind("content/pathway.yml", pathway.PATHWAY, schema="pathway.schema.json",
             title="pathway.yml"),
    FileKind("content/updates/<id>.yml", updates.UPDATE, schema="update.schema.json",
             title="An update"),
    FileKind("services/<id>.yml", directory.SERVICE, schema="service.schema.json",
             title="A service"),
    FileKind("content/oruk-mapping.yml", oruk.MAPPING, schema="oruk-mapping.schema.json",
             title="oruk-mapping.yml"),
)

# Every module that declares shapes: the kinds above, and the pieces they share.
MODULES = (shared, home, plainwords, hours, directory, levels, consent, updates, questionnaire,
           pathway, oruk)


def shapes() -> dict[str, Shape]:
    """Every shape declared, by the name it is declared under (SERVICE, SESSION...): the
    names docs/content-model.md's generated tables give."""
    return {name: value for module in MODULES for name, value in vars(module).items()
            if isinstance(value, Shape)}

"""Translations of a partnership's content, kept beside the English in content/translations/.

- `languages`: the languages Signpost knows (code, name in its own script, direction).
- `english`: every translatable text of the English files, with its key and line.
- `files`: reading and writing translation files (YAML, and Markdown pages).
- `translation`: `load_translations`, checked against the English (stale, unknown ids).
- `safety`: what must be translated before a language is published; `check_translations`
  is what `signpost check` runs.
- `translated`: a translated copy of the content, untranslated text marked `InEnglish`.
- `po`: gettext PO files for translators (`signpost translations export` and `import`).

docs/translations.md describes the files for the people who keep them.
"""

from __future__ import annotations

"""`signpost translations export` and `import`: PO files a translator fills in Poedit,
Weblate or Crowdin, and puts back without losing anyone's work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from helpers import REPO, check, edit, site_folder, write
from signpost.cli import main


def export(root: Path, code: str, capsys: pytest.CaptureFixture[str]) -> Catalog:
    output = root / f"{code}.po"
    assert main(["translations", "export", code, "--folder", str(root), "--output",
                 str(output)]) == 0
    capsys.readouterr()
    with output.open("rb") as stream:
        return read_po(stream)


def save(catalog: Catalog, path: Path) -> Path:
    with path.open("wb") as stream:
        write_po(stream, catalog, include_previous=True)
    return path


def import_po(root: Path, po: Path, capsys: pytest.CaptureFixture[str], *extra: str
              ) -> tuple[int, list[str]]:
    code = main(["translations", "import", str(po), "--folder", str(root), *extra])
    return code, capsys.readouterr().out.splitlines()


def messages(catalog: Catalog) -> list[tuple[str, str, str, bool]]:
    return [(str(m.context), str(m.id), str(m.string), m.fuzzy) for m in catalog if m.id]


def by_context(catalog: Catalog, context: str) -> object:
    return next(m for m in catalog if m.context == context)


def test_a_po_file_goes_out_and_comes_back(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "sample"
    for name in ("content", "services"):  # the sample without its own translations
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("translations"))
    catalog = export(root, "bn", capsys)
    # a PO file Poedit, Weblate and Crowdin read: its language, plural forms and encoding
    assert catalog.locale_identifier == "bn"
    header = dict(catalog.mime_headers)
    assert header["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert header["Content-Type"] == "text/plain; charset=utf-8"
    summary = by_context(catalog, "content/levels.yml universal.summary")
    assert summary.id.startswith("Most families, most of the time.")
    assert summary.locations == [("content/levels.yml", 7)]
    assert summary.string == "" and not summary.fuzzy
    assert by_context(catalog, "services/young-carers-project.yml summary").locations == [
        ("services/young-carers-project.yml", 4)]
    assert by_context(catalog, "content/staying-safe-online.md").id.startswith("# ")
    assert not any(m.context and "postcode" in m.context for m in catalog)  # not translated

    for message in catalog:
        if message.id:
            message.string = f"বাংলা: {message.id}"
    status, out = import_po(root, save(catalog, tmp_path / "filled.po"), capsys)
    assert status == 0, out
    assert "wrote content/translations/bn/site.yml (6 texts)" in out
    assert "wrote content/translations/bn/services/young-carers-project.yml (16 texts)" in out
    assert "wrote content/translations/bn/staying-safe-online.md (1 text)" in out

    loaded = check(root)
    assert [str(p) for p in loaded.problems.items
            if p.where.path.startswith("content/translations/")] == []
    bn = loaded.translations["bn"]
    assert bn.get("content/levels.yml", "universal", "summary").startswith("বাংলা: Most")
    assert messages(export(root, "bn", capsys)) == messages(catalog)


def test_a_stale_translation_is_exported_fuzzy_with_the_english_it_translated(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = site_folder(tmp_path)
    write(root, "content/translations/bn/levels.yml", "everyday:\n  summary:\n"
          "    english: Most families, most of the time.\n    text: বেশিরভাগ পরিবার\n")
    edit(root, "content/levels.yml", "summary: Most families, most of the time.",
         "summary: Most families, much of the time.")
    catalog = export(root, "bn", capsys)
    message = by_context(catalog, "content/levels.yml everyday.summary")
    assert message.fuzzy
    assert message.id == "Most families, much of the time."
    assert message.string == "বেশিরভাগ পরিবার"
    written = (root / "bn.po").read_text(encoding="utf-8")
    assert ('#| msgid "Most families, most of the time."\n'
            'msgctxt "content/levels.yml everyday.summary"\n') in written
    # a fuzzy message is not imported as current: the file keeps what it had
    status, out = import_po(root, save(catalog, tmp_path / "bn.po"), capsys)
    assert status == 0
    assert "1 fuzzy (not imported" in out[-1]
    assert check(root).translations["bn"].stale


def test_an_import_never_overwrites_newer_work_in_silence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = site_folder(tmp_path)
    translation = "content/translations/bn/levels.yml"
    write(root, translation, "everyday:\n  summary:\n"
          "    english: Most families, most of the time.\n    text: প্রথম\n")
    catalog = export(root, "bn", capsys)
    # after the export, an editor changes the translation in the repository...
    edit(root, translation, "text: প্রথম", "text: সম্পাদকের")
    # ...while the translator writes another
    by_context(catalog, "content/levels.yml everyday.summary").string = "অনুবাদকের"
    by_context(catalog, "content/levels.yml everyday.name").string = "প্রতিদিনের সাহায্য"
    po = save(catalog, tmp_path / "bn.po")
    status, out = import_po(root, po, capsys)
    assert status == 1
    line = next(n for n, text in enumerate(po.read_text().splitlines(), start=1)
                if text == 'msgctxt "content/levels.yml everyday.summary"')
    assert out[0].startswith(f"{po}:{line + 1}: error: content/levels.yml everyday.summary:"
                             f" kept the translation in {translation}, which has changed since"
                             " this PO file was exported")
    bn = check(root).translations["bn"]
    assert bn.get("content/levels.yml", "everyday", "summary") == "সম্পাদকের"
    assert bn.get("content/levels.yml", "everyday", "name") == "প্রতিদিনের সাহায্য"
    # --force takes the PO file's
    status, out = import_po(root, po, capsys, "--force")
    assert status == 0, out
    assert check(root).translations["bn"].get("content/levels.yml", "everyday",
                                              "summary") == "অনুবাদকের"


def test_an_unchanged_file_translation_is_updated_from_the_po(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = site_folder(tmp_path)
    translation = "content/translations/bn/levels.yml"
    write(root, translation, "# reviewed by the Bengali parents' group\n\neveryday:\n"
          "  # the word families use\n  summary:\n"
          "    english: Most families, most of the time.\n    text: প্রথম\n")
    catalog = export(root, "bn", capsys)
    by_context(catalog, "content/levels.yml everyday.summary").string = "দ্বিতীয়"
    status, _ = import_po(root, save(catalog, tmp_path / "bn.po"), capsys)
    assert status == 0
    assert (root / translation).read_text(encoding="utf-8") == (
        "# reviewed by the Bengali parents' group\n\neveryday:\n  # the word families use\n"
        "  summary:\n    english: \"Most families, most of the time.\"\n"
        "    text: \"দ্বিতীয়\"\n")


def test_problems_in_a_po_file_are_reported_at_its_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = site_folder(tmp_path)
    po = write(root, "bn.po", 'msgid ""\nmsgstr ""\n"Language: bn\\n"\n'
               '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               'msgctxt "content/levels.yml nowhere.summary"\nmsgid "Most families."\n'
               'msgstr "বেশিরভাগ"\n\n'
               'msgctxt "content/levels.yml everyday.support"\n'
               'msgid "Schools, nurseries and health visitors."\nmsgstr "<b>স্কুল</b>"\n')
    status, out = import_po(root, po, capsys)
    assert status == 1
    assert out[:2] == [
        f'{po}:7: error: msgctxt "content/levels.yml nowhere.summary" names no text of this'
        " site: the English was renamed or deleted since the export (or the msgctxt was"
        " changed); export again",
        f"{po}:11: error: content/levels.yml everyday.support: the translation contains raw"
        " HTML; write Markdown instead (paragraphs, lists, *emphasis*,"
        " [links](https://example.org))",
    ]
    assert not (root / "content/translations").exists()


def test_an_unknown_language_is_refused(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    root = site_folder(tmp_path)
    assert main(["translations", "export", "xx", "--folder", str(root)]) == 1
    assert capsys.readouterr().out.startswith("xx: error: is not a language code Signpost knows")

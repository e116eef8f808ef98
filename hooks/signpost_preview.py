"""The editors' preview (`make serve`): a rebuild writes only the outputs that could differ.

`make serve` runs `mkdocs serve --dirty` with SIGNPOST_PREVIEW=1. A dirty build does not
empty the site folder, and skips reading and rendering every page whose File says it is not
modified. The hook makes each of its files a PreviewFile, which says so only when this module
has found the output already in the folder is the one this build would write: its
*fingerprint* (a digest of everything the output is made from, which the hook computes) is the
one recorded by the last build, and the file is still there. Everything else is written as in
any build: hand-written pages, pages in a menu or in the search index (Material's search
indexes only the pages it renders), and anything without a fingerprint.

The record is a dot-file in the serve folder (MkDocs' temporary site folder, which a clean
build would empty but for its dot-entries): every output of the last build by its path in the
site, with its fingerprint, and whether that build finished. A build first records the outputs
of both builds as unfinished, so a build that fails half-way leaves a record that reuses
nothing and still knows every output that may be in the folder; when it finishes, the outputs
of files the site no longer has (a deleted service's page, a list's old page) are removed and
the record is written again. When the content has errors the build stops in on_config, before
anything here runs, and MkDocs' server answers no request until a build succeeds, so no page
is shown from the last build as if it were current.

Each rebuild also has new Jinja2 environments, so the templates' compiled code is kept in
the serve folder too (Jinja2's bytecode cache, which compiles a template again when its
source changes).

`mkdocs build` never takes part: nothing here runs unless SIGNPOST_PREVIEW=1 and the site is
being served by `mkdocs serve` (its address is the site's address), so site/ never holds a
record and a build stays a clean, full build.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

RECORD = ".signpost-preview.json"  # in the serve folder
TEMPLATES = ".signpost-templates"  # in the serve folder: compiled templates
ENVIRONMENT = "SIGNPOST_PREVIEW"


class PreviewFile(File):
    """A file of the site whose output the preview may reuse: it says it is modified unless
    the preview found its output up to date (in a build, always)."""

    reused: bool = False

    def is_modified(self) -> bool:
        return not self.reused


def copied(file: File) -> PreviewFile:
    """A file MkDocs found in docs_dir, as a PreviewFile (never reused: a hand-written
    page is rebuilt whatever its time, as the menu and the chrome it shows may change)."""
    return PreviewFile(file.src_uri, file.src_dir, file.dest_dir, file.use_directory_urls,
                       dest_uri=file.dest_uri, inclusion=file.inclusion)


def serve_folder(config: MkDocsConfig) -> Path | None:
    """The folder `mkdocs serve` builds into, when this build is the preview's; else None."""
    if os.environ.get(ENVIRONMENT) != "1":
        return None
    host, port = config.dev_addr
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    if not (config.site_url or "").startswith(f"http://{address}/"):
        return None  # not served by `mkdocs serve`, which gives the site its own address
    return Path(config.site_dir)


def digest(*parts: str | bytes) -> str:
    """A fingerprint of the parts, in order (each length-prefixed, so no two lists of parts
    give the same text)."""
    made = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        made.update(len(data).to_bytes(8, "little"))
        made.update(data)
    return made.hexdigest()


def files_digest(folder: Path) -> str:
    """A fingerprint of the files under `folder`: their paths, sizes and times."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            found.append(f"{path.relative_to(folder).as_posix()}\0{stat.st_size}"
                         f"\0{stat.st_mtime_ns}")
    return digest(*found)


@dataclass
class Preview:
    """One preview build: the last build's record, and what this build reuses."""

    folder: Path
    previous: dict[str, str]  # every output of the last build, by path: its fingerprint
    finished: bool  # whether the last build finished (else nothing is reused)
    outputs: dict[str, str] = field(default_factory=dict)  # this build's, likewise

    @classmethod
    def resume(cls, folder: Path) -> Preview:
        """The last build's record; none (nothing reused) if missing or unreadable."""
        try:
            record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
            outputs = record["outputs"]
            finished = record["finished"] is True
        except (OSError, ValueError, KeyError, TypeError):
            return cls(folder, {}, finished=False)
        if not isinstance(outputs, dict):
            return cls(folder, {}, finished=False)
        return cls(folder, {str(path): str(value) for path, value in outputs.items()},
                   finished=finished)

    def reuse(self, files: Files, fingerprints: dict[str, str]) -> int:
        """Mark as reused each file whose fingerprint (by its output's path) is the one its
        output had in the last build, and whose output is still there. Record this build as
        unfinished. Returns how many files are reused."""
        reused = 0
        for file in files:
            fingerprint = fingerprints.get(file.dest_uri)
            if (isinstance(file, PreviewFile) and self.finished and fingerprint is not None
                    and self.previous.get(file.dest_uri) == fingerprint
                    and Path(file.abs_dest_path).is_file()):
                file.reused = True
                reused += 1
        self.outputs = {file.dest_uri: fingerprints.get(file.dest_uri, "") for file in files}
        self.write(dict.fromkeys(self.previous, "") | dict.fromkeys(self.outputs, ""),
                   finished=False)
        return reused

    def finish(self) -> list[str]:
        """Remove the outputs of the last build that this build has not (returned), and
        record this build's outputs and fingerprints as finished."""
        gone = sorted(set(self.previous) - set(self.outputs))
        for path in gone:
            self.remove(path)
        self.write(self.outputs, finished=True)
        return gone

    def template_folder(self, environment: str) -> Path:
        """Where the compiled templates of one kind of Jinja2 environment (the engine's, the
        theme's) are kept in the serve folder between rebuilds. Jinja2 keys each by its name
        and file and checks the checksum of its source, so an edited template is compiled
        again; environments compile differently, so each has its own folder."""
        folder = self.folder / TEMPLATES / environment
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def template_cache(self, environment: str) -> jinja2.BytecodeCache:
        """Jinja2's cache of compiled templates in template_folder(environment)."""
        return jinja2.FileSystemBytecodeCache(str(self.template_folder(environment)))

    def remove(self, path: str) -> None:
        """Remove an output, and the folders it leaves empty; never anything outside the
        serve folder."""
        target = (self.folder / path).resolve()
        root = self.folder.resolve()
        if root not in target.parents or not target.is_file():
            return
        target.unlink()
        for parent in target.parents:
            if parent == root or any(parent.iterdir()):
                break
            parent.rmdir()

    def write(self, outputs: dict[str, str], *, finished: bool) -> None:
        record = {"finished": finished, "outputs": outputs}
        (self.folder / RECORD).write_text(json.dumps(record), encoding="utf-8")

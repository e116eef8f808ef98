"""Links from the site to the content files in the partnership's repository.

MkDocs' `repo_url` names the repository and `edit_uri` the path, inside it, of the docs
folder (content/ for Signpost), e.g. `edit/main/content/`. A content file's path is relative
to the folder holding mkdocs.yml (content/levels.yml, services/x.yml), which is the folder
above content/: so a file's link is the repository address, `edit_uri` without its last
folder, then the file's path.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin


@dataclass(frozen=True)
class Sources:
    repo_url: str | None = None
    edit_uri: str | None = None

    @property
    def base(self) -> str | None:
        """The address files are found under, or None when the site names no repository."""
        if not self.repo_url or not self.edit_uri:
            return None
        docs = urljoin(self.repo_url.rstrip("/") + "/", self.edit_uri.rstrip("/") + "/")
        return docs[: docs.rstrip("/").rfind("/") + 1]

    def link(self, path: str) -> str | None:
        """Where to view and edit a content file, such as content/levels.yml."""
        return self.base + path if self.base else None

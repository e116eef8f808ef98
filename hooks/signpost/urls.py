"""Where each generated page lives, and relative links between pages."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

HOME = "index.md"
DIRECTORY = "services/index.md"
LEVELS = "levels/index.md"
CONTACTS = "contacts.md"
CONSENT = "consent/index.md"
UPDATES = "you-said-we-did.md"
STAYING_SAFE = "staying-safe-online.md"

# Hand-written pages may not take these names: the engine makes them.
GENERATED_ROOTS = ("index.md", "services/", "needs/", "levels/", "contacts.md", "consent/",
                   "you-said-we-did.md")


def service(ident: str) -> str:
    return f"services/{ident}.md"


def need(ident: str) -> str:
    return f"needs/{ident}.md"


def level(ident: str) -> str:
    return f"levels/{ident}.md"


def consent_topic(ident: str) -> str:
    return f"consent/{ident}.md"


@dataclass(frozen=True)
class Urls:
    """Page addresses as MkDocs makes them (`use_directory_urls` on or off)."""

    directory_urls: bool = True

    def page(self, src: str) -> str:
        """The site-relative address of the page made from `src`, e.g. 'services/x/'."""
        stem = src[: -len(".md")]
        if not self.directory_urls:
            return stem + ".html"
        if stem == "index":
            return ""
        if stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    def link(self, target: str, source: str, anchor: str = "") -> str:
        """A relative link from the page made from `source` to the page made from `target`."""
        to_url = self.page(target)
        relative = posixpath.relpath(to_url or ".", self._folder(source))
        if to_url.endswith("/") or not to_url:
            relative = "./" if relative == "." else relative + "/"
        return relative + (f"#{anchor}" if anchor else "")

    def asset(self, path: str, source: str) -> str:
        """A relative link from a page to a file such as assets/directory.js."""
        return posixpath.relpath(path, self._folder(source))

    def _folder(self, source: str) -> str:
        """The folder a page's relative links start from."""
        url = self.page(source)
        folder = url if url.endswith("/") or not url else posixpath.dirname(url)
        return folder.rstrip("/") or "."

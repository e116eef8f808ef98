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

QUESTIONNAIRE = "what-help-fits-us.md"
PATHWAY = "pathway.md"

# Hand-written pages may not take these names: the engine makes them.
GENERATED_ROOTS = ("index.md", "services/", "needs/", "ages/", "levels/", "contacts.md",
                   "consent/", "you-said-we-did", "what-help-fits-us", "pathway",
                   "openreferral/", "review")


def service(ident: str) -> str:
    return f"services/{ident}.md"


def need(ident: str) -> str:
    return f"needs/{ident}.md"


def level(ident: str) -> str:
    return f"levels/{ident}.md"


def paged(src: str, page: int) -> str:
    """Page 2 onwards of a long list: needs/money.md -> needs/money/page-2.md."""
    return src if page == 1 else f"{src[: -len('.md')]}/page-{page}.md"


def need_in_age_group(need_id: str, group: str) -> str:
    """Services for one need and one age group (see the directory's age groups)."""
    return f"needs/{need_id}/{group}.md"


def age_group(group: str) -> str:
    return f"ages/{group}.md"


def level_services(ident: str) -> str:
    """Every service at one level of need, listed by the directory."""
    return f"levels/{ident}/services.md"


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

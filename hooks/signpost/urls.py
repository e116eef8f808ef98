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
QUESTIONNAIRE_DATA = "what-help-fits-us/help.json"  # what the questionnaire's script reads
PATHWAY = "pathway.md"
LEVELS_COMPARE = "levels/compare.md"
CONSENT_LEAFLET = "consent/leaflet.md"
UPDATES_FEED = "you-said-we-did.xml"  # the Atom feed: a data file, linked with asset()
REVIEW = "review.md"

# Hand-written pages may not take these names: the engine makes them.
GENERATED_ROOTS = ("index.md", "services/", "needs/", "ages/", "levels/", "contacts.md",
                   "consent/", "you-said-we-did", "what-help-fits-us", "pathway",
                   "openreferral/", "review", "directory/")


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


def free_only(src: str) -> str:
    """The free services of a list: needs/money/5-10.md -> needs/money/5-10/free.md."""
    return f"{src[: -len('.md')]}/free.md"


def age_group(group: str) -> str:
    return f"ages/{group}.md"


def level_services(ident: str) -> str:
    """Every service at one level of need, listed by the directory."""
    return f"levels/{ident}/services.md"


def consent_topic(ident: str) -> str:
    return f"consent/{ident}.md"


def questionnaire_answer(*slugs: str) -> str:
    """A page families without JavaScript reach by choosing answers as links, e.g.
    what-help-fits-us/under-5.md, then what-help-fits-us/under-5/money-debt-or-housing.md."""
    return f"what-help-fits-us/{'/'.join(slugs)}.md"


def updates_year(year: int) -> str:
    """"You said, we did" for one year (SEND Regulations 2014, regulation 56)."""
    return f"you-said-we-did/{year}.md"


def updates_status(status: str) -> str:
    return f"you-said-we-did/{status}.md"


def updates_from(slug: str) -> str:
    """The updates from one forum, survey or group (see pages/updates.py for the slug)."""
    return f"you-said-we-did/from/{slug}.md"


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
        return self.links_from(source).link(target, anchor)

    def asset(self, path: str, source: str) -> str:
        """A relative link from a page to a file such as assets/directory.js."""
        return self.links_from(source).asset(path)

    def links_from(self, source: str) -> LinksFrom:
        """Relative links from the page made from `source`: a page makes many."""
        url = self.page(source)
        folder = url if url.endswith("/") or not url else posixpath.dirname(url)
        return LinksFrom(self, _parts(folder))


@dataclass(frozen=True)
class LinksFrom:
    """Relative links from one page, its folder worked out once."""

    urls: Urls
    folder: list[str]  # the page's folder, from the site's root: ["services", "x"]

    def link(self, target: str, anchor: str = "") -> str:
        to_url = self.urls.page(target)
        relative = _relative(to_url or ".", self.folder)
        if to_url.endswith("/") or not to_url:
            relative = "./" if relative == "." else relative + "/"
        return relative + (f"#{anchor}" if anchor else "")

    def asset(self, path: str) -> str:
        return _relative(path, self.folder)


def _parts(path: str) -> list[str]:
    return [part for part in path.split("/") if part and part != "."]


def _relative(path: str, start: list[str]) -> str:
    """posixpath.relpath of a site-relative path from a folder, without its filesystem
    calls: links are made for every card of every list, so this is one of the build's hot
    spots."""
    to = _parts(path)
    common = 0
    while common < min(len(to), len(start)) and to[common] == start[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."

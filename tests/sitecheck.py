"""Reading a built site: its pages, and the links between them."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value and (name == "href" or (name == "src" and tag != "iframe")):
                self.links.append(value)


@dataclass
class Page:
    path: Path
    url: str  # site-relative, e.g. services/x/index.html
    links: list[str]
    ids: set[str]


def pages(site: Path) -> dict[str, Page]:
    found = {}
    for path in sorted(site.rglob("*.html")):
        collector = _Collector()
        collector.feed(path.read_text(encoding="utf-8"))
        url = path.relative_to(site).as_posix()
        found[url] = Page(path, url, collector.links, collector.ids)
    return found


def broken_links(site: Path) -> list[str]:
    """Every relative link (and #fragment) in the site that leads nowhere."""
    all_pages = pages(site)
    broken = []
    for page in all_pages.values():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue
            if parts.path:
                base = "" if parts.path.startswith("/") else posixpath.dirname(page.url)
                target = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
                if link.endswith("/") or (site / target).is_dir():
                    target = posixpath.join(target, "index.html")
                if not (site / target).exists():
                    broken.append(f"{page.url}: {link}")
                    continue
            else:
                target = page.url
            if parts.fragment and target in all_pages and parts.fragment not in all_pages[
                    target].ids:
                broken.append(f"{page.url}: {link} (no id {parts.fragment})")
    return broken


def text_of_site(site: Path) -> str:
    """Every file of the built site as text (pages, search index, data files)."""
    chunks = []
    for path in site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                import gzip
                data = gzip.decompress(data)
            chunks.append(data.decode("utf-8", errors="replace"))
    return "\n".join(chunks)

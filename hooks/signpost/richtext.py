"""Markdown fields rendered to HTML with raw HTML escaped and only safe link addresses."""

from __future__ import annotations

from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

SAFE_SCHEMES = ("http", "https", "mailto", "tel", "")


class _NoRawHtml(Extension):
    """Treat HTML in Markdown as text, and drop links and images to unsafe addresses."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "signpost_safe_links", 0)


class _SafeLinks(Treeprocessor):
    """Also moves headings down so a field never adds a second h1 to a page."""

    lowest_heading = 3

    def run(self, root: Element) -> None:
        for element in root.iter():
            if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                element.tag = f"h{min(6, int(element.tag[1]) + self.lowest_heading - 1)}"
            for attribute in ("href", "src"):
                address = element.get(attribute)
                if address is not None and _scheme(address) not in SAFE_SCHEMES:
                    del element.attrib[attribute]
            if element.tag == "img":  # content images would be fetched from anywhere
                element.tag = "span"
                element.text = element.get("alt", "")
                element.attrib.clear()


def _scheme(address: str) -> str:
    try:
        return urlsplit(address.strip()).scheme.lower()
    except ValueError:
        return "invalid"


class RichText:
    """A Markdown converter for content fields (a `# heading` in a field becomes an h3)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=[_NoRawHtml(), "sane_lists"])

    def html(self, text: str | None) -> Markup:
        if not text:
            return Markup("")
        self._md.reset()
        return Markup(self._md.convert(text))  # noqa: S704 - raw HTML was escaped above

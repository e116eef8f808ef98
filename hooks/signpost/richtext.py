"""Markdown fields rendered to HTML with raw HTML escaped and only safe link addresses."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

SAFE_SCHEMES = ("http", "https", "mailto", "tel", "")

# Characters that may start something in Markdown other than plain words: emphasis, code,
# links, raw HTML and entities, headings, lists, quotes, rules, tables, escapes.
MARKDOWN_CHARACTERS = frozenset("\\`*_[]<>&#+=|~{}")
NUMBERED = re.compile(r"\d+\.")  # "3. " starts a numbered list


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
        paragraphs = plain_paragraphs(text)
        if paragraphs is not None:  # what Markdown makes of them, without its hundreds of calls
            return Markup("\n".join(  # noqa: S704 - no &, < or >: nothing to escape
                f"<p>{paragraph}</p>" for paragraph in paragraphs))
        return self.markdown(text)

    def markdown(self, text: str) -> Markup:
        """The text through Markdown, whatever it holds."""
        self._md.reset()
        return Markup(self._md.convert(text))  # noqa: S704 - raw HTML was escaped above


def plain_paragraphs(text: str) -> list[str] | None:
    """The paragraphs of a text that is only words (most descriptions are), which Markdown
    would print as they are, each in a <p>; None for anything else, even where Markdown
    would also leave it alone: every line starts with a letter or digit (so it cannot
    start a list, heading, rule, quote or code block), but not with a number and a full
    stop; it ends with no space (two spaces make a line break); paragraphs are parted by
    one blank line; and no character is a control character or one Markdown gives a
    meaning (MARKDOWN_CHARACTERS, which include & and <, so nothing needs escaping)."""
    paragraphs = text.strip("\n").split("\n\n")
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            if (not line or not line[0].isalnum() or line[-1].isspace()
                    or NUMBERED.match(line)):
                return None
    if not MARKDOWN_CHARACTERS.isdisjoint(text) or not text.replace("\n", "").isprintable():
        return None
    return paragraphs

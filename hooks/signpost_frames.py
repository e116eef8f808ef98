"""Material's page around a generated page, rendered once for pages alike and reused.

Material renders its whole chrome for every page: head, header, emergency band, menu, footer,
scripts. At 5,000 services that is most of a build. For a generated page that is not in the
menu (a service, a list page), that chrome is the same for every page in the same folder,
except the page's title, body and canonical address. So Material's main.html is rendered once
for such a kind of page with markers in place of those values (the *frame*), and each page of
the kind is the frame with its own values put in.

Pages are alike (one key) when they are generated, not in the menu, share their folder, have
the same front matter besides their title and their language switcher's links, and agree on
whether the body has its own `<h1>` and whether there is a canonical address. (The switcher,
page.meta.signpost_alternates, names the same languages on pages alike; each link is the
page's own address in another language, so each is a marker too.) Anything else (the menu's
pages, hand-written pages, pages with a table of contents, an edit link or neighbours) is
rendered by Material as usual.

Never trusted blindly: the first CHECKED pages of each key are also rendered in full, and the
frame is used only while it gave exactly the same HTML for them; otherwise that key is always
rendered in full. `SIGNPOST_FRAMES=0` turns frames off (tests compare the two builds).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

import jinja2
import jinja2.runtime

from mkdocs.structure.pages import Page

TEMPLATE = "signpost-frame.html"  # the template name generated pages are given
SOURCE = "{{ signpost_frame() }}"  # ...which hands the page to Frames.render
MAIN = "main.html"  # Material's page, which every page is rendered with
CHECKED = 2  # pages of each key also rendered in full before its frame is trusted


def marker(name: str) -> str:
    """Where a page's own value goes in its frame: characters of Unicode's private use area,
    which no template makes or changes."""
    return f"\ue000signpost-{name}\ue001"


# Material adds a heading when a body has none: a body with its own has a marker with one.
TITLE, META_TITLE, CONTENT, CONTENT_H1, CANONICAL = (marker(name) for name in (
    "title", "meta-title", "content", "content<h1", "canonical"))
MARKERS = re.compile("(\ue000signpost-[^\ue001]*\ue001)")
ALTERNATES = "signpost_alternates"  # the language switcher (the hook's alternates())
# Front matter a generated page may have and still share a frame (title and the switcher's
# links are put in).
SHARED_META = frozenset({"title", "template", "hide", "search", "signpost_language",
                         ALTERNATES})

Key = tuple[str, bool, bool, str]


class _Marked:
    """A page as the frame is rendered from: its own values replaced by markers."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self.title = TITLE
        self.content = CONTENT_H1 if "<h1" in (page.content or "") else CONTENT
        self.meta = {**page.meta, "title": META_TITLE}
        if ALTERNATES in page.meta:
            self.meta[ALTERNATES] = [{**alternate, "href": marker(f"href-{number}")}
                                     for number, alternate in enumerate(page.meta[ALTERNATES])]
        self.canonical_url = CANONICAL if page.canonical_url else page.canonical_url

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


def frame_key(page: Page, nav_urls: tuple[str, ...]) -> Key | None:
    """What pages sharing a frame have in common, or None for a page rendered in full."""
    if (page.file.generated_by is None or page.is_homepage or page.previous_page is not None
            or page.next_page is not None or page.ancestors or page.edit_url or page.toc
            or not set(page.meta) <= SHARED_META
            or any(url.startswith(page.url) for url in nav_urls)):  # its own links differ
        return None
    shared = sorted((name, value) for name, value in page.meta.items()
                    if name not in ("title", "template", ALTERNATES))
    shared += [(ALTERNATES, [{**alternate, "href": None}
                             for alternate in page.meta.get(ALTERNATES, [])])]
    return (posixpath.dirname(page.url.rstrip("/")), bool(page.canonical_url),
            "<h1" in (page.content or ""), repr(shared))


def split(marked: str) -> list[str]:
    """The frame's text between markers: text at even places, markers at odd ones."""
    return MARKERS.split(marked)


def fill(frame: list[str], page: Page) -> str:
    """The page's HTML: the frame with the page's own values in place of the markers."""
    values = {TITLE: str(page.title), META_TITLE: str(page.meta.get("title")),
              CONTENT: page.content or "", CONTENT_H1: page.content or "",
              CANONICAL: str(page.canonical_url)}
    values |= {marker(f"href-{number}"): alternate["href"]
               for number, alternate in enumerate(page.meta.get(ALTERNATES, []))}
    return "".join(values[part] if number % 2 else part for number, part in enumerate(frame))


@dataclass
class Frames:
    """The frames of one build, by key; None for a key whose frame did not match."""

    enabled: bool = True
    frames: dict[Key, list[str] | None] = field(default_factory=dict)
    checked: dict[Key, int] = field(default_factory=dict)
    nav_urls: tuple[str, ...] | None = None

    @jinja2.pass_context
    def render(self, context: jinja2.runtime.Context) -> str:
        """The page's HTML, as Material's main.html would render it."""
        values = context.get_all()
        page: Page = values["page"]
        main = context.environment.get_template(MAIN)
        if self.nav_urls is None:
            self.nav_urls = tuple(item.url for item in values["nav"].pages)
        key = frame_key(page, self.nav_urls) if self.enabled else None
        if key is None or (key in self.frames and self.frames[key] is None):
            return main.render(values)
        frame = self.frames.get(key)
        if frame is None:
            frame = self.frames[key] = split(main.render({**values, "page": _Marked(page)}))
        if self.checked.get(key, 0) < CHECKED:
            real = main.render(values)
            if fill(frame, page) == real:
                self.checked[key] = self.checked.get(key, 0) + 1
            else:
                self.frames[key] = None
            return real
        return fill(frame, page)


def install(env: jinja2.Environment, *, enabled: bool) -> Frames:
    """Give `env` the frame template; generated pages name it as their template."""
    frames = Frames(enabled=enabled)
    loader = env.loader
    assert loader is not None  # MkDocs' theme environment always has one
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: SOURCE}), loader])
    env.globals["signpost_frame"] = frames.render
    return frames

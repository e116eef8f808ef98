"""Rendering checked content into page bodies (HTML) and the pieces every page shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import TypeVar, cast

import jinja2

from signpost import features

from signpost.features.hours import inwords as hours, opennow as openhours
from signpost import jsmodules, urls, words
from signpost.dates import overdue
from signpost.model import Content, Service, Site
from signpost.richtext import RichText


@dataclass(frozen=True)
class GeneratedPage:
    """A page the engine makes: `html` is its whole body, starting with its h1."""

    src: str  # as a Markdown path would be, e.g. services/young-carers.md
    title: str
    html: str
    in_nav: bool = True
    searchable: bool = True


@dataclass
class Rendered:
    pages: list[GeneratedPage] = field(default_factory=list)
    chrome: dict[str, str] = field(default_factory=dict)  # for the theme: see ARCHITECTURE.md
    files: dict[str, bytes] = field(default_factory=dict)  # data files by site path
    # Markdown pages every site needs, by source path, for those the partnership has not
    # written itself (see defaults/): the generator renders them like its own pages.
    markdown: dict[str, str] = field(default_factory=dict)

    @cached_property
    def page_html(self) -> dict[str, str]:
        """Page bodies by source path, built once, when every page has been added."""
        return {page.src: page.html for page in self.pages}

    @cached_property
    def page_titles(self) -> dict[str, str]:
        """Page titles (plain text) by source path, built once like page_html."""
        return {page.src: page.title for page in self.pages}


class Renderer:
    """Holds what every page needs while rendering one site."""

    def __init__(self, content: Content, today: date, site_urls: urls.Urls, *,
                 source_link: Callable[[str], str | None] = lambda path: None) -> None:
        """`source_link(path)`: where to view and edit a content file, if anywhere (the
        review feature's Sources.link)."""
        self.content = content
        self.today = today
        self.urls = site_urls
        self.richtext = RichText()
        self.env = jinja2.Environment(
            # Shared macros in templates/, each feature's pages in its own folder.
            loader=jinja2.FileSystemLoader([Path(__file__).parent / "templates",
                                            *features.template_folders()]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,  # templates do not change during a build: no stat per page
        )
        self.env.filters["markdown"] = self.richtext.html
        self.env.filters["hours"] = hours.in_words
        self.env.filters["words_for"] = lambda keys, names: [names[k] for k in keys]
        self.env.filters["and_list"] = words.and_list
        self.env.filters["clause_list"] = words.clause_list
        # Templates get the values they use from their page (see `page`), not the model.
        self.env.globals.update(words=words, urls=urls, source_link=source_link)
        # Open-now data for the browser (see openhours.py and features/hours/assets/open-now.js).
        self.env.filters["week_spans"] = openhours.week_spans
        self.env.globals["bank_holidays"] = openhours.bank_holidays(today)
        # What a module script imports, preloaded with it (see _macros.html: module_script).
        self.env.globals["module_imports"] = jsmodules.module_imports
        self._shared: dict[str, object] = {}

    @property
    def site(self) -> Site:
        assert self.content.site is not None  # load() gives content only with its site
        return self.content.site

    def page(self, template: str, src: str, title: str, *, in_nav: bool = True,
             searchable: bool = True, **values: object) -> GeneratedPage:
        def link(target: str, anchor: str = "") -> str:
            return self.urls.link(target, src, anchor)

        def asset(path: str) -> str:
            return self.urls.asset(path, src)

        html = self.env.get_template(template).render(link=link, asset=asset, title=title,
                                                      **values)
        return GeneratedPage(src, title, html, in_nav, searchable)

    def fragment(self, template: str, **values: object) -> str:
        return self.env.get_template(template).render(**values)

    def shared(self, name: str, make: Callable[[], T]) -> T:
        """A value that several sections use (such as the directory's groupings), made once
        per site the first time one asks for it."""
        if name not in self._shared:
            self._shared[name] = make()
        return cast(T, self._shared[name])  # what `make` made under this name


T = TypeVar("T")


def services_for(content: Content, keep: Callable[[Service], bool]) -> list[Service]:
    return [s for s in content.published_services if keep(s)]


def is_overdue(service: Service, content: Content, today: date) -> bool:
    assert content.site is not None  # load() gives content only with its site
    return overdue(service.reviewed, today, content.site.review_every_months)

"""Rendering checked content into page bodies (HTML) and the pieces every page shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import TypeVar, cast

import functools

import jinja2
from markupsafe import Markup, escape

from signpost import features

from signpost.features.hours import inwords as hours, opennow as openhours
from signpost import jsmodules, jswords, urls, words
from signpost.language import Language, TemplateWords
from signpost.dates import overdue
from signpost.model import Content, Service, Site
from signpost.richtext import RichText
from signpost.translations import languages
from signpost.translations.translated import EnglishName, InEnglish


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
    # For the theme (ARCHITECTURE.md): strings, and `words`, the theme's own words by key.
    chrome: dict[str, str | dict[str, str]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # data files by site path
    # Markdown pages every site needs, by source path, for those the partnership has not
    # written itself (see defaults/): the generator renders them like its own pages.
    markdown: dict[str, str] = field(default_factory=dict)
    # The languages the site is published in, English first, with each one's chrome; and
    # the Markdown pages shown in English in another language's site (site.render_all).
    languages: list[languages.Language] = field(default_factory=list)
    chrome_by_language: dict[str, dict[str, str | dict[str, str]]] = field(
        default_factory=dict)
    in_english: set[str] = field(default_factory=set)

    @cached_property
    def page_html(self) -> dict[str, str]:
        """Page bodies by source path, built once, when every page has been added."""
        return {page.src: page.html for page in self.pages}

    @cached_property
    def page_titles(self) -> dict[str, str]:
        """Page titles (plain text) by source path, built once like page_html."""
        return {page.src: page.title for page in self.pages}


def compiled_in(folder: Path | None, *, marked: bool) -> jinja2.BytecodeCache | None:
    """Jinja2's cache of compiled templates in `folder`, if any: templates compiled with the
    finalize that marks English and those compiled without are kept apart."""
    if folder is None:
        return None
    kept = folder / ("marked" if marked else "plain")
    kept.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(kept))


class Renderer:
    """Holds what every page needs while rendering one site."""

    def __init__(self, content: Content, today: date, site_urls: urls.Urls, *,
                 source_link: Callable[[str], str | None] = lambda path: None,
                 language: Language | None = None,
                 template_cache: Path | None = None) -> None:
        """`source_link(path)`: where to view and edit a content file, if anywhere (the
        review feature's Sources.link). `language`: the language of Signpost's own words
        (language.py; English when None). `template_cache`: a folder where compiled templates
        are kept between builds (the editors' preview), if anywhere."""
        self.content = content
        self.language = language or Language()
        self.words = words.Words(self.language)
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
            # {% trans %} and _() / ngettext() mark Signpost's own words (language.py).
            extensions=["jinja2.ext.i18n"],
            # Content left in English on a translated page says so (`_marked`); an English
            # page has nothing to mark.
            finalize=None if self.language.english else self._marked,
            bytecode_cache=compiled_in(template_cache, marked=not self.language.english),
        )
        # New style: _("...") and {% trans %} give Markup (the catalogues are Signpost's own)
        # and escape every value put into them; a literal % is written %%.
        self.env.install_gettext_translations(  # type: ignore[attr-defined]  # added by i18n
            self.language.translations, newstyle=True)
        # The same, each message looked up once per site rather than on every call.
        own_words = TemplateWords(self.language)
        self.env.globals.update(_=own_words.gettext, gettext=own_words.gettext,
                                ngettext=own_words.ngettext)
        self.env.filters["markdown"] = self._markdown
        # Text for an attribute (a form value): as it is, never marked (see `_marked`).
        self.env.filters["plain"] = str
        # `x is english`: text a translation lacks, shown in English (a card then says so).
        self.env.tests["english"] = lambda value: (isinstance(value, InEnglish)
                                                   and not isinstance(value, EnglishName))
        self.env.filters["hours"] = lambda h: hours.in_words(h, self.language)
        self.env.filters["words_for"] = lambda keys, names: [names[k] for k in keys]
        self.env.filters["and_list"] = self.words.and_list
        self.env.filters["clause_list"] = self.words.clause_list
        # Templates get the values they use from their page (see `page`), not the model.
        self.env.globals.update(words=self.words, urls=urls, source_link=source_link,
                                date_in_words=self.language.long_date)
        # Open-now data for the browser (see openhours.py and features/hours/assets/open-now.js).
        self.env.filters["week_spans"] = openhours.week_spans
        self.env.globals["bank_holidays"] = openhours.bank_holidays(today)
        # What a module script imports, preloaded with it (see _macros.html: module_script).
        self.env.globals["module_imports"] = jsmodules.module_imports
        # Signpost's own words for the page's scripts (jswords.py), in a language not English.
        self.env.globals["own_words"] = functools.partial(jswords.script_element,
                                                          self.language)
        self._shared: dict[str, object] = {}
        # Pieces the same on many pages (`once`): their HTML, and whether it shows English.
        self._once: dict[str, tuple[Markup, bool]] = {}
        self.env.globals["once"] = self.once
        self._english_shown = False  # while a page renders: some content is in English

    def _marked(self, value: object) -> object:
        """Every value a template prints: content a translation lacks is printed in English,
        in an element saying so (`lang="en"`), so a screen reader reads it in an English
        voice; the page then says some of it is in English (names aside). Templates print
        content in attributes through `|plain`, which gives the text unmarked."""
        if isinstance(value, InEnglish) and not self.language.english:
            if not isinstance(value, EnglishName):
                self._english_shown = True
            return Markup('<span lang="en">{}</span>').format(value)
        return value

    def _markdown(self, text: str) -> Markup:
        html = self.richtext.html(text)
        if isinstance(text, InEnglish) and not self.language.english:
            self._english_shown = True
            return Markup('<div lang="en">{}</div>').format(html)
        return html

    @property
    def site(self) -> Site:
        assert self.content.site is not None  # load() gives content only with its site
        return self.content.site

    def gettext(self, message: str) -> str:
        """Signpost's own words (such as a page title) in the site's language."""
        return self.language.gettext(message)

    def src(self, src: str) -> str:
        """Where a page of this language lives: English at the root (`services/x.md`), any
        other language under its code (`bn/services/x.md`)."""
        return src if self.language.english else f"{self.language.code}/{src}"

    def link_from(self, src: str) -> Callable[..., str]:
        """`link(target, anchor)` for templates: a relative link from the page `src` (this
        language's) to the page `target` in the same language."""
        links = self.urls.links_from(src)

        def link(target: str, anchor: str = "") -> str:
            return links.link(self.src(target), anchor)
        return link

    def page(self, template: str, src: str, title: str, *, in_nav: bool = True,
             searchable: bool = True, **values: object) -> GeneratedPage:
        """The page made from `template` at `src` (as in English: `render.src` places it)."""
        src = self.src(src)
        link = self.link_from(src)
        asset = self.urls.links_from(src).asset

        self._english_shown = False
        html = self.env.get_template(template).render(link=link, asset=asset, title=title,
                                                      **values)
        if self._english_shown:  # said under the heading, in the page's own language
            notice = self.gettext("Some of this page is in English: it has not been"
                                  " translated yet.")
            html = html.replace("</h1>", f'</h1>\n<p class="sp-in-english">{escape(notice)}</p>',
                                1)
        return GeneratedPage(src, title, html, in_nav,
                             searchable and self.language.english)

    def fragment(self, template: str, **values: object) -> str:
        return self.env.get_template(template).render(**values)

    def once(self, key: str, *, caller: Callable[[], Markup]) -> Markup:
        """`{% call once(key) %}...{% endcall %}` in a template: a piece that comes out the same
        on every page giving the same key (the crumbs of every service page, which all sit
        at the same depth), rendered the first time and reused for this site. A page
        showing a piece with content in English still says so."""
        made = self._once.get(key)
        if made is None:
            shown, self._english_shown = self._english_shown, False
            made = self._once[key] = (caller(), self._english_shown)
            self._english_shown = shown
        self._english_shown = self._english_shown or made[1]
        return made[0]

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

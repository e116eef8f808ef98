"""Rendering a whole site: every section's pages and data files, and the theme's chrome."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from importlib import resources
from pathlib import Path

from markupsafe import escape

from signpost import features, urls
from signpost.model import Content
from signpost.features.oruk import export as oruk_export
from signpost.features.consent import pages as consent
from signpost.features.directory import pages as directory
from signpost.features.home import pages as home
from signpost.features.levels import pages as levels
from signpost.features.pathway import pages as pathway
from signpost.features.questionnaire import pages as questionnaire
from signpost.features.review import pages as review
from signpost.features.updates import pages as updates
from signpost.language import ENGLISH, Language, N_
from signpost.render import Rendered, Renderer
from signpost.translations import languages
from signpost.translations.languages import ENGLISH_LANGUAGE
from signpost.translations.translated import translated_content
from signpost.translations.translation import Translation
from signpost.features.review.sources import Sources

# The theme's own words (theme/main.html, partials/), as config.extra.signpost.words.<key>.
THEME_WORDS = {
    "leave": N_("Leave this site"),
    "skip": N_("Skip to main content"),
    "leave_help": N_("What this button does"),
    "menu": N_("Menu"),
    "search_results": N_("Search results"),
    "staying_safe": N_("Staying safe online"),
    "not_found": N_("Page not found"),
    "not_found_lead": N_("There is no page at this address. It may have moved, or the address"
                         " may be mistyped."),
    "not_found_home": N_("Go to the home page"),
    "not_found_after": N_("to find help for your family."),
    "languages": N_("Languages"),
    "page_in_english": N_("This page is in English: it has not been translated yet."),
}

# Each section's `pages(renderer)`, in the order the pages are made.
PAGES = (home.pages, questionnaire.pages, directory.pages, levels.pages, pathway.pages,
         consent.pages, updates.pages, review.pages)
# Functions returning {site path: bytes} for data files written beside the pages.
FILES = (questionnaire.files, updates.files, directory.files, oruk_export.files)
# What only the English site has: the review page is for the partnership's own team, and
# the Open Referral UK feed is data for other systems, not a page a family reads.
ENGLISH_ONLY = (review.pages, oruk_export.files)


def render_site(content: Content, today: date, *, directory_urls: bool = True,
                repo_url: str | None = None, edit_uri: str | None = None,
                language: str = ENGLISH,
                template_cache: Path | None = None) -> Rendered:
    """Every generated page and data file, and the shared pieces of the site's chrome.

    `repo_url` and `edit_uri` (as in mkdocs.yml) make "Edit this page" and the review page
    link to each content file in the repository. `language` is the code of the language
    Signpost's own words are in (language.py): English pages are at the root, another
    language's under its code (`bn/services/x.md`), linking to each other; the assets
    (`assets/...`) are the same for every language."""
    renderer = Renderer(content, today, urls.Urls(directory_urls),
                        source_link=Sources(repo_url, edit_uri).link,
                        language=Language.of(language), template_cache=template_cache)
    site = content.site
    assert site is not None  # load() gives content only with its site
    known = languages.language(language)
    rendered = Rendered(chrome={
        "site_name": escape(site.name),
        "authority": escape(site.authority),
        "quick_exit_url": escape(site.quick_exit),
        "staying_safe_url": renderer.urls.page(urls.STAYING_SAFE),
        "emergency_html": renderer.fragment("emergency.html", site=site,
                                            contacts=content.contacts),
        "feedback_html": renderer.fragment("feedback.html", site=site),
        "language": language,
        "language_name": escape(known.name if known else language),
        "direction": renderer.language.direction,
        # Escaped, as the theme prints them as they are.
        "words": {key: str(escape(renderer.gettext(text))) for key, text in THEME_WORDS.items()}
        | {"home_label": str(escape(renderer.gettext("{site}: home page")).format(
            site=site.name)),  # Markup's format escapes the values it puts in
           "owner": str(escape(renderer.gettext("{site} is run by {authority}.")).format(
               site=site.name, authority=site.authority))},
    })
    english = renderer.language.english
    for section in PAGES:
        if english or section not in ENGLISH_ONLY:
            rendered.pages.extend(section(renderer))
    for data in FILES:
        if english or data not in ENGLISH_ONLY:
            rendered.files.update(data(renderer))
    if english:  # the same scripts and styles serve every language
        rendered.files.update({path: source.read_bytes()
                               for path, source in features.assets().items()})
        written = {page.path for page in content.pages}
        rendered.markdown = {path: text for path, text in default_pages().items()
                             if path not in written}
    return rendered


def render_all(content: Content, translations: Mapping[str, Translation], today: date, *,
               directory_urls: bool = True, repo_url: str | None = None,
               edit_uri: str | None = None,
               template_cache: Path | None = None) -> Rendered:
    """The English site, and beside it the site in each language of `translations` (those
    `translations.safety.publishable` allows): the same pages under the language's code
    (`bn/services/x.md`), with the partnership's translated text and Signpost's own words
    in that language, and English where a translation is missing (marked `lang="en"`).

    Hand-written pages (content/*.md) appear in every language: translated when the
    language has the page (or Signpost ships it, as the staying-safe page), else in English,
    listed in `Rendered.in_english` so that the page can say so."""
    rendered = render_site(content, today, directory_urls=directory_urls, repo_url=repo_url,
                           edit_uri=edit_uri, template_cache=template_cache)
    rendered.languages = [ENGLISH_LANGUAGE]
    rendered.chrome_by_language = {ENGLISH: rendered.chrome}
    english_pages = {page.path: page.markdown for page in content.pages} | rendered.markdown
    for code, translation in translations.items():
        other = render_site(translated_content(content, translation), today,
                            directory_urls=directory_urls, repo_url=repo_url,
                            edit_uri=edit_uri, language=code,
                            template_cache=template_cache)
        rendered.languages.append(translation.language)
        rendered.chrome_by_language[code] = other.chrome
        rendered.pages.extend(other.pages)
        rendered.files.update(other.files)
        for path, text in english_pages.items():
            page = translation.page(path)
            rendered.markdown[f"{code}/{path}"] = page.text if page else text
            if page is None:
                rendered.in_english.add(f"{code}/{path}")
    return rendered


def default_pages() -> dict[str, str]:
    """Signpost's own Markdown pages that every site links to (the staying-safe page, from
    every "Leave this site" button); a partnership's own content/<same name> replaces one."""
    folder = resources.files("signpost") / "defaults"
    return {urls.STAYING_SAFE: (folder / urls.STAYING_SAFE).read_text(encoding="utf-8")}

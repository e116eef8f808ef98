"""Rendering a whole site: every section's pages and data files, and the theme's chrome."""

from __future__ import annotations

from datetime import date

from . import urls
from .model import Content
from .pages import consent, directory, home, levels, updates
from .render import Rendered, Renderer

# Each section's `pages(renderer)`, in the order the pages are made.
PAGES = (home.pages, directory.pages, levels.pages, consent.pages, updates.pages)
# Functions returning {site path: bytes} for data files written beside the pages.
FILES = ()


def render_site(content: Content, today: date, *, directory_urls: bool = True) -> Rendered:
    """Every generated page and data file, and the shared pieces of the site's chrome."""
    renderer = Renderer(content, today, urls.Urls(directory_urls))
    rendered = Rendered(chrome={
        "site_name": content.site.name,
        "authority": content.site.authority,
        "quick_exit_url": content.site.quick_exit,
        "staying_safe_url": renderer.urls.page(urls.STAYING_SAFE),
        "emergency_html": renderer.fragment("emergency.html"),
        "feedback_html": renderer.fragment("feedback.html"),
    })
    for section in PAGES:
        rendered.pages.extend(section(renderer))
    for data in FILES:
        rendered.files.update(data(renderer))
    return rendered

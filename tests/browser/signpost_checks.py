"""Checks of Signpost's own page chrome, for harness.audit(checks=...) and plain HTML.

`chrome_problems` looks at a page in the browser, as a visitor would meet it;
`html_problems` reads a built page's HTML, for what the browser cannot show (the exact
Content-Security-Policy, inline code the policy would silently block).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from html.parser import HTMLParser
from urllib.parse import urlsplit

from playwright.sync_api import Page

from harness import js_function
from signpost.language import translations_for

EXIT_LABEL = "Leave this site"
# Runs in the page. Returns a list of problems, in words.
_CHROME_SCRIPT = js_function("chrome-problems")


def chrome_problems(page: Page, exit_url: str, emergency_texts: list[str],
                    exit_label: str = EXIT_LABEL) -> list[str]:
    """What is wrong with the quick exit, emergency routes and reflow on the page as shown."""
    return page.evaluate(
        _CHROME_SCRIPT,
        {"exitUrl": exit_url, "emergencyTexts": emergency_texts, "exitLabel": exit_label},
    )


def chrome_check(exit_url: str, emergency_texts: list[str],
                 by_language: Mapping[str, list[str]] | None = None
                 ) -> Callable[[Page], list[str]]:
    """chrome_problems as a `checks` function for harness.audit and audit_many. A page of
    another language (its <html lang>) must show that language's emergency routes."""
    def check(page: Page) -> list[str]:
        texts, label = emergency_texts, EXIT_LABEL
        if by_language:
            code = page.evaluate("document.documentElement.lang")
            if code in by_language:  # "Leave this site" in that language's own words
                texts, label = by_language[code], translations_for(code).gettext(EXIT_LABEL)
        return chrome_problems(page, exit_url, texts, label)
    return check


# On paper: what shows, and what is written after each link to another site.
_PRINTED_SCRIPT = js_function("printed-problems")


def print_problems(page: Page) -> list[str]:
    """What is wrong with the page on paper: the emergency routes must print, the screen's
    chrome must not, and every link to another site must print its address."""
    page.emulate_media(media="print")
    try:
        return page.evaluate(_PRINTED_SCRIPT)
    finally:
        page.emulate_media(media="screen")


# ---------------------------------------------------------------------------------------
# Built HTML
# ---------------------------------------------------------------------------------------

# Elements whose URL the browser fetches by itself, and the attribute holding it.
_FETCHED = {
    "script": "src", "img": "src", "iframe": "src", "frame": "src", "embed": "src",
    "source": "src", "track": "src", "audio": "src", "video": "src", "input": "src",
    "object": "data", "form": "action",
}
_FETCHED_LINKS = {
    "stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch",
    "modulepreload", "manifest", "prerender", "apple-touch-icon",
}
_DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}
# Material features that put what a visitor searched for in an address.
_LEAKY_FEATURES = {"search.highlight", "search.share"}


class _PageScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.csp: list[str] = []
        self.referrer: list[str] = []
        self.exits: list[dict[str, str]] = []
        self.emergency = 0
        self.fetched: list[str] = []
        self.inline_scripts = 0
        self.styles: list[str] = []
        self.handlers: list[str] = []
        self._in: str | None = None
        self._config = ""
        self.config: dict[str, object] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.csp.append(a.get("content", ""))
        if tag == "meta" and a.get("name", "").lower() == "referrer":
            self.referrer.append(a.get("content", ""))
        if tag == "a" and "data-sp-exit" in a:
            self.exits.append(a)
        if "sp-emergency" in a.get("class", "").split():
            self.emergency += 1
        if tag in _FETCHED and a.get(_FETCHED[tag]):
            self.fetched.append(a[_FETCHED[tag]])
        if tag == "link" and _FETCHED_LINKS & set(a.get("rel", "").lower().split()):
            self.fetched.append(a.get("href", ""))
        if "style" in a:
            self.styles.append(f"style attribute on <{tag}>")
        self.handlers += [f"{key} on <{tag}>" for key in a if key.startswith("on")]
        if tag == "style":
            self.styles.append("<style> element")
        if tag == "script" and not a.get("src"):
            if a.get("id") == "__config":
                self._in = "config"
            elif a.get("type", "").lower() not in _DATA_SCRIPT_TYPES:
                self.inline_scripts += 1

    def handle_data(self, data: str) -> None:
        if self._in == "config":
            self._config += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in == "config":
            self.config = json.loads(self._config)
            self._in = None


def html_problems(html: str, exit_url: str, csp: str) -> list[str]:
    """What is wrong in one built page's HTML; `csp` is the policy every page must carry."""
    scan = _PageScan()
    scan.feed(html)
    problems = []
    if scan.csp != [csp]:
        problems.append(f"Content-Security-Policy meta is {scan.csp!r}, not [{csp!r}]")
    if scan.referrer != ["no-referrer"]:
        problems.append(f"referrer meta is {scan.referrer!r}, not ['no-referrer']")
    if len(scan.exits) != 1:
        problems.append(f"{len(scan.exits)} quick exit links, not 1")
    for link in scan.exits:
        if link.get("href") != exit_url:
            problems.append(f"quick exit goes to {link.get('href')!r}, not {exit_url!r}")
        if "noreferrer" not in link.get("rel", "").split():
            problems.append('quick exit link lacks rel="noreferrer"')
    if scan.emergency != 1:
        problems.append(f"{scan.emergency} emergency sections, not 1")
    for url in scan.fetched:
        if urlsplit(url).netloc or url.startswith("//"):
            problems.append(f"loads {url} from another site")
    if scan.inline_scripts:
        problems.append(f"{scan.inline_scripts} inline script(s): the CSP blocks them")
    problems += [f"{what}: the CSP blocks it" for what in scan.styles + scan.handlers]
    features = set(scan.config.get("features", [])) if scan.config else set()  # type: ignore[arg-type]
    problems += [f"Material feature {name} puts search words in the address" for name in
                 sorted(features & _LEAKY_FEATURES)]
    return problems


def csp_without_frame_ancestors(header_policy: str) -> str:
    """The header policy less frame-ancestors, which a <meta> policy cannot carry."""
    parts = [part.strip() for part in header_policy.split(";") if part.strip()]
    return "; ".join(part for part in parts if not re.match(r"frame-ancestors\b", part))

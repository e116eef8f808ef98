"""Checks of Signpost's own page chrome, for harness.audit(checks=...) and plain HTML.

`chrome_problems` looks at a page in the browser, as a visitor would meet it;
`html_problems` reads a built page's HTML, for what the browser cannot show (the exact
Content-Security-Policy, inline code the policy would silently block).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

from playwright.sync_api import Page

# Runs in the page. Returns a list of problems, in words.
_CHROME_SCRIPT = """
({ exitUrl, emergencyTexts }) => {
  const problems = [];
  const name = (el) => !el ? "nothing" : el.tagName.toLowerCase()
    + (el.id ? "#" + el.id : "") + (el.classList.length ? "." + [...el.classList].join(".") : "")
    + (el.textContent.trim() ? ` "${el.textContent.trim().replace(/\\s+/g, " ").slice(0, 40)}"` : "");
  const visible = (el) => !!el && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const words = (text) => text.replace(/\\s+/g, " ").trim();

  const exit = document.querySelector("a[data-sp-exit]");
  const inView = (where) => {
    const box = exit.getBoundingClientRect();
    if (!visible(exit) || box.top < 0 || box.left < 0
        || box.bottom > innerHeight || box.right > innerWidth) {
      problems.push(`"Leave this site" is out of view ${where}`);
      return;
    }
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!exit.contains(hit)) problems.push(`"Leave this site" is covered by ${name(hit)} ${where}`);
  };
  if (!exit) {
    problems.push('no "Leave this site" link');
  } else {
    if (words(exit.textContent) !== "Leave this site") problems.push(`quick exit reads "${words(exit.textContent)}"`);
    if (exit.href !== exitUrl) problems.push(`quick exit goes to ${exit.href}, not ${exitUrl}`);
    if (!exit.relList.contains("noreferrer")) problems.push('quick exit link lacks rel="noreferrer"');
    const focusable = [...document.querySelectorAll(
      "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]"
    )].filter((el) => el.tabIndex >= 0 && !el.disabled && visible(el));
    if (focusable[0] !== exit) problems.push(`the keyboard reaches ${name(focusable[0])} before the quick exit`);
    const help = document.querySelector(".sp-exit__help");
    if (!help || !visible(help)) problems.push('no visible "What this button does" link');
    inView("at the top of the page");
    window.scrollTo(0, document.documentElement.scrollHeight);
    inView("at the bottom of the page");
    window.scrollTo(0, 0);
  }
  const skip = document.querySelector("a.sp-skip");
  if (!skip) problems.push("no skip link");
  else if (!document.getElementById(decodeURIComponent(skip.hash.slice(1)))) problems.push("the skip link leads nowhere");
  if (document.querySelector("[tabindex]:not([tabindex='0']):not([tabindex^='-'])")) {
    problems.push("a positive tabindex changes the keyboard order");
  }

  const emergency = document.querySelector(".sp-emergency");
  if (!emergency || !visible(emergency)) {
    problems.push("no visible emergency routes");
  } else {
    const text = words(emergency.innerText);
    for (const expected of emergencyTexts) {
      if (!text.includes(words(expected))) problems.push(`emergency routes lack "${expected}"`);
    }
    if (!emergency.querySelector('a[href^="tel:"]')) problems.push("emergency routes have no phone link");
    const content = document.querySelector(".md-content");
    if (content && !(emergency.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      problems.push("emergency routes come after the page content");
    }
  }

  // WCAG 1.4.1: a link inside running text must differ by more than colour. axe-core's
  // link-in-text-block rule lets a 2.4:1 colour difference pass; this asks for an underline,
  // a border, a background or bold type. Running text: other words beside the link.
  const letters = (text) => (text.match(/[A-Za-z]{2,}/g) || []).length;
  for (const link of document.querySelectorAll(".md-typeset a[href]")) {
    const block = link.parentElement.closest("p, li, td, dd, dt, figcaption, blockquote");
    if (!block || !visible(link) || letters(block.textContent) - letters(link.textContent) < 2) continue;
    const own = getComputedStyle(link), around = getComputedStyle(block);
    const marked = own.textDecorationLine.includes("underline")
      || (own.borderBottomStyle !== "none" && parseFloat(own.borderBottomWidth) > 0)
      || (own.backgroundColor !== around.backgroundColor && own.backgroundColor !== "rgba(0, 0, 0, 0)")
      || Number(own.fontWeight) - Number(around.fontWeight) >= 300;
    if (!marked) problems.push(`${name(link)} sits in text but is told apart by colour alone`);
  }
  for (const input of document.querySelectorAll("input[type=radio], input[type=checkbox]")) {
    const box = input.getBoundingClientRect();
    if (visible(input) && box.width > 0 && (box.width < 24 || box.height < 24)) {
      problems.push(`${name(input)} is ${Math.round(box.width)}x${Math.round(box.height)}px, under 24x24`);
    }
  }

  // One h1, and headings that never skip a level going down (WCAG 1.3.1 and 2.4.6). Only
  // headings a reader can meet count: the questionnaire keeps one question a step, each
  // step with its own h1, and shows one step at a time.
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(visible);
  const h1s = headings.filter((h) => h.tagName === "H1").length;
  if (h1s !== 1) problems.push(`${h1s} h1 headings shown, not 1`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName[1]);
    if (previous && level > previous + 1) problems.push(`${name(heading)} is an h${level} after an h${previous}`);
    previous = level;
  }

  const width = document.documentElement.scrollWidth;
  if (width > innerWidth + 1) problems.push(`the page is ${width}px wide in a ${innerWidth}px window`);
  return problems;
}
"""


def chrome_problems(page: Page, exit_url: str, emergency_texts: list[str]) -> list[str]:
    """What is wrong with the quick exit, emergency routes and reflow on the page as shown."""
    return page.evaluate(
        _CHROME_SCRIPT, {"exitUrl": exit_url, "emergencyTexts": emergency_texts}
    )


def chrome_check(exit_url: str, emergency_texts: list[str]) -> Callable[[Page], list[str]]:
    """chrome_problems as a `checks` function for harness.audit and audit_many."""
    return lambda page: chrome_problems(page, exit_url, emergency_texts)


# On paper: what shows, and what is written after each link to another site.
_PRINTED_SCRIPT = """
() => {
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .some((el) => el.checkVisibility({ checkVisibilityCSS: true }));
  const problems = [];
  if (!shown(".sp-emergency")) problems.push("the emergency routes do not print");
  for (const [name, selector] of [["quick exit", ".sp-exit"], ["header", ".md-header"],
                                  ["menus", ".md-sidebar"], ["search", ".md-search"]]) {
    if (shown(selector)) problems.push(`the ${name} prints`);
  }
  for (const link of document.querySelectorAll(".md-content a[href^='http']")) {
    // As written in the page: link.href would add a "/" to a bare https://example.org.
    const address = link.getAttribute("href");
    if (!getComputedStyle(link, "::after").content.includes(address)) {
      problems.push(`the link to ${address} prints without its address`);
    }
  }
  return problems;
}
"""


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

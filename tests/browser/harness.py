"""A small browser harness for Signpost's built site.

Serves a built site on 127.0.0.1, drives Debian's Chromium through Playwright's sync API and
audits pages (audit() one at a time, audit_many() two or more side by side) for:

- axe-core, WCAG 2.0 to 2.2 A and AA rules: zero violations wanted;
- requests to any origin but the local server: logged and blocked by routing before they
  are sent; a local "sink" proxy refuses whatever routing does not see (workers, a context
  made without routing), so nothing can ever reach the network from a test;
- storage: localStorage, sessionStorage, cookies, IndexedDB, Cache Storage, service workers:
  writes are logged as they happen and what is left is read after the page was used;
- Content-Security-Policy violations: a policy that silently breaks a feature is reported.

Typical use::

    with serve(site_dir) as base_url, sync_playwright() as pw, sink() as trap:
        browser = launch(pw, trap)
        context = new_context(browser, base_url, PHONE)
        page = context.new_page()
        result = audit(page, base_url + "some/page/")
        assert result.clean, result.report()
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import axe_playwright_python
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Request, Route

CHROMIUM = os.environ.get("SIGNPOST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # WebRTC may not go round the proxy: with this it cannot reach anything but the sink.
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
]
# Chromium keeps only the last --disable-features it is given, so this repeats Playwright's
# own list (1.65) and adds AutofillServerCommunication, which would call Google on every form.
CHROMIUM_DISABLED_FEATURES = [
    "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding",
    "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect", "OptimizationHints",
    "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch",
    "AutofillServerCommunication",
]
# Hosts Debian's Chromium calls by itself at start-up (sign-in and extension updates). The
# sink still refuses them; they are not reported against a page. A page's own request to
# one of them is still caught by request logging and routing.
CHROMIUM_OWN_HOSTS = frozenset({"accounts.google.com", "update.googleapis.com"})
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(
    encoding="utf-8")


@dataclass(frozen=True)
class Viewport:
    """A browser window to test in: name, size and whether it behaves like a phone."""

    name: str
    width: int
    height: int
    mobile: bool = False

    @property
    def size(self) -> dict[str, int]:
        """For Page.set_viewport_size()."""
        return {"width": self.width, "height": self.height}

    def context_options(self) -> dict[str, Any]:
        return {
            "viewport": self.size,
            "is_mobile": self.mobile,
            "has_touch": self.mobile,
        }


# 320 CSS px is the width WCAG 1.4.10 (reflow) asks content to work at.
PHONE = Viewport("phone", 320, 700, mobile=True)
DESKTOP = Viewport("desktop", 1280, 800)


# ---------------------------------------------------------------------------------------
# Static server and sink
# ---------------------------------------------------------------------------------------


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser closing a connection early is not worth a traceback."""


class _SiteHandler(SimpleHTTPRequestHandler):
    extra_headers: Mapping[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
        pass


@contextlib.contextmanager
def _running(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def serve(site_dir: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serves `site_dir` on 127.0.0.1 at a free port; yields its base URL ("http://.../").

    `headers` are added to every response, e.g. the ones hosting/_headers asks hosts for.
    """
    handler_class = type("Handler", (_SiteHandler,), {"extra_headers": dict(headers or {})})
    handler = functools.partial(handler_class, directory=str(site_dir))
    with _running(_QuietServer(("127.0.0.1", 0), handler)) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}/"


class Sink:
    """A local HTTP proxy that answers nothing and remembers every request it was given.

    The browser is told to use it for every address except loopback ones, so a request
    that slips past Playwright's routing (from a worker, say) still cannot leave the machine.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: list[str] = []
        self.address = ""

    def record(self, what: str) -> None:
        with self._lock:
            self._hits.append(what)

    def hits(self) -> list[str]:
        with self._lock:
            return list(self._hits)

    def new_hits(self, before: int) -> list[str]:
        """Hits after the first `before`, less Chromium's own calls home (not a page's doing)."""
        return [hit for hit in self.hits()[before:] if _host_of(hit) not in CHROMIUM_OWN_HOSTS]


def _host_of(hit: str) -> str:
    target = hit.split(" ", 1)[1]
    return urlsplit(target if "://" in target else f"//{target}").hostname or ""


@contextlib.contextmanager
def sink() -> Iterator[Sink]:
    """Runs a Sink on 127.0.0.1 for as long as the block lasts."""
    trap = Sink()

    class Handler(BaseHTTPRequestHandler):
        def _refuse(self) -> None:
            # For CONNECT the path is "host:port"; for plain HTTP it is the absolute URL.
            trap.record(f"{self.command} {self.path}")
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()

        do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_CONNECT = _refuse  # noqa: N815 - http.server's names

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib's name
            pass

    with _running(_QuietServer(("127.0.0.1", 0), Handler)) as server:
        trap.address = f"127.0.0.1:{server.server_address[1]}"
        yield trap


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site, as paths a browser asks for ("", "help/", "404.html")."""
    paths = []
    for file in sorted(site_dir.rglob("*.html")):
        relative = file.relative_to(site_dir).as_posix()
        if relative == "index.html":
            paths.append("")
        elif relative.endswith("/index.html"):
            paths.append(relative[: -len("index.html")])
        else:
            paths.append(relative)
    return paths


def read_netlify_headers(path: Path, route: str = "/*") -> dict[str, str]:
    """The headers a Netlify `_headers` file sets for one route ("/*" by default)."""
    headers: dict[str, str] = {}
    current: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not raw[:1].isspace():
            current = line
        elif current == route and ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip()] = value.strip()
    return headers


# ---------------------------------------------------------------------------------------
# Browser
# ---------------------------------------------------------------------------------------


def launch(playwright: Playwright, trap: Sink | None = None) -> Browser:
    """Starts Debian's Chromium headless, with a fresh profile, routed to `trap` if given."""
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        raise RuntimeError(
            f"No Chromium at {CHROMIUM}: run scripts/install-chromium (or set SIGNPOST_CHROMIUM)."
        )
    args = [*CHROMIUM_ARGS, "--disable-features=" + ",".join(CHROMIUM_DISABLED_FEATURES)]
    if trap is not None:
        # Chromium never proxies loopback addresses, so the local site is reached directly.
        args.append(f"--proxy-server=http://{trap.address}")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)


JS = Path(__file__).parent / "js"  # the JavaScript the tests run in pages


@functools.cache
def js_source(name: str) -> str:
    """The script tests/browser/js/<name>.js as it is: for add_init_script."""
    return (JS / f"{name}.js").read_text(encoding="utf-8")


@functools.cache
def js_function(name: str) -> str:
    """The one function that tests/browser/js/<name>.js declares, as an expression for
    page.evaluate and wait_for_function, which call it with their argument."""
    return "(" + js_source(name).strip() + "\n)"


# Runs in every page before its own scripts: logs storage writes and CSP violations.
_WATCH_SCRIPT = js_source("watch-storage-and-csp")

_READ_STATE_SCRIPT = js_function("read-state")


@dataclass
class NetworkGuard:
    """Blocks and remembers requests to any origin other than the site's."""

    origin: str
    seen: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def is_local(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in {"data", "blob", "about", "chrome-error"}:
            return True
        return f"{parts.scheme}://{parts.netloc}" == self.origin

    def block(self, route: Route) -> None:
        self.blocked.append(route.request.url)
        route.abort("blockedbyclient")

    def notice(self, request: Request) -> None:
        if not self.is_local(request.url):
            self.seen.append(request.url)

    def mark(self) -> tuple[int, int]:
        return len(self.seen), len(self.blocked)

    def since(self, mark: tuple[int, int]) -> list[str]:
        return sorted(set(self.seen[mark[0] :]) | set(self.blocked[mark[1] :]))


_GUARDS: weakref.WeakKeyDictionary[BrowserContext, NetworkGuard] = weakref.WeakKeyDictionary()


def new_context(
    browser: Browser,
    base_url: str,
    viewport: Viewport = DESKTOP,
    *,
    javascript: bool = True,
    route_block: bool = True,
    preload_axe: bool = False,
) -> BrowserContext:
    """A fresh browser profile for one viewport, logging requests to other origins.

    With `route_block` (the default) Playwright aborts those requests before they are sent.
    Routing turns Chromium's HTTP cache off, which makes every page load dearer; a browser
    launched with a Sink refuses them anyway, so a long run of audits may do without it.
    `preload_axe` puts axe-core in every page as it starts, which a long run of audits
    wants: handing its source to each page in turn costs about as much as loading the page.
    """
    context = browser.new_context(
        **viewport.context_options(),
        java_script_enabled=javascript,
        service_workers="block",
        locale="en-GB",
    )
    context.set_default_timeout(10_000)
    parts = urlsplit(base_url)
    guard = NetworkGuard(origin=f"{parts.scheme}://{parts.netloc}")
    if route_block:
        # A pattern (not a Python predicate) is matched inside the browser driver, so
        # requests to the site itself never make a round trip to Python.
        foreign = re.compile(rf"^(?!{re.escape(guard.origin)}/)(?!data:)(?!blob:)")
        context.route(foreign, guard.block)
    context.on("request", guard.notice)
    context.add_init_script(_WATCH_SCRIPT)
    if preload_axe:
        context.add_init_script(AXE_SOURCE)
    _GUARDS[context] = guard
    return context


def guard_of(context: BrowserContext) -> NetworkGuard:
    """The NetworkGuard that new_context() put on `context`."""
    return _GUARDS[context]


# ---------------------------------------------------------------------------------------
# Audit
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One axe-core rule broken on a page, with the elements that break it."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]
    summary: str

    def describe(self) -> str:
        where = "; ".join(self.targets[:5]) + (" ..." if len(self.targets) > 5 else "")
        return f"{self.rule} ({self.impact}): {self.help}\n      at {where}\n      {self.summary}"


@dataclass
class Audit:
    """What a page did that it should not have."""

    url: str
    violations: list[Violation] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    storage: dict[str, dict[str, str]] = field(default_factory=dict)
    storage_writes: list[str] = field(default_factory=list)
    cookies: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.violations
            or self.foreign_requests
            or any(self.storage.values())
            or self.storage_writes
            or self.cookies
            or self.csp_violations
            or self.other
        )

    def problems(self) -> list[str]:
        """One readable line (or block) per problem."""
        out = [f"accessibility: {v.describe()}" for v in self.violations]
        out += [f"request to another site: {url}" for url in self.foreign_requests]
        out += [
            f"{area} left behind: {', '.join(sorted(items))}"
            for area, items in self.storage.items()
            if items
        ]
        out += [f"storage written: {what}" for what in self.storage_writes]
        out += [f"cookie set: {name}" for name in self.cookies]
        out += [f"Content-Security-Policy: {what}" for what in self.csp_violations]
        return out + self.other

    def report(self) -> str:
        lines = self.problems()
        if not lines:
            return f"{self.url}: clean"
        return f"{self.url}:\n" + "\n".join(f"  - {line}" for line in lines)


AXE_OPTIONS: dict[str, Any] = {
    "runOnly": {"type": "tag", "values": AXE_TAGS},
    "resultTypes": ["violations"],
}
# axe.run() does most of its work before its first await: started from a timer, it runs in
# the page's own process while Python goes on to the next page (audit_many's overlap).
_START_AXE = js_function("start-axe")
_AXE_RESULT = "() => window.__signpostAxe"

# What a visitor does on most pages: scroll down and back, open a content tab and any
# collapsed details, so that axe also sees what those reveal. Then it waits for the
# transitions that set off (a tab's colours fading in, say) to end: colours caught halfway
# would fail the contrast rule at random.
_EXERCISE = js_function("exercise")


def exercise(page: Page) -> None:
    """Scrolls the page down and back, opens a content tab and collapsed details, and waits
    for what that set moving to come to rest."""
    page.evaluate(_EXERCISE)


def _start_axe(page: Page, tags: list[str] | None = None) -> None:
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    options = dict(AXE_OPTIONS, runOnly={"type": "tag", "values": tags or AXE_TAGS})
    page.evaluate(_START_AXE, options)


def _axe_violations(page: Page) -> list[Violation]:
    result = page.evaluate(_AXE_RESULT)
    violations = []
    for item in result["violations"]:
        nodes = item["nodes"]
        summary = (nodes[0].get("failureSummary") or "").replace("\n", " ") if nodes else ""
        targets = tuple(" ".join(map(str, node["target"])) for node in nodes)
        violations.append(
            Violation(item["id"], item.get("impact") or "", item["help"], targets, summary)
        )
    return violations


def run_axe(page: Page, tags: list[str] | None = None) -> list[Violation]:
    """axe-core's violations on the page as it is now, for WCAG 2.0-2.2 A and AA by default."""
    _start_axe(page, tags)
    return _axe_violations(page)


Check = Callable[[Page], list[str]]


@dataclass
class _Visit:
    """One page's audit in progress: where it started in the logs."""

    page: Page
    url: str | None
    mark: tuple[int, int] = (0, 0)


def _begin(visit: _Visit) -> None:
    visit.mark = guard_of(visit.page.context).mark()
    if visit.url is not None:
        visit.page.goto(visit.url, wait_until="commit")


def _settle(visit: _Visit, interact: Callable[[Page], None] | None, axe: bool) -> None:
    visit.page.wait_for_load_state("load")
    if interact is not None:
        interact(visit.page)
    if axe:
        _start_axe(visit.page)


def _finish(visit: _Visit, axe: bool, checks: Check | None, escaped: list[str]) -> Audit:
    page, context = visit.page, visit.page.context
    violations = _axe_violations(page) if axe else []
    state = page.evaluate(_READ_STATE_SCRIPT)
    cookies = [cookie["name"] for cookie in context.cookies()]
    if state["documentCookie"]:
        cookies.append(f"document.cookie={state['documentCookie']}")
    result = Audit(
        url=page.url,
        violations=violations,
        foreign_requests=guard_of(context).since(visit.mark) + state["foreignHints"] + escaped,
        storage={"localStorage": state["localStorage"], "sessionStorage": state["sessionStorage"]},
        storage_writes=state["writes"],
        cookies=cookies,
        csp_violations=state["csp"],
        other=checks(page) if checks else [],
    )
    # Start the next audit in this context clean, so that its findings are its own.
    page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    context.clear_cookies()
    return result


def audit_many(
    pages: list[Page],
    urls: Sequence[str | None],
    *,
    interact: Callable[[Page], None] | None = exercise,
    axe: bool = True,
    checks: Check | None = None,
    trap: Sink | None = None,
) -> Iterator[Audit]:
    """Audits `urls`, len(pages) at a time: one page loads while another runs axe.

    A url of None audits the page that is already open in that lane, as it is now.

    Give each page its own context (new_context) so that storage left by one is not
    mistaken for another's. Requests that reached the sink proxy cannot be traced to one
    page: they are reported on every page of the batch they happened in.
    """
    for start in range(0, len(urls), len(pages)):
        batch = urls[start : start + len(pages)]  # the last may be short: some pages stay idle
        visits = [_Visit(page, url) for page, url in zip(pages, batch, strict=False)]
        before = len(trap.hits()) if trap else 0
        for visit in visits:
            _begin(visit)
        for visit in visits:
            _settle(visit, interact, axe)
        escaped = [f"(via proxy) {hit}" for hit in trap.new_hits(before)] if trap else []
        for visit in visits:
            yield _finish(visit, axe, checks, escaped)


def audit(
    page: Page,
    url: str | None = None,
    *,
    interact: Callable[[Page], None] | None = exercise,
    axe: bool = True,
    checks: Check | None = None,
    trap: Sink | None = None,
) -> Audit:
    """Loads `url` (or keeps the current page), uses it, then reports what it did wrong.

    Storage and cookies are cleared afterwards, so the next audit in the same context starts
    clean and its findings belong to its own page.
    """
    visit = _Visit(page, url)
    before = len(trap.hits()) if trap else 0
    _begin(visit)
    _settle(visit, interact, axe)
    escaped = [f"(via proxy) {hit}" for hit in trap.new_hits(before)] if trap else []
    return _finish(visit, axe, checks, escaped)


def sample_pages(paths: list[str], limit: int) -> list[str]:
    """Up to `limit` of `paths`, spread over every kind of page.

    Pages are grouped by their first folder and depth ("needs/x/y/" with "needs/z/w/"); each
    round takes the next page from every group, the biggest groups first.
    """
    groups: dict[tuple[str, int], list[str]] = {}
    for path in paths:
        parts = path.strip("/").split("/")
        groups.setdefault((parts[0], len(parts)), []).append(path)
    queues = sorted(groups.values(), key=len, reverse=True)
    chosen: list[str] = []
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
    return chosen

"""How Signpost copes with a county-sized directory, against plain MkDocs with Material.

For each N it writes N synthetic (valid, fictional) services beside the sample site's content,
builds them with Signpost, builds the same services as hand-written Markdown pages with plain
MkDocs and Material (the site a partnership would otherwise keep), and prints for each build
its seconds, its peak memory, and the gzipped bytes a browser transfers for the home page,
the directory and the heaviest service and list pages, counting every file each page loads.

    .venv/bin/python benchmarks/scale.py 1000 5000
    .venv/bin/python benchmarks/scale.py 20 --keep /tmp/bench    # keep the folders

Timings are one machine's: compare the two builds of the same run, not runs on two machines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import mimetypes
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import yaml

REPO = Path(__file__).resolve().parent.parent
# The most a page a family opens may transfer as it loads, gzipped, everything included: at
# 5,000 services any page; beyond, Find a service and the questionnaire (issue 14, point 3).
PAGE_LIMIT, PAGE_LIMIT_AT = 150 * 1024, 5000
SEARCH_LIMIT = 200 * 1024
SEARCH_PAGES = ("find a service", "questionnaire")

# ---------------------------------------------------------------------------------------
# Synthetic services
# ---------------------------------------------------------------------------------------

PLACES = ("Ashby", "Bramble", "Castleford", "Dunmere", "Elmstead", "Fenwick", "Glenholme",
          "Harrowby", "Ivybridge", "Juniper", "Kestrel", "Larchwood", "Marlow", "Northgate",
          "Oakhurst", "Pebblewick", "Quarry Hill", "Redmarsh", "Saltby", "Thornbury",
          "Upperton", "Valley", "Westmoor", "Yarrow", "Ashcombe", "Brookside", "Coldharbour",
          "Deepdale", "Eastfield", "Foxley", "Greenbank", "Hillcrest", "Kingsmead", "Lowfield",
          "Millside", "Newlands", "Orchard", "Parkside", "Riverside", "Southview")
KINDS = ("Family Hub", "Parenting Group", "Youth Club", "Advice Service", "Stay and Play",
         "Baby Group", "Dads Group", "Young Carers Club", "Food Pantry", "Toy Library",
         "Mentoring Project", "Counselling Service", "SEND Support Group", "Homework Club",
         "Holiday Club", "Breastfeeding Cafe", "Debt Clinic", "Housing Advice Point",
         "Sports Project", "Drama Group", "Wellbeing Service", "Recovery Group",
         "Relationship Support", "Employment Coaching", "ESOL Classes", "Autism Support",
         "Speech and Language Drop-in", "Mums Group", "Teen Talk", "Kinship Carers Group")
ORGANISATIONS = ("Borough Council Early Help", "Community Trust (charity)", "NHS Foundation "
                 "Trust", "Family Action Partnership (charity)", "Youth Alliance (charity)",
                 "Parents Forum CIC", "Citizens Advice", "Faith Communities Network",
                 "Leisure Trust", "Schools Partnership")
OPENINGS = ("Friendly help for", "Free sessions for", "Support and advice for",
            "A safe, welcoming place for", "Practical help for", "Someone to talk to for",
            "Groups and one-to-one help for")
WHO = ("parents and carers", "families with young children", "young people", "dads and male "
       "carers", "families on a low income", "children with extra needs", "teenagers",
       "kinship carers", "new parents", "young carers", "families who have moved here")
ABOUT = ("worried about money", "finding mornings hard", "struggling with behaviour",
         "feeling low or anxious", "waiting for an assessment", "new to the area",
         "looking after someone at home", "facing eviction", "affected by drinking or drugs",
         "after a separation", "wanting to get back into work", "missing school")
SENTENCES = ("We meet in a friendly room with toys, tea and a quiet corner.",
             "You can come on your own or bring a friend.",
             "Our workers have years of experience and will listen without judging.",
             "Sessions are run in small groups so everyone gets a say.",
             "We can help you fill in forms and talk to other services for you.",
             "If we cannot help, we will find someone who can.",
             "Interpreters can be booked if you tell us when you call.",
             "We work closely with schools, health visitors and the family hubs.",
             "Parking is free and the bus stops outside.",
             "Everything you tell us stays private unless someone is at risk of harm.")
AREAS = ("North", "South", "East", "West", "Central", "Riverside", "Uplands", "Coast")
LANGUAGES = ("English", "Polish", "Urdu", "Bengali", "Arabic", "Romanian", "Somali", "Punjabi",
             "Portuguese", "Tigrinya", "Ukrainian", "British Sign Language")
AGE_RANGES = ((0, 4), (0, 5), (0, 18), (0, 25), (0.5, 2), (2, 4), (4, 11), (5, 11), (8, 13),
              (11, 16), (11, 18), (13, 19), (16, 25), (18, 25), (5, 16))
HOURS = (
    [{"days": ["mon", "tue", "wed", "thu"], "open": "09:00", "close": "17:00"},
     {"days": ["fri"], "open": "09:00", "close": "16:30"}],
    [{"days": ["tue", "thu"], "open": "10:00", "close": "12:00"}],
    [{"days": ["mon", "wed"], "open": "09:30", "close": "12:30"},
     {"days": ["mon", "wed"], "open": "13:30", "close": "16:00"}],
    [{"days": ["sat"], "open": "10:00", "close": "13:00"}],
    [{"days": ["wed", "fri"], "open": "16:00", "close": "19:30"}],
)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Synthetic:
    """N fictional services written as services/<id>.yml, plus what the baseline needs."""

    services: list[dict] = field(default_factory=list)

    @staticmethod
    def make(count: int, needs: list[str], levels: list[str], today: date, seed: int = 4
             ) -> Synthetic:
        rng = random.Random(seed)
        made = Synthetic()
        for number in range(count):
            place = rng.choice(PLACES)
            kind = rng.choice(KINDS)
            name = f"{place} {kind}" + (f" {number // len(PLACES) + 1}" if number >= len(
                PLACES) else "")
            start = rng.randrange(len(levels))
            ages = rng.choice(AGE_RANGES)
            paragraphs = [" ".join(rng.sample(SENTENCES, 3)) for _ in range(2)]
            service = {
                "id": f"{slug(name)}-{number}",
                "name": name,
                "organisation": f"{place} {rng.choice(ORGANISATIONS)}",
                "summary": f"{rng.choice(OPENINGS)} {rng.choice(WHO)} {rng.choice(ABOUT)},"
                           f" in {place} and nearby.",
                "description": "\n\n".join(paragraphs) + "\n",
                "needs": rng.sample(needs, rng.choice((1, 1, 2, 2, 3))),
                "levels": levels[start:start + rng.choice((1, 2))],
                "ages": {"from": ages[0], "to": ages[1]},
                "pregnancy": ages[0] == 0 and rng.random() < 0.3,
                "access": rng.sample(["self-referral", "professional-referral", "drop-in",
                                      "appointment"], rng.choice((1, 2))),
                "delivery": rng.sample(["in-person", "online", "phone", "home-visit"],
                                       rng.choice((1, 2))),
                "cost": "free" if rng.random() < 0.75 else f"£{rng.randrange(1, 9)} a session",
                "contact": {"phone": f"{rng.choice(('020 7946 0', '0161 496 0'))}"
                                     f"{rng.randrange(1000):03d}",
                            "email": f"{slug(place)}.{number}@example.org"},
                "locations": [{"name": f"{place} Community Centre",
                               "address": f"{rng.randrange(1, 200)} High Street, {place}",
                               "postcode": f"EX{rng.randrange(1, 30)} {rng.randrange(10)}AB",
                               "confidential": rng.random() < 0.03,
                               "access": rng.sample(["step-free", "accessible-toilet",
                                                     "hearing-loop", "quiet-space"],
                                                    rng.randrange(3))}],
                "hours": rng.choice(HOURS),
                "languages": ["English"] + rng.sample(LANGUAGES[1:], rng.randrange(3)),
                "areas": rng.sample(AREAS, rng.choice((1, 2, 8))),
                "status": "temporarily-closed" if rng.random() < 0.02 else "active",
                "reviewed": (today - timedelta(days=rng.randrange(300))).isoformat(),
                "reviewed_by": "Directory team",
            }
            if service["status"] == "temporarily-closed":
                service["alert"] = "Closed while the building is repaired."
            made.services.append(service)
        return made

    def write_signpost(self, folder: Path) -> None:
        services = folder / "services"
        services.mkdir(parents=True)
        for service in self.services:
            data = {key: value for key, value in service.items() if key != "id"}
            (services / f"{service['id']}.yml").write_text(
                yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    def write_baseline(self, docs: Path, needs: dict[str, str]) -> None:
        """The same services as a partnership would write them by hand in Markdown."""
        (docs / "services").mkdir(parents=True)
        (docs / "needs").mkdir()
        by_need: dict[str, list[dict]] = {need: [] for need in needs}
        for service in self.services:
            for need in service["needs"]:
                by_need[need].append(service)
            (docs / "services" / f"{service['id']}.md").write_text(
                baseline_page(service, needs), encoding="utf-8")
        lines = ["# Find a service", ""]
        for need, name in needs.items():
            lines.append(f"- [{name}](needs/{need}.md)")
            listed = [f"- [{s['name']}](../services/{s['id']}.md): {s['summary']}"
                      for s in by_need[need]]
            (docs / "needs" / f"{need}.md").write_text(
                f"# {name}\n\n" + "\n".join(listed) + "\n", encoding="utf-8")
        (docs / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def write_light(self, docs: Path, needs: dict[str, str]) -> None:
        """The least a partnership could write by hand: a page per service and one page
        listing them all."""
        (docs / "services").mkdir(parents=True)
        listed = ["# Find a service", ""]
        for service in self.services:
            (docs / "services" / f"{service['id']}.md").write_text(
                baseline_page(service, needs), encoding="utf-8")
            listed.append(f"- [{service['name']}](services/{service['id']}.md):"
                          f" {service['summary']}")
        (docs / "index.md").write_text("\n".join(listed) + "\n", encoding="utf-8")


def baseline_page(service: dict, needs: dict[str, str]) -> str:
    place = service["locations"][0]
    hours = "\n".join(f"- {', '.join(s['days'])}: {s['open']} to {s['close']}"
                      for s in service["hours"])
    return f"""# {service['name']}

{service['summary']}

Run by {service['organisation']}.

## About this service

{service['description']}
## Who it is for

- Ages {service['ages']['from']} to {service['ages']['to']}
- Help with: {', '.join(needs[n] for n in service['needs'])}
- Areas: {', '.join(service['areas'])}

## How to get it

{', '.join(service['access'])}. Cost: {service['cost']}.

## Where

{place['name']}, {'address on request' if place['confidential'] else place['address']}

## When

{hours}

## Contact

- Phone: [{service['contact']['phone']}](tel:{service['contact']['phone'].replace(' ', '')})
- Email: [{service['contact']['email']}](mailto:{service['contact']['email']})

Languages: {', '.join(service['languages'])}. Last checked {service['reviewed']}.
"""


# ---------------------------------------------------------------------------------------
# Sites
# ---------------------------------------------------------------------------------------


def signpost_project(folder: Path, synthetic: Synthetic, *, languages: bool = False) -> Path:
    """The sample partnership's content with the synthetic services, and the repo's theme.
    Updates, and the translations of the sample's own services, name sample services, so
    they are left out. The sample's other translations (site.yml, the questionnaire, levels,
    consent, contacts) are kept with `languages`; without, the site is English only, as the
    baselines are."""
    left_out = ("updates", "services") if languages else ("updates", "translations")
    shutil.copytree(REPO / "content", folder / "content",
                    ignore=shutil.ignore_patterns(*left_out))
    synthetic.write_signpost(folder)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = [str(REPO / hook) for hook in config["hooks"]]
    config["theme"]["custom_dir"] = str(REPO / config["theme"]["custom_dir"])
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False),
                                       encoding="utf-8")
    return folder / "mkdocs.yml"


def baseline_project(folder: Path, synthetic: Synthetic, needs: dict[str, str]) -> Path:
    """Plain MkDocs and Material, with search, a short menu and the services out of it."""
    synthetic.write_baseline(folder / "docs", needs)
    config = {
        "site_name": "Family Help",
        "theme": {"name": "material", "font": False},
        "nav": [{"Home": "index.md"}] + [{name: f"needs/{need}.md"}
                                         for need, name in needs.items()],
        "not_in_nav": "/services/\n",
        "plugins": ["search"],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False),
                                       encoding="utf-8")
    return folder / "mkdocs.yml"


def light_project(folder: Path, synthetic: Synthetic, needs: dict[str, str]) -> Path:
    """Plain MkDocs and Material as they come (search on), a page per service and one listing
    page, the services out of the menu: the lighter baseline."""
    synthetic.write_light(folder / "docs", needs)
    config = {
        "site_name": "Family Help",
        "theme": {"name": "material", "font": False},
        "nav": [{"Home": "index.md"}],
        "not_in_nav": "/services/\n",
        "plugins": ["search"],
    }
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False),
                                       encoding="utf-8")
    return folder / "mkdocs.yml"


# The two sites Signpost is compared with, by the name the report gives them.
PLAIN = "plain MkDocs + Material"  # hand-typed: a page per service, a page per need
LIGHT = "light MkDocs + Material"  # a page per service, one listing page
BUILD_TARGET = 0.8  # the most Signpost's build may take, as a share of each baseline's


@dataclass(frozen=True)
class Build:
    seconds: float  # wall-clock
    cpu_seconds: float  # user + system: what the build itself used, whatever else runs
    peak_mb: float
    site: Path


def build(config: Path, today: date) -> Build:
    """`mkdocs build` in its own process: wall time and that process's peak memory."""
    site = config.parent / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=today.isoformat())
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"mkdocs build failed for {config}:\n{errors.decode()[-3000:]}")
    return Build(seconds, usage.ru_utime + usage.ru_stime,
                 usage.ru_maxrss / 1024, site)  # ru_maxrss is in KB on Linux


# ---------------------------------------------------------------------------------------
# What a page transfers
# ---------------------------------------------------------------------------------------


class _Loads(HTMLParser):
    """The files a page asks for as it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []
        self.material_config: str = ""
        self.data: list[str] = []  # the data files its scripts fetch at load
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        rel = (found.get("rel") or "").split()
        if tag == "script" and found.get("src"):
            self.files.append(found["src"])
        elif tag == "link" and found.get("href") and ({"stylesheet", "icon", "modulepreload"}
                                                       & set(rel)):
            self.files.append(found["href"])
        elif tag == "img" and found.get("src"):
            self.files.append(found["src"])
        # Find a service's index (finder/find-index.js), the questionnaire's help.json
        # (questionnaire/questionnaire.js): each names, as "later", what its first use fetches.
        for attribute in ("data-index", "data-sp-data"):
            if found.get(attribute):
                self.data.append(str(found[attribute]))
        self._in_config = tag == "script" and found.get("id") == "__config"

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.material_config += data

    def handle_endtag(self, tag: str) -> None:
        self._in_config = False


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def _read(site: Path, page: str) -> tuple[str, _Loads]:
    loads = _Loads()
    loads.feed((site / page).read_text(encoding="utf-8"))
    return "/" + page, loads


def _local(urls: list[str]) -> list[str]:
    paths = [urlsplit(url).path.lstrip("/") for url in urls if not urlsplit(url).netloc]
    return list(dict.fromkeys(paths))


def page_loads(site: Path, page: str) -> list[str]:
    """Every file of `site` a browser fetches as `page` (a path such as services/index.html)
    loads, before anyone uses it: the page, its scripts, styles and images, Material's search
    worker and index when search is on, and the data files its scripts fetch at load."""
    base, loads = _read(site, page)
    wanted = [base] + [urljoin(base, f) for f in loads.files + loads.data]
    if loads.material_config.strip():
        config = json.loads(loads.material_config)
        if config.get("search"):
            wanted.append(urljoin(base, config["search"]))
            wanted.append(urljoin(urljoin(base, config["base"] + "/"), "search/search_index.json"))
    return _local(wanted)


def first_use(site: Path, page: str) -> list[str]:
    """The files `page` fetches on its first use, whatever is chosen: every "later" file its
    data files name, in order (the same for every family: tests/browser/test_same_requests.py)."""
    base, loads = _read(site, page)
    wanted = []
    for data in loads.data:
        url = urljoin(base, data)
        named = json.loads((site / urlsplit(url).path.lstrip("/")).read_text(encoding="utf-8"))
        wanted += [urljoin(url, later) for later in named.get("later", [])]
    return _local(wanted)


def transfer(site: Path, paths: list[str]) -> int:
    return sum(gzipped((site / path).read_bytes()) for path in paths)


def limit(what: str, services: int) -> int | None:
    """The target a page's transfer at load is held to, if any."""
    if services <= PAGE_LIMIT_AT:
        return PAGE_LIMIT
    return SEARCH_LIMIT if what in SEARCH_PAGES else None


def heaviest(site: Path, folder: str, pattern: str = "*/index.html") -> str:
    """The largest page under a folder: the worst case a family could open."""
    pages = [p for p in (site / folder).glob(pattern) if p.is_file()]
    return max(pages, key=lambda p: p.stat().st_size).relative_to(site).as_posix()


@dataclass(frozen=True)
class Result:
    services: int
    signpost: Build
    baselines: dict[str, Build]  # by name: PLAIN, LIGHT
    # (build, what, page, gzipped bytes at load, gzipped bytes its first use adds)
    transfers: list[tuple[str, str, str, int, int]]


def fastest(configs: list[Path], today: date, repeat: int) -> list[Build]:
    """The quickest of `repeat` builds of each project, taken in turns so that other work on
    the machine slows each about as much: it only ever makes a build slower."""
    runs = [[build(config, today) for config in configs] for _ in range(repeat)]
    return [min(builds, key=lambda b: b.seconds) for builds in zip(*runs, strict=True)]


def needs_and_levels() -> tuple[dict[str, str], list[str]]:
    """The sample partnership's needs (id: name) and level ids, lowest first."""
    needs = {n["id"]: n["name"] for n in yaml.safe_load(
        (REPO / "content" / "needs.yml").read_text(encoding="utf-8"))}
    levels = [lv["id"] for lv in sorted(yaml.safe_load(
        (REPO / "content" / "levels.yml").read_text(encoding="utf-8")),
        key=lambda lv: lv["number"])]
    return needs, levels


def measure(count: int, work: Path, today: date, *, baseline: bool = True, repeat: int = 1
            ) -> Result:
    needs, levels = needs_and_levels()
    synthetic = Synthetic.make(count, list(needs), levels, today)
    configs = [signpost_project(work / f"signpost-{count}", synthetic)]
    names = [PLAIN, LIGHT] if baseline else []
    if baseline:
        configs.append(baseline_project(work / f"baseline-{count}", synthetic, needs))
        configs.append(light_project(work / f"light-{count}", synthetic, needs))
    builds = fastest(configs, today, repeat)
    signpost, baselines = builds[0], dict(zip(names, builds[1:], strict=True))
    sites = [("Signpost", signpost.site, {
        "home": "index.html",
        "find a service": "services/index.html",
        "questionnaire": "what-help-fits-us/index.html",
        "heaviest need list": heaviest(signpost.site, "needs"),
        "heaviest service": heaviest(signpost.site, "services"),
    })]
    if PLAIN in baselines:
        sites.append((PLAIN, baselines[PLAIN].site, {
            "home": "index.html",
            "heaviest need list": heaviest(baselines[PLAIN].site, "needs"),
            "heaviest service": heaviest(baselines[PLAIN].site, "services"),
        }))
    transfers = [(name, what, page, transfer(site, page_loads(site, page)),
                  transfer(site, first_use(site, page)))
                 for name, site, pages in sites for what, page in pages.items()]
    return Result(count, signpost, baselines, transfers)


# ---------------------------------------------------------------------------------------
# Lighthouse, on the built site served locally as a host would (gzip)
# ---------------------------------------------------------------------------------------

LIGHTHOUSE = REPO / "node_modules" / ".bin" / "lighthouse"  # npm, pinned in package.json
CHROMIUM = "/usr/bin/chromium"  # Debian's
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking"
                " --disable-component-update --disable-sync --no-first-run")
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml",
              "application/xml", "application/atom+xml")
PERFORMANCE_TARGET, ACCESSIBILITY_TARGET = 98, 100
LIGHTHOUSE_AT = 5000  # services: Lighthouse runs on the site of the size nearest this


def site_handler(site: Path) -> type[BaseHTTPRequestHandler]:
    """Serves `site` as a static host does: index.html for a folder, text gzipped when the
    browser accepts it, 404 for anything missing."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = site / unquote(urlsplit(self.path).path).lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            if site.resolve() not in path.resolve().parents or not path.is_file():
                self.send_error(404)
                return
            body = path.read_bytes()
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            if kind.startswith(COMPRESSED) and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, compresslevel=6)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - its name
            pass

    return Handler


@contextmanager
def served(site: Path) -> Iterator[str]:
    """The site on 127.0.0.1 while the block runs: its base address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), site_handler(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class Score:
    page: str
    performance: int
    accessibility: int
    lcp_seconds: float


def lighthouse(url: str) -> Score:
    """Mobile Lighthouse (its default: a mid-range phone on simulated slow 4G), performance
    and accessibility only."""
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    done = subprocess.run(
        [str(LIGHTHOUSE), url, "--only-categories=performance,accessibility", "--quiet",
         "--output=json", "--output-path=stdout", f"--chrome-flags={CHROME_FLAGS}"],
        capture_output=True, text=True, env=env, check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    found = json.loads(done.stdout)
    categories = found["categories"]
    return Score(url, round(categories["performance"]["score"] * 100),
                 round(categories["accessibility"]["score"] * 100),
                 found["audits"]["largest-contentful-paint"]["numericValue"] / 1000)


def lighthouse_pages(site: Path) -> dict[str, str]:
    """The four pages the targets name, by what they are."""
    return {"home": "", "find a service": "services/", "questionnaire": "what-help-fits-us/",
            "a service page": heaviest(site, "services").removesuffix("index.html")}


def lighthouse_report(count: int, site: Path) -> str:
    lines = [f"| Services | Page | Performance (target {PERFORMANCE_TARGET}) |"
             f" Accessibility (target {ACCESSIBILITY_TARGET}) | Largest paint (s) |",
             "|---:|---|---:|---:|---:|"]
    with served(site) as base:
        for what, page in lighthouse_pages(site).items():
            score = lighthouse(base + page)
            lines.append(f"| {count:,} | {what} (`/{page}`) | {score.performance} |"
                         f" {score.accessibility} | {score.lcp_seconds:.1f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# The editors' preview: `mkdocs serve`, an edit to a service file, the page changed
# ---------------------------------------------------------------------------------------

PREVIEW_TARGET = 3.0  # seconds from saving a service file to the served page showing it


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:  # noqa: S310 - our own server
            return str(answer.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, wanted: str, deadline: float) -> float | None:
    """When the page at `url` first contains `wanted` (perf_counter), or None by the deadline."""
    while time.perf_counter() < deadline:
        page = fetch(url)
        if page is not None and wanted in page:
            return time.perf_counter()
        time.sleep(0.05)
    return None


def process_cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user and system) a running process has used so far, where /proc says."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Shown:
    """One edit: seconds from saving it to the served page showing it, and the CPU seconds
    the serving process used meanwhile (None where /proc cannot say)."""

    seconds: float
    cpu_seconds: float | None


def preview(config: Path, today: date, edits: int = 3, limit: float = 300.0) -> list[Shown]:
    """For each of `edits` edits to the same service, how soon `make serve`'s preview shows
    it and the CPU time that took (the first build is not timed)."""
    services = sorted((config.parent / "services").glob("*.yml"))
    service = services[len(services) // 2]
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SIGNPOST_TODAY=today.isoformat())
    url = f"http://127.0.0.1:{port}/services/{service.stem}/"
    server = subprocess.Popen(  # as `make serve` runs it
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(config),
         "-a", f"127.0.0.1:{port}"],
        env=dict(env, SIGNPOST_PREVIEW="1"), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    original = service.read_text(encoding="utf-8")
    times = []
    try:
        if wait_for(url, "</html>", time.perf_counter() + limit) is None:
            raise RuntimeError(f"mkdocs serve did not serve {url} within {limit:.0f} s")
        for number in range(1, edits + 1):
            words = f"Edited for the preview, number {number}"
            edited = re.sub(r"(?m)^summary: .*$", f"summary: {words}.", original, count=1)
            time.sleep(1.0)  # let the previous build settle
            cpu_before = process_cpu_seconds(server.pid)
            saved = time.perf_counter()
            service.write_text(edited, encoding="utf-8")
            shown = wait_for(url, words, saved + limit)
            if shown is None:
                raise RuntimeError(f"the edit did not show on {url} within {limit:.0f} s")
            cpu_after = process_cpu_seconds(server.pid)
            times.append(Shown(shown - saved, None if cpu_before is None or cpu_after is None
                               else cpu_after - cpu_before))
    finally:
        service.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return times


def preview_report(count: int, times: list[Shown]) -> str:
    worst = max(t.seconds for t in times)
    verdict = (f"within {PREVIEW_TARGET:.0f} s" if worst <= PREVIEW_TARGET
               else f"OVER {PREVIEW_TARGET:.0f} s")
    shown = ", ".join(f"{t.seconds:.1f}" for t in times)
    lines = [f"| Services | Edit to page shown, seconds (target {PREVIEW_TARGET:.0f} s) |",
             "|---:|---|", f"| {count:,} | {shown} (worst {worst:.1f}, {verdict}) |"]
    cpu = [t.cpu_seconds for t in times]
    if None not in cpu:  # what the serving process used meanwhile, whatever else ran
        lines += ["", "| Services | CPU seconds of the serving process, save to page shown |",
                  "|---:|---|", f"| {count:,} | {', '.join(f'{c:.1f}' for c in cpu)} |"]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------


def within(ratio: float) -> str:
    target = f"{BUILD_TARGET:.1f}x"
    return f"{ratio:.2f}x" + (f" (within {target})" if ratio <= BUILD_TARGET
                              else f" (OVER {target})")


def report(results: list[Result]) -> str:
    lines = ["| Services | Build | Seconds | CPU seconds | Peak memory (MB) |",
             "|---:|---|---:|---:|---:|"]
    for r in results:
        for name, b in [("Signpost", r.signpost), *r.baselines.items()]:
            lines.append(f"| {r.services:,} | {name} | {b.seconds:.1f} | {b.cpu_seconds:.1f} |"
                         f" {b.peak_mb:.0f} |")
        for name, b in r.baselines.items():
            lines.append(f"| {r.services:,} | Signpost ÷ {name.split()[0]} |"
                         f" {within(r.signpost.seconds / b.seconds)} |"
                         f" {within(r.signpost.cpu_seconds / b.cpu_seconds)} | |")
    lines += ["", "| Services | Build | Page | At load, gzipped, everything it loads |"
              " First use adds |", "|---:|---|---|---:|---:|"]
    for r in results:
        for name, what, page, size, later in r.transfers:
            most = limit(what, r.services)
            flag = ("" if most is None else f" (within {most // 1024} KB)" if size <= most
                    else f" (OVER {most // 1024} KB)")
            added = f"{later / 1024:.0f} KB" if later else "nothing"
            lines.append(f"| {r.services:,} | {name} | {what} (`{page}`) |"
                         f" {size / 1024:.0f} KB{flag} | {added} |")
    return "\n".join(lines)


def languages_report(count: int, work: Path, today: date, english: Build) -> str:
    """The same site built again with the sample's languages: what each page they add costs,
    against what a page of the English site costs (a language must cost no more than the
    pages it adds)."""
    needs, levels = needs_and_levels()
    config = signpost_project(work / f"languages-{count}", Synthetic.make(
        count, list(needs), levels, today), languages=True)
    built = build(config, today)
    codes = sorted(path.name for path in (REPO / "content" / "translations").iterdir()
                   if path.is_dir())
    english_pages = len(list(english.site.rglob("*.html")))
    added = len(list(built.site.rglob("*.html"))) - english_pages
    per_english = english.cpu_seconds / english_pages
    per_added = (built.cpu_seconds - english.cpu_seconds) / max(added, 1)
    verdict = "within" if per_added <= per_english else "OVER"
    return "\n".join([
        f"With the sample's languages ({', '.join(codes)}), {count} services:",
        "",
        "| services | English | with languages | pages added | CPU ms a page added |"
        " CPU ms a page in English | target |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| {count} | {english.cpu_seconds:.1f} CPU s | {built.cpu_seconds:.1f} CPU s,"
        f" {built.peak_mb:.0f} MB | {added} | {per_added * 1000:.1f} |"
        f" {per_english * 1000:.1f} | {verdict} |",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1000, 5000],
                        help="how many services to generate (default: 1000 5000)")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--no-baseline", action="store_true",
                        help="build with Signpost only")
    parser.add_argument("--repeat", type=int, default=1,
                        help="build each site this many times and keep the fastest")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="build as of this date, YYYY-MM-DD (default: the real date)")
    parser.add_argument("--lighthouse", action="store_true",
                        help="run mobile Lighthouse on four pages of the Signpost site nearest"
                             " 5000 services"
                             " (needs npm's lighthouse, package.json, and /usr/bin/chromium)")
    parser.add_argument("--languages", action="store_true",
                        help="build the largest size again with the sample's translations and"
                             " say what each page a language adds costs")
    parser.add_argument("--preview", type=int, metavar="N",
                        help="time `mkdocs serve` showing an edit to a service file, with N"
                             " services (the issue's target is at 1000)")
    args = parser.parse_args(argv)
    today = args.today
    work = args.keep or Path(tempfile.mkdtemp(prefix="signpost-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = []
        for count in args.counts:
            results.append(measure(count, work, today, baseline=not args.no_baseline,
                                   repeat=args.repeat))
            print(f"built {count} services", file=sys.stderr)
        print(report(results))
        if args.lighthouse and results:  # the targets are at 5,000 services
            chosen = min(results, key=lambda r: abs(r.services - LIGHTHOUSE_AT))
            print()
            print(lighthouse_report(chosen.services, chosen.signpost.site), flush=True)
        if args.languages and results:
            largest = max(results, key=lambda r: r.services)
            print()
            print(languages_report(largest.services, work, today, largest.signpost),
                  flush=True)
        if args.preview:
            needs, levels = needs_and_levels()
            folder = work / f"preview-{args.preview}"
            shutil.rmtree(folder, ignore_errors=True)
            config = signpost_project(folder, Synthetic.make(args.preview, list(needs), levels,
                                                             today))
            print()
            print(preview_report(args.preview, preview(config, today)), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

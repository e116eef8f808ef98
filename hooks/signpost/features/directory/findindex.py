"""The index that lets "Find a service" filter and search in the browser, at any size, while
what the page fetches never depends on what a family chooses or types.

Only the Find a service page loads it (Material's own search index is loaded by every page,
so services stay out of it). Every family's browser asks for the same files in the same
order:

- as the page loads, `index.json`: the filters on show, laid out in columns (below), and the
  cards of the first services (the list before anything is chosen). About three bytes a
  service, gzipped.
- on the first use of the finder (a focus, tap, key or change anywhere in it, whatever it
  is), every file in `index.json`'s `later`, in that order: `more.json` (the columns of "More
  filters"), `words.json` (the search words of every service: name, organisation and
  summary, as an inverted index) and every `cards/<k>.json` (what a result shows: name,
  summary, contact, for services k * CARDS_PER_FILE onwards). A file that failed is asked
  for again on the next use; nothing else is ever fetched. A result waits for its card file,
  a search for the words and a "More filters" choice for `more.json`.

All of them live in `directory/<hash>/`, named by a hash of what they hold, so a browser never
mixes files from two builds. Words are normalised the same way here and in the browser
(`words_in` here, `wordsIn` in features/directory/assets/finder/words.js): lowercase, accents and
apostrophes dropped, split on anything that is not a letter or digit, simple plurals made
singular ("families", "carers"; not "crisis" or "anxious"), very common words left out. A
search word finds every word it starts.

The layout of `index.json` and `more.json`, written here from `COLUMNS` and read by name in
`features/directory/assets/finder/find-index.js` (nothing is read by position)::

    {
      "count": 64,                     the number of services; service n is the nth of them all
      "columns": {                     one entry per Column in COLUMNS, in that order, with
                                       at_load (more.json: the others, and nothing else)
        "needs": {
          "kind": "set",               "set": a service has any number of the choices
                                       "flag": a service is on or off, and there are no choices
          "choices": ["money-housing", ...],   the ids a filter offers (a need, a level, ...)
          "words": ["money debt housing rent arrear ...", ...],  per choice, its search words
                                       (only for a column whose choices are searched too)
          "combos": [[1], [4, 3, 0], ...],  the sets of choices services have (positions in
                                       choices), the commonest first
          "width": 1,                  digits a service in values: 2 beyond 64 combos
          "values": "0a01..."          service n's combo number: digits n * width onwards,
                                       most significant first, in DIGITS
        },
        "free": {"kind": "flag", "values": "1101..."},   service n is on when digit n is "1"
        ...
      },
      "stopWords": [...],              so the browser leaves out the same words as words_in
      "first": [card, ...],            the cards of services 0 to FIRST_CARDS - 1
      "later": ["more.json", "words.json", "cards/0.json", ...],  fetched on first use, in
                                       this order, each beside this file
      "more": "more.json",             the columns of "More filters"
      "words": "words.json",           the search words: {"terms": [sorted words],
                                       "postings": per term, its services as gaps in base 36}
      "cards": "cards/",               the cards' folder
      "cardsPerFile": 500              service n's card is item n % 500 of cards/<n // 500>.json
    }

Each column is named as the finder's form field that filters by it (`data-sp-filter` in
templates/directory.html), so the browser matches a field to its column by name. A service
passes a column's filter when it has any of the choices picked there (a flag: when it is on).
A column is one string over all services rather than a field in each service's row, and a
service's value is a number standing for the set of choices it has: gzip packs a string of
like digits far better than lists of numbers. A card's keys are kept short (`_card`).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

from signpost import model, urls, words
from signpost.compact import gaps
from signpost.features.directory.agegroups import AGE_GROUPS, groups_of
from signpost.features.directory.listings import Listings, card_meta
from signpost.model import Content, Service
from signpost.translations.translated import InEnglish

FOLDER = "directory"
CARDS_PER_FILE = 500
FIRST_CARDS = 20  # at least PAGE in assets/finder/results.js: the list before any choice
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"  # find-index.js too
# Words in nearly every service or every question: searching for them would find nothing new.
# A word list reads best as words, not as quoted items: hence SIM905's exception below.
STOP_WORDS = frozenset(
    "a about all also an and any are as at be been but by can do for from get got has have help"  # noqa: SIM905
    " i if in into is it me my not of on or our out service so some support than that the"
    " their them then there they this to up us was we were what when where who will with you"
    " your".split())

SET, FLAG = "set", "flag"  # the kinds of column: see the layout above


@dataclass(frozen=True)
class Column:
    """One filter's column of the index: see the layout in this module's docstring."""

    name: str  # also the data-sp-filter name of the form field filtering by it
    kind: str  # SET or FLAG
    of: Callable[[Service], Iterable[str] | bool]  # a service's choices (a flag: on or off)
    searched: bool = False  # search words also find services through their choices' words
    at_load: bool = True  # in index.json (a filter on show), else in more.json


COLUMNS = (
    Column("needs", SET, lambda s: s.needs, searched=True),
    Column("groups", SET, lambda s: [g.id for g in groups_of(s)]),
    Column("free", FLAG, lambda s: s.free),
    # "More filters": folded away until the finder is used, so loaded with what comes later.
    Column("levels", SET, lambda s: s.levels, at_load=False),
    Column("access", SET, lambda s: s.access, at_load=False),
    Column("delivery", SET, lambda s: s.delivery, at_load=False),
    Column("areas", SET, lambda s: s.areas, searched=True, at_load=False),
    Column("languages", SET, lambda s: s.languages, searched=True, at_load=False),
)


def without_accents(text: str) -> str:
    """`text` with the accents of Latin letters dropped (café -> cafe), and every other
    script's marks kept: a Bengali or Urdu vowel sign is part of its word, not an accent."""
    kept: list[str] = []
    latin = False  # whether the letter the marks belong to is Latin
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.category(c).startswith("M"):
            if not latin:
                kept.append(c)
            continue
        latin = unicodedata.name(c, "").startswith("LATIN")
        kept.append(c)
    return "".join(kept)


def letter_runs(text: str) -> list[str]:
    """The runs of letters, digits and marks in `text` (a vowel sign is part of its word)."""
    runs, run = [], ""
    for c in text:
        if unicodedata.category(c)[0] in "LNM":
            run += c
        elif run:
            runs.append(run)
            run = ""
    return runs + [run] if run else runs


def words_in(text: str) -> list[str]:
    """Search words as the browser makes them from what a family types."""
    plain = text.lower()
    if not plain.isascii():
        plain = without_accents(plain)
    found = []
    for word in letter_runs(plain.replace("'", "").replace("\u2019", "")):
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and word[-2] not in "siu":
            word = word[:-1]
        if word not in STOP_WORDS:
            found.append(word)
    return found


def _joined_words(texts: list[str] | tuple[str, ...]) -> str:
    return " ".join(dict.fromkeys(w for text in texts for w in words_in(text)))


def _positions(items: list[str]) -> dict[str, int]:
    return {item: number for number, item in enumerate(items)}


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _digits(number: int, width: int) -> str:
    """`number` in DIGITS, `width` digits long, most significant first."""
    text = ""
    for _ in range(width):
        number, rest = divmod(number, len(DIGITS))
        text = DIGITS[rest] + text
    return text


@dataclass(frozen=True)
class FindIndex:
    folder: str  # e.g. directory/3f2a9c1b7d04/
    files: dict[str, bytes]  # site path -> bytes

    @property
    def index_path(self) -> str:
        return self.folder + "index.json"


def build(content: Content, listings: Listings, site_urls: urls.Urls,
          said: words.Words | None = None) -> FindIndex:
    """The index, its cards' lines in `said`'s language (English without one)."""
    services, areas, languages = listings.services, listings.areas, listings.languages
    choices: dict[str, list[str]] = {
        "needs": list(content.needs),
        "levels": list(content.levels),
        "groups": [group.id for group in AGE_GROUPS],
        "access": list(model.ACCESS),
        "delivery": list(model.DELIVERY),
        "areas": areas,
        "languages": languages,
    }
    # What search words find each choice by: a need's name and its other words, say.
    texts: dict[str, list[list[str]]] = {
        "needs": [[n.name, *n.also] for n in content.needs.values()],
        "areas": [[a] for a in areas],
        "languages": [[lang] for lang in languages],
    }
    columns = {column.name: _column(column, services, choices, texts) for column in COLUMNS}
    card_files = {f"cards/{start // CARDS_PER_FILE}.json": _compact(
        [_card(service, site_urls, said) for service in services[start:start + CARDS_PER_FILE]])
        for start in range(0, len(services), CARDS_PER_FILE)}
    index = {
        "count": len(services),
        "columns": {c.name: columns[c.name] for c in COLUMNS if c.at_load},
        "stopWords": sorted(STOP_WORDS),  # so the browser leaves out the same words
        "first": [_card(service, site_urls, said) for service in services[:FIRST_CARDS]],
        "later": ["more.json", "words.json", *card_files],
        "more": "more.json",
        "words": "words.json",
        "cards": "cards/",
        "cardsPerFile": CARDS_PER_FILE,
    }
    files = {
        "index.json": _compact(index),
        "more.json": _compact({"columns": {c.name: columns[c.name] for c in COLUMNS
                                           if not c.at_load}}),
        "words.json": _compact(_words(services)),
        **card_files,
    }
    digest = hashlib.sha256()
    for name, data in files.items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    folder = f"{FOLDER}/{digest.hexdigest()[:12]}/"
    return FindIndex(folder, {folder + name: data for name, data in files.items()})


def _column(column: Column, services: tuple[Service, ...], choices: dict[str, list[str]],
            texts: dict[str, list[list[str]]]) -> dict[str, object]:
    """One column of the index, as its docstring lays it out."""
    if column.kind == FLAG:
        return {"kind": FLAG, "values": "".join("1" if column.of(s) else "0" for s in services)}
    offered = choices[column.name]
    at = _positions(offered)
    found: dict[str, object] = {"kind": column.kind, "choices": offered}
    if column.searched:
        found["words"] = [_joined_words(words) for words in texts[column.name]]
    sets = [tuple(at[c] for c in cast(Iterable[str], column.of(s))) for s in services]
    # The same set in another order is the same combo: the first order seen is kept.
    first_seen = {frozenset(chosen): chosen for chosen in reversed(sets)}
    combos = [first_seen[key] for key, _ in Counter(frozenset(c) for c in sets).most_common()]
    number = {frozenset(combo): place for place, combo in enumerate(combos)}
    width = 1
    while len(DIGITS) ** width < len(combos):
        width += 1
    found.update(combos=[list(combo) for combo in combos], width=width,
                 values="".join(_digits(number[frozenset(c)], width) for c in sets))
    return found


def _words(services: tuple[Service, ...]) -> dict[str, list[str]]:
    """Each word, and the numbers of the services using it as gaps in base 36: "0,3,1a"."""
    postings: dict[str, list[int]] = {}
    for number, service in enumerate(services):
        for word in set(words_in(" ".join((service.name, service.organisation,
                                           service.summary)))):
            postings.setdefault(word, []).append(number)
    terms = sorted(postings)
    return {"terms": terms, "postings": [gaps(postings[term]) for term in terms]}


def _card(s: Service, site_urls: urls.Urls, said: words.Words | None) -> dict[str, object]:
    """What a result shows; read by assets/finder/results.js (keys kept short: there is one
    per service)."""
    card: dict[str, object] = {
        "u": site_urls.link(urls.service(s.id), urls.DIRECTORY),
        "n": s.name,
        "s": s.summary,
        "m": card_meta(s, said),
    }
    if s.contact.phone:
        card["p"] = [s.contact.phone.text, s.contact.phone.tel]
    if s.contact.email:
        card["e"] = s.contact.email
    if s.contact.web:
        card["w"] = s.contact.web
    if s.status == "temporarily-closed":
        card["c"] = s.alert or ""
    elif s.alert:
        card["a"] = s.alert
    # On a translated site: the keys of the text a translation lacks, shown in English (the
    # script marks it lang="en"; a summary also says "(in English)", as the lists' cards do).
    english = [key for key, value in card.items() if isinstance(value, InEnglish)]
    if english:
        card["l"] = english
    return card

"""The index that lets "Find a service" filter and search in the browser, at any size.

Only the Find a service page loads it, and only in parts, so that no page grows with the
directory (Material's own search index is loaded by every page, so services stay out of it):

- `index.json`: the filters' choices and, per service, small numbers saying which needs, age
  groups, levels and so on it has, laid out in columns (below). A few dozen bytes a service.
- `words.json`: the search words of every service (name, organisation and summary) as an
  inverted index, fetched when someone first uses the search box.
- `cards/<k>.json`: what a result shows (name, summary, contact) for services k * CARDS_PER_FILE
  onwards, fetched only for the results on screen. A handful of services a file keeps the
  files few (a build writes one per file) and what a family fetches small, even when the
  results on screen are far apart in the directory.

All three live in `directory/<hash>/`, named by a hash of what they hold, so a browser never
mixes files from two builds. Words are normalised the same way here and in the browser
(`words_in` here, `wordsIn` in features/directory/assets/finder/words.js): lowercase, accents and
apostrophes dropped, split on anything that is not a letter or digit, simple plurals made
singular ("families", "carers"; not "crisis" or "anxious"), very common words left out. A
search word finds every word it starts.

The layout of `index.json`, written here from `COLUMNS` and read by name in
`features/directory/assets/finder/find-index.js` (nothing is read by position)::

    {
      "count": 64,                     the number of services; service n is the nth of them all
      "columns": {                     one entry per Column in COLUMNS, in that order
        "needs": {
          "kind": "list",              "list": values[n] is a list of positions in choices
                                       "mask": values[n] has bit i set for choices[i]
                                       "flag": values[n] is 1 or 0, and there are no choices
          "choices": ["money-housing", ...],   the ids a filter offers (a need, a level, ...)
          "words": ["money debt housing rent arrear ...", ...],  per choice, its search words
                                       (only for a column whose choices are searched too)
          "values": [[1], [4, 3, 0, 9], ...]    one per service: the column itself
        },
        "levels": {"kind": "mask", "choices": [...], "values": [12, 3, ...]},
        "free": {"kind": "flag", "values": [1, 0, ...]},
        ...
      },
      "stopWords": [...],              so the browser leaves out the same words as words_in
      "words": "words.json",           the search words' file, beside this one
      "cards": "cards/",               the cards' folder, beside this one
      "cardsPerFile": 8                service n's card is item n % 8 of cards/<n // 8>.json
    }

Each column is named as the finder's form field that filters by it (`data-sp-filter` in
templates/directory.html), so the browser matches a field to its column by name. A service
passes a column's filter when it has any of the choices picked there (a flag: when it is 1).
A column is one array over all services rather than a field in each service's row: the names
are written once, not once a service, and gzip packs a column of like numbers better.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

from signpost import model, urls
from signpost.features.directory.agegroups import AGE_GROUPS, groups_of
from signpost.features.directory.listings import Listings, card_meta
from signpost.model import Content, Service

FOLDER = "directory"
CARDS_PER_FILE = 8
# Words in nearly every service or every question: searching for them would find nothing new.
# A word list reads best as words, not as quoted items: hence SIM905's exception below.
STOP_WORDS = frozenset(
    "a about all also an and any are as at be been but by can do for from get got has have help"  # noqa: SIM905
    " i if in into is it me my not of on or our out service so some support than that the"
    " their them then there they this to up us was we were what when where who will with you"
    " your".split())
WORD = re.compile(r"[^\W_]+")

LIST, MASK, FLAG = "list", "mask", "flag"  # the kinds of column: see the layout above


@dataclass(frozen=True)
class Column:
    """One filter's column of the index: see the layout in this module's docstring."""

    name: str  # also the data-sp-filter name of the form field filtering by it
    kind: str  # LIST, MASK or FLAG
    of: Callable[[Service], Iterable[str] | bool]  # a service's choices (a flag: on or off)
    searched: bool = False  # search words also find services through their choices' words


COLUMNS = (
    Column("needs", LIST, lambda s: s.needs, searched=True),
    Column("levels", MASK, lambda s: s.levels),
    Column("groups", MASK, lambda s: [g.id for g in groups_of(s)]),
    Column("free", FLAG, lambda s: s.free),
    Column("access", MASK, lambda s: s.access),
    Column("delivery", MASK, lambda s: s.delivery),
    Column("areas", LIST, lambda s: s.areas, searched=True),
    Column("languages", LIST, lambda s: s.languages, searched=True),
)
MASK_BITS = 31  # a mask is read with JavaScript's 32-bit bitwise operators


def words_in(text: str) -> list[str]:
    """Search words as the browser makes them from what a family types."""
    plain = text.lower()
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain)
                        if not unicodedata.category(c).startswith("M"))
    found = []
    for word in WORD.findall(plain.replace("'", "").replace("\u2019", "")):
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


def _mask(chosen: tuple[str, ...] | list[str], positions: dict[str, int]) -> int:
    return sum(1 << positions[item] for item in chosen)


def _compact(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text


@dataclass(frozen=True)
class FindIndex:
    folder: str  # e.g. directory/3f2a9c1b7d04/
    files: dict[str, bytes]  # site path -> bytes

    @property
    def index_path(self) -> str:
        return self.folder + "index.json"


def build(content: Content, listings: Listings, site_urls: urls.Urls) -> FindIndex:
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
    index = {
        "count": len(services),
        "columns": {column.name: _column(column, services, choices, texts)
                    for column in COLUMNS},
        "stopWords": sorted(STOP_WORDS),  # so the browser leaves out the same words
        "words": "words.json",
        "cards": "cards/",
        "cardsPerFile": CARDS_PER_FILE,
    }
    files = {"index.json": _compact(index), "words.json": _compact(_words(services))}
    for start in range(0, len(services), CARDS_PER_FILE):
        files[f"cards/{start // CARDS_PER_FILE}.json"] = _compact(
            [_card(service, site_urls) for service in services[start:start + CARDS_PER_FILE]])
    digest = hashlib.sha256()
    for name, data in files.items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    folder = f"{FOLDER}/{digest.hexdigest()[:12]}/"
    return FindIndex(folder, {folder + name: data for name, data in files.items()})


def _column(column: Column, services: tuple[Service, ...], choices: dict[str, list[str]],
            texts: dict[str, list[list[str]]]) -> dict[str, object]:
    """One column of the index, as its docstring lays it out."""
    if column.kind == FLAG:
        return {"kind": FLAG, "values": [int(bool(column.of(s))) for s in services]}
    offered = choices[column.name]
    at = _positions(offered)
    found: dict[str, object] = {"kind": column.kind, "choices": offered}
    if column.searched:
        found["words"] = [_joined_words(words) for words in texts[column.name]]
    if column.kind == MASK:
        assert len(offered) <= MASK_BITS, f"{column.name}: more choices than a mask holds"
        found["values"] = [_mask(_chosen(column, s), at) for s in services]
    else:
        found["values"] = [[at[c] for c in _chosen(column, s)] for s in services]
    return found


def _chosen(column: Column, service: Service) -> list[str]:
    return list(cast(Iterable[str], column.of(service)))


def _words(services: tuple[Service, ...]) -> dict[str, list[str]]:
    """Each word, and the numbers of the services using it as gaps in base 36: "0,3,1a"."""
    postings: dict[str, list[int]] = {}
    for number, service in enumerate(services):
        for word in set(words_in(" ".join((service.name, service.organisation,
                                           service.summary)))):
            postings.setdefault(word, []).append(number)
    terms = sorted(postings)
    encoded = []
    for term in terms:
        previous, gaps = 0, []
        for number in postings[term]:
            gaps.append(_base36(number - previous))
            previous = number
        encoded.append(",".join(gaps))
    return {"terms": terms, "postings": encoded}


def _card(s: Service, site_urls: urls.Urls) -> dict[str, object]:
    """What a result shows; read by assets/finder/results.js (keys kept short: there is one
    per service)."""
    card: dict[str, object] = {
        "u": site_urls.link(urls.service(s.id), urls.DIRECTORY),
        "n": s.name,
        "s": s.summary,
        "m": card_meta(s),
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
    return card

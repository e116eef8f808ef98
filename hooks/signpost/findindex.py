"""The index that lets "Find a service" filter and search in the browser, at any size.

Only the Find a service page loads it, and only in parts, so that no page grows with the
directory (Material's own search index is loaded by every page, so services stay out of it):

- `index.json`: the filters' choices and, per service, a row of small numbers saying which
  needs, age groups, levels and so on it has. A few dozen bytes a service.
- `words.json`: the search words of every service (name, organisation and summary) as an
  inverted index, fetched when someone first uses the search box.
- `cards/<k>.json`: what a result shows (name, summary, contact) for services k * CARDS_PER_FILE
  onwards, fetched only for the results on screen. A handful of services a file keeps the
  files few (a build writes one per file) and what a family fetches small, even when the
  results on screen are far apart in the directory.

All three live in `directory/<hash>/`, named by a hash of what they hold, so a browser never
mixes files from two builds. Words are normalised the same way here and in directory.js
(`words_in` and `wordsIn`): lowercase, accents and apostrophes dropped, split on anything
that is not a letter or digit, simple plurals made singular ("families", "carers"; not
"crisis" or "anxious"), very common words left out. A search word finds every word it starts.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from . import model, urls
from .agegroups import AGE_GROUPS, groups_of
from .listings import Listings, card_meta
from .model import Content, Service

FOLDER = "directory"
CARDS_PER_FILE = 8
# Words in nearly every service or every question: searching for them would find nothing new.
STOP_WORDS = frozenset(
    "a about all also an and any are as at be been but by can do for from get got has have help"
    " i if in into is it me my not of on or our out service so some support than that the"
    " their them then there they this to up us was we were what when where who will with you"
    " your".split())
WORD = re.compile(r"[^\W_]+")


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
    choices = {
        "needs": list(content.needs),
        "levels": list(content.levels),
        "groups": [group.id for group in AGE_GROUPS],
        "access": list(model.ACCESS),
        "delivery": list(model.DELIVERY),
        "areas": areas,
        "languages": languages,
    }
    positions = {name: _positions(items) for name, items in choices.items()}
    index = {
        **choices,
        "needWords": [_joined_words([n.name, *n.also]) for n in content.needs.values()],
        "areaWords": [_joined_words([a]) for a in areas],
        "languageWords": [_joined_words([lang]) for lang in languages],
        "stopWords": sorted(STOP_WORDS),  # so the browser leaves out the same words
        "words": "words.json",
        "cards": "cards/",
        "cardsPerFile": CARDS_PER_FILE,
        "services": [_row(s, positions) for s in services],
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


def _row(s: Service, at: dict[str, dict[str, int]]) -> list[object]:
    """One service's filter values, read by position in directory.js: needs, levels, age
    groups, free, access, delivery, areas, languages. Lists hold positions in the index's
    choices; masks have bit n set for choice n."""
    return [
        [at["needs"][n] for n in s.needs],
        _mask(s.levels, at["levels"]),
        _mask([g.id for g in groups_of(s)], at["groups"]),
        int(s.free),
        _mask(s.access, at["access"]),
        _mask(s.delivery, at["delivery"]),
        [at["areas"][a] for a in s.areas],
        [at["languages"][lang] for lang in s.languages],
    ]


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
    """What a result shows; read by directory.js (keys kept short: there is one per service)."""
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

"""The checked content of a partnership's site, as plain typed values.

Every record is built with keyword arguments only (`kw_only`), so reordering fields never
swaps values; the small value pairs (Ages, Session, Hours) read clearly either way.

Everything here has passed the checks in `load`: ids resolve, values are in range and dates are
real. Each item keeps `where` it was written, for messages and "edit this page" links.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from signpost.problems import Problem, Where
from signpost.values import Phone

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PURPOSES = ("emergency", "urgent", "request-help", "advice", "feedback")
AUDIENCES = ("families", "young-people", "professionals")
ASSESSMENTS = ("none", "early-help", "statutory")
BANK_HOLIDAYS = ("closed", "usual", "all-day")
ACCESS = ("self-referral", "professional-referral", "drop-in", "appointment")
DELIVERY = ("in-person", "online", "phone", "home-visit")
STATUSES = ("active", "temporarily-closed", "closed", "draft")
UPDATE_STATUSES = ("done", "doing", "planned")
PLACE_ACCESS = ("step-free", "accessible-toilet", "hearing-loop", "quiet-space")
QUESTION_TYPES = ("one", "many")


@dataclass(frozen=True)
class Session:
    """One opening session: `open` and `close` in minutes after midnight (close may be 1440)."""

    days: tuple[str, ...]
    open: int
    close: int


@dataclass(frozen=True)
class Hours:
    always: bool = False
    sessions: tuple[Session, ...] = ()
    bank_holidays: str = "usual"


OLDEST_AGE = 120  # the oldest `ages.to` a file may give
ADULT_AGE = 18
OPEN_ENDED_AGE = 99  # an `ages.to` this old or older means "and over": no upper age


@dataclass(frozen=True)
class Ages:
    """The ages of the people a service is for, in years: the whole family, so up to
    OLDEST_AGE. Both ends are included."""

    start: float  # `from` in the files
    end: float  # `to` in the files

    def overlaps(self, other: Ages) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def open_ended(self) -> bool:
        """True when there is no upper age ("16 and over")."""
        return self.end >= OPEN_ENDED_AGE


ALL_AGES = Ages(0, OPEN_ENDED_AGE)


@dataclass(frozen=True, kw_only=True)
class EmergencyRoute:
    text: str
    phone: Phone | None
    contact: str | None
    where: Where


@dataclass(frozen=True, kw_only=True)
class PlainWords:
    """How family-facing text is checked (content/site.yml `plain_words`, plainwords/): the
    highest reading age for children's text and for everyone else's, the partnership's own
    professional words with what to say instead, and words from Signpost's list it allows."""

    children: int = 9
    everyone: int = 11
    words: tuple[tuple[str, str], ...] = ()
    allow: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Site:
    name: str
    authority: str
    area: str
    url: str | None
    emergency: tuple[EmergencyRoute, ...]
    quick_exit: str
    feedback_email: str | None
    feedback_url: str | None
    review_every_months: int
    where: Where
    plain_words: PlainWords = PlainWords()


@dataclass(frozen=True, kw_only=True)
class Need:
    id: str
    name: str
    summary: str
    also: tuple[str, ...]
    where: Where
    reviewed: date | None = None  # optional: when someone last checked it is right
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class Level:
    id: str
    number: int
    name: str
    summary: str
    professionals: str
    examples: tuple[str, ...]
    support: str
    assessment: str
    consent: bool
    contacts: tuple[str, ...]
    where: Where
    step_up: str | None = None  # optional Markdown: when and how to move to the level above
    step_down: str | None = None  # optional Markdown: when and how to move to the level below
    reviewed: date | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class Contact:
    id: str
    name: str
    purpose: str
    audiences: tuple[str, ...]
    when: str
    next: str | None
    phone: Phone | None
    email: str | None
    web: str | None
    textphone: Phone | None
    hours: Hours | None
    out_of_hours: str | None
    where: Where
    reviewed: date | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class ConsentTopic:
    id: str
    title: str
    parents: str
    young_people: str | None
    children: str | None
    professionals: str | None
    where: Where
    reviewed: date | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class Update:
    id: str
    date: date
    source: str  # `from` in the files
    you_said: str
    we_did: str
    status: str
    related: tuple[str, ...]
    where: Where


@dataclass(frozen=True, kw_only=True)
class Location:
    name: str | None
    address: str | None
    postcode: str | None
    confidential: bool
    access: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ServiceContact:
    phone: Phone | None
    email: str | None
    web: str | None


@dataclass(frozen=True, kw_only=True)
class Service:
    id: str
    name: str
    organisation: str
    summary: str
    description: str | None
    needs: tuple[str, ...]
    levels: tuple[str, ...]
    ages: Ages
    pregnancy: bool
    access: tuple[str, ...]
    delivery: tuple[str, ...]
    cost: str
    contact: ServiceContact
    locations: tuple[Location, ...]
    hours: Hours | None
    languages: tuple[str, ...]
    areas: tuple[str, ...]
    status: str
    alert: str | None
    reviewed: date
    reviewed_by: str | None
    uuid: str | None
    where: Where

    @property
    def published(self) -> bool:
        return self.status in ("active", "temporarily-closed")

    @property
    def free(self) -> bool:
        return self.cost.strip().lower() == "free"


@dataclass(frozen=True, kw_only=True)
class Draft:
    """A service file with `status: draft`: kept for editors to finish, published nowhere.
    `lacks` names the required fields it does not have yet."""

    id: str
    name: str  # its name, or its file name when it has none yet
    lacks: tuple[str, ...]
    where: Where
    reviewed: date | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class Option:
    label: str
    hint: str | None
    urgent: bool
    needs: tuple[str, ...]
    level: str | None
    ages: Ages | None
    pregnancy: bool
    where: Where


@dataclass(frozen=True, kw_only=True)
class Question:
    id: str
    ask: str
    hint: str | None
    type: str
    options: tuple[Option, ...]
    where: Where


@dataclass(frozen=True, kw_only=True)
class Questionnaire:
    title: str
    intro: str
    questions: tuple[Question, ...]
    where: Where


@dataclass(frozen=True, kw_only=True)
class PathwayStep:
    """One step of the Early Help pathway (content/pathway.yml)."""

    id: str
    name: str
    summary: str  # plain words, for families
    who: str  # who does it
    time: str  # how long it takes, or when it happens
    professionals: str | None  # optional Markdown, for practitioners
    levels: tuple[str, ...]
    contacts: tuple[str, ...]
    consent: tuple[str, ...]  # consent topic ids
    next: tuple[str, ...]  # step ids this step can lead to; () ends the pathway here
    where: Where


@dataclass(frozen=True, kw_only=True)
class Pathway:
    title: str
    intro: str
    steps: tuple[PathwayStep, ...]
    where: Where
    reviewed: date | None = None
    reviewed_by: str | None = None


@dataclass(frozen=True, kw_only=True)
class Page:
    """A hand-written Markdown page in content/."""

    path: str  # relative to content/
    title: str
    where: Where
    markdown: str = ""  # the page as written: another language shows it when not translated


@dataclass(kw_only=True)
class Content:
    """Everything a site is made from, checked. `site` is None only while checking a
    folder whose site.yml could not be read."""

    site: Site | None
    needs: dict[str, Need] = field(default_factory=dict)
    levels: dict[str, Level] = field(default_factory=dict)  # ordered by number
    contacts: dict[str, Contact] = field(default_factory=dict)
    consent: dict[str, ConsentTopic] = field(default_factory=dict)
    updates: dict[str, Update] = field(default_factory=dict)  # newest first
    services: dict[str, Service] = field(default_factory=dict)  # every status, by name
    drafts: dict[str, Draft] = field(default_factory=dict)  # never published, by name
    questionnaire: Questionnaire | None = None
    pages: tuple[Page, ...] = ()
    pathway: Pathway | None = None
    # The plain-words warnings about family-facing text (plainwords/), for the review page.
    plain_words: tuple[Problem, ...] = ()

    @property
    def published_services(self) -> list[Service]:
        return [s for s in self.services.values() if s.published]

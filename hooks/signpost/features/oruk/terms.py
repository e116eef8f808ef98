"""The words Signpost and ORUK use for the same things, in both directions.

Signpost publishes its needs and levels of need as taxonomies, and the content model's fixed
choices (how to get help, how help is given, pregnancy) as a third, "service features", so a
service's attributes carry all of them and `signpost import` can read them back.
"""

from __future__ import annotations

from signpost.features.hours import inwords as hours

NEEDS = "Signpost needs"
LEVELS = "Signpost levels of need"
FEATURES = "Signpost service features"

# Feature code -> (content-model field, term name). The code is the content model's value.
FEATURE_TERMS: dict[str, tuple[str, str]] = {
    "self-referral": ("access", "Self-referral"),
    "professional-referral": ("access", "Professional referral"),
    "drop-in": ("access", "Drop-in"),
    "appointment": ("access", "By appointment"),
    "in-person": ("delivery", "Face to face"),
    "online": ("delivery", "Online"),
    "phone": ("delivery", "By phone"),
    "home-visit": ("delivery", "Home visits"),
    "pregnancy": ("pregnancy", "Pregnancy and antenatal support"),
}
FEATURE_DESCRIPTIONS = {
    "access": "How to get the service.",
    "delivery": "How the service is given.",
    "pregnancy": "The service supports people who are pregnant.",
}

STATUS_OUT = {"active": "active", "temporarily-closed": "temporarily closed"}
STATUS_IN = {"active": "active", "temporarily closed": "temporarily-closed",
             "inactive": "closed", "defunct": "closed"}

# ORUK v1's service.attending_type and attending_access.
ATTENDING_TYPE = {"phone": "phone", "online": "online", "venue": "in-person",
                  "home visit": "home-visit"}
ATTENDING_ACCESS = {"referral": "professional-referral", "appointment": "appointment",
                    "drop-in": "drop-in"}

# Words in an accessibility description that mean one of the content model's place access
# values. The feed writes the content model's own words (words.PLACE_ACCESS), which match too.
PLACE_ACCESS_WORDS: dict[str, tuple[str, ...]] = {
    "step-free": ("step-free", "step free", "wheelchair", "ramp", "level access", "lift"),
    "accessible-toilet": ("toilet", "changing places"),
    "hearing-loop": ("hearing loop", "induction loop", "loop system"),
    "quiet-space": ("quiet",),
}

BANK_HOLIDAY_NOTES = hours.BANK_HOLIDAY_WORDS  # bank_holidays value -> the schedule's notes


def place_access(text: str) -> tuple[str, ...]:
    """The place access values an accessibility description names, in the model's order."""
    lowered = text.casefold()
    return tuple(value for value, words in PLACE_ACCESS_WORDS.items()
                 if any(word in lowered for word in words))


def bank_holidays(text: str) -> str | None:
    """The bank_holidays value a schedule's notes say, if they are Signpost's own words."""
    for value, words in BANK_HOLIDAY_NOTES.items():
        if words.casefold() in text.casefold():
            return value
    return None


def organisation_description(organisation: str, site: str) -> str:
    """ORUK requires an organisation's description; the content model has none to give."""
    return f"{organisation} runs services listed by {site}."


def is_own_description(text: object, organisation: str) -> bool:
    """Whether an organisation's description is the one a Signpost feed writes."""
    return isinstance(text, str) and text.startswith(f"{organisation} runs services listed by ")

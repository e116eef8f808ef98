"""The plain words shown for the content model's values, in English here and marked for
gettext (N_): `Words` gives them, and ages and lists in words, in a site's language."""

from __future__ import annotations

from signpost.language import Language, N_
from signpost.model import ADULT_AGE, Ages

ACCESS = {
    "self-referral": N_("Contact them yourself"),
    "professional-referral": N_("A professional can refer you, such as your GP, health"
                                " visitor or school"),
    "drop-in": N_("Drop in: no appointment needed"),
    "appointment": N_("By appointment"),
}
# What a family does next, for each way of getting a service (service pages).
ACCESS_NEXT = {
    "self-referral": N_("Get in touch with them yourself, using the contact details below."
                        " You do not need anyone to refer you."),
    "professional-referral": N_("Ask someone who already works with your family to contact"
                                " the service for you. They will ask you first."),
    "drop-in": N_("Go along at the times below. You do not need to book or to be referred."),
    "appointment": N_("Contact them first to book a time."),
}
DELIVERY = {
    "in-person": N_("Face to face"),
    "online": N_("Online"),
    "phone": N_("By phone"),
    "home-visit": N_("Home visits"),
}
PLACE_ACCESS = {
    "step-free": N_("Step-free access"),
    "accessible-toilet": N_("Accessible toilet"),
    "hearing-loop": N_("Hearing loop"),
    "quiet-space": N_("Quiet space"),
}
PURPOSE = {
    "emergency": N_("Emergency"),
    "urgent": N_("Urgent: if a child may be at risk"),
    "request-help": N_("Ask for help"),
    "advice": N_("Advice and information"),
    "feedback": N_("Feedback and complaints"),
}
AUDIENCE = {"families": N_("families"), "young-people": N_("young people"),
            "professionals": N_("professionals")}
STATUS = {"done": N_("Done"), "doing": N_("Doing"), "planned": N_("Planned")}
ASSESSMENT = {
    "none": N_("No assessment is needed."),
    "early-help": N_("An Early Help assessment, done with the family and with their"
                     " consent."),
    "statutory": N_("An assessment by children's social care."),
}



class Words:
    """The words above, and ages and lists in words, in one language (English: as written)."""

    def __init__(self, language: Language | None = None) -> None:
        self.language = language or Language()
        _ = self.language.gettext
        self.ACCESS = {key: _(text) for key, text in ACCESS.items()}
        self.ACCESS_NEXT = {key: _(text) for key, text in ACCESS_NEXT.items()}
        self.DELIVERY = {key: _(text) for key, text in DELIVERY.items()}
        self.PLACE_ACCESS = {key: _(text) for key, text in PLACE_ACCESS.items()}
        self.PURPOSE = {key: _(text) for key, text in PURPOSE.items()}
        self.AUDIENCE = {key: _(text) for key, text in AUDIENCE.items()}
        self.STATUS = {key: _(text) for key, text in STATUS.items()}
        self.ASSESSMENT = {key: _(text) for key, text in ASSESSMENT.items()}

    def age(self, years: float) -> str:
        """0.5 -> '6 months', 1.5 -> '18 months', 4 -> '4', 17.5 -> '17 and a half'."""
        _ = self.language.gettext
        if years >= 2:
            whole = int(years)
            if years == whole:
                return str(whole)
            return (_("{age} and a half").format(age=whole) if years * 2 == int(years * 2)
                    else f"{years:g}")
        months = round(years * 12)
        return "birth" if months == 0 else _("{count} months").format(count=months)

    def ages(self, ranged: Ages, pregnancy: bool = False) -> str:
        """In words: "All ages", "Adults", "16 and over", "From birth to 4 years", "5 to 10
        years"; "Pregnancy, and ..." first when the service is also for expectant parents."""
        _ = self.language.gettext
        start, end = self.age(ranged.start), self.age(ranged.end)
        from_birth = start == "birth"
        end_in_months = end != "birth" and ranged.end < 2
        if ranged.open_ended:
            words = (_("All ages") if from_birth else _("Adults") if ranged.start == ADULT_AGE
                     else _("{age} and over").format(age=start))
        elif start == end:  # one age: "6 months", "25 years"
            words = (_("Under 1 year") if from_birth else start if end_in_months
                     else _("{age} years").format(age=start))
        elif from_birth:
            words = (_("From birth to {age}") if end_in_months
                     else _("From birth to {age} years")).format(age=end)
        elif end_in_months:
            words = _("{start} to {end}").format(start=start, end=end)
        else:
            words = _("{start} to {end} years").format(start=start, end=end)
        if not pregnancy:
            return words
        lowered = words[:1].lower() + words[1:]
        return (_("Pregnancy, and ages {ages}") if words[0].isdigit()
                else _("Pregnancy, and {ages}")).format(ages=lowered)

    def and_list(self, items: list[str] | tuple[str, ...]) -> str:
        """a, b and c"""
        items = list(items)
        if len(items) < 2:
            return "".join(items)
        # TRANSLATORS: the end of a list, "a, b and c": {first} is "a, b", {last} is "c".
        return self.language.gettext("{first} and {last}").format(
            first=self.language.gettext(", ").join(items[:-1]), last=items[-1])

    def clause_list(self, items: list[str] | tuple[str, ...]) -> str:
        """Phrases that may hold commas of their own, as one sentence: "A; b; c". Only the
        first keeps its capital; a word in capitals such as "GP" keeps them."""
        def lowered(phrase: str) -> str:
            return phrase if phrase[1:2].isupper() else phrase[:1].lower() + phrase[1:]
        return "; ".join(list(items[:1]) + [lowered(item) for item in items[1:]])


ENGLISH = Words()


def age(years: float) -> str:
    return ENGLISH.age(years)


def ages(ranged: Ages, pregnancy: bool = False) -> str:
    return ENGLISH.ages(ranged, pregnancy)


def clause_list(items: list[str] | tuple[str, ...]) -> str:
    return ENGLISH.clause_list(items)


def and_list(items: list[str] | tuple[str, ...]) -> str:
    return ENGLISH.and_list(items)

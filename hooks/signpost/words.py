"""The plain words shown for the content model's values."""

from __future__ import annotations

from signpost.model import ADULT_AGE, Ages

ACCESS = {
    "self-referral": "Contact them yourself",
    "professional-referral": "A professional can refer you, such as your GP, health visitor"
    " or school",
    "drop-in": "Drop in: no appointment needed",
    "appointment": "By appointment",
}
# What a family does next, for each way of getting a service (service pages).
ACCESS_NEXT = {
    "self-referral": "Get in touch with them yourself, using the contact details below. You do"
    " not need anyone to refer you.",
    "professional-referral": "Ask someone who already works with your family to contact the"
    " service for you. They will ask you first.",
    "drop-in": "Go along at the times below. You do not need to book or to be referred.",
    "appointment": "Contact them first to book a time.",
}
DELIVERY = {
    "in-person": "Face to face",
    "online": "Online",
    "phone": "By phone",
    "home-visit": "Home visits",
}
PLACE_ACCESS = {
    "step-free": "Step-free access",
    "accessible-toilet": "Accessible toilet",
    "hearing-loop": "Hearing loop",
    "quiet-space": "Quiet space",
}
PURPOSE = {
    "emergency": "Emergency",
    "urgent": "Urgent: if a child may be at risk",
    "request-help": "Ask for help",
    "advice": "Advice and information",
    "feedback": "Feedback and complaints",
}
AUDIENCE = {"families": "families", "young-people": "young people",
            "professionals": "professionals"}
STATUS = {"done": "Done", "doing": "Doing", "planned": "Planned"}
ASSESSMENT = {
    "none": "No assessment is needed.",
    "early-help": "An Early Help assessment, done with the family and with their consent.",
    "statutory": "An assessment by children's social care.",
}


def age(years: float) -> str:
    """0.5 -> '6 months', 1.5 -> '18 months', 4 -> '4', 17.5 -> '17 and a half'."""
    if years >= 2:
        whole = int(years)
        if years == whole:
            return str(whole)
        return f"{whole} and a half" if years * 2 == int(years * 2) else f"{years:g}"
    months = round(years * 12)
    return "birth" if months == 0 else f"{months} months"


def ages(ranged: Ages, pregnancy: bool = False) -> str:
    """In words: "All ages", "Adults", "16 and over", "From birth to 4 years", "5 to 10
    years"; "Pregnancy, and ..." first when the service is also for expectant parents."""
    start, end = age(ranged.start), age(ranged.end)
    unit = "" if end.endswith("months") else " years"
    if ranged.open_ended:
        words = ("All ages" if start == "birth" else "Adults" if ranged.start == ADULT_AGE
                 else f"{start} and over")
    elif start == end:  # one age: "6 months", "25 years"
        words = "Under 1 year" if start == "birth" else f"{start}{unit}"
    elif start == "birth":
        words = f"From birth to {end}{unit}"
    elif start.endswith("months") and not end.endswith("months"):
        words = f"{start} to {end} years"
    else:
        words = f"{start} to {end}{unit}"
    if not pregnancy:
        return words
    return f"Pregnancy, and {'ages ' if words[0].isdigit() else ''}{words[0].lower()}{words[1:]}"


def clause_list(items: list[str] | tuple[str, ...]) -> str:
    """Phrases that may hold commas of their own, as one sentence: "A; b; c". Only the
    first keeps its capital; a word in capitals such as "GP" keeps them."""
    def lowered(phrase: str) -> str:
        return phrase if phrase[1:2].isupper() else phrase[:1].lower() + phrase[1:]
    return "; ".join(list(items[:1]) + [lowered(item) for item in items[1:]])


def and_list(items: list[str] | tuple[str, ...]) -> str:
    """a, b and c"""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

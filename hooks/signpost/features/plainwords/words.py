"""Signpost's list of professional words, each with what to say instead.

Words that professionals in Early Help use every day and a family may not know, or that
GOV.UK's style guide asks public content to avoid. A word matches its usual endings too
(facilitate, facilitates, facilitated, facilitating, facilitation). A partnership adds its
own, or allows one of these, in content/site.yml (`plain_words`).
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "additional": "extra, or more",
    "ascertain": "find out",
    "assist": "help",
    "collaborate": "work with",
    "commence": "start",
    "disclose": "tell",
    "eligible": "can get",
    "eligibility": "who can get it",
    "empower": "help you to",
    "endeavour": "try",
    "escalate": "pass on, or get more help",
    "facilitate": "help, or run",
    "going forward": "from now on",
    "holistic": "for your whole family",
    "implement": "do, or start",
    "in order to": "to",
    "in relation to": "about",
    "initiate": "start",
    "intervention": "help, or support",
    "leverage": "use",
    "liaise": "talk to, or work with",
    "multi-agency": "people from different services working together",
    "obtain": "get",
    "overarching": "main",
    "practitioner": "worker",
    "prior to": "before",
    "provision": "help, or services",
    "regarding": "about",
    "robust": "strong, or careful",
    "safeguard": "keep safe",
    "service user": "you, or people who use the service",
    "stakeholder": "people involved",
    "statutory": "required by law",
    "subsequently": "later, or after that",
    "sufficient": "enough",
    "threshold": "level of need",
    "utilise": "use",
    "utilize": "use",
}

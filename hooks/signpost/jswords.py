"""Signpost's own words for its scripts: what Find a service, open-now, the questionnaire and
the updates filter write on the page, from the same catalogues as the templates.

A page in a language other than English carries them in one element,
`<script type="application/json" id="sp-own-words">` (data, not a script: the CSP's
`script-src 'self'` does not apply to it), which theme/assets/own-words.js reads. English pages
carry none: own-words.js holds the same English (tests/test_jswords.py checks it), so a page
without the element still works.

A text is a string with %(name)s placeholders. A count is an object of its forms, one per
CLDR plural category the language has ("one", "few", "other"...), which the script picks with
`Intl.PluralRules`; a number whose form in the catalogue is not its category's (Bengali's 0,
whose category is "one" but whose gettext form is the plural) is given its own key ("0").
"""

from __future__ import annotations

import json
from collections import Counter

from babel import Locale
from babel.dates import get_month_names
from markupsafe import Markup

from signpost.features.hours import inwords
from signpost.language import N_, NN_, Language
from signpost.model import DAYS

# Each page loads only the words of its scripts.
GROUPS: dict[str, dict[str, str | tuple[str, str]]] = {
    "finder": {
        "no_match": N_("No services match. Try fewer filters or other words."),
        "matches": NN_("%(num)s service matches.", "%(num)s services match."),
        "searching": N_("Searching…"),
        "failed": N_("Search is not working at the moment. Use the lists below instead."),
        "not_loaded": N_("This service could not be loaded. Check your connection and try"
                         " again."),
        "phone": N_("Phone"),
        "email": N_("Email"),
        "website": N_("Website"),
        "temporarily_closed": N_("Temporarily closed."),
        "in_english": N_("(in English)"),
        "printing": NN_("Printing the first %(first)s of %(num)s service. Choose more filters"
                        " to print fewer.",
                        "Printing the first %(first)s of %(num)s services. Choose more filters"
                        " to print fewer."),
        "more_chosen": NN_("%(label)s (%(num)s chosen)", "%(label)s (%(num)s chosen)"),
        "search_words": N_("Search words: %(words)s"),
        "chosen": N_("Chosen: %(choices)s."),
        "joiner": N_("; "),
    },
    "hours": {
        "open_all_day": N_("Open now: 24 hours a day."),
        "open_until": N_("Open now, until %(time)s."),
        "closed": N_("Closed now."),
        "closed_holiday": N_("Closed now (bank holiday)."),
        "opens": N_("Opens %(when)s."),
        "midnight": N_("midnight"),
        "midday": N_("midday"),
        "time_tomorrow": N_("%(time)s tomorrow"),
        "today_at": N_("today at %(time)s"),
        "tomorrow_at": N_("tomorrow at %(time)s"),
        "day_at": N_("%(day)s at %(time)s"),
        "date_at": N_("%(day)s %(date)s at %(time)s"),
        "day_month": N_("%(number)s %(month)s"),
        "use_while_closed": N_("Use this route while %(name)s is closed."),
    },
    "questionnaire": {
        "you_said": N_("You said: %(answers)s"),
        "joiner": N_("; "),
    },
    "updates": {
        "showing_all": NN_("Showing the %(num)s update.", "Showing all %(num)s updates."),
        "showing_some": NN_("Showing %(shown)s of %(num)s update.",
                            "Showing %(shown)s of %(num)s updates."),
    },
}
SAMPLES = range(200)  # numbers whose forms are checked; the plural rules repeat after 100


def forms(language: Language, singular: str, plural: str) -> dict[str, str]:
    """A count's forms by CLDR category, and by number where the catalogue differs."""
    category = Locale.parse(language.code).plural_form
    chosen = {n: language.ngettext(singular, plural, n) for n in SAMPLES}
    by_category: dict[str, Counter[str]] = {}
    for n, text in chosen.items():
        by_category.setdefault(category(n), Counter())[text] += 1
    found = {name: texts.most_common(1)[0][0] for name, texts in by_category.items()}
    found.update({str(n): text for n, text in chosen.items() if text != found[category(n)]})
    # For a browser without the language's rules (own-words.js): Polish has no "other" for
    # whole numbers, so it is the form of many.
    found.setdefault("other", language.ngettext(singular, plural, 1000))
    return found


def words(language: Language, *groups: str) -> dict[str, object]:
    """The words of `groups` (GROUPS' keys) in `language`, as own-words.js reads them."""
    text: dict[str, object] = {}
    for group in groups:
        for key, message in GROUPS[group].items():
            text[key] = (forms(language, *message) if isinstance(message, tuple)
                         else language.gettext(message))
    found: dict[str, object] = {"lang": language.code, "text": text}
    if "hours" in groups:
        found["clock24"] = not language.english
        found["days"] = [language.gettext(inwords.DAY_NAMES[day]) for day in DAYS]
        # A month's name after the day's number ("grudnia" in Polish): CLDR's format form.
        found["months"] = list(get_month_names("wide", locale=language.code).values())
    return found


def script_element(language: Language, *groups: str) -> Markup:
    """The element a page in `language` carries for its scripts; nothing in English."""
    if language.english:
        return Markup("")
    data = json.dumps(words(language, *groups), ensure_ascii=False, separators=(",", ":"))
    # No "<" in a script element's text can end it early; "&" stays text either way.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(  # noqa: S704 - JSON with every <, > and & escaped, not HTML
        f'<script type="application/json" id="sp-own-words">{data}</script>\n')



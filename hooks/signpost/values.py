"""Checks and conversions for single values: ids, dates, times, phones, emails, web addresses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import phonenumbers

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
TIME_PATTERN = re.compile(r"^(\d{1,2}):(\d{2})$")
EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
POSTCODE_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
# Tags, closing tags, comments, doctype and processing instructions; not autolinks (<https://x>).
RAW_HTML_PATTERN = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|!--|![A-Za-z]|\?)")

# National numbers that are not ordinary subscriber numbers.
SHORT_NUMBERS = {"999": "999", "112": "112", "101": "101", "111": "111"}
HELPLINE_116 = re.compile(r"^116\d{3}$")
RELAY_PREFIX = "18001"


def is_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))


def parse_date(text: str) -> date | None:
    match = DATE_PATTERN.match(text)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def parse_minutes(text: str, *, closing: bool = False) -> int | None:
    """Minutes after midnight for "HH:MM"; a closing time of 23:59 means until midnight."""
    match = TIME_PATTERN.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    if closing and (hours, minutes) == (23, 59):
        return 24 * 60
    return hours * 60 + minutes


@dataclass(frozen=True)
class Phone:
    """A checked UK phone number: as the editor wrote it, and as a `tel:` address."""

    text: str
    tel: str


def parse_phone(text: str, *, textphone: bool = False) -> Phone | None:
    """A UK number (validated with `phonenumbers`), or 999, 112, 101, 111 or 116 xxx.

    A textphone number may carry the Relay UK prefix 18001.
    """
    digits = re.sub(r"[\s()-]", "", text)
    if not re.fullmatch(r"\+?\d+", digits):
        return None
    if textphone and digits.startswith(RELAY_PREFIX) and len(digits) > len(RELAY_PREFIX):
        inner = parse_phone(digits[len(RELAY_PREFIX):])
        return Phone(text, RELAY_PREFIX + inner.tel.replace("+44", "0")) if inner else None
    if digits in SHORT_NUMBERS or HELPLINE_116.match(digits):
        return Phone(text, digits)
    try:
        number = phonenumbers.parse(digits, "GB")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 44 or not phonenumbers.is_valid_number(number):
        return None
    return Phone(text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def is_email(text: str) -> bool:
    return bool(EMAIL_PATTERN.match(text)) and ".." not in text


def is_web_address(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and "." in host and " " not in text


def is_uuid(text: str) -> bool:
    return bool(UUID_PATTERN.match(text.lower()))


def is_postcode(text: str) -> bool:
    return bool(POSTCODE_PATTERN.match(text.upper().strip()))


def find_raw_html(text: str) -> int | None:
    """The 0-based line within `text` of the first raw HTML tag or comment, if any.

    Inline code spans are ignored, so `<br>` written in backticks is allowed.
    """
    for number, line in enumerate(text.splitlines()):
        without_code = re.sub(r"`[^`]*`", "", line)
        if RAW_HTML_PATTERN.search(without_code):
            return number
    return None


# What unshowable looks for, as one character class: control characters (Unicode's Cc)
# other than tab and new lines, surrogates (Cs) and the noncharacters.
UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                        + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}"
                                  for plane in range(17)) + "]")


def unshowable(text: str) -> str | None:
    """The first character no page or feed can show (a control character other than tab and
    new line, a lone surrogate or a noncharacter), as U+XXXX, or None."""
    if text.isprintable():  # no control, surrogate or unassigned character: the most text
        return None
    found = UNSHOWABLE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None

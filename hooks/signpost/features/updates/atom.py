"""The Atom feed (RFC 4287) of every "You said, we did" update, newest first.

Written with xml.etree, which escapes every piece of text. Links are absolute when site.yml
gives the site's `url`; otherwise relative to the feed, which sits at the root of the site.
Ids are `urn:uuid:`s made from the site and the update's id, so they never change between
builds.
"""

from __future__ import annotations

import uuid
from datetime import date
from xml.etree import ElementTree as ET

from signpost import urls, words
from signpost.model import Content, Update

ATOM = "http://www.w3.org/2005/Atom"


def feed(content: Content, today: date, site_urls: urls.Urls) -> bytes:
    site = content.site
    assert site is not None  # load() gives content only with its site
    base = site.url.rstrip("/") + "/" if site.url else ""
    updates = list(content.updates.values())
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "en-GB"})
    _text(root, "id", _id(content, "you-said-we-did"))
    _text(root, "title", f"{site.name}: You said, we did")
    _text(root, "subtitle", "What children, young people and families told us, and what we"
          " did about it.")
    _text(root, "updated", _stamp(max((u.date for u in updates), default=today)))
    ET.SubElement(root, "link", rel="self", type="application/atom+xml",
                  href=base + urls.UPDATES_FEED)
    ET.SubElement(root, "link", rel="alternate", type="text/html",
                  href=base + site_urls.page(urls.UPDATES))
    author = ET.SubElement(root, "author")
    _text(author, "name", site.authority)
    for update in updates:
        _entry(root, update, content, base, site_urls)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml + b"\n"


def _entry(root: ET.Element, update: Update, content: Content, base: str,
           site_urls: urls.Urls) -> None:
    entry = ET.SubElement(root, "entry")
    _text(entry, "id", _id(content, f"you-said-we-did/{update.id}"))
    _text(entry, "title", update.you_said)
    _text(entry, "updated", _stamp(update.date))
    _text(entry, "published", _stamp(update.date))
    ET.SubElement(entry, "link", rel="alternate", type="text/html",
                  href=f"{base}{site_urls.page(urls.UPDATES)}#{update.id}")
    for ident in update.related:
        related = _related(ident, content)
        if related:
            title, src = related
            ET.SubElement(entry, "link", rel="related", type="text/html", title=title,
                          href=base + site_urls.page(src))
    status = words.STATUS[update.status]
    ET.SubElement(entry, "category", term=update.status, label=status)
    _text(entry, "summary", f"We did: {update.we_did}")
    _text(entry, "content", f"You said: {update.you_said}\n\nWe did: {update.we_did}\n\n"
          f"Status: {status}. From: {update.source}.")


def _related(ident: str, content: Content) -> tuple[str, str] | None:
    """The name and page of a related need or published service."""
    if ident in content.needs:
        return content.needs[ident].name, urls.need(ident)
    service = content.services.get(ident)
    if service and service.published:
        return service.name, urls.service(ident)
    return None


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {"type": "text"} if tag in (
        "title", "subtitle", "summary", "content") else {})
    element.text = text
    return element


def _id(content: Content, path: str) -> str:
    site = content.site
    assert site is not None  # load() gives content only with its site
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{site.url or site.name}/{path}").urn


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"

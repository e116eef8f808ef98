"""Stable UUIDs for everything in the feed.

ORUK needs every `id` to be a UUID, and the same from build to build. A service's own `uuid`
is used when it has one; every other id is a version 5 UUID (a hash) of the partnership and
what the thing is, so it changes only when the thing itself changes.
"""

from __future__ import annotations

import hashlib
import uuid

from signpost.model import Service, Site

# Signpost's own namespace, for the vocabularies every Signpost site shares.
SIGNPOST = uuid.UUID("5b1f6c9e-3f4e-4a51-9a0e-8f5f2b6d7c31")


def partnership(site: Site) -> uuid.UUID:
    """The partnership's namespace: from its public address, or its name when it has none."""
    return uuid.uuid5(uuid.NAMESPACE_URL, site.url.rstrip("/") if site.url
                      else f"signpost:{site.name}")


def derived_service(site: Site, service_id: str, namespace: uuid.UUID | None = None) -> str:
    """The id a service without a `uuid` has in the feed: from the partnership and its file
    name. `namespace`, when given, is `partnership(site)`, made once for a whole feed."""
    return within(namespace or partnership(site), "service", service_id)


def service(site: Site, item: Service, namespace: uuid.UUID | None = None) -> str:
    return item.uuid or derived_service(site, item.id, namespace)


def within(parent: str | uuid.UUID, *parts: object) -> str:
    """The id of something that belongs to `parent` (a UUID), named by `parts`: the version 5
    UUID `uuid.uuid5(parent, "/".join(parts))`, made without its checks, as a feed at county
    scale makes hundreds of thousands of them."""
    namespace = (parent.bytes if isinstance(parent, uuid.UUID) else
                 bytes.fromhex(parent.replace("-", "")) if len(parent) == 36
                 else uuid.UUID(parent).bytes)
    name = "/".join(map(str, parts)).encode("utf-8")
    digest = bytearray(hashlib.sha1(namespace + name, usedforsecurity=False).digest()[:16])
    digest[6] = digest[6] & 0x0F | 0x50  # version 5
    digest[8] = digest[8] & 0x3F | 0x80  # RFC 4122's variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def from_foreign(identifier: str) -> str:
    """A UUID for data whose own id is not one (some v1 feeds number their services)."""
    return str(uuid.uuid5(SIGNPOST, f"imported/{identifier}"))

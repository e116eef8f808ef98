"""Stable UUIDs for everything in the feed.

ORUK needs every `id` to be a UUID, and the same from build to build. A service's own `uuid`
is used when it has one; every other id is a version 5 UUID (a hash) of the partnership and
what the thing is, so it changes only when the thing itself changes.
"""

from __future__ import annotations

import uuid

from signpost.model import Service, Site

# Signpost's own namespace, for the vocabularies every Signpost site shares.
SIGNPOST = uuid.UUID("5b1f6c9e-3f4e-4a51-9a0e-8f5f2b6d7c31")


def partnership(site: Site) -> uuid.UUID:
    """The partnership's namespace: from its public address, or its name when it has none."""
    return uuid.uuid5(uuid.NAMESPACE_URL, site.url.rstrip("/") if site.url
                      else f"signpost:{site.name}")


def derived_service(site: Site, service_id: str) -> str:
    """The id a service without a `uuid` has in the feed: from the partnership and its file name."""
    return str(uuid.uuid5(partnership(site), f"service/{service_id}"))


def service(site: Site, item: Service) -> str:
    return item.uuid or derived_service(site, item.id)


def within(parent: str | uuid.UUID, *parts: object) -> str:
    """The id of something that belongs to `parent` (a UUID), named by `parts`."""
    namespace = parent if isinstance(parent, uuid.UUID) else uuid.UUID(parent)
    return str(uuid.uuid5(namespace, "/".join(str(part) for part in parts)))


def from_foreign(identifier: str) -> str:
    """A UUID for data whose own id is not one (some v1 feeds number their services)."""
    return str(uuid.uuid5(SIGNPOST, f"imported/{identifier}"))

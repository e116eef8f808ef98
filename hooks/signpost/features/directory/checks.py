"""Rules across service files."""

from __future__ import annotations

from signpost.model import Content
from signpost.problems import Problems


def check_uuids(content: Content, problems: Problems) -> None:
    """A service's `uuid` is its id in the Open Referral feed: two services cannot share one."""
    first: dict[str, str] = {}
    for service in content.services.values():
        if service.uuid and first.setdefault(service.uuid, service.where.path) \
                != service.where.path:
            problems.error(service.where, f"uuid {service.uuid} is already the uuid of"
                           f" {first[service.uuid]}; give each service its own, or leave uuid"
                           " out and Signpost makes one")

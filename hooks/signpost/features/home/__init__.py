"""The home page, and content/site.yml and content/contacts.yml: the partnership, its
emergency routes (the band on every page), feedback, and the "Who to contact" page."""

from __future__ import annotations

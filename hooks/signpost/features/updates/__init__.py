""""You said, we did": content/updates/*.yml, their pages and the Atom feed."""

from __future__ import annotations

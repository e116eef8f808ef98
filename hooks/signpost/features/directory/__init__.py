"""Find a service: content/needs.yml and services/*.yml, the pages by need, age and level,
each service's page, and the index the browser filters."""

from __future__ import annotations

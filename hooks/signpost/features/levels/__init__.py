"""Levels of need: content/levels.yml, its rules, an overview, a page per level and all
levels side by side."""

from __future__ import annotations

"""The Early Help pathway: content/pathway.yml, step by step, with its diagram."""

from __future__ import annotations

"""Consent and information sharing: content/consent.yml, written for each reader, and the
printable leaflet."""

from __future__ import annotations

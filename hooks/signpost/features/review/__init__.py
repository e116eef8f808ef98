"""The review page for the partnership's team: what is overdue, drafts, plain words, and
"Edit this page" links to each file."""

from __future__ import annotations

"""Splitting a long list into pages: the one rule for the directory's lists, the review page
and the Open Referral feed, so that no page or file grows with the directory."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pages_of(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """`items` in pages of at most `size`, in order; an empty list is one empty page."""
    return [items[start:start + size] for start in range(0, len(items), size)] or [items[:0]]

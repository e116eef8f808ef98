"""The one rule for the address parts Signpost makes from names."""

from __future__ import annotations

from signpost.paging import pages_of
from signpost.slugs import slug, unique


def test_a_slug_reads_like_the_name() -> None:
    assert slug("Young Carers' Group") == "young-carers-group"
    assert slug("Being a parent or a child’s behaviour") == "being-a-parent-or-a-childs-behaviour"
    assert slug("Fforwm Ieuenctid Môn") == "fforwm-ieuenctid-mon"
    assert slug("Food & Fun") == "food-and-fun"
    assert slug("青年论坛") == ""  # the caller gives its own fallback


def test_a_long_slug_is_cut_at_a_whole_word() -> None:
    assert slug("one two three four", longest=9) == "one-two"
    assert slug("unbreakablewordthatislong", longest=5) == "unbreakablewordthatislong"


def test_unique_counts_on_from_two() -> None:
    assert unique("club", []) == "club"
    assert unique("club", ["club", "club-2"]) == "club-3"


def test_pages_of_keeps_order_and_gives_one_page_for_nothing() -> None:
    assert pages_of([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert pages_of([], 50) == [[]]

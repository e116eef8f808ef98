"""Python's cyclic garbage collector, paused while the engine makes a great many objects.

Reading a site at county scale makes hundreds of thousands of objects that either live on
(the model) or are freed by reference counting as soon as they are done with (each file's
YAML nodes, each feed file's values), none of them in cycles. The collector, counting them,
ran full collections on the way that scanned every object made so far again: about a sixth
of the time load took, and a quarter of the Open Referral feed's. Paused, it runs as before
once the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the `with` block, and back on after it if it was on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()

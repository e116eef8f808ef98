"""Opening hours: how they are read and checked (out-of-hours cover), said in words, and
given to the browser for "open now", bank holidays included."""

from __future__ import annotations

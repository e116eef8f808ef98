"""Plain words, checked: family-facing text held to what a stressed parent, a child or a
reader of English as a second language can read on a phone.

Which fields face families, and who reads each (families, young people, children), is
declared once, in each feature's `kind.py` (`Field.reader`). The reader remembers each such
value as it reads it, with where each of its words is written (`Written`); once everything is read,
`check` warns, at the line of the sentence, about a sentence over 25 words, a paragraph over
5 sentences, a word from the list of professional words (`words.py`, with what to say
instead, and the partnership's own in site.yml) and a field that reads above the
partnership's reading age (textstat's Flesch-Kincaid grade + 5).
"""

from __future__ import annotations

from signpost.features.plainwords.check import check
from signpost.features.plainwords.written import Written, written

__all__ = ["Written", "check", "written"]

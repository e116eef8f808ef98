"""Plain words across the whole site, once everything is read."""

from __future__ import annotations

from signpost.features.plainwords.check import check
from signpost.model import Content, PlainWords
from signpost.problems import Problems
from signpost.read import Reader


def check_plain_words(content: Content, reader: Reader, problems: Problems) -> None:
    """Family-facing text in plain words (plainwords/): warnings, kept for the review page."""
    settings = content.site.plain_words if content.site else PlainWords()
    # A closed service is never shown, so its words are not checked (nor named on the review
    # page); a draft's are, since it is meant to be published.
    closed = {s.where.path for s in content.services.values() if not s.published}
    texts = [text for text in reader.family_text if text.path not in closed]
    content.plain_words = tuple(check(texts, settings))
    problems.items.extend(content.plain_words)

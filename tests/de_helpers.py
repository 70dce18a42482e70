"""What the German speaker tests share: the mentions the engine finds in a text, and its claims."""

from __future__ import annotations

import quotecheck
from quotecheck import api, mentions, quotes
from quotecheck.claims import ClaimKind
from quotecheck.cues import matcher_for


def german_mentions(text: str) -> list[mentions.MentionSpan]:
    """The mention spans of ``text`` read as German, as the attribution stage gets them."""
    ex = api.Extractor(language="de")
    data = ex._language_data(text, None)
    doc = ex.backend.annotate(text, data)
    segmented = quotes.find_quotes(doc, data)
    return mentions.find_mentions(doc, data, segmented.quotes, matcher_for(data).find_all(doc))


def german_claims(text: str) -> list[tuple[ClaimKind, str, str | None]]:
    """(kind, text, speaker name) of every claim of ``text`` read as German."""
    return [(c.kind, c.text, c.speaker.name if c.speaker else None)
            for c in quotecheck.extract_claims(text, language="de")]

"""Inverted subjects glued to the verb: none in Italian.

Italian inverts with a separate word ("«…», ha detto lui", "dichiara il ministro"); the engine
finds those through PRONOUNS and the mention finder.
"""

INVERTED_SUBJECTS: dict[str, tuple[str | None, bool]] = {}

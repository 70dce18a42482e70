"""Inverted subjects glued to the verb: none in Portuguese.

Portuguese inverts with a separate word ("—…—disse ele", "afirmou o ministro"); the engine
finds those through PRONOUNS and the mention finder. Enclitic object pronouns ("disse-lhe")
are not subjects.
"""

INVERTED_SUBJECTS: dict[str, tuple[str | None, bool]] = {}

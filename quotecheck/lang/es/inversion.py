"""Inverted subjects glued to the verb: none in Spanish.

Spanish inverts with a separate word ("—…—dijo él", "afirmó el ministro"); the engine finds
those through PRONOUNS and the mention finder. Enclitics ("díjole") are archaic.
"""

INVERTED_SUBJECTS: dict[str, tuple[str | None, bool]] = {}

"""Inverted subjects glued to the verb: none in English.

English inverts with a separate word ("said he", "said the minister"); the engine finds those
through PRONOUNS and the mention finder, not through a hyphenated suffix.
"""

INVERTED_SUBJECTS: dict[str, tuple[str | None, bool]] = {}

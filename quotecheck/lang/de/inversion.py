"""Inverted subjects glued to the verb: none in German.

German inverts with a separate word ("„…“, sagte er", "sagte die Ministerin"); the engine finds
those through PRONOUNS and the mention finder.
"""

INVERTED_SUBJECTS: dict[str, tuple[str | None, bool]] = {}

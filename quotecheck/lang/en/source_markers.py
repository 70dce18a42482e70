"""Expressions that introduce a source without a speech verb: "according to the minister, …".

Lower case (the engine matches lower-cased text) and followed by a name or role. "As … said"
needs a verb and is left to the cue patterns.
"""

SOURCE_MARKERS = ("according to", "in the words of", "in the view of")

# markers that are also ordinary words and count only before a name or role: none in English
NAMED_SOURCE_MARKERS: frozenset[str] = frozenset()

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset()

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ("whom",)

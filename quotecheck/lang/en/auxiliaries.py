"""Forms of "have" that build the perfect tenses of a speech verb: {form: plural?}.

"has said", "have warned", "had told". "had" serves both numbers; it is marked singular, the
subject decides. Only single tokens: "'s" in "he's said" is left to the subject.
"""

AUXILIARIES = {
    "has": False,
    "have": True,
    "had": False,
}

# English speech verbs take no reflexive pronoun before them
REFLEXIVE_PRONOUNS: tuple[str, ...] = ()

# "was told", "were asked", "has been criticised": the subject of a passive is not the speaker
PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})

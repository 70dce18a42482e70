"""Forms of haben and sein that build the perfect tenses: {form: plural?}.

"hat gesagt", "hatte erklärt", "habe betont" (Konjunktiv I of reported speech), "ist
vorgegangen". German puts the participle at the clause end ("hat am Montag in Berlin gesagt"),
so the auxiliary and the participle are often several words apart; the engine bridges only cue
adverbs. Only single tokens.
"""

AUXILIARIES = {
    # haben
    "hat": False, "haben": True,
    "hatte": False, "hatten": True,
    "habe": False,
    "hätte": False, "hätten": True,
    # sein
    "ist": False, "sind": True,
    "war": False, "waren": True,
    "sei": False, "seien": True,
}

# "X hat Papst Y gebeten, …": the participle closes the clause, the subject is next to the auxiliary
PARTICIPLE_AT_CLAUSE_END = True

# German reflexives follow the verb ("äußerte sich"): nothing precedes the cue
REFLEXIVE_PRONOUNS: tuple[str, ...] = ()

# "wurde gefragt", "wird zitiert": the subject of a passive is not the speaker
PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "worden"})

# "X wird von der Agentur Y mit den Worten zitiert": the passive's agent is the one who reports
PASSIVE_AGENTS = frozenset({"von", "vom"})

# "„…“, zitiert die Zeitung den Minister": the subject of "zitieren" relays, its object speaks
RELAYING_VERBS = frozenset({"zitieren"})

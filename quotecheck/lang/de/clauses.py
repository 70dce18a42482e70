"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "sagte, dass …", "fragte, ob …"; German often reports in Konjunktiv I without "dass"
# ("sagte, er sei …"), which the engine cannot see from a complementizer
COMPLEMENTIZERS = ("dass", "daß", "ob")

# after "„…“, sagte Müller, dessen Partei …": a relative clause means the narration goes on.
# The relative pronouns that look like articles (der, die, das, dem, den) are left out: after
# "sagte," they far more often open the reported clause ("sagte, die Regierung habe …"), and so
# are "was" and "wo", which open indirect questions ("fragte, was …").
#
# Subordinating conjunctions are listed too: a clause they open after a cue and a comma is the
# narration's, never the reported clause ("hatte den Rücktritt bekannt gegeben, nachdem …",
# "wurde gewarnt, um …", "droht eine Operation, und …"); German reports a main clause in
# Konjunktiv I or a "dass"/"ob" clause. Left out: "wie", "was", "warum", "wann", "wer" (indirect
# questions are reported speech) and "doch", "denn", "aber", "damit" (they open main clauses too).
RELATIVE_PRONOUNS = frozenset({
    "welcher", "welche", "welches", "welchem", "welchen", "dessen", "deren", "denen",
    "nachdem", "weil", "da", "bevor", "obwohl", "obgleich", "wenn", "falls", "sofern", "sobald",
    "solange", "während", "wobei", "sodass", "um", "und", "als",
})

# Verb-second: one phrase precedes the finite verb of a main clause. A sentence that opens with
# one of these prepositions ("In einem Interview sagte der Minister: „…“", "Über den Plan sagte
# X") has fronted that prepositional phrase, so the cue's subject follows the verb and the
# mention before it is the preposition's object ("Von den Vereinen erklärten die Schützen, …": the
# phrase's noun is no subject; "aus" is left out, it opens a speaker's own phrase too: "Aus der
# Partei hieß es"). Empty in a language without verb-second order.
FRONTED_PREPOSITIONS = frozenset({
    "in", "im", "bei", "beim", "über", "zu", "zum", "zur", "nach", "vor", "auf", "an", "am",
    "mit", "für", "gegen", "gegenüber", "während", "wegen", "trotz", "seit", "unter", "angesichts",
    "laut", "um", "von", "vom", "seitens",
})

# a present participle used as an adverb opens a verb-second clause ("Abschließend sagte X",
# "Ergänzend zu den Zahlen erklärte X"): no name, and the subject comes after the finite verb
OPENING_PARTICIPLE_SUFFIXES = ("end",)

# German continues narration with a finite clause, rarely with a participle: no suffix test
PARTICIPLE_SUFFIXES: tuple[str, ...] = ()

# no gerund marker in German
GERUND_MARKERS: frozenset[str] = frozenset()

# "versicherte, nichts gewusst zu haben": the infinitive ends in -en like most German words
# (articles, adjectives, plurals), so a suffix test would fire everywhere; none is given
INFINITIVE_SUFFIXES: tuple[str, ...] = ()

# kept inside reported content that starts with them: "nicht gewusst zu haben"
NEGATIONS = frozenset({"nicht", "nie", "niemals", "kein", "keine"})

# "Er sagte, die Regierung habe …": German reports a clause after the cue and a comma, in
# Konjunktiv I, with no complementizer
CLAUSE_AFTER_COMMA = True

# "Die Straße bleibt gesperrt, wie die Stadt mitteilte.": a comment clause after the content
# opens on "wie", its subject between it and the verb at the clause's end
COMMENT_CONJUNCTIONS = frozenset({"wie"})

# "Laut Polizei wurden drei Menschen verletzt": no comma between the source and the clause
SOURCE_WITHOUT_COMMA = True

# Konjunktiv I (and the Konjunktiv II that replaces it) reports speech with no speech verb:
# "Die Regierung habe keine Wahl." A sentence with one of these forms after a claim continues it.
REPORTED_MOOD_FORMS = frozenset({
    "sei", "seien", "habe", "könne", "könnten", "müsse", "müssten", "solle", "sollten", "werde",
    "würden", "wolle", "dürfe", "gebe", "stehe", "liege", "gehe", "komme", "hätten", "wären",
    # the Konjunktiv I singular of frequent verbs (its ending "-e" is no indicative third person)
    "möge", "wisse", "bleibe", "fehle", "brauche", "handle", "handele", "befinde", "bestehe",
    "erhalte", "trage", "zeige", "führe", "lasse", "sehe", "nehme", "halte", "finde", "bringe",
    "kenne", "hoffe", "glaube", "plane", "arbeite", "verfüge", "drohe", "gelte", "diene",
    "betrage", "entspreche", "gehöre", "bedeute", "erwarte", "beginne", "lebe", "setze",
    "sorge", "wünsche", "benötige", "verstoße", "fordere", "lehne", "prüfe", "kläre",
})

# "forderte die Bürger auf, zu Hause zu bleiben": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"zu"})

# "sagte, dass … und dass …", "… aber fügte hinzu, dass …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"und", "aber", "oder", "doch"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
IMPERSONAL_VERBS: frozenset[str] = frozenset()
# German participles do not agree: the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {}

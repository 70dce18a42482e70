"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "a affirmé que …", "a-t-il ajouté qu'il …"
COMPLEMENTIZERS = ("que", "qu'", "qu’")

# after "« … », a dit X, …": a relative clause means the narration goes on, not the quotation
RELATIVE_PRONOUNS = frozenset({
    "qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles",
    "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles",
})

# "…, a dit X, soulignant que …": a present participle continues the narration
PARTICIPLE_SUFFIXES = ("ant",)

# "…, a dit X, en soulignant que …": the gérondif marker
GERUND_MARKERS = frozenset({"en"})

# "X a assuré avoir …", "a dit être …": an infinitive after the cue carries reported content
INFINITIVE_SUFFIXES = ("er", "ir", "re")

# "a dit ne pas croire", "a assuré n'avoir jamais": negation before a reported infinitive
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "plus", "rien", "point"})

# "a demandé de patienter", "a invité les riverains à rester": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "d'", "d’", "à", "a"})  # "a" for an "à" typed bare

# "a dit que … et que …", "… mais a ajouté que …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"et", "mais", "ou", "puis"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"il"})
IMPERSONAL_VERBS: frozenset[str] = frozenset({
    "faut", "faudra", "faudrait", "fallait", "fallut", "convient", "conviendra", "conviendrait",
    "importe", "suffit", "reste", "est", "était", "sera", "serait", "semble", "paraît",
})
# "Interrogée par la radio, elle a répondu": the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {"ées": ("f", True), "és": ("m", True), "ée": ("f", False), "é": ("m", False)}

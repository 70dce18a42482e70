"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "afirmó que …", "preguntó si …"
COMPLEMENTIZERS = ("que",)

# after "«…», dijo García, quien …": a relative clause means the narration goes on
RELATIVE_PRONOUNS = frozenset({
    "que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya", "cuyos", "cuyas", "donde",
    "cuando",
})

# "«…», dijo García, añadiendo que …": a gerund continues the narration
PARTICIPLE_SUFFIXES = ("ando", "iendo", "yendo")

# Spanish gerunds need no marker
GERUND_MARKERS: frozenset[str] = frozenset()

# "aseguró estar …", "dijo haber …": an infinitive after the cue carries reported content
INFINITIVE_SUFFIXES = ("ar", "er", "ir") + tuple(
    # with an enclitic pronoun: "prometió hacerlo", "aseguró sentirse"
    vowel + "r" + clitic for vowel in "aeií" for clitic in ("se", "lo", "la", "los", "las", "le", "les")
)

# kept inside reported content that starts with them: "dijo no saber …"
NEGATIONS = frozenset({"no", "nunca", "jamás"})

# "pidió a los vecinos no salir", "aseguró a la prensa de haber …": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "a"})

# "dijo que … y que …", "… pero rechazó que …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"y", "e", "pero", "o", "aunque"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
IMPERSONAL_VERBS: frozenset[str] = frozenset({"cabe", "conviene", "convendría", "basta", "urge", "importa"})
# "Preguntada por las obras, se mostró firme": the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {"adas": ("f", True), "idas": ("f", True), "ados": ("m", True), "idos": ("m", True),
    "ada": ("f", False), "ida": ("f", False), "ado": ("m", False), "ido": ("m", False)}

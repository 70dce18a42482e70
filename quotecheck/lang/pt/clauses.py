"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "afirmou que …"
COMPLEMENTIZERS = ("que",)

# after "“…”, disse Silva, que …": a relative clause means the narration goes on
RELATIVE_PRONOUNS = frozenset({
    "que", "quem", "qual", "quais", "cujo", "cuja", "cujos", "cujas", "onde", "quando",
})

# "“…”, disse Silva, acrescentando que …": a gerund continues the narration
PARTICIPLE_SUFFIXES = ("ando", "endo", "indo", "ondo")

# Portuguese gerunds need no marker
GERUND_MARKERS: frozenset[str] = frozenset()

# "afirmou estar …", "disse ter …": an infinitive after the cue carries reported content
INFINITIVE_SUFFIXES = ("ar", "er", "ir", "or")

# kept inside reported content that starts with them: "disse não saber …"
NEGATIONS = frozenset({"não", "nunca", "jamais"})

# "pediu aos moradores para esperar", "disse a jornalistas de …": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "a"})

# "afirmou que … e que …", "… mas negou que …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"e", "mas", "ou", "porém"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
IMPERSONAL_VERBS: frozenset[str] = frozenset({"cabe", "convém", "basta", "importa", "resta"})
# "Questionada pelos jornalistas, afirmou": the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {"adas": ("f", True), "idas": ("f", True), "ados": ("m", True), "idos": ("m", True),
    "ada": ("f", False), "ida": ("f", False), "ado": ("m", False), "ido": ("m", False)}

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

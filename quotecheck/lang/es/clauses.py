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
INFINITIVE_SUFFIXES = ("ar", "er", "ir")

# kept inside reported content that starts with them: "dijo no saber …"
NEGATIONS = frozenset({"no", "nunca", "jamás"})

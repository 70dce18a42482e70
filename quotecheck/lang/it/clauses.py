"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "ha detto che …" ("ha chiesto se …" is a question, left to the engine's quotes)
COMPLEMENTIZERS = ("che",)

# after "«…», ha detto Rossi, che …": a relative clause means the narration goes on
RELATIVE_PRONOUNS = frozenset({"che", "cui", "quale", "quali", "dove", "quando"})

# "«…», ha detto Rossi, aggiungendo che …": a gerund continues the narration
PARTICIPLE_SUFFIXES = ("ando", "endo")

# Italian gerunds need no marker
GERUND_MARKERS: frozenset[str] = frozenset()

# "ha assicurato di essere …", "ha detto di aver …": an infinitive carries reported content
INFINITIVE_SUFFIXES = ("are", "ere", "ire", "aver", "esser")

# kept inside reported content that starts with them: "ha detto di non sapere …"
NEGATIONS = frozenset({"non", "mai"})

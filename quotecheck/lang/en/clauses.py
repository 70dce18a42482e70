"""Words that open a clause: reported content after a cue, or narration going on after an incise."""

# "said that …"; English often drops it ("said he would …"), which the engine cannot see
COMPLEMENTIZERS = ("that",)

# after "“…,” said Smith, who …": a relative clause means the narration goes on
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "where", "when"})

# "“…,” said Smith, adding that …": an -ing participle continues the narration
PARTICIPLE_SUFFIXES = ("ing",)

# "“…,” said Smith, before leaving …" / "while …": a subordinator continues the narration
GERUND_MARKERS = frozenset({"while", "before", "after"})

# English marks the infinitive with "to", not with an ending: no suffix test applies
INFINITIVE_SUFFIXES: tuple[str, ...] = ()

# kept inside reported content that starts with them: "said not to know …"
NEGATIONS = frozenset({"not", "never", "no"})

# "Officials said the bridge would reopen": English drops "that"; the clause follows the cue
CLAUSE_AFTER_CUE = True

# "urged residents to stay indoors": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"to"})

# "said that … and that …", "… but added that …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"and", "but", "or"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it"})
IMPERSONAL_VERBS: frozenset[str] = frozenset({"is", "was", "will", "would", "seems", "remains"})
# English participles do not agree: the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {}

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
INFINITIVE_SUFFIXES = ("are", "ere", "ire", "aver", "esser") + tuple(
    # with an enclitic pronoun: "ha promesso di ucciderla", "ha ammesso di saperlo"
    vowel + "r" + clitic for vowel in "aei" for clitic in ("la", "lo", "li", "le", "ne", "ci")
) + ("arsi", "irsi", "essersi")

# kept inside reported content that starts with them: "ha detto di non sapere …"
NEGATIONS = frozenset({"non", "mai"})

# "ha chiesto di aspettare", "ha invitato i cittadini a restare": the word before a reported infinitive that has an object or a request before it
INFINITIVE_MARKERS: frozenset[str] = frozenset({"di", "d'", "d’", "a"})

# "ha detto che … e ha aggiunto che …": a coordinator before a second cue or a second
# complementizer ends the first content clause
COORDINATORS: frozenset[str] = frozenset({"e", "ed", "ma", "o", "però"})

# an impersonal clause before an infinitive cue reports nobody's words: "Il est utile de noter
# que …", "il faut rappeler que …", "Cabe señalar que …", "Bisogna dire che …". The subject (empty
# where the language drops it) then one of the verbs, an optional adjective and infinitive marker.
IMPERSONAL_SUBJECTS: frozenset[str] = frozenset()
IMPERSONAL_VERBS: frozenset[str] = frozenset({"bisogna", "bisognerà", "bisognerebbe", "occorre", "occorrerà", "conviene", "basta", "resta"})
# "Interpellata dai cronisti, ha spiegato": the ending of a past participle that agrees with its person (a sentence-opening
# lead-in, "Asked about X, …", names who speaks next)
PAST_PARTICIPLE_AGREEMENT: dict[str, tuple[str | None, bool]] = {"ate": ("f", True), "ite": ("f", True), "ati": ("m", True), "iti": ("m", True),
    "ata": ("f", False), "ita": ("f", False), "ato": ("m", False), "ito": ("m", False)}

# "A parlare è stato il sindaco", "Ad aprire la seduta è la presidente": a fronted infinitive
# after "a" puts its agent after the copula, in focus; that person holds the floor next.
# The opener, then the copula's forms (its participles may follow: "è stata"); the copula also
# gives a named person a role in a relative clause ("Ugo Neri, che sarà anche il candidato").
CLEFT_OPENERS: frozenset[str] = frozenset({"a", "ad"})
COPULAS: frozenset[str] = frozenset({
    "è", "e'", "fu", "sarà", "era", "sono", "furono", "saranno", "erano",
    "stato", "stata", "stati", "state",
})

# "«…» – dicono –", "dissero", "affermavano": the third person plural of the speech verbs' finite
# forms (present, imperfect, passato remoto); a dropped subject is then a group
PLURAL_VERB_ENDINGS = ("ano", "ono", "ero")

# "«…», continua Rossi" speaks, "continuava a minacciare la vittima" goes on doing: before an
# infinitive these speech verbs report nothing
ASPECTUAL_LEMMAS = frozenset({"continuare"})

"""Quotation marks and dialogue dashes of German typography."""

# „…“ (German low-high quotes) first; »…« (guillemets pointing inwards, book and magazine
# typography); ‚…‘ for quotes inside quotes; «…» (Swiss usage); “…” and "…" from the web;
# „ closed by a straight " or by ” (typed on keyboards, OCR of old print, word processors)
QUOTE_PAIRS = (("„", "“"), ("»", "«"), ("‚", "‘"), ("«", "»"), ("“", "”"), ('"', '"'), ("„", '"'), ("„", "”"))

# web and wiki text types two apostrophes for a double mark around a title or a name
# ("die Zeitung ''Talpost''"), seldom around speech: marks of a title, not of a quotation
TITLE_MARKS = (("''", "''"),)

# "die „Talpost“ berichtete", "laut dem „Kurier“": the press names a medium or a body in quotation
# marks after its article; the article and the quoted name are one noun phrase
QUOTED_NAMES = True

# em and en dash (Gedankenstrich) open an interview or dialogue line
DIALOGUE_DASHES = ("—", "–")

# "F:" / "A:" (Frage, Antwort) open the lines of a printed interview
INTERVIEW_MARKERS = ("F", "A")

# a byline naming who asks the questions of an interview (lower case, as matched)
INTERVIEWER_MARKERS = ("das interview führte", "das gespräch führte", "die fragen stellte")

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"etc", "z.B", "u.a", "usw", "bzw", "ca", "Nr", "Str", "St", "Dr", "Prof", "vgl", "d.h", "Mio", "Mrd", "Jh", "v.a", "o.ä", "inkl", "bzw", "v",
                           "Se", "Sr", "Ew"})  # "Se. Majestät", "Sr. Hoheit", "Ew. Gnaden" (court style)

# ordinals are written with a period ("der 2. Akt", "des 3. Bandes"): such a number after a
# definite article does not end a sentence
ORDINAL_PERIOD = True

# the press of the 19th and early 20th century often printed direct speech with no quotation
# marks after a cue and a colon: "Er rief: Kommt alle her!"
UNMARKED_SPEECH = True

# in the clause of such a colon, words that announce a whole text (a report quoted at length, a
# letter, a poem) rather than a remark: the unmarked words then run over several sentences
TEXT_ANNOUNCERS = frozenset({
    "folgendes", "folgende", "folgender", "folgenden", "folgendermaßen", "nachstehendes", "nachstehende",
    "berichtet", "berichten", "schreibt", "schreiben", "geschrieben", "erzählt", "meldet", "melden",
    "besagt", "lautet", "lauten", "worten", "bericht",
})

# nouns of a quoted text that announce it right before the colon with no speech verb
# ("… noch folgendes Gedicht:", "… mit den Worten:")
TEXT_NOUNS = frozenset({
    "worten", "gedicht", "geschichte", "erklärung", "brief", "zuschrift", "telegramm", "depesche", "inschrift",
})

# words of the speaker and of the addressee (first and second person, lower case; "jch", "jhm" as
# old print and its OCR spell "ich", "ihm"): a plain sentence after unmarked words that holds one
# goes on with them ("Er sagte: Freunde! Wir danken euch."). "ihr" and "sie" are left out: they
# are also the third person
SPEECH_PERSON_WORDS = frozenset({
    "ich", "jch", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
    "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
    "euch", "euer", "eure", "euren", "eurem", "eurer", "eures",
})

# particles that close a separable speech verb right before the colon of its unmarked words,
# after its subject and whom they are called to: "rief der Wirt den Gästen zu: Trinkt aus!"
SPEECH_PARTICLES = frozenset({"zu", "hinzu", "entgegen", "nach"})

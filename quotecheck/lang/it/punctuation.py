"""Quotation marks and dialogue dashes of Italian typography."""

# caporali «…» first (books and most newspapers), then “…” (alte doppie, common in the press and
# online), straight quotes, and ‘…’ (alte semplici) for quotes inside quotes
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"))

# the lineetta (em dash) or en dash opens a line of dialogue
DIALOGUE_DASHES = ("—", "–")

# "D:" / "R:" (domanda, risposta) open the lines of a printed interview
INTERVIEW_MARKERS = ("D", "R")

# a byline naming who asks the questions of an interview (lower case, as matched)
INTERVIEWER_MARKERS = ("intervista raccolta da", "intervista a cura di")

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"ecc", "Sig", "Dott", "Prof", "On", "pag", "n", "S"})

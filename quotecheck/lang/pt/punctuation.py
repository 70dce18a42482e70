"""Quotation marks and dialogue dashes of Portuguese typography."""

# “…” first (the Brazilian press and most Portuguese online media), then «…» (European
# Portuguese print), straight quotes, and ‘…’ for quotes inside quotes
QUOTE_PAIRS = (("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"))

# the travessão (em dash) opens a line of dialogue; the en dash is a common substitute
DIALOGUE_DASHES = ("—", "–")

# "P:" / "R:" (pergunta, resposta) open the lines of a printed interview
INTERVIEW_MARKERS = ("P", "R")

# a byline naming who asks the questions of an interview (lower case, as matched)
INTERVIEWER_MARKERS = ("entrevista conduzida por", "entrevista realizada por")

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"etc", "Sr", "Sra", "Dr", "Dra", "pág", "n", "EUA"})

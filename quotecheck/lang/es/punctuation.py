"""Quotation marks and dialogue dashes of Spanish typography."""

# comillas angulares «…» first (the RAE's preference), then “…” (inside «…» and in much of the
# Latin American press), ‘…’ for a third level, and straight quotes from the web
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'))

# the raya (em dash) opens a line of dialogue and frames the narrator's incise
# ("—Vamos —dijo ella—."); the en dash is a common typing substitute
DIALOGUE_DASHES = ("—", "–")

# "P:" / "R:" (pregunta, respuesta) open the lines of a printed interview
INTERVIEW_MARKERS = ("P", "R")

# a byline naming who asks the questions of an interview (lower case, as matched)
INTERVIEWER_MARKERS = ("entrevista realizada por",)

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"etc", "Sr", "Sra", "Srta", "Dr", "Dra", "pág", "núm", "Ud", "Uds", "EE.UU"})

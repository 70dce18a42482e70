"""Quotation marks and dialogue dashes of French typography."""

# « guillemets » first: the preferred French marks; then English-style marks common online; then
# the mixed pairs of hurried web copy (d'"extrêmement lourde», «oui")
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("‹", "›"), ("‘", "’"), ('"', '"'), ("„", "“"), ('"', "»"), ("«", '"'))

# em dash, en dash and horizontal bar open a line of dialogue or an interview answer
DIALOGUE_DASHES = ("—", "–", "―")

# "Q :" / "R :" (question, réponse) open the lines of a printed interview
INTERVIEW_MARKERS = ("Q", "R")

# "Propos recueillis par Julie Carré": who asks the questions of an interview
INTERVIEWER_MARKERS = ("propos recueillis par", "entretien réalisé par", "interview réalisée par")

# a period after these (and after the language's titles) does not end a sentence
ABBREVIATIONS = frozenset({"etc", "cf", "av", "env", "art", "no", "n°", "vol", "p", "pp", "St", "Ste", "MM", "Mgr", "apr", "J.-C", "éd", "coll", "hab", "km"})

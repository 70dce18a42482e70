"""French: data only (a minimal seed set; the full lexicons live in the sibling modules)."""

CODE = "fr"
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("‹", "›"), ("‘", "’"), ('"', '"'), ("„", "“"))
DIALOGUE_DASHES = ("—", "–", "―")
STOP_WORDS = frozenset("le la les de des du un une et est que qui dans pour pas sur au aux avec il elle ne se ce sont ont a été".split())
SPEECH_VERBS = {
    "dit": "dire", "affirmé": "affirmer", "affirme": "affirmer", "déclaré": "déclarer",
    "ajouté": "ajouter", "ajoute": "ajouter", "souligné": "souligner", "annoncé": "annoncer",
    "expliqué": "expliquer", "indiqué": "indiquer", "noté": "noter", "continué": "continuer",
    "invité": "inviter", "reprit": "reprendre", "répondit": "répondre", "s'écria": "s'écrier",
}
AUXILIARIES = {"a": False, "ont": True, "avait": False, "avaient": True, "est": False, "sont": True}
INVERTED_SUBJECTS = {"-t-il": ("m", False), "-t-elle": ("f", False), "-il": ("m", False), "-elle": ("f", False),
                     "-ils": ("m", True), "-elles": ("f", True), "-t-on": (None, False), "-on": (None, False)}
CUE_ADVERBS = frozenset("également aussi toutefois encore ensuite enfin alors déjà pourtant jeudi lundi mardi mercredi vendredi samedi dimanche".split())
SOURCE_MARKERS = ("selon", "d'après", "d’après", "aux yeux de", "de l'avis de")
PARTIAL_CUES = {"qualifiées": "qualifier", "qualifié": "qualifier", "voit": "voir", "évoque": "évoquer", "parle": "parler"}
COMPLEMENTIZERS = ("que", "qu'", "qu’")
PRONOUNS = {"il": ("m", False), "elle": ("f", False), "ils": ("m", True), "elles": ("f", True)}
TITLES = {"M.": "m", "Mme": "f", "Mlle": "f", "Me": None, "Dr": None, "Pr": None}
ROLE_NOUNS = {"secrétaire général": "m", "président": "m", "présidente": "f", "ministre": None, "chef": None, "porte-parole": None}
DEMONYMS = {"Norvégien": "m", "Norvégienne": "f", "Français": "m", "Française": "f"}
ORGANIZATION_NOUNS = frozenset({"ministère", "gouvernement", "Élysée", "Commission", "police"})
DETERMINERS = {"le": ("m", False), "la": ("f", False), "l'": (None, False), "l’": (None, False), "les": (None, True)}
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "van", "von", "der", "al-", "ben", "bin", "la", "le"})

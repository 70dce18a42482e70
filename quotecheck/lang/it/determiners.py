"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}.

"l'" elides both genders; "le" is feminine plural. Both apostrophes are listed.
"""

DETERMINERS = {
    "il": ("m", False), "lo": ("m", False), "la": ("f", False),
    "l'": (None, False), "l’": (None, False),
    "i": ("m", True), "gli": ("m", True), "le": ("f", True),
    "un": ("m", False), "uno": ("m", False), "una": ("f", False),
    "un'": ("f", False), "un’": ("f", False),
    "questo": ("m", False), "questa": ("f", False), "questi": ("m", True), "queste": ("f", True),
    "quel": ("m", False), "quello": ("m", False), "quella": ("f", False),
    "quei": ("m", True), "quelle": ("f", True),
    "due": (None, True), "tre": (None, True), "alcuni": ("m", True), "alcune": ("f", True),
}

# a definite role ("il portavoce") refers to someone known in the text
DEFINITE_DETERMINERS = frozenset({"il", "lo", "la", "l'", "l’", "i", "gli", "le"})

# an indefinite description ("un giovane di 24 anni") brings a new person into the text
INDEFINITE_DETERMINERS = frozenset({"un", "uno", "una", "un'", "un’"})

# between a determiner and a role: "i due dirigenti", "l'ex ministro", "la nuova presidente"
PRENOMINAL_WORDS = frozenset({
    "due", "tre", "quattro", "cinque", "alcuni", "alcune", "ex", "vecchio", "vecchia", "nuovo",
    "nuova", "giovane", "attuale", "futuro", "futura", "principale", "alto", "alta", "stesso",
    "stessa", "allora", "altro", "altra",
})

# Italian plurals change the final vowel ("ministro"/"ministri"): listed in role_nouns instead
PLURAL_SUFFIXES: tuple[str, ...] = ()

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

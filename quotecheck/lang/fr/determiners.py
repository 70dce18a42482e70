"""Determiners before a role noun or a demonym: {determiner: (gender, plural)}.

Gender None when the form does not show it ("les", "l'") or when it also stands before a
feminine noun that starts with a vowel ("son avocate", "mon amie").
"""

from ._resources import both_apostrophes_map

DETERMINERS = both_apostrophes_map({
    # articles
    "le": ("m", False),
    "la": ("f", False),
    "l'": (None, False),
    "les": (None, True),
    "un": ("m", False),
    "une": ("f", False),
    "des": (None, True),
    # contracted articles
    "du": ("m", False),
    "au": ("m", False),
    "aux": (None, True),
    # demonstratives
    "ce": ("m", False),
    "cet": ("m", False),
    "cette": ("f", False),
    "ces": (None, True),
    # possessives
    "mon": (None, False),
    "ma": ("f", False),
    "mes": (None, True),
    "ton": (None, False),
    "ta": ("f", False),
    "tes": (None, True),
    "son": (None, False),
    "sa": ("f", False),
    "ses": (None, True),
    "notre": (None, False),
    "votre": (None, False),
    "leur": (None, False),
    "nos": (None, True),
    "vos": (None, True),
    "leurs": (None, True),
    # quantifiers that front a group of speakers
    "plusieurs": (None, True),
    "quelques": (None, True),
    "certains": ("m", True),
    "certaines": ("f", True),
    "deux": (None, True),
    "trois": (None, True),
})

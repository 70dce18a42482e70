"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}.

English articles carry no gender; "the" serves both numbers and is marked singular (the noun's
own number is not checked). Possessives open "his lawyer", "their spokesman".
"""

DETERMINERS = {
    "the": (None, False),
    "a": (None, False),
    "an": (None, False),
    "this": (None, False),
    "that": (None, False),
    "these": (None, True),
    "those": (None, True),
    "his": (None, False),
    "her": (None, False),
    "its": (None, False),
    "their": (None, False),
    "two": (None, True),
    "three": (None, True),
    "several": (None, True),
    "some": (None, True),
    "many": (None, True),
    "both": (None, True),
}

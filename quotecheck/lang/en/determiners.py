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
    "another": (None, False),
    "one": (None, False),
}

# a definite role ("the spokesman") refers to someone known in the text
DEFINITE_DETERMINERS = frozenset({"the"})

# between a determiner and a role: "the two officials", "a former minister", "the new coach"
PRENOMINAL_WORDS = frozenset({
    "two", "three", "four", "five", "several", "former", "new", "young", "top", "senior",
    "junior", "veteran", "longtime", "current", "outgoing", "incoming", "acting", "deputy",
    "local", "chief", "leading", "prominent", "then",
})

# "the officials" → the role "official"; irregular plurals are listed in role_nouns
PLURAL_SUFFIXES = ("s",)

# "Local farmers say …", "Kerr's campaign strategists said …": a plural noun needs no determiner to be a subject
BARE_PLURAL_SUBJECTS = True

"""Subject pronouns hyphenated after an inverted cue: {suffix: (gender, plural)}.

"a-t-il ajouté", "répond-elle", "dit-on", "poursuivent-ils", "dis-je". Each suffix is given with
the ordinary hyphen and with the non-breaking hyphen U+2011 that some typesetting inserts; the
frequent misspelling with an apostrophe ("a-t'il") is accepted too.
"""

_SUFFIXES = {
    "-t-il": ("m", False),
    "-t-elle": ("f", False),
    "-t-on": (None, False),
    "-t-ils": ("m", True),       # misspelling, seen in comments and transcripts
    "-t-elles": ("f", True),
    "-t'il": ("m", False),
    "-t'elle": ("f", False),
    "-t’il": ("m", False),
    "-t’elle": ("f", False),
    "-il": ("m", False),
    "-elle": ("f", False),
    "-ils": ("m", True),
    "-elles": ("f", True),
    "-on": (None, False),
    "-je": (None, False),
    "-nous": (None, True),
    "-vous": (None, True),  # plural, or polite singular: counted as plural
}

INVERTED_SUBJECTS = {
    **_SUFFIXES,
    **{suffix.replace("-", "\u2011"): value for suffix, value in _SUFFIXES.items()},
}

"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: Spanish drops subject pronouns ("…", dijo.): a cue with no subject mention has
the topic of the discourse for subject. ``ANAPHORIC_OPENERS``: words that open a sentence whose
cue points back at the quotation just before it: "…". Así lo explicó X / Lo dijo X / Es lo que
afirmó X.
"""

NULL_SUBJECT = True

ANAPHORIC_OPENERS = frozenset({"así", "lo", "es", "fue", "que", "esto", "eso", "ello"})

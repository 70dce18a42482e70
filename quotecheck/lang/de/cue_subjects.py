"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: German always writes the subject of a finite verb. ``ANAPHORIC_OPENERS``: words
that open a sentence whose cue points back at the quotation just before it: „…“ So sagte es X,
Das erklärte X, Dies betonte X.
"""

NULL_SUBJECT = False

ANAPHORIC_OPENERS = frozenset({"so", "das", "dies", "dieses", "solches"})

# of those, the pronouns that stand for the statement before: "Der Bau wird teurer. Das bestätigte
# die Stadt." ("So betonte X" is an adverb: X goes on with a statement of their own)
ANAPHORIC_OBJECTS = frozenset({"das", "dies", "dieses"})

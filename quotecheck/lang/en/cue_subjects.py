"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: English always writes the subject of a finite verb. ``ANAPHORIC_OPENERS``: words
that open a sentence whose cue points back at the quotation just before it: "“…” That is what X
said", "So said X".
"""

NULL_SUBJECT = False

ANAPHORIC_OPENERS = frozenset({"that", "this", "is", "was", "what", "so", "thus", "'s", "’s"})

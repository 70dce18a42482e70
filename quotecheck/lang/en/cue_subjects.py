"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: English always writes the subject of a finite verb. ``ADDRESSEE_AFTER_CUE``: a
name between the cue and "that" is the addressee. ``ANAPHORIC_OPENERS``: words
that open a sentence whose cue points back at the quotation just before it: "“…” That is what X
said", "So said X".
"""

NULL_SUBJECT = False

# "X told Radio Vale that …", "told reporters on Monday that …": the subject never stands between
# the verb and its clause, so a name there is whom the speaker told
ADDRESSEE_AFTER_CUE = True

# "“…,” Ann Kerr, a neighbour, told Radio Vale": "tell" takes whom it tells as its object, so the
# mention after it is never the speaker when one stands before it
OBJECT_CUE_LEMMAS = frozenset({"tell"})

ANAPHORIC_OPENERS = frozenset({"that", "this", "is", "was", "what", "so", "thus", "'s", "’s"})

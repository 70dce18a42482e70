"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: Italian drops subject pronouns («…», ha aggiunto.): a cue with no subject mention
has the topic of the discourse for subject. ``ANAPHORIC_OPENERS``: words that open a sentence whose
cue points back at the quotation just before it: «…». Lo ha detto X / Così X commenta / È quanto
ha dichiarato X.
"""

NULL_SUBJECT = True

ANAPHORIC_OPENERS = frozenset({"lo", "l'", "l’", "così", "è", "quanto", "ciò", "questo", "che"})

"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: Portuguese drops subject pronouns ("…", afirmou.): a cue with no subject mention
has the topic of the discourse for subject. ``ANAPHORIC_OPENERS``: words that open a sentence whose
cue points back at the quotation just before it: "…". Foi o que disse X / Assim o afirmou X /
É o que defende X.
"""

NULL_SUBJECT = True

ANAPHORIC_OPENERS = frozenset({"assim", "foi", "o", "é", "que", "isso", "isto"})

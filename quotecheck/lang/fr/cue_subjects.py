"""Who the subject of a cue is, when the sentence does not say it next to the verb.

``NULL_SUBJECT``: French always writes the subject of a finite verb, so a cue with none is no
dropped pronoun. ``ANAPHORIC_OPENERS``: words that open a sentence whose cue points back at the
quotation just before it: "« … ». C'est ce qu'a affirmé X", "Ainsi s'est exprimé X".
"""

NULL_SUBJECT = False

ANAPHORIC_OPENERS = frozenset({
    "c'", "c’", "ce", "est", "était", "qu'", "qu’", "que", "ainsi", "voilà", "là", "telle", "tel",
})

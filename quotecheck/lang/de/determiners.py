"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}.

German articles decline for case; each form is entered with the reading that opens a subject or
a "laut"/"nach Angaben" complement most often. "die" is feminine singular or plural of any
gender; it is entered as feminine singular, like the pronoun "sie", and a role noun's own gender
("die Experten") takes precedence in the engine. Neuter forms carry no gender (the contract has
none for neuter).
"""

#: endings of an inflected adjective between a determiner and its noun ("die große Koalition",
#: "der ehemalige russische Präsident")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

DETERMINERS = {
    "der": ("m", False),
    "die": ("f", False),
    "das": (None, False),
    "den": ("m", False),
    "dem": (None, False),
    "des": (None, False),
    "ein": (None, False),
    "eine": ("f", False),
    "einer": ("f", False),
    "eines": (None, False),
    "einem": (None, False),
    "einen": ("m", False),
    "dieser": ("m", False),
    "diese": ("f", False),
    "dieses": (None, False),
    "zwei": (None, True),
    "drei": (None, True),
    "mehrere": (None, True),
    "einige": (None, True),
}

# articles of a genitive complement ("nach Angaben des Senders", "eines Sprechers der Stadt"):
# after a noun any other article ("die", "den", "ein" …) opens the next phrase
GENITIVE_DETERMINERS = frozenset({"des", "der", "eines", "einer"})

# articles that never open a subject: a phrase opening on one before the verb is a fronted object
# ("Dem Sender sagte die Ministerin: …", "Den Reportern erklärte er, …"); "eines" and "dieses"
# are left out: they open a subject too ("eines der Blätter schrieb", "dieses Blatt meldet")
OBLIQUE_ARTICLES = frozenset({"dem", "den", "des", "einem", "einen", "diesem", "diesen"})

# "der" opens a subject ("der britische Sender") unless an adjective in "-en" follows it: "der
# britischen Zeitung" is a dative or genitive (the nominative plural takes "die")
OBLIQUE_BEFORE_ADJECTIVE = {"der": "en"}

# "die"/"diese" before a masculine role form is plural ("die Kritiker"): a woman is "die Kritikerin"
PLURAL_FEMININE_ARTICLES = frozenset({"die", "diese"})

# words between an article and a role that make the role plural ("der beiden Berater", "die
# drei Ärzte"): the noun alone is often spelt like its singular
PLURAL_PRENOMINAL_WORDS = frozenset({"beiden", "zwei", "drei", "vier", "fünf", "mehrere", "einige", "vielen", "zahlreiche", "zahlreichen"})

# "der" after a noun, before a masculine role form, is the genitive plural ("nach Meinung der
# Gegner"): one man would be "des Gegners"
GENITIVE_PLURAL_ARTICLES = frozenset({"der"})

# articles before which a role noun spelt only as a plural (``ROLE_PLURALS``) is the plural ("die
# Experten", "den Diplomaten"); after the others it is a weak noun's singular ("des Experten")
PLURAL_ROLE_ARTICLES = frozenset({"die", "der", "den", "diese", "dieser", "diesen"})

# a definite role ("der Sprecher") refers to someone known in the text
DEFINITE_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des"})

# between a determiner and a role: "der frühere Minister", "die neue Trainerin", "die beiden …"
PRENOMINAL_WORDS = frozenset({
    "zwei", "drei", "vier", "fünf", "beiden", "mehrere", "einige", "ehemalige", "ehemaliger",
    "ehemaligen", "frühere", "früherer", "früheren", "neue", "neuer", "neuen", "junge",
    "junger", "jungen", "amtierende", "amtierender", "scheidende", "scheidender", "designierte",
    "designierter", "stellvertretende", "stellvertretender", "damalige", "damaliger",
    "langjährige", "langjähriger", "zuständige", "zuständiger",
})

# German plurals change more than an ending ("Ärzte", "Anwältinnen"): listed in role_nouns
PLURAL_SUFFIXES: tuple[str, ...] = ()

# words that stand before a noun and never before a person's name: contracted articles and
# possessives ("zum ersten Mal", "ihre Vorbehalte"): the word after one is a common noun (after
# a contracted article only with an adjective between: "im Kieler Landtag" is a place's adjective)
NOUN_ARTICLES = frozenset({
    "zum", "zur", "beim", "vom", "ins", "ans", "aufs", "im", "am",
    "mein", "meine", "meinen", "meinem", "meiner", "sein", "seine", "seinen", "seinem", "seiner",
    "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren",
    "unserem", "unserer", "euer", "eure", "kein", "keine", "keinen", "keinem", "keiner", "keines",
    "jeder", "jede", "jedes", "jeden", "jedem", "viele", "vielen", "wenige", "wenigen", "manche",
    "solche", "solchen", "welche", "welcher", "diesen", "diesem", "jener", "jene", "jenen",
})

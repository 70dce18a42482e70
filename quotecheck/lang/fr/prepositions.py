"""Prepositions that, before a one-word capitalised name, make it a place ("à Amiens", "de Tours").

Such a name is never taken as the antecedent of "il"/"elle" nor as a speaker.
"""

LOCATIVE_PREPOSITIONS = frozenset({
    "à", "au", "aux", "de", "d'", "d’", "en", "dans", "vers", "depuis", "sur", "sous",
    "près", "jusqu'à", "jusqu’à", "via", "entre", "outre",
})

# "les dirigeants" → the role "dirigeant"; "les généraux" is listed as is in role_nouns
PLURAL_SUFFIXES = ("s", "x")

# between a determiner and a role noun: "les deux dirigeants", "un ancien ministre", "la nouvelle présidente"
PRENOMINAL_WORDS = frozenset({
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "quelques",
    "ancien", "ancienne", "anciens", "anciennes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
    "jeune", "jeunes", "futur", "future", "actuel", "actuelle", "premier", "première", "seul", "seule",
    "même", "autre", "autres", "grand", "grande", "haut", "haute", "vieux", "vieil", "vieille", "ex",
    "principal", "principale", "célèbre", "influent", "influente", "certains", "certaines", "nombreux",
})

# a definite singular role ("le technicien", "la conservatrice") refers to someone the reader knows
DEFINITE_DETERMINERS = frozenset({"le", "la", "l'", "l’"})

# prepositions that attach a complement to a role or an organisation ("the head of the agency")
COMPLEMENT_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’"})

# prepositions that open a complement of a speech verb (addressee, medium, occasion), which
# the subject of an inverted cue may follow: "a déclaré à l'AFP", "a dit devant les députés", "lors d'une conférence avec X"
CUE_PREPOSITIONS = frozenset({
    "après", "au", "auprès", "aux", "avant", "avec", "chez", "dans", "devant", "durant", "dès",
    "en", "face", "lors", "par", "pendant", "pour", "sur", "à",
})

"""Lower-case words allowed inside a proper name between capitalised parts.

"Louis de Valbreuse", "Ilse von der Heide", "Karim ben Youssef", "Omar al-Nouri",
"Maria Luísa da Costa". Matched on the lower-cased token. "Mc"/"Mac" ("McTavish") is a
prefix inside one token, not a particle, so it is not listed. "al-"/"el-" are listed for
tokenisers that split the hyphenated article off.
"""

from ._resources import both_apostrophes

NAME_PARTICLES = frozenset(both_apostrophes((
    # French
    "de", "du", "des", "d'", "la", "le",
    # Dutch, German, Scandinavian
    "van", "von", "der", "den", "ter", "te", "zu", "vom", "af",
    # Arabic, Hebrew, Persian
    "al", "al-", "el", "el-", "ben", "bin", "bint", "ibn", "abu", "abou", "ould", "ould-",
    # Iberian, Italian
    "dos", "das", "da", "di", "del", "della", "delle", "degli", "y", "e", "do", "las", "los",
    "lo",
)))

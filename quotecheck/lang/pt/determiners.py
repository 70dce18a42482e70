"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}.

"o"/"a" are also a pronoun and a preposition; the engine tries a role or organisation noun
right after them and gives up otherwise.
"""

DETERMINERS = {
    "o": ("m", False), "a": ("f", False), "os": ("m", True), "as": ("f", True),
    "um": ("m", False), "uma": ("f", False), "uns": ("m", True), "umas": ("f", True),
    "este": ("m", False), "esta": ("f", False), "estes": ("m", True), "estas": ("f", True),
    "esse": ("m", False), "essa": ("f", False), "esses": ("m", True), "essas": ("f", True),
    "seu": ("m", False), "sua": ("f", False), "seus": ("m", True), "suas": ("f", True),
    "dois": ("m", True), "duas": ("f", True), "três": (None, True),
    "vários": ("m", True), "várias": ("f", True),
}

# a definite role ("o porta-voz") refers to someone known in the text
DEFINITE_DETERMINERS = frozenset({"o", "a", "os", "as"})

# between a determiner and a role: "os dois dirigentes", "o ex-ministro", "a nova ministra"
PRENOMINAL_WORDS = frozenset({
    "dois", "duas", "três", "quatro", "cinco", "vários", "várias", "ex", "antigo", "antiga",
    "novo", "nova", "jovem", "atual", "actual", "futuro", "futura", "principal", "alto", "alta",
    "próprio", "própria", "então",
})

# "os especialistas" → "especialista", "os vereadores" → "vereador"
PLURAL_SUFFIXES = ("s", "es")

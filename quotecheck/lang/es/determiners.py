"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}."""

DETERMINERS = {
    "el": ("m", False), "la": ("f", False), "los": ("m", True), "las": ("f", True),
    "un": ("m", False), "una": ("f", False), "unos": ("m", True), "unas": ("f", True),
    "este": ("m", False), "esta": ("f", False), "estos": ("m", True), "estas": ("f", True),
    "ese": ("m", False), "esa": ("f", False), "esos": ("m", True), "esas": ("f", True),
    "su": (None, False), "sus": (None, True),
    "dos": (None, True), "tres": (None, True), "varios": ("m", True), "varias": ("f", True),
}

# a definite role ("el portavoz") refers to someone known in the text
DEFINITE_DETERMINERS = frozenset({"el", "la", "los", "las"})

# between a determiner and a role: "los dos dirigentes", "el ex presidente", "la nueva ministra"
PRENOMINAL_WORDS = frozenset({
    "dos", "tres", "cuatro", "cinco", "varios", "varias", "ex", "antiguo", "antigua", "nuevo",
    "nueva", "joven", "actual", "futuro", "futura", "principal", "alto", "alta", "propio",
    "propia", "entonces", "primer", "primera",
})

# "los expertos" → "experto", "los investigadores" → "investigador"
PLURAL_SUFFIXES = ("s", "es")

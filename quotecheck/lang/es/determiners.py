"""Determiners that open a role or organisation mention: {determiner: (gender, plural)}."""

DETERMINERS = {
    "el": ("m", False), "la": ("f", False), "los": ("m", True), "las": ("f", True),
    "un": ("m", False), "una": ("f", False), "unos": ("m", True), "unas": ("f", True),
    "este": ("m", False), "esta": ("f", False), "estos": ("m", True), "estas": ("f", True),
    "ese": ("m", False), "esa": ("f", False), "esos": ("m", True), "esas": ("f", True),
    "su": (None, False), "sus": (None, True),
    "dos": (None, True), "tres": (None, True), "varios": ("m", True), "varias": ("f", True),
}

"""Civilities and honorifics written before a name: {title: gender or None}.

Academic titles combine ("Prof. Dr."); the engine reads the first one. Offices ("Kanzlerin",
"Minister") are roles (ROLE_NOUNS).
"""

TITLES = {
    "Herr": "m", "Herrn": "m", "Hr.": "m",
    "Frau": "f", "Fr.": "f",
    "Dr.": None, "Dr": None,
    "Prof.": None, "Prof": None,
    "Dipl.-Ing.": None,
}

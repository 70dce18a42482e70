"""Civilities and honorifics written before a name: {title: gender or None}.

Both the British (no period) and American (period) spellings. Office names ("President",
"Senator" written in full) are roles, not titles: they are in ROLE_NOUNS.
"""

TITLES = {
    "Mr": "m", "Mr.": "m",
    "Mrs": "f", "Mrs.": "f",
    "Ms": "f", "Ms.": "f",
    "Miss": "f",
    "Dr": None, "Dr.": None,
    "Prof": None, "Prof.": None,
    "Sir": "m", "Dame": "f",
    "Lord": "m", "Lady": "f",
    "Rev": None, "Rev.": None,
    "Gov.": None, "Sen.": None, "Rep.": None,
    "Gen.": None, "Col.": None, "Capt.": None, "Lt.": None, "Sgt.": None, "Maj.": None,
    "Adm.": None, "Insp.": None, "Det.": None,
}

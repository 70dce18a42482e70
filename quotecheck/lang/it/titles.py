"""Civilities and honorifics written before a name: {title: gender or None}.

"on." (onorevole) is the title of members of parliament; "don" of priests. Offices ("ministro",
"presidente") are roles (ROLE_NOUNS).
"""

TITLES = {
    "Sig.": "m", "Sig.ra": "f", "Sig.na": "f", "Sigg.": None,
    "signor": "m", "signora": "f", "signorina": "f",
    "Dott.": "m", "Dott.ssa": "f", "dott.": "m", "dott.ssa": "f", "Dr.": None,
    "Prof.": "m", "Prof.ssa": "f", "prof.": "m",
    "Avv.": None, "avv.": None, "Ing.": None, "ing.": None,
    "on.": None, "On.": None,
    "don": "m", "Mons.": "m", "mons.": "m", "suor": "f",
}

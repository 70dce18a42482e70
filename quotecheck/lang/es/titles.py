"""Civilities and honorifics written before a name: {title: gender or None}.

"don" and "doña" precede a first name in lower case ("don Juan Carlos"). Offices ("ministro",
"presidenta") are roles (ROLE_NOUNS).
"""

TITLES = {
    "Sr.": "m", "Sra.": "f", "Srta.": "f",
    "señor": "m", "señora": "f",
    "don": "m", "doña": "f", "D.": "m", "Dña.": "f", "Dª": "f",
    "Dr.": "m", "Dra.": "f",
    "Lic.": None, "Ing.": None,
    "Prof.": "m", "Profa.": "f",
}

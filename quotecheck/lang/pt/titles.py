"""Civilities and honorifics written before a name: {title: gender or None}.

"dom"/"dona" precede a first name in lower case ("dona Maria"). Offices ("ministro",
"presidente") are roles (ROLE_NOUNS).
"""

TITLES = {
    "Sr.": "m", "Sra.": "f", "Srta.": "f",
    "senhor": "m", "senhora": "f",
    "dom": "m", "dona": "f", "D.": None,
    "Dr.": "m", "Dra.": "f", "Dr": "m", "Dra": "f",
    "Prof.": "m", "Profa.": "f", "Prof.ª": "f",
    "Eng.": None, "Exmo.": "m", "Exma.": "f",
}

"""Civilities and honorifics written before a name: {title as written: gender or None}.

Abbreviations are case-sensitive as written ("M.", "Mme", "Me" for maître); word titles are
listed in lower case and given a capitalised twin ("général" / "Général"). Gender None when the
title is used for women and men alike ("Me", "Dr", "ministre"-like ranks: "la colonel X").
"""

_ABBREVIATIONS = {
    "M.": "m", "MM.": "m",
    "Mme": "f", "Mmes": "f", "Mme.": "f",
    "Mlle": "f", "Mlles": "f", "Melle": "f",
    "Me": None, "Mes": None,            # maître(s), lawyers and notaries
    "Dr": None, "Dr.": None, "Drs": None,
    "Pr": None, "Pr.": None, "Prof.": None,
    "Mgr": "m", "Mgr.": "m",
    "Mr": "m", "Mr.": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f",
    "Sir": "m", "Lord": "m", "Lady": "f", "Dame": "f",
    "Herr": "m", "Frau": "f",
}

_WORDS = {
    # civilities
    "monsieur": "m", "madame": "f", "mademoiselle": "f", "messieurs": "m", "mesdames": "f",
    "maître": None,
    # professions used as titles
    "docteur": None, "doctoresse": "f", "professeur": None, "professeure": "f",
    "juge": None, "inspecteur": "m", "inspectrice": "f", "commissaire": None,
    # military and police ranks (often kept unchanged for women)
    "général": None, "générale": "f", "amiral": None, "colonel": None, "lieutenant-colonel": None,
    "commandant": None, "capitaine": None, "lieutenant": None, "sous-lieutenant": None,
    "adjudant": None, "sergent": None, "caporal": None, "brigadier": None, "maréchal": "m",
    # religion
    "abbé": "m", "père": "m", "mère": "f", "frère": "m", "sœur": "f", "soeur": "f",
    "cardinal": "m", "pape": "m", "évêque": "m", "archevêque": "m", "pasteur": None,
    "pasteure": "f", "rabbin": "m", "imam": "m", "ayatollah": "m", "mollah": "m",
    "cheikh": "m", "cheikha": "f", "sheikh": "m",
    "dom": "m", "révérend": "m", "dalaï-lama": "m", "patriarche": "m", "métropolite": "m",
    # nobility and monarchy
    "roi": "m", "reine": "f", "prince": "m", "princesse": "f", "empereur": "m",
    "impératrice": "f", "duc": "m", "duchesse": "f", "comte": "m", "comtesse": "f",
    "marquis": "m", "marquise": "f", "vicomte": "m", "vicomtesse": "f", "baron": "m",
    "baronne": "f", "chevalier": "m", "émir": "m", "sultan": "m", "shah": "m",
    "tsar": "m", "tsarine": "f", "infant": "m", "infante": "f", "archiduc": "m",
    # fiction and family
    "oncle": "m", "tante": "f", "grand-père": "m", "grand-mère": "f",
}

TITLES = {
    **_ABBREVIATIONS,
    **_WORDS,
    **{word[:1].upper() + word[1:]: gender for word, gender in _WORDS.items()},
}

"""Demonyms that name a speaker after a determiner: "il norvegese", "la francese".

Italian writes them in lower case; many end in -e and serve both genders ("francese",
"inglese", "olandese": None), those in -o/-a show it.
"""

# (masculine, feminine)
_PAIRS = {
    "russo": "russa", "italiano": "italiana", "tedesco": "tedesca", "spagnolo": "spagnola",
    "britannico": "britannica", "svizzero": "svizzera", "austriaco": "austriaca",
    "svedese": "svedese", "danese": "danese", "finlandese": "finlandese",
    "polacco": "polacca", "ceco": "ceca", "slovacco": "slovacca", "ungherese": "ungherese",
    "rumeno": "rumena", "romeno": "romena", "bulgaro": "bulgara", "greco": "greca",
    "turco": "turca", "ucraino": "ucraina", "bielorusso": "bielorussa", "serbo": "serba",
    "croato": "croata", "sloveno": "slovena", "albanese": "albanese", "palestinese": "palestinese",
    "siriano": "siriana", "iracheno": "irachena", "iraniano": "iraniana", "afghano": "afghana",
    "egiziano": "egiziana", "libico": "libica", "tunisino": "tunisina", "marocchino": "marocchina",
    "algerino": "algerina", "cinese": "cinese", "giapponese": "giapponese", "coreano": "coreana",
    "indiano": "indiana", "pakistano": "pakistana", "americano": "americana",
    "statunitense": "statunitense", "canadese": "canadese", "messicano": "messicana",
    "brasiliano": "brasiliana", "argentino": "argentina", "cileno": "cilena",
    "colombiano": "colombiana", "peruviano": "peruviana", "venezuelano": "venezuelana",
    "cubano": "cubana", "australiano": "australiana", "europeo": "europea",
    "africano": "africana", "asiatico": "asiatica", "nigeriano": "nigeriana",
    "sudafricano": "sudafricana", "keniano": "keniana", "lituano": "lituana",
    "lettone": "lettone", "estone": "estone", "armeno": "armena", "georgiano": "georgiana",
    "giordano": "giordana", "saudita": "saudita", "israeliano": "israeliana",
    "libanese": "libanese", "francese": "francese", "inglese": "inglese",
    "scozzese": "scozzese", "irlandese": "irlandese", "portoghese": "portoghese",
    "olandese": "olandese", "belga": "belga", "norvegese": "norvegese",
    "islandese": "islandese", "lussemburghese": "lussemburghese", "siciliano": "siciliana",
    "napoletano": "napoletana", "romano": "romana", "milanese": "milanese",
    "sardo": "sarda", "veneto": "veneta", "vietnamita": "vietnamita", "thailandese": "thailandese",
    "indonesiano": "indonesiana", "filippino": "filippina", "bosniaco": "bosniaca",
    "kosovaro": "kosovara", "moldavo": "moldava", "etiope": "etiope", "somalo": "somala",
    "senegalese": "senegalese", "ghanese": "ghanese", "congolese": "congolese",
}

DEMONYMS = {
    **{m: "m" for m, f in _PAIRS.items() if m != f},
    **{f: "f" for m, f in _PAIRS.items() if m != f},
    **{m: None for m, f in _PAIRS.items() if m == f},
}

#: demonyms are written in lower case here ("the Texan" aside): no ending makes a capitalised word one
DEMONYM_SUFFIXES: tuple[str, ...] = ()

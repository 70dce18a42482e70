"""Demonyms that name a speaker after a determiner: "el noruego", "la francesa".

Spanish writes them in lower case, as nouns or adjectives; masculine and feminine forms with
their gender, epicene ones ("estadounidense", "belga", "israelí") with None. A capitalised
country name ("China", "Argentina", "India") is not a demonym: only the lower-case word is.
"""

# (masculine, feminine)
_PAIRS = {
    "noruego": "noruega", "francés": "francesa", "alemán": "alemana", "ruso": "rusa",
    "británico": "británica", "inglés": "inglesa", "escocés": "escocesa",
    "irlandés": "irlandesa", "italiano": "italiana", "español": "española",
    "portugués": "portuguesa", "holandés": "holandesa", "neerlandés": "neerlandesa",
    "suizo": "suiza", "austriaco": "austriaca", "sueco": "sueca", "danés": "danesa",
    "finlandés": "finlandesa", "polaco": "polaca", "checo": "checa", "eslovaco": "eslovaca",
    "húngaro": "húngara", "rumano": "rumana", "búlgaro": "búlgara", "griego": "griega",
    "turco": "turca", "ucraniano": "ucraniana", "bielorruso": "bielorrusa", "serbio": "serbia",
    "croata": "croata", "palestino": "palestina", "libanés": "libanesa", "sirio": "siria",
    "afgano": "afgana", "egipcio": "egipcia", "libio": "libia", "argelino": "argelina",
    "tunecino": "tunecina", "chino": "china", "japonés": "japonesa", "coreano": "coreana",
    "indio": "india", "mexicano": "mexicana", "brasileño": "brasileña",
    "argentino": "argentina", "chileno": "chilena", "colombiano": "colombiana",
    "peruano": "peruana", "venezolano": "venezolana", "cubano": "cubana",
    "ecuatoriano": "ecuatoriana", "boliviano": "boliviana", "uruguayo": "uruguaya",
    "paraguayo": "paraguaya", "dominicano": "dominicana", "salvadoreño": "salvadoreña",
    "hondureño": "hondureña", "guatemalteco": "guatemalteca", "panameño": "panameña",
    "puertorriqueño": "puertorriqueña", "australiano": "australiana", "europeo": "europea",
    "africano": "africana", "asiático": "asiática", "latinoamericano": "latinoamericana",
    "catalán": "catalana", "vasco": "vasca", "gallego": "gallega", "andaluz": "andaluza",
    "madrileño": "madrileña", "nigeriano": "nigeriana", "sudafricano": "sudafricana",
    "keniano": "keniana", "iraquí": "iraquí", "lituano": "lituana", "letón": "letona",
    "estonio": "estonia", "esloveno": "eslovena", "albanés": "albanesa", "armenio": "armenia",
    "georgiano": "georgiana", "jordano": "jordana", "indonesio": "indonesia",
    "filipino": "filipina", "tailandés": "tailandesa", "vietnamita": "vietnamita",
}

_EPICENE = """
estadounidense canadiense belga israelí iraní marroquí saudí pakistaní paquistaní
nicaragüense costarricense luxemburgués catarí yemení somalí bosnio
""".split()

DEMONYMS = {
    **{m: "m" for m, f in _PAIRS.items() if m != f},
    **{f: "f" for m, f in _PAIRS.items() if m != f},
    **{m: None for m, f in _PAIRS.items() if m == f},
    **{word: None for word in _EPICENE},
}
DEMONYMS.update({"luxemburgués": "m", "luxemburguesa": "f", "bosnio": "m", "bosnia": "f"})

#: demonyms are written in lower case here ("the Texan" aside): no ending makes a capitalised word one
DEMONYM_SUFFIXES: tuple[str, ...] = ()

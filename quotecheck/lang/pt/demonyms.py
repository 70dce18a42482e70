"""Demonyms that name a speaker after a determiner: "o norueguês", "a francesa".

Portuguese writes them in lower case; masculine and feminine forms with their gender, those
the same in both ("belga", "estadunidense", "israelense") with None.
"""

# (masculine, feminine)
_PAIRS = {
    "norueguês": "norueguesa", "francês": "francesa", "alemão": "alemã", "russo": "russa",
    "britânico": "britânica", "inglês": "inglesa", "escocês": "escocesa",
    "irlandês": "irlandesa", "italiano": "italiana", "espanhol": "espanhola",
    "português": "portuguesa", "holandês": "holandesa", "suíço": "suíça",
    "austríaco": "austríaca", "sueco": "sueca", "dinamarquês": "dinamarquesa",
    "finlandês": "finlandesa", "polonês": "polonesa", "polaco": "polaca", "tcheco": "tcheca",
    "checo": "checa", "húngaro": "húngara", "romeno": "romena", "búlgaro": "búlgara",
    "grego": "grega", "turco": "turca", "ucraniano": "ucraniana", "bielorrusso": "bielorrussa",
    "sérvio": "sérvia", "croata": "croata", "palestino": "palestina", "libanês": "libanesa",
    "sírio": "síria", "iraquiano": "iraquiana", "iraniano": "iraniana", "afegão": "afegã",
    "egípcio": "egípcia", "líbio": "líbia", "argelino": "argelina", "tunisiano": "tunisiana",
    "marroquino": "marroquina", "chinês": "chinesa", "japonês": "japonesa",
    "coreano": "coreana", "indiano": "indiana", "paquistanês": "paquistanesa",
    "americano": "americana", "norte-americano": "norte-americana", "canadense": "canadense",
    "canadiano": "canadiana", "mexicano": "mexicana", "brasileiro": "brasileira",
    "argentino": "argentina", "chileno": "chilena", "colombiano": "colombiana",
    "peruano": "peruana", "venezuelano": "venezuelana", "cubano": "cubana",
    "equatoriano": "equatoriana", "boliviano": "boliviana", "uruguaio": "uruguaia",
    "paraguaio": "paraguaia", "australiano": "australiana", "europeu": "europeia",
    "africano": "africana", "asiático": "asiática", "latino-americano": "latino-americana",
    "angolano": "angolana", "moçambicano": "moçambicana", "cabo-verdiano": "cabo-verdiana",
    "guineense": "guineense", "são-tomense": "são-tomense", "timorense": "timorense",
    "nigeriano": "nigeriana", "sul-africano": "sul-africana", "queniano": "queniana",
    "lituano": "lituana", "letão": "letã", "estoniano": "estoniana", "esloveno": "eslovena",
    "eslovaco": "eslovaca", "albanês": "albanesa", "arménio": "arménia", "armênio": "armênia",
    "georgiano": "georgiana", "jordaniano": "jordaniana", "saudita": "saudita",
    "belga": "belga", "estadunidense": "estadunidense", "israelense": "israelense",
    "israelita": "israelita", "vietnamita": "vietnamita", "luxemburguês": "luxemburguesa",
    "carioca": "carioca", "paulista": "paulista", "mineiro": "mineira", "gaúcho": "gaúcha",
    "lisboeta": "lisboeta", "indonésio": "indonésia", "filipino": "filipina",
}

DEMONYMS = {
    **{m: "m" for m, f in _PAIRS.items() if m != f},
    **{f: "f" for m, f in _PAIRS.items() if m != f},
    **{m: None for m, f in _PAIRS.items() if m == f},
}

#: demonyms are written in lower case here ("the Texan" aside): no ending makes a capitalised word one
DEMONYM_SUFFIXES: tuple[str, ...] = ()

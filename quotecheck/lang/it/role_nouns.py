"""Role and function nouns that name a speaker: {role: gender or None}.

Lower case, as Italian writes them ("il ministro dell'Interno", "la presidente del Consiglio");
the complement is read by the engine, not listed. Gender where the form shows it; nouns the
same in both genders ("presidente", "portavoce", "giudice") take the article's.
"""

# people described, not named, as news reports them speaking ("la donna ha raccontato di …"):
# (masculine, feminine)
_DESCRIBED = {
    "uomo": "donna", "ragazzo": "ragazza", "anziano": "anziana", "bambino": "bambina",
    "lettore": "lettrice", "cittadino": "cittadina", "compagno": "compagna",
    "fidanzato": "fidanzata", "amico": "amica", "nonno": "nonna",
}
_DESCRIBED_EPICENE = ("giovane", "residente", "passante", "automobilista", "conducente", "turista", "paziente",
                      "vittima", "superstite", "testimone")

# (masculine, feminine)
_PAIRS = {
    "ministro": "ministra", "premier": "premier", "primo ministro": "prima ministra",
    "segretario": "segretaria", "segretario generale": "segretaria generale",
    "direttore": "direttrice", "direttore generale": "direttrice generale",
    "amministratore delegato": "amministratrice delegata", "allenatore": "allenatrice",
    "avvocato": "avvocata", "procuratore": "procuratrice", "senatore": "senatrice",
    "deputato": "deputata", "governatore": "governatrice", "ambasciatore": "ambasciatrice",
    "funzionario": "funzionaria", "esperto": "esperta", "ricercatore": "ricercatrice",
    "scienziato": "scienziata", "medico": "medica", "dottore": "dottoressa",
    "testimone": "testimone", "vicino": "vicina", "giocatore": "giocatrice",
    "proprietario": "proprietaria", "fondatore": "fondatrice", "imprenditore": "imprenditrice",
    "candidato": "candidata", "consigliere": "consigliera", "assessore": "assessora",
    "sindaco": "sindaca", "capo": "capa", "scrittore": "scrittrice", "autore": "autrice",
    "professore": "professoressa", "storico": "storica", "commissario": "commissaria",
    "ispettore": "ispettrice", "delegato": "delegata", "consulente": "consulente",
    "negoziatore": "negoziatrice", "re": "regina", "principe": "principessa",
    "magistrato": "magistrata", "tecnico": "tecnica", "coordinatore": "coordinatrice",
    "padre": "madre", "figlio": "figlia", "marito": "moglie", "fratello": "sorella",
    "capitano": "capitana", "attaccante": "attaccante", "portiere": "portiera",
    "difensore": "difensora", "leader": "leader", "ex ministro": "ex ministra",
    "sottosegretario": "sottosegretaria", "viceministro": "viceministra",
    "questore": "questora", "prefetto": "prefetta", "medico legale": "medica legale",
    "infermiere": "infermiera", "operaio": "operaia", "studente": "studentessa",
    "cronista": "cronista", "inviato": "inviata", "capogruppo": "capogruppo",
    "rettore": "rettrice", "capopattuglia": "capopattuglia", "collega": "collega",
    **_DESCRIBED,
}

_EPICENE = """
presidente|vicepresidente|presidente del consiglio|presidente della repubblica|portavoce|
giudice|pm|pubblico ministero|analista|economista|giornalista|dirigente|manager|attivista|
rappresentante|cancelliere|comandante|generale|colonnello|sindacalista|vittima|superstite|
titolare|responsabile|
specialista|pilota|atleta|tennista|artista|cantante|
agente|militare|diplomatico|politico|esponente|referente|penalista|legale|
""".replace("\n", "").split("|")

_PLURAL = """
esperti|analisti|ricercatori|residenti|testimoni|fonti|autorità|agenti|medici|scienziati|
economisti|manifestanti|dirigenti|inquirenti|investigatori|sindacati|uomini|donne|ragazzi|
ragazze|cittadini|residenti|genitori|colleghi|
""".replace("\n", "").split("|")

ROLE_NOUNS = {
    **{m: "m" for m, f in _PAIRS.items() if m != f},
    **{f: "f" for m, f in _PAIRS.items() if m != f},
    **{m: None for m, f in _PAIRS.items() if m == f},
    **{word: None for word in _EPICENE + _PLURAL + list(_DESCRIBED_EPICENE) if word},
    "papa": "m", "pontefice": "m", "sacerdote": "m", "suora": "f", "vedova": "f",
    "vescovo": "m", "parroco": "m",
    "calciatore": "m", "calciatrice": "f", "poliziotto": "m", "poliziotta": "f",
    "carabiniere": "m",
}

#: nouns that describe a private person (age, sex, kin, what befell them), not an office: such a
#: description never stands for a named person the text gives an office ("l'anziana" is not
#: "la pm Anna Neri")
DESCRIPTIVE_ROLES = frozenset(
    {w for pair in _DESCRIBED.items() for w in pair} | set(_DESCRIBED_EPICENE)
    | {"madre", "padre", "figlio", "figlia", "marito", "moglie", "fratello", "sorella", "vicino", "vicina",
       "collega"})

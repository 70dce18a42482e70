"""Role and function nouns that name a speaker: {role: gender or None}.

Lower case, as Spanish writes them ("el presidente", "la ministra de Sanidad"); the complement
("de Sanidad", "del Gobierno") is read by the engine, not listed. Gender where the form shows
it; epicene nouns ("portavoz", "fiscal", "analista") take the article's.
"""

# masculine in -o / -or with a regular feminine (-a / -ora)
_PAIRS = {
    "ministro": "ministra", "primer ministro": "primera ministra", "secretario": "secretaria",
    "secretario general": "secretaria general", "director": "directora",
    "director general": "directora general", "consejero delegado": "consejera delegada",
    "entrenador": "entrenadora", "seleccionador": "seleccionadora", "abogado": "abogada",
    "magistrado": "magistrada", "senador": "senadora", "diputado": "diputada",
    "gobernador": "gobernadora", "embajador": "embajadora", "diplomático": "diplomática",
    "funcionario": "funcionaria", "experto": "experta", "investigador": "investigadora",
    "científico": "científica", "médico": "médica", "doctor": "doctora", "vecino": "vecina",
    "jugador": "jugadora", "dueño": "dueña", "propietario": "propietaria",
    "fundador": "fundadora", "empresario": "empresaria", "candidato": "candidata",
    "vicepresidente": "vicepresidenta", "presidente": "presidenta", "consejero": "consejera",
    "concejal": "concejala", "jefe": "jefa", "escritor": "escritora", "autor": "autora",
    "profesor": "profesora", "historiador": "historiadora", "comisario": "comisaria",
    "inspector": "inspectora", "delegado": "delegada", "mandatario": "mandataria",
    "asesor": "asesora", "negociador": "negociadora", "vocero": "vocera", "alcalde": "alcaldesa",
    "rey": "reina", "príncipe": "princesa", "juez": "jueza", "técnico": "técnica",
    "economista jefe": "economista jefa", "coordinador": "coordinadora",
    "investigador principal": "investigadora principal", "cirujano": "cirujana",
    "padre": "madre", "hijo": "hija", "esposo": "esposa", "hermano": "hermana",
    "compañero": "compañera", "capitán": "capitana", "delantero": "delantera",
    "portero": "portera", "abogado defensor": "abogada defensora", "defensor": "defensora",
    "líder opositor": "líder opositora", "ex presidente": "ex presidenta",
    "expresidente": "expresidenta", "exministro": "exministra",
}

_EPICENE = """
portavoz|fiscal|fiscal general|analista|economista|periodista|testigo|líder|dirigente|
activista|policía|agente|guardia civil|representante|canciller|comandante|general|coronel|
canciller|premier|sindicalista|víctima|superviviente|
titular|responsable|especialista|forense|piloto|atleta|
tenista|futbolista|artista|cantante|estudiante|intérprete|policía nacional|militar|
""".replace("\n", "").split("|")

_PLURAL = """
expertos|analistas|investigadores|vecinos|testigos|fuentes|autoridades|agentes|médicos|
científicos|economistas|manifestantes|dirigentes|responsables|
""".replace("\n", "").split("|")

ROLE_NOUNS = {
    **{m: "m" for m in _PAIRS},
    **{f: "f" for f in _PAIRS.values()},
    **{word: None for word in _EPICENE + _PLURAL if word},
    "papa": "m", "obispo": "m", "sacerdote": "m", "monja": "f", "viuda": "f", "viudo": "m",
    "presidente del gobierno": "m", "presidenta del gobierno": "f",
    "jefe de gobierno": "m", "jefa de gobierno": "f", "jefe de estado": "m", "jefa de estado": "f",
}

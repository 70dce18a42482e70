"""Head nouns of organisations that speak: "il ministero ha fatto sapere", "la Procura ha detto".

Lower-cased by the engine before matching; institutions keep their usual capital here.
"""

ORGANIZATION_NOUNS = frozenset({
    "governo", "Governo", "esecutivo", "ministero", "Viminale", "Farnesina", "Palazzo Chigi",
    "Quirinale", "polizia", "Polizia", "carabinieri", "Guardia di Finanza", "procura",
    "Procura", "azienda", "società", "gruppo", "partito", "sindacato", "comune", "Comune",
    "regione", "Regione", "tribunale", "Tribunale", "Corte", "Cassazione", "commissione",
    "Commissione europea", "esercito", "agenzia", "Casa Bianca", "Cremlino", "Pentagono",
    "Eliseo", "Vaticano", "Santa Sede", "club", "federazione", "associazione", "fondazione",
    "università", "ospedale", "banca", "Banca centrale", "Bce", "ambasciata", "consiglio",
    "comitato", "Camera", "Senato", "Parlamento", "organizzazione", "Confindustria", "Ong",
    "Asl", "questura", "prefettura", "giornale", "quotidiano", "emittente",
    # plurals of the groups that speak together ("i gruppi di …", "i partiti di maggioranza")
    "gruppi", "partiti", "comitati", "associazioni", "movimenti", "sindacati",
})

"""Head nouns of organisations that speak: "el ministerio informó", "la Policía Nacional dijo".

Spanish capitalises institutions inconsistently ("el Gobierno", "el gobierno"); the engine
lower-cases them before matching.
"""

ORGANIZATION_NOUNS = frozenset({
    "gobierno", "Gobierno", "Ejecutivo", "ministerio", "policía", "Policía Nacional",
    "Guardia Civil", "Mossos", "empresa", "compañía", "grupo", "partido", "sindicato",
    "ayuntamiento", "fiscalía", "Fiscalía", "tribunal", "Tribunal Supremo", "juzgado",
    "comisión", "Comisión Europea", "ejército", "agencia", "Casa Blanca", "Kremlin",
    "Pentágono", "Moncloa", "club", "federación", "asociación", "fundación", "universidad",
    "hospital", "banco", "Banco Central", "embajada", "consejo", "comité", "Generalitat",
    "Junta", "cancillería", "Cancillería", "presidencia", "Presidencia", "Congreso", "Senado",
    "Parlamento", "organización", "patronal", "ONG", "diario", "periódico", "cadena",
})

"""Head nouns of organisations that speak: "o ministério informou", "a Polícia Federal disse".

Lower-cased by the engine before matching; institutions keep their usual capital here.
"""

ORGANIZATION_NOUNS = frozenset({
    "governo", "Governo", "Executivo", "ministério", "Ministério", "polícia", "Polícia Federal",
    "Polícia Militar", "PSP", "GNR", "empresa", "companhia", "grupo", "partido", "sindicato",
    "prefeitura", "câmara", "Câmara", "Ministério Público", "procuradoria", "tribunal",
    "Supremo", "STF", "comissão", "Comissão Europeia", "exército", "Exército", "agência",
    "Casa Branca", "Kremlin", "Pentágono", "Planalto", "Itamaraty", "Palácio do Planalto",
    "clube", "federação", "associação", "fundação", "universidade", "hospital", "banco",
    "Banco Central", "embaixada", "conselho", "comitê", "comité", "Senado", "Congresso",
    "Assembleia", "Parlamento", "organização", "ONG", "assessoria", "jornal", "emissora",
    "estatal", "secretaria", "autarquia",
})

#: a common noun that stands for the one named institution of the text of these heads: "a
#: autarquia" after "a Câmara Municipal de X" is that council (heads lower case)
INSTITUTION_ALIASES = {
    "autarquia": ("câmara", "município", "prefeitura"),
    "edilidade": ("câmara", "prefeitura"),
    "município": ("câmara", "prefeitura"),
}

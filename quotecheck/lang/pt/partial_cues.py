"""Words that make a quoted fragment someone's words: 'classificou a medida como “absurda”',
'chamou o governo de “incompetente”', 'falou em “erro histórico”': {form: lemma}."""

PARTIAL_CUES = {
    "classificou": "classificar", "classifica": "classificar", "classificaram": "classificar",
    "classificado": "classificar", "classificada": "classificar",
    "chamou": "chamar", "chama": "chamar", "chamaram": "chamar", "chamado": "chamar",
    "qualificou": "qualificar", "qualifica": "qualificar", "qualificado": "qualificar",
    "descreveu": "descrever", "descreve": "descrever", "descrito": "descrever",
    "descrita": "descrever",
    "falou": "falar", "fala": "falar", "falado": "falar",
    "definiu": "definir", "define": "definir", "definido": "definir", "definida": "definir",
    "considerou": "considerar", "considera": "considerar",
    "tachou": "tachar", "taxou": "taxar", "rotulou": "rotular",
}

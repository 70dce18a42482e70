"""Words that make a quoted fragment someone's words: 'calificó la medida de «irresponsable»',
'tildó al gobierno de «incompetente»', 'habló de un «error histórico»': {form: lemma}."""

PARTIAL_CUES = {
    "calificó": "calificar", "calificaron": "calificar", "califica": "calificar",
    "calificado": "calificar", "calificada": "calificar", "calificados": "calificar",
    "calificadas": "calificar",
    "tildó": "tildar", "tildaron": "tildar", "tilda": "tildar", "tildado": "tildar",
    "tildada": "tildar",
    "describió": "describir", "describe": "describir", "descrito": "describir",
    "descrita": "describir",
    "habló": "hablar", "habla": "hablar", "hablado": "hablar",
    "llamó": "llamar", "llama": "llamar", "llamado": "llamar",
    "definió": "definir", "define": "definir", "definido": "definir", "definida": "definir",
    "consideró": "considerar", "considera": "considerar",
    "tachó": "tachar", "tacha": "tachar",
}

"""Words that make a quoted fragment someone's words: 'ha definito la riforma «una vergogna»',
'ha parlato di «errore storico»', 'bollato come «inaccettabile»': {form: lemma}."""

PARTIAL_CUES = {
    "definito": "definire", "definita": "definire", "definiti": "definire",
    "definite": "definire", "definì": "definire", "definisce": "definire",
    "parlato": "parlare", "parlò": "parlare", "parla": "parlare", "parlando": "parlare",
    "bollato": "bollare", "bollata": "bollare", "bollò": "bollare", "bolla": "bollare",
    "chiamato": "chiamare", "chiamata": "chiamare", "chiama": "chiamare",
    "etichettato": "etichettare", "etichettata": "etichettare",
    "descritto": "descrivere", "descritta": "descrivere", "descrive": "descrivere",
    "giudicato": "giudicare", "giudicata": "giudicare",
    "considerato": "considerare", "considera": "considerare",
}

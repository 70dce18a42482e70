"""What makes a Spanish claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = ","

NUMBER_WORDS: dict[str, int | None] = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "ciento": 100, "mil": 1000,
    "docena": None, "docenas": None, "decenas": None, "centenares": None, "cientos": None, "miles": None,
}
NUMBER_SCALES = {
    "mil": 10**3, "millón": 10**6, "millones": 10**6, "mdd": 10**6, "millardo": 10**9, "millardos": 10**9,
    "billón": 10**12, "billones": 10**12,
}
CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "dólar": "USD", "dólares": "USD",
    "$": "USD", "us$": "USD", "usd": "USD", "libras": "GBP", "£": "GBP", "pesos": "MXN",
    "soles": "PEN", "bolívares": "VES",
}
AMOUNT_LINKS = ("de",)
PERCENT_WORDS = ("por ciento", "puntos porcentuales")

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
DAY_SUFFIXES = ("º",)
DATE_LINKS = ("de", "del")
YEAR_PREPOSITIONS = ("en", "desde", "hasta", "antes de", "después de", "año", "en el año", "de")
NUMERIC_DATE_ORDER = "dmy"
DURATION_UNITS = {
    "año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W", "día": "D",
    "días": "D", "hora": "TH", "horas": "TH", "minuto": "TM", "minutos": "TM", "segundos": "TS",
    "década": "10Y", "décadas": "10Y", "siglo": "100Y", "siglos": "100Y",
}

COMPARISON_MARKERS = (
    "más que", "más de", "menos de", "menos que", "el más", "la más", "los más", "las más",
    "el menos", "la menos", "mayor", "mayores", "menor", "menores", "mejor", "mejores", "peor", "peores",
    "récord", "récords", "nunca", "jamás", "sin precedentes", "histórico", "histórica", "por primera vez",
    "el doble", "superior a", "inferior a", "máximo", "mínimo",
)
HEDGE_MARKERS = (
    "según", "al parecer", "presuntamente", "supuestamente", "habría", "habrían", "sería", "serían",
    "podría", "podrían", "debería", "deberían", "probablemente", "posiblemente", "quizá", "quizás",
    "tal vez", "aparentemente", "parece", "parecen", "presunto", "presunta", "presuntos", "presuntas",
    "de acuerdo con", "a juicio de",
)
COMMITMENT_MARKERS = (
    "vamos a", "voy a", "nos comprometemos", "me comprometo", "prometemos", "prometo", "queremos",
    "quiero", "garantizamos", "garantizo", "no vamos a", "estamos decididos",
)
COMMITMENT_ENDINGS = ("remos", "ré")
COMMITMENT_SUBJECTS: tuple[str, ...] = ()
COMMITMENT_EXCLUSIONS = frozenset({"extremos", "supremos", "remos", "fré", "ré"})

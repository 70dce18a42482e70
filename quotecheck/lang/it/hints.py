"""What makes an Italian claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = ","

NUMBER_WORDS: dict[str, int | None] = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "mille": 1000,
    "dozzina": None, "decine": None, "centinaia": None, "migliaia": None,
}
NUMBER_SCALES = {
    "mila": 10**3, "milione": 10**6, "milioni": 10**6, "mln": 10**6, "miliardo": 10**9,
    "miliardi": 10**9, "mld": 10**9,
}
CURRENCIES = {
    "euro": "EUR", "€": "EUR", "eur": "EUR", "dollaro": "USD", "dollari": "USD", "$": "USD",
    "usd": "USD", "sterline": "GBP", "£": "GBP", "franchi": "CHF", "chf": "CHF",
}
AMOUNT_LINKS = ("di",)
PERCENT_WORDS = ("per cento", "percento", "punti percentuali")

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
DAY_SUFFIXES = ("°", "º")
DATE_LINKS: tuple[str, ...] = ()
YEAR_PREPOSITIONS = ("a", "ad", "in", "da", "nel", "dal", "entro il", "fino al", "prima del", "dopo il", "anno", "del")
NUMERIC_DATE_ORDER = "dmy"
DURATION_UNITS = {
    "anno": "Y", "anni": "Y", "mese": "M", "mesi": "M", "settimana": "W", "settimane": "W",
    "giorno": "D", "giorni": "D", "ora": "TH", "ore": "TH", "minuto": "TM", "minuti": "TM",
    "secondi": "TS", "decennio": "10Y", "decenni": "10Y", "secolo": "100Y", "secoli": "100Y",
}

COMPARISON_MARKERS = (
    "più di", "meno di", "più che", "meno che", "il più", "la più", "i più", "le più", "il meno",
    "maggiore", "maggiori", "minore", "minori", "migliore", "migliori", "peggiore", "peggiori",
    "record", "mai", "senza precedenti", "storico", "storica", "per la prima volta", "il doppio",
    "superiore a", "inferiore a", "massimo", "minimo",
)
HEDGE_MARKERS = (
    "secondo", "sarebbe", "sarebbero", "avrebbe", "avrebbero", "potrebbe", "potrebbero",
    "dovrebbe", "dovrebbero", "presumibilmente", "presunto", "presunta", "presunti", "presunte",
    "probabilmente", "forse", "apparentemente", "sembra", "sembrano", "pare", "a quanto pare",
    "stando a", "a quanto risulta", "presuntamente", "ipotizza", "si ipotizza",
)
COMMITMENT_MARKERS = (
    "ci impegniamo", "mi impegno", "prometto", "promettiamo", "vogliamo", "voglio", "garantiamo",
    "garantisco", "siamo determinati", "non lasceremo", "andremo avanti",
)
COMMITMENT_ENDINGS = ("remo", "rò")
COMMITMENT_SUBJECTS: tuple[str, ...] = ()
COMMITMENT_EXCLUSIONS = frozenset({"estremo", "supremo", "remo", "però", "perciò", "rò", "torò"})

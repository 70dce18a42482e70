"""What makes a Portuguese claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = ","

NUMBER_WORDS: dict[str, int | None] = {
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30,
    "quarenta": 40, "cinquenta": 50, "cem": 100, "mil": 1000,
    "dezena": None, "dezenas": None, "centenas": None, "milhares": None,
}
NUMBER_SCALES = {
    "mil": 10**3, "milhão": 10**6, "milhões": 10**6, "milhao": 10**6, "milhoes": 10**6,
    "bilhão": 10**9, "bilhões": 10**9, "mil milhões": 10**9, "mi": 10**6, "bi": 10**9,
}
CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "dólar": "USD", "dólares": "USD",
    "us$": "USD", "$": "USD", "usd": "USD", "real": "BRL", "reais": "BRL", "r$": "BRL", "brl": "BRL",
    "libras": "GBP", "£": "GBP", "kwanzas": "AOA", "meticais": "MZN",
}
AMOUNT_LINKS = ("de",)
PERCENT_WORDS = ("por cento", "pontos percentuais")

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
DAY_SUFFIXES = ("º", "°")
DATE_LINKS = ("de",)
YEAR_PREPOSITIONS = ("em", "desde", "até", "antes de", "depois de", "ano", "de")
NUMERIC_DATE_ORDER = "dmy"
DURATION_UNITS = {
    "ano": "Y", "anos": "Y", "mês": "M", "meses": "M", "semana": "W", "semanas": "W", "dia": "D",
    "dias": "D", "hora": "TH", "horas": "TH", "minuto": "TM", "minutos": "TM", "segundos": "TS",
    "década": "10Y", "décadas": "10Y", "século": "100Y", "séculos": "100Y",
}

COMPARISON_MARKERS = (
    "mais de", "menos de", "mais que", "mais do que", "menos do que", "o mais", "a mais", "os mais",
    "as mais", "o menos", "maior", "maiores", "menor", "menores", "melhor", "melhores", "pior",
    "piores", "recorde", "recordes", "nunca", "jamais", "sem precedentes", "histórico", "histórica",
    "pela primeira vez", "o dobro", "superior a", "inferior a", "máximo", "mínimo",
)
HEDGE_MARKERS = (
    "segundo", "de acordo com", "conforme", "alegadamente", "supostamente", "aparentemente",
    "teria", "teriam", "seria", "seriam", "poderia", "poderiam", "deveria", "deveriam",
    "provavelmente", "possivelmente", "talvez", "parece", "parecem", "suposto", "suposta",
    "presumivelmente", "alegado", "alegada", "ao que parece", "na opinião de",
)
COMMITMENT_MARKERS = (
    "vamos", "vou", "nos comprometemos", "comprometemo-nos", "me comprometo", "comprometo-me",
    "prometemos", "prometo", "queremos", "quero", "garantimos", "garanto", "estamos determinados",
)
COMMITMENT_ENDINGS = ("remos", "rei")
COMMITMENT_SUBJECTS: tuple[str, ...] = ()
COMMITMENT_EXCLUSIONS = frozenset({"extremos", "supremos", "remos", "rei"})

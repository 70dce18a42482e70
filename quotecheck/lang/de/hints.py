"""What makes a German claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = ","

NUMBER_WORDS: dict[str, int | None] = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100, "tausend": 1000,
    "dutzend": None, "dutzende": None, "hunderte": None, "tausende": None,
}
NUMBER_SCALES = {
    "tausend": 10**3, "million": 10**6, "millionen": 10**6, "mio.": 10**6, "mio": 10**6,
    "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9, "mrd": 10**9, "billion": 10**12,
    "billionen": 10**12,
}
CURRENCIES = {
    "euro": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "us-dollar": "USD", "$": "USD",
    "usd": "USD", "pfund": "GBP", "£": "GBP", "franken": "CHF", "schweizer franken": "CHF",
    "chf": "CHF", "fr.": "CHF", "yen": "JPY", "yuan": "CNY",
}
AMOUNT_LINKS: tuple[str, ...] = ()
PERCENT_WORDS = ("prozent", "prozentpunkte")

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12,
}
DAY_SUFFIXES = (".",)
DATE_LINKS: tuple[str, ...] = ()
YEAR_PREPOSITIONS = ("im jahr", "im", "seit", "bis", "ab", "vor", "nach", "anfang", "ende", "mitte", "jahr")
NUMERIC_DATE_ORDER = "dmy"
DURATION_UNITS = {
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M", "monaten": "M",
    "woche": "W", "wochen": "W", "tag": "D", "tage": "D", "tagen": "D", "stunde": "TH", "stunden": "TH",
    "minute": "TM", "minuten": "TM", "sekunden": "TS", "jahrzehnt": "10Y", "jahrzehnte": "10Y",
    "jahrzehnten": "10Y", "jahrhundert": "100Y",
}

COMPARISON_MARKERS = (
    "mehr als", "weniger als", "höher als", "niedriger als", "größer als", "kleiner als", "besser als",
    "schlechter als", "am meisten", "am wenigsten", "am höchsten", "am größten", "am besten",
    "höchst*", "größt*", "niedrigst*", "beste", "besten", "bester", "bestes", "schlechtest*", "meist*", "rekord*", "noch nie",
    "nie zuvor", "jemals", "beispiellos", "beispiellose", "beispiellosen", "doppelt so", "erstmals",
    "zum ersten mal", "historisch", "historische", "historischen",
)
HEDGE_MARKERS = (
    "angeblich", "laut", "zufolge", "soll", "sollen", "würde", "würden", "könnte", "könnten",
    "dürfte", "dürften", "wäre", "wären", "hätte", "hätten", "möglicherweise", "vermutlich",
    "wahrscheinlich", "offenbar", "anscheinend", "scheinbar", "mutmaßlich", "mutmaßliche",
    "mutmaßlichen", "vielleicht", "wohl", "scheint", "nach angaben", "unbestätigt", "unbestätigten",
)
COMMITMENT_MARKERS = (
    "wir werden", "ich werde", "werden wir", "werde ich", "wir wollen", "ich will", "wollen wir",
    "wir versprechen", "ich verspreche", "wir verpflichten uns", "ich verpflichte mich",
    "wir haben vor", "wir planen", "wir garantieren",
)
COMMITMENT_ENDINGS: tuple[str, ...] = ()
COMMITMENT_SUBJECTS: tuple[str, ...] = ()
COMMITMENT_EXCLUSIONS: frozenset[str] = frozenset()

# every noun is capitalised: a lone capitalised word is no name by its capital alone
CAPITALIZED_NOUNS = True

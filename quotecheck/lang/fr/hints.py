"""What makes a French claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = ","

NUMBER_WORDS: dict[str, int | None] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "mille": 1000,
    "douzaine": None, "douzaines": None, "dizaine": None, "dizaines": None, "vingtaine": None,
    "centaine": None, "centaines": None, "milliers": None,
}
NUMBER_SCALES = {
    "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9, "md": 10**9,
    "mds": 10**9, "mille": 10**3,
}
CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD",
    "$": "USD", "usd": "USD", "livre sterling": "GBP", "livres sterling": "GBP", "£": "GBP",
    "franc suisse": "CHF", "francs suisses": "CHF", "chf": "CHF", "francs cfa": "XOF", "fcfa": "XOF",
    "yen": "JPY", "yens": "JPY", "¥": "JPY", "yuan": "CNY", "yuans": "CNY",
}
AMOUNT_LINKS = ("d'", "d’", "de")
PERCENT_WORDS = ("pour cent", "pourcent", "pour-cent")

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "janv.": 1, "févr.": 2, "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12,
}
DAY_SUFFIXES = ("er",)
DATE_LINKS: tuple[str, ...] = ()
YEAR_PREPOSITIONS = ("en", "depuis", "dès", "d'ici", "d’ici", "avant", "après", "jusqu'en", "jusqu’en",
                     "fin", "début", "mi-", "l'an", "l’an", "année")
NUMERIC_DATE_ORDER = "dmy"
DURATION_UNITS = {
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W", "semaines": "W",
    "jour": "D", "jours": "D", "heure": "TH", "heures": "TH", "minute": "TM", "minutes": "TM",
    "seconde": "TS", "secondes": "TS", "décennie": "10Y", "décennies": "10Y", "siècle": "100Y",
    "siècles": "100Y",
}

COMPARISON_MARKERS = (
    "le plus", "la plus", "les plus", "le moins", "la moins", "les moins", "plus de", "moins de",
    "plus que", "moins que", "plus élevé", "plus élevée", "plus élevés", "plus élevées", "davantage",
    "meilleur", "meilleure", "meilleurs", "meilleures", "pire", "pires", "record", "records",
    "jamais", "sans précédent", "inédit", "inédite", "historique", "deux fois plus", "trois fois plus",
    "supérieur à", "supérieure à", "inférieur à", "inférieure à", "premier pays", "numéro un",
)
HEDGE_MARKERS = (
    "selon", "d'après", "d’après", "aurait", "auraient", "serait", "seraient", "pourrait",
    "pourraient", "devrait", "devraient", "semble", "semblent", "semblerait", "apparemment",
    "probablement", "peut-être", "sans doute", "vraisemblablement", "prétendument", "présumé",
    "présumée", "présumés", "supposé", "supposée", "il paraît", "à ce qu'il paraît", "a priori",
    "visiblement", "de source", "officieusement",
)
COMMITMENT_MARKERS = (
    "nous allons", "je vais", "on va", "nous nous engageons", "je m'engage", "je m’engage",
    "nous promettons", "je promets", "nous voulons", "je veux", "nous comptons", "je compte",
    "nous sommes déterminés", "nous ne lâcherons",
)
# the future of the first person ("nous ferons", "je mettrai"), not a present in -rer ("nous espérons")
COMMITMENT_ENDINGS = ("erons", "irons", "rrons", "drons", "trons", "vrons", "aurons", "erai", "irai", "rrai",
                      "drai", "trai", "vrai", "aurai")
COMMITMENT_SUBJECTS = ("nous", "je", "j'", "j’")
COMMITMENT_EXCLUSIONS = frozenset({"vrai", "environs", "tirons", "retirons", "attirons", "désirons", "admirons",
                                   "inspirons", "aspirons", "respirons", "soupirons", "expirons"})

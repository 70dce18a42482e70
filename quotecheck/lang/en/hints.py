"""What makes an English claim worth checking: numbers, money, dates, durations, comparisons,
hedges and pledges (read by :mod:`quotecheck.hints`). Lower case; the hints match any case."""

DECIMAL_MARK = "."

NUMBER_WORDS: dict[str, int | None] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "thousand": 1000,
    "dozen": None, "dozens": None, "hundreds": None, "thousands": None, "millions": None,
    "billions": None,
}
NUMBER_SCALES = {
    "thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9,
    "trillion": 10**12, "bn": 10**9, "mn": 10**6, "tn": 10**12,
}
CURRENCIES = {
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD", "euro": "EUR",
    "euros": "EUR", "€": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "£": "GBP", "gbp": "GBP",
    "yen": "JPY", "¥": "JPY", "yuan": "CNY", "rupees": "INR", "₹": "INR", "francs": "CHF", "chf": "CHF",
}
AMOUNT_LINKS = ("of",)
PERCENT_WORDS = ("percent", "per cent", "percentage points")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
DAY_SUFFIXES = ("st", "nd", "rd", "th")
DATE_LINKS = ("of",)
YEAR_PREPOSITIONS = ("in", "since", "by", "until", "before", "after", "from", "through", "early", "late",
                     "mid-", "of")
NUMERIC_DATE_ORDER = "mdy"
DURATION_UNITS = {
    "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W", "day": "D",
    "days": "D", "hour": "TH", "hours": "TH", "minute": "TM", "minutes": "TM", "second": "TS",
    "seconds": "TS", "decade": "10Y", "decades": "10Y", "century": "100Y", "centuries": "100Y",
}

COMPARISON_MARKERS = (
    "more than", "less than", "fewer than", "higher than", "lower than", "bigger than", "larger than",
    "smaller than", "greater than", "better than", "worse than", "faster than", "cheaper than",
    "the most", "the least", "the highest", "the lowest", "the largest", "the biggest", "the smallest",
    "the best", "the worst", "the fastest", "the greatest", "the first time", "record", "records",
    "record-breaking", "all-time", "ever", "never before", "unprecedented", "twice as", "three times",
    "the only", "number one",
)
HEDGE_MARKERS = (
    "would", "could", "might", "may", "reportedly", "allegedly", "apparently", "according to",
    "probably", "possibly", "perhaps", "presumably", "supposedly", "purportedly", "seems", "seemed",
    "appears to", "appeared to", "is said to", "are said to", "was said to", "is believed to",
    "are believed to", "alleged", "likely", "unconfirmed", "rumoured", "rumored",
)
COMMITMENT_MARKERS = (
    "we will", "i will", "we'll", "we’ll", "i'll", "i’ll", "we shall", "i shall", "we are going to",
    "we're going to", "we’re going to", "i am going to", "i'm going to", "i’m going to", "we pledge",
    "i pledge", "we promise", "i promise", "we commit", "i commit", "we are committed", "we intend to",
    "i intend to", "we won't", "we won’t", "i won't", "i won’t",
)
COMMITMENT_ENDINGS: tuple[str, ...] = ()
COMMITMENT_SUBJECTS: tuple[str, ...] = ()
COMMITMENT_EXCLUSIONS: frozenset[str] = frozenset()

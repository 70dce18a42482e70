"""Capitalised words that start sentences (or headlines) but are not names.

Function words, pronouns, sentence adverbs, days and months as written in English. "May" is
left out on purpose: it is a surname too ("Theresa May"), and a name cut short is worse than a
month taken for a name.
"""

_FUNCTION = """
The A An This That These Those He She It They We I You His Her Its Their Our My Your Him Them
But And Or So Yet Nor If When While Although Though Because Since As After Before Until Unless
Whether Once In On At For From With Without By To Of Under Over During Despite Among Between
Within About Against Into Through Across Around Amid Following According Meanwhile However
Also Still Then Now Today Yesterday Tomorrow Tonight Earlier Later Last Next Some Many Most
Several Few All Both Each Every No Not There Here What Who Which Where Why How Asked Speaking
Even Only Just Such Other Another One Two Three First Second Instead Indeed Yes Unlike Like
Either Neither Nothing Everyone Someone Nobody Anyone Thus Hence Moreover Furthermore Still
Already Again Perhaps Maybe Overall Finally Separately Previously Recently Currently Almost
Why Should Would Could Can Will Do Does Did Is Are Was Were Has Have Had Let Please Thank
""".split()

_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = """
January February March April June
July August September October November December
""".split()

# abbreviated months in datelines ("Dec 4 (Reuters) -"); "Jan" and "Jun" are first names too
_MONTH_ABBREVIATIONS = "Feb Mar Apr Aug Sep Sept Oct Nov Dec".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS + _MONTH_ABBREVIATIONS)

# "Facing criticism, Kerr …", "Alarmed by the news, Kerr …": participles open sentences
OPENING_PARTICIPLE_SUFFIXES = ("ing", "ed")

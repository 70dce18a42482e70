"""Words that may sit inside a cue without breaking it: "said also", "added later",
"told reporters Monday" (lower case: the engine compares lower-cased tokens).

Prepositions ("in", "on") are left out: "said in a statement" ends the cue.
"""

_ADVERBS = """
also later then further again recently earlier previously repeatedly publicly privately once
however too still now yesterday today tonight subsequently initially finally separately
explicitly clearly firmly flatly bluntly calmly quietly angrily openly frankly emphatically
jokingly simply quickly reportedly afterwards already often long never always just even
repeatedly sharply strongly directly privately widely immediately
""".split()

_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

CUE_ADVERBS = frozenset(_ADVERBS + _DAYS)

# "Kerr flatly denied", "the campaign reportedly said": a word so ending is an adverb of the verb
ADVERB_SUFFIXES = ("ly",)

"""Head nouns of organisations that speak: "the ministry said", "the White House said".

Matched after a determiner, lower-cased by the engine; proper names of institutions that take
"the" in English ("the Kremlin", "the Pentagon") are listed with their capital.
"""

ORGANIZATION_NOUNS = frozenset({
    "government", "administration", "ministry", "department", "agency", "office", "police",
    "army", "military", "navy", "company", "firm", "group", "bank", "central bank", "board",
    "commission", "committee", "council", "court", "supreme court", "party", "union",
    "federation", "association", "organisation", "organization", "foundation", "institute",
    "university", "hospital", "club", "team", "league", "embassy", "campaign", "authority",
    "authorities", "prosecutor's office", "regulator", "cabinet", "parliament", "senate",
    "White House", "Kremlin", "Pentagon", "Élysée", "Vatican", "Home Office", "Foreign Office",
    "Treasury", "State Department", "Justice Department", "Fed", "network", "newspaper",
    "college", "school", "center", "centre", "hotel", "corporation", "institution",
    "office", "staff", "team", "spokesman's office", "press office",
})


# names of organisations capitalise their main words ("the Harbor Fund for Coastal Studies"), so
# a lower-case word after a name is no part of it ("the group Kerr addressed", "In May, Kerr wrote")
TITLE_CASE_NAMES = True

# a name may qualify the noun after it: "the Kerr campaign said", "Lowe aides argue" (the campaign
# and the aides speak, not Kerr or Lowe)
NAME_MODIFIES_NOUN = True

# adjectives come before their noun: a lower-case word after "the campaign" is its verb
POSTPOSED_ADJECTIVES = False

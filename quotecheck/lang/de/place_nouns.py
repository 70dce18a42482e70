"""Nouns that name a kind of place and take the place's name right after them, lower case
("der Stadt X", "der Region X", "des Kantons X"): in a role's complement the name is part of it."""

PLACE_NOUNS = frozenset({
    "stadt", "hauptstadt", "hafenstadt", "küstenstadt", "kreisstadt", "landeshauptstadt", "großstadt",
    "gemeinde", "ortschaft", "ort", "dorf", "region", "provinz", "kanton", "kantons", "landkreis", "landkreises",
    "kreis", "kreises", "bezirk", "bezirks", "bezirkes", "stadtteil", "stadtteils", "insel", "bundesstaat",
    "bundesstaats", "bundesstaates", "bundesland", "bundeslandes", "emirat", "emirats", "republik",
})

"""Nouns of a street, a square or a part of a town that take its name right after them, lower case
("via Roma", "piazza Garibaldi", "corso X"): the name that follows is a place's, never a person's, even when it opens
on a first name; in a role's complement it is part of it."""

PLACE_NOUNS = frozenset({
    "borgo", "contrada", "corso", "frazione", "largo", "località", "lungomare", "lungotevere", "piazza", "piazzale", "via", "viale", "vicolo",
})

"""Nouns of a street, a square or a part of a town that take its name right after them, lower case
("rua Augusta", "avenida X", "praça X"): the name that follows is a place's, never a person's, even when it opens
on a first name; in a role's complement it is part of it."""

PLACE_NOUNS = frozenset({
    "alameda", "avenida", "bairro", "estrada", "largo", "praça", "rodovia", "rua", "travessa",
})

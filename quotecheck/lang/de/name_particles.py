"""Lower-case words allowed inside a proper name: "Ilse von der Heide", "Karl-Otto zu
Falkenberg", "Pieter van der Berg", "Karim al-Nouri"."""

NAME_PARTICLES = frozenset({
    "von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "da", "di", "del", "ten", "ter",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

# a surname in the genitive takes -s ("die Forderungen Berningers", "nach Aussagen Gordons")
GENITIVE_NAME_ENDINGS = ("s",)

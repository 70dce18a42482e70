"""Lower-case words allowed inside a proper name: "Ursula von der Leyen", "Karl-Theodor zu
Guttenberg", "Rafael van der Vaart", "Baschar al-Assad"."""

NAME_PARTICLES = frozenset({
    "von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "da", "di", "del", "ten", "ter",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

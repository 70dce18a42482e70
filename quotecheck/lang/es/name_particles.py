"""Lower-case words allowed inside a proper name: "Ramón y Cajal" (not "y": too frequent),
"Pedro de la Rosa", "Luis de Guindos", "Bashar al Asad", "Ursula von der Leyen"."""

NAME_PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "den",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

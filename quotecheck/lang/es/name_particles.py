"""Lower-case words allowed inside a proper name: "Ramón y Cajal" (not "y": too frequent),
"Pedro de la Rosa", "Luis de Guindos", "Karim al Nuri", "Ilse von der Heide"."""

NAME_PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "van", "von", "der", "den",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

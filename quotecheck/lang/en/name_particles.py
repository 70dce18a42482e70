"""Lower-case words allowed inside a proper name: "Ilse von der Heide", "Ayşe Nur Yılmaz"
(none), "Karim al-Nouri", "Pieter van Dam", "Maria Luísa da Costa"."""

NAME_PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "ter",
    "le", "la", "al", "al-", "el", "el-", "bin", "ben", "ibn", "abu", "bint",
})

# generational suffixes closing a person's name ("Ann Kerr Jr."): no surname, two people share them
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

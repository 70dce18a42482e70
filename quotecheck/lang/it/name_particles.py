"""Lower-case words allowed inside a proper name: "Leonardo da Vinci", "Luigi di Maio" (the
press writes "Di Maio"), "Ilse von der Heide", "Karim al-Nouri"."""

NAME_PARTICLES = frozenset({
    "di", "de", "del", "della", "dei", "degli", "da", "dal", "dalla", "d'", "d’", "van", "von",
    "der", "den", "al", "al-", "el", "bin", "ben", "ibn", "abu", "dos", "das", "do",
})

"""Lower-case words allowed inside a proper name: "Leonardo da Vinci", "Luigi di Maio" (the
press writes "Di Maio"), "Ursula von der Leyen", "Bashar al-Assad"."""

NAME_PARTICLES = frozenset({
    "di", "de", "del", "della", "dei", "degli", "da", "dal", "dalla", "d'", "d’", "van", "von",
    "der", "den", "al", "al-", "el", "bin", "ben", "ibn", "abu", "dos", "das", "do",
})

"""Lower-case words allowed inside a proper name: "Ursula von der Leyen", "Recep Tayyip Erdoğan"
(none), "Bashar al-Assad", "Ludwig van Beethoven", "Luiz Inácio Lula da Silva"."""

NAME_PARTICLES = frozenset({
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "ter",
    "le", "la", "al", "al-", "el", "el-", "bin", "ben", "ibn", "abu", "bint",
})

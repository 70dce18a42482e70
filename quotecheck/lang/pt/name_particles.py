"""Lower-case words allowed inside a proper name: "Luiz Inácio Lula da Silva", "Marcelo Rebelo
de Sousa", "Fernando dos Santos", "Ursula von der Leyen". The "e" of compound surnames ("Sousa e
Silva") is left out: it would join two people's names ("Lula e Bolsonaro")."""

NAME_PARTICLES = frozenset({
    "da", "das", "de", "do", "dos", "di", "del", "della", "van", "von", "der", "den",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

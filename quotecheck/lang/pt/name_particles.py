"""Lower-case words allowed inside a proper name: "Maria Luísa da Costa", "Rui Tavares
de Lima", "Fernando dos Santos", "Ilse von der Heide". The "e" of compound surnames ("Sousa e
Silva") is left out: it would join two people's names ("Costa e Tavares")."""

NAME_PARTICLES = frozenset({
    "da", "das", "de", "do", "dos", "di", "del", "della", "van", "von", "der", "den",
    "al", "al-", "el", "bin", "ben", "ibn", "abu",
})

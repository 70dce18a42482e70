"""Openings of invented news texts that several attribution tests read, each test file adding a
tail of its own (the cases it is about): one French and one English article start."""

#: a headline, two named speakers, an inverted cue, reported speech, a partial quote, "Selon X"
FR_OPENING = (
    "Réforme des retraites\n\n"
    "Le ministre Paul Ravel a rencontré la syndicaliste Jeanne Morel lundi. « Nous ne céderons "
    "pas », a-t-il déclaré devant la presse. Elle a répondu que le texte serait « une faute "
    "grave » et a ajouté : « Nous serons dans la rue jeudi. »\n\n"
    "Selon Jeanne Morel, la mobilisation « ne faiblira pas ». « C'est une ligne rouge », "
    "estime-t-elle. Paul Ravel a assuré que le gouvernement écouterait les syndicats.\n\n"
)

#: a headline, a titled speaker, a partial quote with reported speech, a pronoun cue
EN_OPENING = (
    "City council votes on the budget\n\n"
    '"We will not raise taxes," Mayor Ann Kerr said on Monday. Council member Tom Lowe called '
    'the plan "a gamble" and said the vote would be close. "It is a fair budget," she added.\n\n'
)

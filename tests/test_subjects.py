"""The subject of a speech cue (quotecheck/subjects.py), on short texts written for each pattern."""

from __future__ import annotations

import quotecheck


def speakers(text: str, language: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language=language)]


def subject_how(claim: quotecheck.Claim) -> str:
    return next(e.detail for e in claim.evidence if e.rule == "subject")


def test_a_dropped_subject_after_the_quote_is_the_topic() -> None:
    # pro-drop: the cue after the quotation has no subject; it is the person just spoken of
    text = ("Marta Ruiz visitó ayer el mercado de la ciudad.\n\n"
            "\"No vamos a cerrar ningún puesto\", aseguró.")
    claims = quotecheck.extract_claims(text, language="es")
    assert [c.speaker.name for c in claims if c.kind.value == "direct"] == ["Marta Ruiz"]
    assert subject_how(next(c for c in claims if c.kind.value == "direct")) == "dropped subject"


def test_no_dropped_subject_where_the_language_writes_subjects() -> None:
    text = "Marta Dupont a visité le marché.\n\n« Nous ne fermerons aucun étal », a ajouté."
    claims = [c for c in quotecheck.extract_claims(text, language="fr") if c.kind.value == "direct"]
    assert all("dropped subject" not in subject_how(c) for c in claims if c.speaker)


def test_the_next_sentence_names_the_speaker_of_a_quote_without_cue() -> None:
    # the cue follows its subject-less opener: "Lo ha detto X", "So sagte X", "C'est ce qu'a dit X"
    assert speakers("Il consiglio si è riunito. «Ripartiremo dal porto». Lo ha detto ieri Livia Sarti.", "it")[0] \
        == "Livia Sarti"
    assert speakers("Der Rat tagte lange. „Wir bauen die Brücke neu.“ So sagte Jonas Brandt.", "de")[0] \
        == "Jonas Brandt"
    assert speakers("Le conseil a siégé. « Nous rouvrirons le port ». C'est ce qu'a déclaré Odile Marchal.",
                    "fr")[0] == "Odile Marchal"


def test_the_next_sentence_may_name_the_subject_before_its_cue() -> None:
    text = "«Un anno difficile per le imprese». Così Bruno Galli, presidente della Camera, commenta i dati."
    claim = quotecheck.extract_claims(text, language="it")[0]
    assert claim.speaker.name == "Bruno Galli"
    assert any(e.rule == "following-cue" for e in claim.evidence)


def test_a_next_sentence_without_an_anaphoric_opener_names_nobody() -> None:
    text = "«Un anno difficile per le imprese». Bruno Galli ha parlato dei porti ieri sera."
    claim = quotecheck.extract_claims(text, language="it")[0]
    assert not any(e.rule == "following-cue" for e in claim.evidence)


def test_a_name_inside_the_cue_complement_is_not_its_subject() -> None:
    text = "« Le site fermera en mai », a déclaré à l'Agence Ouest-Presse (AOP), Lucien Garnier, maire de Val."
    assert speakers(text, "fr")[0] == "Lucien Garnier"


def test_an_incidental_between_commas_before_the_subject() -> None:
    text = "Les parents attendaient. « Les vacances sont finies », a glissé, mi-amusée, la directrice."
    assert speakers(text, "fr")[0] == "la directrice"


def test_the_subject_before_the_cue_wins_over_the_medium_after_it() -> None:
    text = "Mayor Ruth Adams spoke at noon. \"We will rebuild the bridge,\" Adams said on Radio Kent."
    assert speakers(text, "en")[0] == "Ruth Adams"


def test_an_inverted_pronoun_refers_to_the_subject_of_its_own_sentence_first() -> None:
    text = ("« Le dossier est clos », a déclaré le parquet de Lens. "
            "Victor Lemaire rappelle ensuite le précédent de 2009 : « Mon pire souvenir », commente-t-il.")
    assert speakers(text, "fr")[-1] == "Victor Lemaire"


def test_the_pronoun_walk_back_is_bounded_by_a_window_of_mentions() -> None:
    # a document with few people: the walk back over earlier mentions stops after
    # _PRONOUN_WINDOW mentions instead of running to the start (quadratic on long texts)
    from quotecheck.subjects import _PRONOUN_WINDOW
    filler = " ".join(f"El Banco Central compró bonos de la Bolsa de Madrid el día {i}."
                      for i in range(_PRONOUN_WINDOW // 2 + 5))
    near = "Marta Ruiz visitó ayer el mercado de la ciudad.\n\n"
    quote = "\"No vamos a cerrar ningún puesto\", aseguró."
    assert speakers(near + quote, "es") == ["Marta Ruiz"]
    assert speakers(near + filler + "\n\n" + quote, "es") == [None]


def test_the_name_closing_a_role_complement_is_not_the_apposition_head() -> None:
    # "the director of the Board X, Name Surname, said": the person's name speaks, not the board
    text = ("Por otro lado, el director de la Comisión de Aguas y Riegos de la Junta Nacional Hidrográfica, "
            "Tomás Rivero, informó que el embalse está lleno.")
    assert speakers(text, "es") == ["Tomás Rivero"]
    assert speakers("Ayer, la ministra de Hacienda y Función Pública, Lucía Prado, afirmó que el déficit bajará.",
                    "es") == ["Lucía Prado"]


def test_a_complement_between_commas_is_passed_on_the_way_to_the_apposition_head() -> None:
    text = "O juiz Paulo Mendes Rocha, da 2ª Vara Cível do TJ, relator do caso, afirmou que o réu teve direito de defesa."
    assert speakers(text, "pt") == ["Paulo Mendes Rocha"]


def test_a_subject_right_after_the_closing_mark_wins_over_the_object_of_its_cue() -> None:
    text = 'The trial went on for a week. "We will appeal the ruling in full," Parker told Reuters.'
    assert speakers(text, "en") == ["Parker"]
    # the mention after the cue still speaks when nothing stands between the mark and the cue
    assert speakers('"The bridge will reopen on Monday," said Jane Hollis.', "en") == ["Jane Hollis"]


def test_a_participle_lead_in_names_the_person_it_agrees_with() -> None:
    # "Preguntada por …, se ha mostrado tajante:": the questioned person speaks, not the question
    text = ("La actriz Carmen Soler recibió ayer el premio en Sevilla. Preguntada por los homenajes, "
            "se ha mostrado tajante: “Los homenajes hay que hacerlos en vida”.")
    claim = quotecheck.extract_claims(text, language="es")[0]
    assert claim.speaker is not None and claim.speaker.name == "Carmen Soler"


def test_a_lead_in_followed_by_a_mention_is_left_to_the_sentence_cue() -> None:
    # the agent's apposition after the comma is not the lead-in's person
    text = "Invitados por Tomás Rivero, alcalde de Ronda, los vecinos llegaron a la plaza mayor de la villa."
    assert all(c.speaker is None or c.speaker.name != "Tomás Rivero" for c in quotecheck.extract_claims(text, language="es"))


def test_a_quoted_title_in_the_complement_and_the_name_after_the_role() -> None:
    # 'Lo ha detto a "Programma" su Rete, la ministra per X, Nome Cognome.': the quoted title is part
    # of the complement, and the name in apposition after the role is the speaker
    text = ('Il consiglio ha votato ieri. "Il porto riaprirà a giugno". Lo ha detto a "Mattino Cinque" su '
            'Rete Sud, la ministra per le Infrastrutture e i Trasporti, Giulia Ferri.')
    assert speakers(text, "it")[0] == "Giulia Ferri"
    assert speakers('« Le port rouvrira en juin », a déclaré sur « Radio Sud » la ministre des Transports, '
                    'Julie Morel.', "fr")[0] == "Julie Morel"


def test_a_three_word_cue_phrase_before_the_quote() -> None:
    # "prend la parole :", "se ha mostrado tajante:": a cue of several words, its subject before it
    text = "Il est midi quand la présidente du tribunal prend la parole : « L'audience est suspendue jusqu'à demain »."
    claim = quotecheck.extract_claims(text, language="fr")[0]
    assert claim.speaker is not None and claim.speaker.name == "la présidente du tribunal"
    assert claim.cue is not None and claim.cue.text == "prend la parole"
    text = "Sobre los homenajes, la actriz se ha mostrado tajante: “Los homenajes hay que hacerlos en vida”."
    assert speakers(text, "es") == ["la actriz"]


def test_a_cue_that_opens_its_sentence_has_dropped_its_subject() -> None:
    # pro-drop: "Explicó: «…»", "Agregó que …" speak for the person spoken of before
    text = ("La gobernadora Marta Ruiz habló ayer en el congreso.\nExplicó:\n“Estamos atentos a la inflación”.\n"
            "Agregó que la meta se cumplirá en 2026.")
    claims = quotecheck.extract_claims(text, language="es")
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Marta Ruiz", "Marta Ruiz"]
    assert subject_how(claims[0]) == "dropped subject"  # from its own cue, not the main voice


def test_a_person_brought_in_after_the_last_claim_takes_the_pronoun() -> None:
    # centering: the subject of the narrative sentence before the cue, not the last speaker
    text = ("« Nous avons mal joué », a reconnu Paul Girard.\n\n"
            "Dans le vestiaire, Antoine Lemaire gardait le sourire.\n\n"
            "« Nous reviendrons plus forts, a-t-il promis. Le championnat est long. »")
    found = speakers(text, "fr")
    assert found[0] == "Paul Girard" and found[1:] and set(found[1:]) == {"Antoine Lemaire"}
    text = ("Claude Berthier avait jugé que l'accord était prématuré. "
            "Le même jour, le ministre des Finances Éric Vasseur se montrait prudent. "
            "Il estimait qu'il fallait attendre.")
    assert speakers(text, "fr") == ["Claude Berthier", "Éric Vasseur"]


def test_the_pronoun_of_a_relative_clause_is_the_sentence_subject_not_its_object() -> None:
    # "qu'elle accuse": the relative refers to the named woman, the pronoun to the subject
    text = ("La ministre des Sports s'en est prise à Nadia Perrin, qu'elle accuse de « mentir ». "
            "« Elle ne dit jamais la vérité », a-t-elle dit.")
    found = speakers(text, "fr")
    assert found and all(s == "la ministre des Sports" for s in found), found


def test_a_described_person_opening_a_sentence_ends_the_last_speakers_turn() -> None:
    text = ("« Je demande pardon », a dit l'accusé.\n\n"
            "Lors de sa longue plaidoirie, l'avocate a d'abord posé une question au témoin. "
            "« Vous n'oublierez pas ce procès. »")
    assert speakers(text, "fr")[1] != "l'accusé"


def test_a_fronted_adverbial_before_the_subject() -> None:
    text = ("« Je ne regrette rien », a lancé Victor Mallet.\n\n"
            "Lors de sa longue déposition du matin, Paul Brun a tremblé.\n\n"
            "« J'avais peur, a-t-il dit. Je suis parti. »")
    assert speakers(text, "fr") == ["Victor Mallet", "Paul Brun", "Paul Brun"]


def test_a_coordinated_speech_verb_shares_the_subject_of_its_sentence() -> None:
    # the names on the way (a programme's title) belong to the first verb's complement
    text = ("Le directeur de l'hôpital, Marc Orsini, a parlé de l'incendie à l'émission Toute la Ville en Parle "
            "diffusée sur l'antenne de Radio Nord, et a expliqué que personne n'avait été blessé.")
    assert speakers(text, "fr") == ["Marc Orsini"]


def test_a_place_after_a_role_complement_is_not_the_subject() -> None:
    text = "La déléguée régionale de l'agence pour l'Ouganda a prévenu jeudi que la récolte serait faible."
    assert speakers(text, "fr") == ["la déléguée régionale de l'agence"]


def test_a_place_closing_an_apposition_leaves_the_named_subject() -> None:
    # "X, Democrat of Ohio, said": the place ends an apposition, the subject is the name before it
    text = "Representative Jane Holloway, Democrat of Ohio, said that the bill would fail."
    assert speakers(text, "en") == ["Jane Holloway"]


def test_a_fronted_prepositional_phrase_leaves_the_subject_after_the_verb() -> None:
    # German puts one phrase before the finite verb: when it is a prepositional phrase, the name
    # inside it is the preposition's object and the subject follows the verb
    text = ("Die Stadtwerke legten am Montag ihren Plan vor.\n\n"
            "Im Gespräch mit Reportern äußerte sich die Sprecherin Karla Brenner zuversichtlich: "
            "„Wir werden das Ziel erreichen.“\n\n"
            "Über Jonas Kessler sagte Paul Hagedorn: „Er hat gute Arbeit geleistet.“")
    assert speakers(text, "de") == ["Karla Brenner", "Paul Hagedorn"]
    # without a fronted phrase the mention before the verb stays the subject
    assert speakers("Paul Hagedorn sagte über Jonas Kessler: „Er hat gute Arbeit geleistet.“", "de") \
        == ["Paul Hagedorn"]


def test_an_organisation_noun_keeps_the_quoted_title_after_it() -> None:
    # "die Zeitung „Nordblatt“": the title in marks is the medium's name, part of the mention
    text = "Die Zeitung „Nordblatt“ berichtete am Montag, der Bürgermeister trete zurück."
    assert speakers(text, "de") == ["die Zeitung „Nordblatt“"]
    # a quotation that follows the noun after a cue is no title
    assert speakers("Die Zeitung schrieb: „Der Bürgermeister tritt zurück.“", "de") == ["die Zeitung"]

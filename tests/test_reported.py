"""Reported speech (quotecheck/reported.py): content-clause boundaries, infinitives, subjects, sources.

The texts are the team's own.
"""

from __future__ import annotations

import quotecheck
from quotecheck import ClaimKind


def indirect(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker.name if c.speaker else None)
            for c in quotecheck.extract_claims(text) if c.kind is ClaimKind.INDIRECT]


def test_a_coordinated_second_cue_ends_the_first_clause() -> None:
    text = ("La ministra Carla Gómez indicó que respeta las críticas de la oposición, "
            "pero rechazó que el plan haya fracasado.")
    assert indirect(text) == [
        ("respeta las críticas de la oposición", "Carla Gómez"),
        ("el plan haya fracasado", "Carla Gómez"),
    ]
    text = "Il sindaco Marco Bruni ha spiegato che il ponte è chiuso e ha aggiunto che i lavori dureranno un mese."
    assert [t for t, _ in indirect(text)] == ["il ponte è chiuso", "i lavori dureranno un mese"]


def test_two_complement_clauses_of_one_cue_stay_one_claim() -> None:
    text = "Le maire Paul Roche a assuré que la piscine rouvrira en mai et que les tarifs ne changeront pas."
    assert indirect(text) == [("la piscine rouvrira en mai et que les tarifs ne changeront pas", "Paul Roche")]


def test_a_colon_before_a_quotation_ends_the_clause() -> None:
    text = "La porte-parole Anne Morel a précisé que l'enquête continue : « Nous n'écartons aucune piste. »"
    assert indirect(text) == [("l'enquête continue", "Anne Morel")]


def test_a_cue_with_a_dropped_subject_reports_the_last_subject() -> None:
    text = ("El ministro Juan Pérez habló el lunes con la prensa en Madrid sobre la crisis. "
            "Destacó que el gobierno tiene un plan para los próximos meses.")
    assert indirect(text) == [("el gobierno tiene un plan para los próximos meses", "Juan Pérez")]


def test_a_noun_phrase_before_the_cue_is_its_subject() -> None:
    text = ("Le cycliste a chuté dans la descente. Une version mise en doute par la voisine du coureur, "
            "qui raconte que le garçon a été poussé.")
    assert indirect(text) == [("le garçon a été poussé", "la voisine du coureur")]


def test_que_after_the_object_is_a_relative_not_reported_speech() -> None:
    text = "Devant la mairie, les commerçants du centre décrivent les dégâts qu'ils ont constatés après la crue."
    assert indirect(text) == []


def test_a_noun_object_is_no_reported_infinitive() -> None:
    assert indirect("La procureure Lise Carré a souligné la coopération médiocre du suspect avec les enquêteurs.") == []
    assert indirect("L'avocat Marc Henry a réclamé une condamnation pour vol.") == []


def test_a_request_reports_the_infinitive_after_its_marker() -> None:
    text = "Le préfet Jean Moulinier a invité les habitants à rester chez eux pendant la tempête."
    assert indirect(text) == [("rester chez eux pendant la tempête", "Jean Moulinier")]
    text = "Il ministro Luca Ferri ha promesso di aiutarla entro la fine del mese."
    assert indirect(text) == [("aiutarla entro la fine del mese", "Luca Ferri")]


def test_an_infinitive_after_a_time_phrase_with_a_clitic() -> None:
    text = "L'attaquant Hugo Lenoir a affirmé la semaine dernière se sentir prêt pour la finale."
    assert indirect(text) == [("se sentir prêt pour la finale", "Hugo Lenoir")]


def test_a_stressed_pronoun_after_pour_is_a_source() -> None:
    text = ("L'entraîneur Marc Dupont était furieux après le match. "
            "Pour lui, il n'y a qu'un seul responsable dans cette défaite.")
    assert indirect(text) == [("il n'y a qu'un seul responsable dans cette défaite", "Marc Dupont")]


def test_a_source_marker_with_an_unaccented_capital() -> None:
    text = "A en croire la directrice de l'école, les travaux seront finis avant la rentrée."
    assert indirect(text) == [("les travaux seront finis avant la rentrée", "la directrice de l'école")]


def test_an_adverb_phrase_before_que_is_no_object() -> None:
    text = "Le ministre Paul Garnier écrira un peu plus tard que la route reste fermée."
    assert indirect(text) == [("la route reste fermée", "Paul Garnier")]


def test_a_noun_after_a_preposition_is_no_reported_infinitive() -> None:
    text = "Le procureur Marc Villon a requis dix ans contre cet homme de 40 ans, jugé pour meurtre devant la cour."
    assert indirect(text) == []


def test_a_participle_made_a_noun_is_no_cue() -> None:
    text = ("En taisant les faits aux enquêteurs, le prévenu a menti de façon froide et calculée, "
            "a souligné la procureure Anne Vial.")
    assert indirect(text) == [("En taisant les faits aux enquêteurs, le prévenu a menti de façon froide et calculée",
                               "Anne Vial")]


def test_a_comma_after_que_is_not_content() -> None:
    text = "La ministra Ana López habló el lunes en Madrid. Agregó que, en 2021, la deuda ya estaba en el 90 por ciento."
    assert indirect(text) == [("en 2021, la deuda ya estaba en el 90 por ciento", "Ana López")]


def test_a_gerund_with_no_subject_reports_an_infinitive() -> None:
    text = ("«Non ho nulla da nascondere», ha detto Paolo Neri. "
            "Lunedì era comparso davanti al giudice, ammettendo di aver firmato i documenti falsi.")
    assert indirect(text) == [("aver firmato i documenti falsi", "Paolo Neri")]


def test_a_source_incise_splits_the_content_in_two() -> None:
    text = "Le chantier du pont, comme l'a indiqué la préfète Claire Bonnet, prendra deux années de plus."
    assert [t for t, _ in indirect(text)] == ["Le chantier du pont", "prendra deux années de plus"]


def test_after_a_source_incise_a_relative_or_an_apposition_is_no_content() -> None:
    text = "La mairie veut racheter le bâtiment, selon une source proche du dossier, qui évoque une école."
    assert [t for t, _ in indirect(text)] == ["La mairie veut racheter le bâtiment"]


def test_a_pronoun_source_has_no_apposition() -> None:
    text = ("O treinador Paulo Souza não gostou da derrota. "
            "Segundo ele, o time dele jogou melhor do que o rival, apesar do placar.")
    assert indirect(text) == [("o time dele jogou melhor do que o rival, apesar do placar", "Paulo Souza")]


def test_an_apposition_ending_the_sentence_after_a_source_is_no_content() -> None:
    text = ("Le pont sera fermé tout l'été, selon l'ingénieure Marion Lagarde, "
            "de la direction des routes du Cantal.")
    assert [t for t, _ in indirect(text)] == ["Le pont sera fermé tout l'été"]


def test_an_impersonal_clause_before_an_infinitive_cue_reports_nobody() -> None:
    text = ("Le pompier Paul Girard a éteint le feu de la grange vers midi. "
            "Il est utile de rappeler que la route était fermée depuis lundi.")
    assert indirect(text) == []


def test_the_search_for_a_reported_infinitive_stops_at_a_new_subject() -> None:
    text = ("La saison s'annonce difficile et elle devra trouver trois nouveaux joueurs avant l'hiver.")
    assert indirect(text) == []


def test_laisser_entendre_and_demontrer_report_speech() -> None:
    assert indirect("La ministre Claire Dumas a laissé entendre que le budget serait voté avant l'été.") \
        == [("le budget serait voté avant l'été", "Claire Dumas")]
    assert indirect("Dans sa plaidoirie, l'avocat Marc Delon a démontré que son client était ailleurs ce soir-là.") \
        == [("son client était ailleurs ce soir-là", "Marc Delon")]


def test_a_partial_quote_inside_a_bare_clause_keeps_it_reported() -> None:
    text = "The city engineer Paul Grant said the bridge would be “completely safe” by the end of the month."
    assert indirect(text) == [("the bridge would be “completely safe” by the end of the month", "Paul Grant")]


def test_a_source_inside_the_clause_with_no_comma_splits_the_content() -> None:
    text = "Bei dem Feuer wurden nach Angaben der Polizei zwei Scheunen völlig zerstört."
    assert indirect(text) == [("Bei dem Feuer wurden", "der Polizei"), ("zwei Scheunen völlig zerstört", "der Polizei")]


def test_a_postposed_source_marker_takes_the_noun_phrase_before_it() -> None:
    text = "Ursache des Einsturzes waren dem Bericht zufolge technische Probleme an der Decke."
    assert indirect(text) == [("Ursache des Einsturzes waren", "dem Bericht"),
                              ("technische Probleme an der Decke", "dem Bericht")]


def test_a_postposed_source_takes_the_adjective_before_its_noun() -> None:
    text = "Bei dem Unfall gab es jüngsten Berichten zufolge drei Schwerverletzte auf der Brücke."
    assert indirect(text) == [("Bei dem Unfall gab es", "jüngsten Berichten"),
                              ("drei Schwerverletzte auf der Brücke", "jüngsten Berichten")]


def test_a_verb_before_a_postposed_source_stays_in_the_content() -> None:
    text = "Die Häftlinge stammen Berichten zufolge aus einem Lager im Süden des Landes."
    assert indirect(text) == [("Die Häftlinge stammen", "Berichten"),
                              ("aus einem Lager im Süden des Landes", "Berichten")]


def test_a_source_noun_phrase_runs_into_its_clause_up_to_the_verb() -> None:
    text = "Nach Angaben der städtischen Feuerwehr Ulm brannte die Scheune bis zum Morgen."
    assert indirect(text) == [("brannte die Scheune bis zum Morgen", "der städtischen Feuerwehr Ulm")]


def test_a_colon_after_an_incise_and_its_subject_opens_more_reported_words() -> None:
    text = ("La hausse des prix restera limitée cette année, a souligné le ministre Paul Girard : "
            "il veut éviter une nouvelle crise du logement.")
    assert indirect(text) == [("La hausse des prix restera limitée cette année", "Paul Girard"),
                              ("il veut éviter une nouvelle crise du logement", "Paul Girard")]


def test_a_gerund_after_a_comma_has_the_subject_of_the_main_clause() -> None:
    text = "Il ladro Marco Sala minacciava la commessa Anna Neri, promettendo di tornare la settimana dopo."
    assert indirect(text) == [("tornare la settimana dopo", "Marco Sala")]


def test_a_relative_pronoun_after_a_source_marker_names_its_antecedent() -> None:
    text = ("Il sindaco Paolo Neri ha parlato in aula. Non è d'accordo l'assessore Marco Moretti, "
            "secondo il quale il fondo previsto è troppo piccolo per la scuola.")
    assert indirect(text) == [("il fondo previsto è troppo piccolo per la scuola", "Marco Moretti")]


def test_a_time_phrase_before_the_second_part_of_a_quotation_reports_nothing() -> None:
    text = "“The roads are clear,” the mayor, Ann Lowe, said on Monday, “but the bridge stays shut.”"
    found = quotecheck.extract_claims(text, language="en")
    assert [c.kind.value for c in found if c.kind.value == "indirect"] == []
    assert {c.speaker.name for c in found} == {"Ann Lowe"}


def test_a_relative_clause_on_the_inverted_subject_reports_nothing() -> None:
    text = "«A ponte abre em maio», prometeu a engenheira, que trabalha na obra desde o primeiro dia."
    claims = quotecheck.extract_claims(text, language="pt")
    assert [c.kind for c in claims] == [ClaimKind.DIRECT]


def test_a_source_marker_before_an_article_and_an_acronym_names_the_organisation() -> None:
    text = ("De acordo com a Agência Nacional de Energia, o rio subiu dois metros durante a noite. "
            "Segundo a ANEn, três bairros podem ficar sem luz até domingo.")
    claims = quotecheck.extract_claims(text, language="pt")
    assert len(claims) == 2
    assert all(c.speaker is not None and c.speaker.name.endswith("Agência Nacional de Energia") for c in claims)


def test_an_aspectual_speech_verb_before_an_infinitive_reports_nothing() -> None:
    # "continuare" speaks before a quotation, but "continuava a + infinitive" says an action goes on
    text = "Il vicino continuava a bussare alla porta, promettendo di chiamare la polizia."
    claims = quotecheck.extract_claims(text, language="it")
    assert [c.text for c in claims if c.kind is ClaimKind.INDIRECT] == ["chiamare la polizia"]

"""Attribution sieves, coreference and reported speech on short texts written for each pattern."""

from __future__ import annotations

import quotecheck
from quotecheck import ClaimKind, SpeakerKind


def claims(text: str) -> list[quotecheck.Claim]:
    return quotecheck.extract_claims(text, language="fr")


def rules(claim: quotecheck.Claim) -> list[str]:
    return [e.rule for e in claim.evidence]


def test_cue_after_with_full_name_then_pronoun_and_continuation() -> None:
    text = (
        "« Le budget sera voté en mars », a affirmé Hélène Morel, maire de Brest. "
        "« Nous tiendrons les délais », a-t-elle ajouté. "
        "« Personne ne sera oublié. »"
    )
    first, second, third = claims(text)
    assert [c.speaker.name for c in (first, second, third)] == ["Hélène Morel"] * 3
    assert "cue-after" in rules(first) and first.cue.text == "a affirmé" and first.cue.lemma == "affirmer"
    assert second.cue.text == "a-t-elle ajouté" and second.speaker.gender == "f"
    assert "continuation" in rules(third) and third.cue is None
    assert third.confidence < first.confidence
    assert "maire de Brest" in first.speaker.descriptions


def test_speaker_named_by_the_fullest_name_and_title() -> None:
    text = (
        "Le Norvégien Ole Hansen a pris la parole. « Nous resterons », a déclaré le Norvégien. "
        "« Il faut du temps », a ajouté M. Hansen."
    )
    a, b = claims(text)
    assert a.speaker.name == b.speaker.name == "Ole Hansen"
    assert a.speaker.kind is SpeakerKind.PERSON
    assert any("coref" == e.rule for e in a.evidence)


def test_colon_and_bare_name_before_the_quote() -> None:
    a, = claims("La ministre Claire Dubois a déclaré : « La réforme est prête. »")
    assert a.speaker.name == "Claire Dubois" and "cue-before" in rules(a)
    b, = claims("Claire Dubois : « La réforme est prête. »")
    assert b.speaker.name == "Claire Dubois" and b.cue is None


def test_source_marker_before_a_quote() -> None:
    a, = claims("Selon Marc Lenoir, « la situation reste fragile ».")
    assert a.speaker.name == "Marc Lenoir" and a.cue.lemma == "selon"


def test_pronoun_inside_a_quote_is_not_the_speaker() -> None:
    text = "« Elle doit cesser ses livraisons d'armes », a déclaré Jean Perrin à propos de la Chine."
    a, = claims(text)
    assert a.speaker.name == "Jean Perrin"


def test_organisation_speaker_and_reported_speech() -> None:
    a, = claims("Le ministère de l'Intérieur a indiqué que les contrôles seraient renforcés cet été.")
    assert a.kind is ClaimKind.INDIRECT
    assert a.text == "les contrôles seraient renforcés cet été"
    assert a.speaker.kind is SpeakerKind.ORGANIZATION
    assert a.speaker.name == "le ministère de l'Intérieur"


def test_reported_speech_patterns() -> None:
    text = (
        "Il n'y aura pas de hausse d'impôts, a assuré Paul Garnier. "
        "Selon la préfecture, la route restera fermée jusqu'à lundi. "
        "Paul Garnier a assuré avoir tout tenté."
    )
    found = [(c.text, c.speaker.name, c.cue.lemma) for c in claims(text)]
    assert found == [
        ("Il n'y aura pas de hausse d'impôts", "Paul Garnier", "assurer"),
        ("la route restera fermée jusqu'à lundi", "la préfecture", "selon"),
        ("avoir tout tenté", "Paul Garnier", "assurer"),
    ]


def test_partial_quote_inside_reported_speech_gives_both_claims() -> None:
    text = "Anne Roy a estimé que la mesure était « un impôt déguisé » pour les familles."
    kinds = {(c.kind, c.speaker.name) for c in claims(text)}
    assert kinds == {(ClaimKind.INDIRECT, "Anne Roy"), (ClaimKind.PARTIAL, "Anne Roy")}


def test_scare_quotes_and_titles_are_not_claims() -> None:
    text = "Le film « Les Jours heureux » sort mercredi. L'opération « Barkhane » est terminée."
    assert claims(text) == []


def test_a_new_named_speaker_breaks_the_continuation() -> None:
    text = (
        "« Nous voterons contre », a lancé le député Luc Martin. "
        "La rapporteure, Inès Caron, lui a répondu que le texte était équilibré. "
        "« Relisez vos amendements. »"
    )
    last = claims(text)[-1]
    assert last.speaker.name == "Inès Caron"


def test_plural_speaker() -> None:
    a, = claims("Les deux dirigeants ont déclaré que l'accord serait signé en juin.")
    assert a.speaker.plural and a.speaker.name.lower() == "les deux dirigeants"


def test_quote_before_its_speaker_is_named() -> None:
    text = "« On a manqué de lucidité », a lâché l'entraîneur. Jean Arnal refuse pourtant de céder à la panique."
    a, = claims(text)
    assert a.speaker.name == "Jean Arnal"
    assert any("role" in e.detail for e in a.evidence if e.rule == "coref")


def test_dialogue_turns_alternate() -> None:
    text = (
        "— Tu viens ? demanda Pierre.\n\n— Oui, répondit Jeanne.\n\n— Maintenant ?\n\n— Tout de suite."
    )
    speakers = [c.speaker.name if c.speaker else None for c in claims(text)]
    assert speakers == ["Pierre", "Jeanne", "Pierre", "Jeanne"]


def test_unattributed_quote_has_no_speaker_and_low_confidence() -> None:
    a, = claims("« Tout a changé ici. »")
    assert a.speaker is None and a.confidence <= 0.5


def test_interview_lines() -> None:
    text = (
        "Entretien avec Léa Fontaine, directrice du théâtre.\n"
        "Q : Qu'est-ce qui change ?\n"
        "R : Nous jouerons dans les écoles.\n\n"
        "Propos recueillis par Marc Olivier"
    )
    q, r = claims(text)
    assert (q.speaker.name, r.speaker.name) == ("Marc Olivier", "Léa Fontaine")


def test_a_medium_between_the_cue_and_the_speaker() -> None:
    a, = claims("« C'est une trahison », a dénoncé sur X le député LFI Éric Morin, qui réclame le retrait du texte.")
    assert a.speaker.name == "Éric Morin"


def test_source_marker_with_a_role_before_the_name() -> None:
    a, b = claims("Pour l'économiste Claire Vautrin, « la croissance passera par l'innovation ». Elle estime que les taux resteront élevés.")
    assert (a.speaker.name, a.cue.lemma) == ("Claire Vautrin", "pour")
    assert (b.kind, b.speaker.name) == (ClaimKind.INDIRECT, "Claire Vautrin")


def test_a_cue_without_subject_keeps_the_paragraph_speaker() -> None:
    text = "Le syndicaliste Marc Dupuis a pris la parole. « Nous resterons mobilisés », explique-t-il, avant d'ajouter : « Rien n'est joué. »"
    assert [c.speaker.name for c in claims(text)] == ["Marc Dupuis", "Marc Dupuis"]


def test_reported_speech_around_a_partial_quote_is_kept() -> None:
    text = ("Le ministre de l'Économie, Paul Arnaud, a assuré qu'il n'y aurait « pas de hausse d'impôts ». "
            "« Nous tiendrons nos engagements », a-t-il martelé.")
    found = [(c.kind, c.speaker.name) for c in claims(text)]
    assert found == [(ClaimKind.INDIRECT, "Paul Arnaud"), (ClaimKind.PARTIAL, "Paul Arnaud"), (ClaimKind.DIRECT, "Paul Arnaud")]


def test_a_source_with_an_apposition_then_a_quote_is_one_claim() -> None:
    found = claims("Pour Nathalie Girard, déléguée syndicale, « le problème de fond, ce sont les salaires ».")
    assert [(c.kind, c.speaker.name) for c in found] == [(ClaimKind.PARTIAL, "Nathalie Girard")]


def test_a_role_with_an_acronym_and_a_place() -> None:
    text = "Marine Roussel a dénoncé un « acharnement ». La présidente du groupe RN à l'Assemblée estime que la décision est politique."
    assert {c.speaker.name for c in claims(text)} == {"Marine Roussel"}


def test_a_headline_quote_with_no_speaker_is_not_a_claim() -> None:
    text = "« Tout a été emporté » : nuit d'orage à Lodève\n\nLe maire, Jacques Aldebert, a estimé que les dégâts étaient considérables."
    found = claims(text)
    assert [c.kind for c in found] == [ClaimKind.INDIRECT]


def test_german_reported_mood_continues_a_claim() -> None:
    text = "Die Ministerin Anna Berg sagte am Montag, die Regierung habe keine Wahl. Die Reform sei dringend nötig."
    found = quotecheck.extract_claims(text, language="de")
    assert [(c.text, c.speaker.name) for c in found] == [
        ("die Regierung habe keine Wahl", "Anna Berg"),
        ("Die Reform sei dringend nötig", "Anna Berg"),
    ]
    assert [e.rule for e in found[1].evidence][1] == "indirect-mood"
    # French has no reported mood in its data: the same shape is no claim there
    assert len(claims("Anna Berg a dit que le gouvernement n'avait pas le choix. La réforme serait urgente.")) == 1


def test_a_plural_group_is_the_antecedent_of_ils() -> None:
    text = "Les deux syndicats ont rencontré le préfet. « Nous attendons des actes », ont-ils déclaré à la sortie."
    a, = claims(text)
    assert a.speaker.name.lower() == "les deux syndicats" and a.speaker.plural


def test_names_with_particles_and_their_roles() -> None:
    text = ("« Nous devons agir vite », a déclaré Ilse von der Heide. "
            "La présidente de la Commission européenne a ajouté que l'Union était prête.")
    assert [c.speaker.name for c in claims(text)] == ["Ilse von der Heide", "Ilse von der Heide"]


def test_an_acronym_is_an_alias_of_the_organisation_it_spells() -> None:
    text = ("La direction générale de l'Aviation civile (DGAC) a demandé aux compagnies de réduire leurs vols. "
            "La DGAC a précisé que la mesure durerait deux jours.")
    found = claims(text)
    assert {c.speaker.name for c in found} == {"la direction générale de l'Aviation civile"}
    assert any("acronym" in e.detail for e in found[1].evidence if e.rule == "coref")


def test_partial_quote_in_a_sentence_that_reports_speech_is_kept_when_the_cue_has_no_direct_subject() -> None:
    # "la subdirectora señaló estar “…”": the nearest cue's subject is a description the
    # mentions do not take; the sentence reports speech, so the fragment is someone's words
    text = "La ministra Lucía Romero visitó la planta. Más tarde, la subdirectora señaló estar “muy satisfecha con el avance”."
    found = [c for c in quotecheck.extract_claims(text, language="es") if c.kind is ClaimKind.PARTIAL]
    assert [c.text for c in found] == ["muy satisfecha con el avance"]
    assert "sentence-cue" in rules(found[0])
    # a fragment whose sentence has no speech cue stays a scare quote
    assert quotecheck.extract_claims("La empresa presentó ayer su “nuevo modelo” en Madrid.", language="es") == []



def test_a_name_or_title_in_quote_marks_after_an_article_or_the_noun_it_names_is_no_claim() -> None:
    de = lambda text: [c.text for c in quotecheck.extract_claims(text, language="de")  # noqa: E731
                       if c.kind is not ClaimKind.INDIRECT]
    assert de("Die Monatszeitung „Der Bote“ meldet, der Minister Jonas Brandt trete zurück.") == []
    assert de("Wie das „Nordblatt“ berichtete, trete der Minister Jonas Brandt zurück.") == []
    # after an indefinite article or a partial cue, a capitalised noun is a characterisation
    assert de("Der Minister Jonas Brandt nannte den Beschluss einen „Skandal“.") == ["Skandal"]
    assert de("Der Minister Jonas Brandt bezeichnete den Beschluss als „Fehler“.") == ["Fehler"]
    assert [c.text for c in claims("Selon le magazine « Terre Vive », la ministre Odile Marchal a démissionné.")
            if c.kind is not ClaimKind.INDIRECT] == []


def test_a_subhead_that_is_one_short_quotation_is_no_claim() -> None:
    text = ("Le tribunal a tranché mardi en faveur de la commune, a indiqué Odile Marchal.\n\n"
            "« Un matin pas comme les autres »\n\n"
            "La maire Odile Marchal s'est réjouie de la décision. « Nous avons gagné. »")
    assert [c.text for c in claims(text) if c.kind is ClaimKind.DIRECT] == ["Nous avons gagné."]

def test_a_dash_aside_with_an_auxiliary_a_participle_and_a_subject_is_an_incise_whatever_the_verb() -> None:
    text = "“Nessuno ha mai pagato nulla – ha perorato infine l’avvocata Carla Neri -. La mia cliente era una segretaria”."
    found = quotecheck.extract_claims(text, language="it")
    assert [c.text for c in found] == ["Nessuno ha mai pagato nulla", "La mia cliente era una segretaria"]
    assert all(c.speaker is not None and c.speaker.name == "Carla Neri" for c in found)


def test_a_source_marker_between_commas_inside_the_quotation_is_an_incise() -> None:
    text = ("Le ministre Paul Girard a parlé longtemps. "
            "« Ce qui compte, selon lui, c’est la confiance de nos partenaires », a-t-il conclu.")
    direct = [c for c in claims(text) if c.kind is ClaimKind.DIRECT]
    assert [c.text.rstrip(",") for c in direct] == ["Ce qui compte", "c’est la confiance de nos partenaires"]
    # "selon les chiffres" inside a quotation stays the speaker's words
    text = "« Le chômage, selon les chiffres de l’Insee, a baissé », a déclaré Paul Girard."
    assert [c.text for c in claims(text) if c.kind is ClaimKind.DIRECT] == ["Le chômage, selon les chiffres de l’Insee, a baissé"]


def test_a_fragment_in_a_sentence_a_source_marker_opens_is_the_source_s_words() -> None:
    text = "Selon le rapport médical, elle présente une «fatigue sévère et durable»."
    partial = [c for c in claims(text) if c.kind is ClaimKind.PARTIAL]
    assert [c.text for c in partial] == ["fatigue sévère et durable"]
    assert partial[0].speaker is not None and "source" in rules(partial[0])


def test_a_quotation_inside_the_sentence_that_runs_over_a_sentence_end_is_someone_s_words() -> None:
    text = ("Il sindaco Marco Ferri ha parlato a lungo. Il comune \"ha firmato il contratto con la ditta. "
            "Domani, però, cominciano finalmente i lavori sul ponte\". Poi è ripartito.")
    found = quotecheck.extract_claims(text, language="it")
    assert [c.text for c in found] == ["ha firmato il contratto con la ditta. Domani, però, cominciano finalmente i lavori sul ponte"]
    # a fragment of one sentence with no cue stays scare quotes
    assert quotecheck.extract_claims("Il governo ha presentato il suo \"piano verde\" ieri.", language="it") == []


def test_a_quotation_opening_a_parenthesis_is_a_gloss_not_a_claim() -> None:
    text = "Die Zusatzmodule („Plugins“) werden beim Start geladen, sagte Jonas Brandt."
    assert [c for c in quotecheck.extract_claims(text, language="de") if c.kind is not ClaimKind.INDIRECT] == []


def test_a_name_in_a_prepositional_phrase_before_the_colon_is_not_the_speaker() -> None:
    text = ("Il legale Bruni si è battuto fino in fondo per Marco Santini: "
            "«Ha sbagliato una volta sola e ha restituito tutto».")
    [claim] = [c for c in quotecheck.extract_claims(text, language="it") if c.kind is ClaimKind.DIRECT]
    assert claim.speaker is not None and claim.speaker.name == "Bruni"


def test_a_name_completing_a_noun_before_the_colon_is_not_the_speaker() -> None:
    # "X n'a pas caché sa colère face au jeu de ses joueurs :" — the subject speaks
    text = ("Malgré le nul (1-1) face à Lorient, Marc Ferrand n'a pas caché sa colère face au jeu de ses joueurs:\n"
            "« Nous avons manqué d'envie du début à la fin. »")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Marc Ferrand"
    # with no subject, the name after "de" is the label of the quotation's speaker
    text = "Réaction de Marc Ferrand :\n« Nous avons manqué d'envie du début à la fin. »"
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Marc Ferrand"


def test_a_name_only_ever_after_a_preposition_is_no_main_voice() -> None:
    # an event named after a person ("le tournoi de Pierre Vidal") is spoken of, never speaks
    text = ("Le tournoi de Pierre Vidal commence demain. Deux joueuses seulement se sont qualifiées. "
            "Un soulagement pour la joueuse Inès Caradec.\n\n"
            "« Je suis tellement heureuse de jouer ici. »\n\n"
            "Le public du tournoi de Pierre Vidal sera nombreux.")
    speakers = [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language="fr")
                if c.kind is ClaimKind.DIRECT]
    assert "Pierre Vidal" not in speakers


def test_a_cleft_puts_the_next_quotations_speaker_in_focus() -> None:
    # "A + infinitive … è stato X": X is the agent, and the quotation after the sentence is X's,
    # though the sentence has no speech verb and another person is mentioned more often
    text = ("La giunta ha discusso il bilancio. Marta Conti, assessora al bilancio, ha mostrato i conti. "
            "La Conti ha parlato di tagli e la Conti ha difeso le scelte.\n\n"
            "Ad aprire la seduta è stato il consigliere del Pd, Paolo Gatti, che ha elencato i ritardi "
            "dei cantieri. «I lavori della scuola sono fermi da due anni e nessuno risponde».")
    claims = [c for c in quotecheck.extract_claims(text, language="it") if c.kind is ClaimKind.DIRECT]
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Paolo Gatti"]
    assert any(e.rule == "preceding-subject" for e in claims[0].evidence)


def test_a_plural_verb_gives_its_dropped_subject_to_a_group() -> None:
    # "dicono" has no subject: the group spoken of, not the man named last, is who says it
    from quotecheck import api
    from quotecheck.attribution.attributor import attribute

    text = ("I sindacati di Alfa Lavoro, Base Unita e Fronte Comune contestano il piano di Marco Ferri. "
            "«Il piano – dicono – non tiene conto dei turni di notte».")
    trace: list[dict] = []
    attribute(api.Extractor(language="it").context(text), trace=trace)
    incise = [c for step in trace for c in step["candidates"] if c["rule"] == "incise"]
    assert incise and all(c["speaker"] == "i sindacati di Alfa Lavoro, Base Unita e Fronte Comune" for c in incise)


def test_the_main_voice_is_neither_a_name_in_a_complement_nor_someone_brought_in_later() -> None:
    # "la rielezione di Ugo Neri" speaks of him, whatever role a relative clause gives him; and a
    # person first named paragraphs after a quotation (past the lede) did not say it
    from quotecheck import api
    from quotecheck.attribution.attributor import Attributor

    text = ("Si discute la rielezione di Ugo Neri, che sarà anche il candidato del centro.\n\n"
            "«Non ci fermeremo adesso» – dicono – «la campagna comincia domani».\n\n"
            "La legge è stata votata dalla consigliera Lia Berti, favorevole alla riforma.")
    attributor = Attributor(api.Extractor(language="it").context(text))
    assert attributor.main_voice is not None and attributor.main_voice.name == "Lia Berti"
    claims = [c for c in quotecheck.extract_claims(text, language="it") if c.kind is ClaimKind.DIRECT]
    assert claims and all(c.speaker is None or c.speaker.name not in ("Ugo Neri", "Lia Berti") for c in claims)


def test_a_paper_credited_in_a_parenthesis_is_no_quotation() -> None:
    """"(Tel. d. „N. Bl.“)": the abbreviated name of the paper a report comes from."""
    text = ("Bern, 3. Mai. (Tel. d. „N. Bl.“) Der Rat hat getagt. "
            "„Wir warten ab“, sagte der Präsident Karl Huber.")
    claims = quotecheck.extract_claims(text, language="de")
    assert [c.text for c in claims if c.kind.value != "indirect"] == ["Wir warten ab"]


def test_a_feminine_court_title_keeps_its_masculine_adjective_in_the_speaker() -> None:
    # "l'avocate général": the title's adjective stays masculine after the feminine noun
    text = "L'audience a repris jeudi. « La preuve de la préméditation est faite », a déclaré l'avocate général."
    found = quotecheck.extract_claims(text, language="fr")
    assert [c.speaker.name for c in found if c.speaker] == ["l'avocate général"]


def test_a_name_after_a_street_noun_is_a_place_and_never_the_speaker() -> None:
    # "via Carlo Alberto", "rue Victor Hugo": a first name opens the street's name, not a person's
    it = ("Il giornale riporta la notizia. Altri dettagli li fornisce una residente che in via Carlo Alberto vive. "
          "\"Per fortuna nessuno si è fatto male davanti al bar di via Carlo Alberto...\", aggiunge.")
    fr = ("D'autres détails viennent d'un lecteur qui habite rue Victor Hugo. « Heureusement qu'ils n'ont trouvé "
          "que des bouteilles près des conteneurs », ajoute-t-il.")
    for text, language in ((it, "it"), (fr, "fr")):
        found = quotecheck.extract_claims(text, language=language)
        assert found and all(c.speaker is None or c.speaker.name not in ("Carlo Alberto", "Victor Hugo") for c in found)
    assert [c.speaker.name for c in quotecheck.extract_claims(it, language="it") if c.speaker] == ["una residente"]


def test_street_nouns_are_lower_case_place_nouns() -> None:
    from quotecheck import lang

    for code, street in (("fr", "rue"), ("it", "via"), ("es", "calle"), ("pt", "rua")):
        nouns = lang.load(code).place_nouns
        assert street in nouns and all(n == n.lower() and n.strip() == n for n in nouns)

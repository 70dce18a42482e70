"""The entity layer: one entity per person, names of people told from names of places."""

from __future__ import annotations

import quotecheck
from quotecheck import api, coref, lang, mentions, quotes
from quotecheck.cues import matcher_for
from quotecheck.gender import first_name_gender, is_first_name


def entities(text: str, code: str = "fr") -> list[coref.Entity]:
    ex = api.Extractor(language=code)
    data = ex._language_data(text, None)
    doc = ex.backend.annotate(text, data)
    found = quotes.find_quotes(doc, data)
    cues = matcher_for(data).find_all(doc)
    found_mentions = mentions.find_mentions(doc, data, found.quotes, cues)
    return coref.link(doc, data, found_mentions)[0]


def test_first_name_table() -> None:
    assert first_name_gender("Françoise") == "f" and first_name_gender("Paul-Henri") == "m"
    assert is_first_name("Omar") and not is_first_name("Lodève") and not is_first_name("omar")


def test_a_name_after_a_role_of_a_named_person_is_another_person() -> None:
    text = ("« Le convoi est reparti », a déclaré Paul Renard, porte-parole adjoint du directeur général "
            "de l'agence, Marc Antoine Vidal.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Paul Renard"
    people = {e.name: e for e in entities(text)}
    assert "Marc Antoine Vidal" in people and "Marc Antoine Vidal" not in people["Paul Renard"].names


def test_a_role_shared_by_complement_goes_with_the_name_beside_it() -> None:
    text = ("Claire Dumas, porte-parole de la mairie, était présente. "
            "Le directeur de la mairie, Hervé Colin, a pris la parole. "
            "« Les travaux commencent lundi », a-t-il dit.")
    people = {e.name: e for e in entities(text)}
    assert "le directeur de la mairie" not in " ".join(people["Claire Dumas"].descriptions).lower()
    assert any("directeur" in d for d in people["Hervé Colin"].descriptions)


def test_a_plural_description_is_no_apposition_to_a_name() -> None:
    text = "« Nous ne partirons pas », ont lancé des ouvriers du groupe Ferrovia lundi."
    for e in entities(text):
        assert not (e.names and e.descriptions and e.plural), e


def test_a_definite_role_is_not_linked_to_a_place_name() -> None:
    text = ("Le club a été fondé à Port Ferrand en 1950. "
            "« Nous avons bien joué », a déclaré le capitaine.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "le capitaine"


def found_mentions(text: str, code: str = "fr") -> list[str]:
    ex = api.Extractor(language=code)
    data = ex._language_data(text, None)
    doc = ex.backend.annotate(text, data)
    found = quotes.find_quotes(doc, data)
    return [m.text for m in mentions.find_mentions(doc, data, found.quotes)]


def test_a_word_opening_a_sentence_before_a_preposition_is_no_name() -> None:
    names = found_mentions("Durant sa plaidoirie, l'avocate a parlé. Ensemblement de la sorte, il part.")
    assert "Ensemblement" not in names
    assert "Agregaron" not in found_mentions("Agregaron que la obra seguirá en marzo.", "es")


def test_a_hyphenated_demonstrative_is_a_pronoun() -> None:
    text = "Me Paul Gautier prend la parole. Celui-ci affirme que la procédure est nulle."
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Paul Gautier"


def test_an_organisation_name_in_a_role_complement_belongs_to_the_role() -> None:
    text = "El presidente de la Comisión de Asuntos Sociales de la Asamblea Nacional, Pedro Gómez, afirmó que no habrá cambios."
    [claim] = quotecheck.extract_claims(text, language="es")
    assert claim.speaker is not None and claim.speaker.name == "Pedro Gómez"
    # a first name after the complement starts the holder's name
    text = "Le ministre de l'Intérieur Gérald Darmanin a déclaré que tout va bien."
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Gérald Darmanin"


def test_a_role_named_first_is_the_person_named_before_its_next_mention() -> None:
    text = ("Le procureur a requis dix ans de prison. "
            "Selon Julien Ravel, la peine est juste. "
            "Le procureur a ajouté que l'accusé « ne regrette rien ».")
    people = {e.name: e for e in entities(text)}
    assert "le procureur" in people["Julien Ravel"].descriptions


def test_a_role_named_first_is_not_a_person_described_otherwise() -> None:
    text = ("Le procureur a requis dix ans de prison. "
            "L'avocat Julien Ravel a plaidé l'acquittement. "
            "Le procureur a ajouté que l'accusé « ne regrette rien ».")
    people = {e.name: e for e in entities(text)}
    assert "le procureur" not in people["Julien Ravel"].descriptions


def test_capitalised_words_before_a_first_name_describe_the_person() -> None:
    text = '"We will win this state," Vermont Party Chair Elena Brooks said on Monday.'
    [claim] = quotecheck.extract_claims(text, language="en")
    assert claim.speaker is not None and claim.speaker.name == "Elena Brooks"
    # a place or a medium after a preposition is no speaker
    text = "« Rien ne change », a déclaré à Radio Nord Express Omar Diallo."
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Omar Diallo"


def test_demonyms_are_descriptions_never_names() -> None:
    # a plural demonym after a role is an adjective, not the minister's name
    assert "Maliennes" not in found_mentions("Le ministre des Affaires étrangères Maliennes a parlé.")
    # an unlisted demonym after a determiner describes a person ("le Vendéen", "le Morbihannais")
    text = ("Jules Caradec a marqué deux fois. "
            "« On a souffert », a reconnu le Morbihannais après le match.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Jules Caradec"
    # a listed demonym that is also a first name still opens a name
    assert "Romain Leclerc" in found_mentions("Romain Leclerc a répondu aux députés.")


def test_a_role_of_the_other_gender_is_another_person_and_sports_roles_link() -> None:
    text = ("La porte-parole de la mairie, Claire Dumas, était là. "
            "Le directeur de la mairie, Hervé Colin, a pris la parole. "
            "La porte-parole de la mairie a précisé que « tout est prêt ».")
    people = {e.name: e for e in entities(text)}
    assert not any("porte-parole" in d for d in people["Hervé Colin"].descriptions)
    text = ("Marc Tessier a vu son équipe gagner samedi. "
            "Le coach nantais a ensuite ajouté : « Nous avons bien tenu. »")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Marc Tessier"


def test_a_country_is_a_place_not_a_person() -> None:
    text = "Hier, la Bolivie a fermé ses frontières. Bolivie et Pérou discutent. Marta Lima est venue. Lima a parlé."
    found = {e.name: e for e in entities(text)}
    assert found["Bolivie"].place and found["Bolivie"].kind is coref.SpeakerKind.ORGANIZATION
    # a city's name that is a named person's surname joins that person
    assert not found["Marta Lima"].place and "Lima" in found["Marta Lima"].names


def test_a_place_before_a_role_is_the_role_complement() -> None:
    text = ("\"We held on,\" Peru captain Rafael Ortuno said.\n"
            "The Peru captain said that his side had been patient.")
    claims = quotecheck.extract_claims(text, language="en")
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Rafael Ortuno", "Rafael Ortuno"]


def test_places_are_generated_for_every_language() -> None:
    from quotecheck.lang import load, supported_languages

    for code in supported_languages():
        assert len(load(code).places) > 500
    assert "Brésil" in load("fr").places and "Brasil" in load("pt").places


def test_a_second_field_of_an_office_belongs_to_the_role() -> None:
    text = "La ministra del Trabajo y Previsión Social, Elena Ruiz, afirmó que el plan avanza."
    [claim] = quotecheck.extract_claims(text, language="es")
    assert claim.speaker is not None and claim.speaker.name == "Elena Ruiz"
    assert "la ministra del Trabajo y Previsión Social" in claim.speaker.descriptions
    text = "« Le budget tiendra », a déclaré le ministre du Travail et de l'Emploi, Paul Verne."
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and "le ministre du Travail et de l'Emploi" in claim.speaker.descriptions


def test_a_capitalised_role_keeps_its_capitalised_adjective() -> None:
    text = "El Fiscal Regional, Tomás Vidal, dijo que las cuentas están en orden."
    [claim] = quotecheck.extract_claims(text, language="es")
    assert claim.speaker is not None and claim.speaker.name == "Tomás Vidal"
    assert "el Fiscal Regional" in claim.speaker.descriptions


def test_a_channel_after_su_is_no_speaker() -> None:
    text = ("\"Le riforme vanno avanti\". Lo ha detto a \"Mattina\" su Rete Sette, la ministra della Cultura, "
            "Giulia Ferri.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name == "Giulia Ferri"


def test_an_institution_named_in_title_case_and_its_acronym_with_a_small_letter() -> None:
    text = ("Segundo a Polícia Ambiental Estadual, o barco afundou durante a noite.\n"
            "Conforme a PAEs, os tripulantes foram resgatados.")
    found = {e.name: e for e in entities(text, "pt")}
    institution = found["a Polícia Ambiental Estadual"]
    assert "PAEs" in institution.descriptions
    first = quotecheck.extract_claims(text, language="pt")[0]
    assert first.speaker is not None and first.speaker.name == "a Polícia Ambiental Estadual"


def test_the_same_role_with_another_complement_is_another_person() -> None:
    text = ("Le projet du ministre de la Culture a été retiré. "
            "Pour Odile Marchand, invitée de la matinale, la réforme reste utile. "
            "La ministre des Affaires étrangères a ensuite rappelé que le calendrier tient. "
            "La ministre des Affaires étrangères de la Norvège a aussi souligné que rien ne change.")
    found = {e.name: e for e in entities(text)}
    culture = next(e for e in found.values() if "ministre de la Culture" in " ".join(e.descriptions))
    assert not any("Affaires étrangères" in d for d in culture.descriptions)
    odile = found["Odile Marchand"]
    assert any("Affaires étrangères de la Norvège" in d for d in odile.descriptions)


def test_a_chain_of_apposed_roles_and_a_prefixed_role_describe_one_person() -> None:
    text = ("Hugo Lenoir, ex-ministre de la Culture, nouveau ministre des Sports, a déclaré que le stade "
            "serait rénové. « Nous irons vite », a ajouté le ministre des Sports.")
    people = {e.name: e for e in entities(text)}
    assert {"ex-ministre de la Culture", "nouveau ministre des Sports"} <= set(people["Hugo Lenoir"].descriptions)
    claims = quotecheck.extract_claims(text, language="fr")
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Hugo Lenoir", "Hugo Lenoir"]


def test_an_organisation_name_in_sentence_case_stops_at_a_line_break() -> None:
    text = "L'association Terre vive\nrapide organise une fête. Elle a dit que le chantier avance."
    names = [m.text for e in entities(text) for m in e.mentions]
    assert not any("\n" in n for n in names)


def test_the_irish_head_of_government_is_a_role() -> None:
    text = ("Prime Minister Aidan Crowe met the unions on Monday.\n"
            "The Taoiseach said that the talks had gone well.")
    claims = quotecheck.extract_claims(text, language="en")
    assert claims and claims[0].speaker is not None and claims[0].speaker.name == "Aidan Crowe"


def test_a_role_named_next_outweighs_the_guessed_gender_of_a_first_name() -> None:
    # "Yannick" is usually a man's first name; the text says a woman speaks
    text = ("« Le dialogue reste ouvert », dit la ministre de la Pêche.\n\n"
            "« Nous voulons un accord », a déclaré Yannick Moreau lors d'un point presse.")
    people = {e.name: e for e in entities(text)}
    assert any("la ministre de la Pêche" in d for d in people["Yannick Moreau"].descriptions)
    assert people["Yannick Moreau"].gender == "f"


def test_a_capitalised_name_opening_on_an_institution_noun_is_an_organisation() -> None:
    text = ("O juiz Marcelo Antunes Prado, da 2ª Câmara Cível do TRF, negou o pedido. "
            "Na sessão, o juiz afirmou que o prazo foi respeitado.")
    people = {e.name: e for e in entities(text, "pt")}
    assert not people["Câmara Cível do TRF"].names  # an institution, no person's name
    assert any("juiz" in d for d in people["Marcelo Antunes Prado"].descriptions)


def test_a_bare_role_after_a_complement_is_the_person_named_before() -> None:
    text = ("A juíza Beatriz Moura Castro, do 3º Tribunal Regional, relatora do processo, "
            "afirmou que a pena será mantida.")
    [claim] = quotecheck.extract_claims(text, language="pt")
    assert claim.speaker is not None and claim.speaker.name == "Beatriz Moura Castro"


def test_a_role_after_a_contracted_preposition_describes_the_name_next_to_it() -> None:
    text = ("A juíza ouviu ontem o depoimento da vizinha, acompanhada do advogado Otávio Mendes Barreto. "
            "Na saída, o advogado disse que a cliente está tranquila.")
    people = {e.name: e for e in entities(text, "pt")}
    assert "advogado" in people["Otávio Mendes Barreto"].role_heads
    claims = quotecheck.extract_claims(text, language="pt")
    assert claims and claims[-1].speaker is not None and claims[-1].speaker.name == "Otávio Mendes Barreto"


def test_a_role_with_its_article_goes_with_the_name_after_it() -> None:
    text = ("Ne ha parlato ieri a Radio Verde Gianni Lodi, la ministra del Lavoro, Carla Bruni Ferri. "
            "«Il piano è pronto», ha detto la ministra.")
    people = {e.name: e for e in entities(text, "it")}
    assert any("ministra" in d for d in people["Carla Bruni Ferri"].descriptions)
    assert not any("ministra" in d for d in people["Gianni Lodi"].descriptions)


def test_a_role_complement_after_an_elided_preposition_belongs_to_the_role() -> None:
    text = "Ieri la sorella dell'atleta ha raccontato ai giudici che la ragazza si allenava ogni giorno."
    claims = quotecheck.extract_claims(text, language="it")
    assert claims and claims[0].speaker is not None and claims[0].speaker.name == "la sorella dell'atleta"


def test_a_role_named_later_is_not_the_name_inside_a_complement() -> None:
    text = ("«A ponte abre em maio», prometeu o engenheiro, que trabalhou, contratado por "
            "Rui Costa Neves, em três obras parecidas.")
    [claim] = quotecheck.extract_claims(text, language="pt")
    assert claim.speaker is not None and claim.speaker.name != "Rui Costa Neves"


def test_a_name_after_a_role_and_its_institution_is_the_role_holder() -> None:
    # the role's complement runs past what a mention takes in: the name is still its apposition
    text = ("O diretor da Agência de Águas e da Energia do Estado do Pará, Vitor Amaral Seixas, visitou a "
            "represa. Estava lá também Paulo Mendes Rocha. «A represa aguenta a cheia», afirmou o diretor.")
    [claim] = quotecheck.extract_claims(text, language="pt")
    assert claim.speaker is not None and claim.speaker.name == "Vitor Amaral Seixas"


def test_an_inverted_role_goes_to_the_next_cue_subject_rather_than_a_person_described_otherwise() -> None:
    text = ("Os fiscais fecharam na semana passada duas serrarias ilegais do irmão do chefe da milícia local, "
            "Rodrigo Falcão, e uma terceira segue aberta perto do rio, revelou ontem o governador.\n\n"
            "\"Vamos fechar a terceira também\", disse Henrique Vasconcelos Prado.")
    claims = quotecheck.extract_claims(text, language="pt")
    assert len(claims) == 2
    assert all(c.speaker is not None and c.speaker.name == "Henrique Vasconcelos Prado" for c in claims)


def test_an_office_with_two_fields_after_per_is_one_role_in_apposition_to_the_name() -> None:
    text = ("Intervenuta ieri sera a Radio Nove, la ministra per le Politiche giovanili e lo Sport, "
            "Marta Giordano Villa, ha annunciato nuovi fondi. «Apriremo dieci centri», ha concluso la ministra.")
    claims = quotecheck.extract_claims(text, language="it")
    assert claims and claims[-1].speaker is not None and claims[-1].speaker.name == "Marta Giordano Villa"
    people = {e.name: e for e in entities(text, "it")}
    assert "la ministra per le Politiche giovanili e lo Sport" in people["Marta Giordano Villa"].descriptions


def test_a_parenthesised_place_does_not_break_an_apposition() -> None:
    text = ("La juge de Nantes (Loire-Atlantique), Hélène Cardinal, a reçu la presse. Sophie Marchal était là aussi. "
            "« Rien n'est encore décidé », a déclaré la juge.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Hélène Cardinal"
    people = {e.name: e for e in entities(text)}
    assert any("juge" in d for d in people["Hélène Cardinal"].descriptions)


def test_a_role_is_not_the_name_inside_a_noun_complement() -> None:
    # "la disparition de X": X is spoken of; the role goes to the person who acts in the text
    text = ("Lucien Ferrand a dirigé l'enquête. Il a évoqué la disparition de Mathis Lenoir, en mars. "
            "« Nous avons suivi toutes les pistes », a souligné le magistrat.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name == "Lucien Ferrand"


def test_a_role_named_later_is_not_an_object_nor_someone_paragraphs_away() -> None:
    text = ("« Nous avons trop perdu de ballons », a regretté l'entraîneur du club.\n\n"
            "« Il faudra travailler », a-t-il ajouté en parlant de la faute sifflée à Olivier Mercier.\n\n"
            "Au vestiaire, Bastien Lagarde restait calme.")
    claims = quotecheck.extract_claims(text, language="fr")
    assert [c.speaker.name if c.speaker else None for c in claims] == ["l'entraîneur du club"] * 2


def test_the_determiner_tells_the_gender_of_a_role() -> None:
    # "la procureur": the masculine form of the noun, a woman by the determiner
    text = ("Roger Vallet a parlé hier. Sa collègue Irène Salomon est arrivée ensuite. "
            "La procureur a demandé de patienter.")
    [claim] = quotecheck.extract_claims(text, language="fr")
    assert claim.speaker is not None and claim.speaker.name != "Roger Vallet"


def test_roles_compete_for_the_person_named_between_them() -> None:
    # the accused is described in the magistrate's own clause: a noun of that clause is someone
    # else, and the role mentioned nearer to the name is the one that stands for it
    text = ("Le tribunal a entendu le principal suspect. Le juge a ouvert l'audience. "
            "Bernard Castel a jugé très grave la conduite de ce suspect.\n\n"
            "Le juge a rappelé les faits.\n\n"
            "Plus tard, le suspect a quitté la salle.")
    people = {e.name: e for e in entities(text)}
    castel = people["Bernard Castel"]
    assert any("juge" in d for d in castel.descriptions)
    assert not any("suspect" in d for d in castel.descriptions)


def test_an_acronym_in_parentheses_is_the_organisation_before_it() -> None:
    text = ("L'Agence de Surveillance des Eaux Côtières (Asec) a indiqué que des « traces suspectes » "
            "avaient été trouvées.")
    claims = quotecheck.extract_claims(text, language="fr")
    for c in claims:
        assert c.speaker is not None and c.speaker.name != "Asec"
        assert any("Agence" in d for d in (c.speaker.name, *c.speaker.descriptions))
    assert claims


def test_a_role_adjective_before_the_name_keeps_the_apposition() -> None:
    # "le conseiller régional Paul Durand": an adjective between the role noun and the name
    text = ("Interrogé sur l'affaire, le conseiller cantonal estime qu'il n'a rien à ajouter.\n\n"
            "Depuis lundi, le conseiller cantonal Gérard Pichon est très sollicité.")
    assert [c.speaker.name if c.speaker else None for c in quotecheck.extract_claims(text, language="fr")] \
        == ["Gérard Pichon"]
    people = {e.name: e for e in entities(text)}
    assert any("conseiller" in d for d in people["Gérard Pichon"].descriptions)


def test_a_common_noun_for_an_institution_is_the_one_named_institution_of_that_kind() -> None:
    one = ("A Câmara Municipal de Ourelha aprovou o plano das ciclovias. "
           "Segundo a autarquia, as obras começam em março.")
    [council] = [e for e in entities(one, "pt") if "a autarquia" in e.descriptions]
    assert any("Ourelha" in d for d in council.descriptions)
    # two named councils: the common noun may be either, so it stays its own entity
    two = ("A Câmara Municipal de Ourelha assinou o acordo. A Câmara Municipal de Valmira também assinou. "
           "Segundo a autarquia, as obras começam em março.")
    [alone] = [e for e in entities(two, "pt") if "a autarquia" in e.descriptions]
    assert alone.descriptions.keys() == {"a autarquia"}


def test_a_long_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = ("In aula hanno parlato gli avvocati Marco Ferraretti e Luisa Bondi. "
            "«Non esiste alcuna prova», ha detto Ferrarretti.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name == "Marco Ferraretti"
    # a short surname one letter off is another family's name
    short = "Hanno parlato Marco Rosi e Luisa Bondi. «Non esiste alcuna prova», ha detto Rossi."
    [other] = quotecheck.extract_claims(short, language="it")
    assert other.speaker is not None and other.speaker.name == "Rossi"


def test_a_first_name_takes_the_gender_it_has_in_the_texts_language() -> None:
    # "Andrea" is mostly a woman's name in the shared table, a man's in Italy
    assert first_name_gender("Andrea") == "f"
    assert lang.load("it").first_name_genders.get("andrea") == "m"
    text = ("Andrea Colombo ha aperto la riunione del consiglio. "
            "\"Le strade saranno riparate entro marzo\", ha detto il presidente.")
    [person] = [e for e in entities(text, "it") if e.names]
    assert person.gender == "m"
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name == "Andrea Colombo"


def test_a_bare_masculine_role_does_not_make_a_woman_a_man() -> None:
    # the masculine role form is also the generic one: "la manager" may still be the woman named
    text = ("A parlare è Giulia Ferri, direttore generale della clinica: \"Abbiamo assunto dieci "
            "infermieri\", spiega.\n\n\"Altri arriveranno in estate\", sottolinea la manager.")
    people = [e for e in entities(text, "it") if e.names]
    assert [e.gender for e in people] == ["f"]
    claims = quotecheck.extract_claims(text, language="it")
    assert [c.speaker.name if c.speaker else None for c in claims] == ["Giulia Ferri", "Giulia Ferri"]
    # a feminine role form still says who the holder is
    text = "Paola Riva, direttrice della scuola, ha parlato ai genitori."
    assert [e.gender for e in entities(text, "it") if e.names] == ["f"]


def test_a_group_named_by_the_list_of_its_members_is_one_mention() -> None:
    text = "I partiti di Alleanza Verde, Lega Civica e Patto del Nord hanno chiesto un voto in aula."
    assert found_mentions(text, "it")[0] == "I partiti di Alleanza Verde, Lega Civica e Patto del Nord"
    [group] = [e for e in entities(text, "it") if e.plural]
    assert group.kind.value == "organization"
    # persons listed are mentions of their own, and a list never closed by a coordinator is no list
    text = "I legali di Anna Neri e Ugo Sala hanno parlato ai giudici."
    assert "Anna Neri" in found_mentions(text, "it") and "Ugo Sala" in found_mentions(text, "it")
    text = "I partiti di Alleanza Verde, Lega Civica, tutti presenti, hanno votato."
    assert found_mentions(text, "it")[0] == "I partiti di Alleanza Verde"


def test_a_person_described_not_named_is_a_mention_and_no_office_holders_alias() -> None:
    # "la donna" is a speaker the text describes; past an incidental phrase it is still the subject
    text = ("La pm Carla Dini ha ascoltato i testimoni. La donna, ancora spaventata, ha raccontato "
            "di aver ricevuto minacce per mesi.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name.lower() == "la donna"
    # "l'anziana" is not the prosecutor named just before her
    people = {e.name: e for e in entities(text, "it")}
    assert not any("donna" in d for d in people["Carla Dini"].descriptions)
    # "vicino" before a town's name is a preposition: the town is no person in apposition
    text = "Un uomo residente vicino Borgo Alto ha chiamato i carabinieri."
    assert not [e for e in entities(text, "it") if e.kind.value == "person" and e.names]


def test_a_definite_description_is_the_person_an_indefinite_one_brought_in() -> None:
    text = ("Un giovane di 19 anni è stato fermato ieri sera in centro. "
            "Il ragazzo ha raccontato di essersi perso tornando a casa.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name == "un giovane di 19 anni"
    # a bare role after a comma describes the same person; the fullest description names them
    text = ("In questura è stato sentito anche un altro agente, capopattuglia di 50 anni. "
            "Il collega ha ammesso di aver sbagliato il rapporto.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name == "capopattuglia di 50 anni"
    # gender must agree: "la donna" is not the young man brought in before
    text = ("Un giovane di 19 anni è stato fermato ieri sera. "
            "La donna ha raccontato di aver visto tutto dalla finestra.")
    [claim] = quotecheck.extract_claims(text, language="it")
    assert claim.speaker is not None and claim.speaker.name.lower() == "la donna"


def test_a_role_given_by_a_relative_clause_is_the_named_persons() -> None:
    text = ("Il voto premia Luca Sarti, che sarà anche il candidato della coalizione alle regionali. "
            "Marco Pini, presente in sala, non ha commentato.")
    people = {e.name: e for e in entities(text, "it")}
    assert any("candidato" in d for d in people["Luca Sarti"].descriptions)
    assert not people["Marco Pini"].descriptions or not any("candidato" in d for d in people["Marco Pini"].descriptions)


def test_entity_place_follows_its_mentions() -> None:
    """``Entity.place`` is kept as mentions are added: every mention a place's, nothing of a person."""
    data = lang.load("fr")
    entity = coref.Entity(id=0)
    assert not entity.place  # no mention yet
    entity.add(mentions.MentionSpan(0, 6, "Lisbon", mentions.MentionKind.ORGANIZATION, place=True), "", data)
    entity.add(mentions.MentionSpan(20, 26, "Lisbon", mentions.MentionKind.ORGANIZATION, place=True), "", data)
    assert entity.place
    entity.add(mentions.MentionSpan(40, 46, "Durand", mentions.MentionKind.NAME), "", data)
    assert not entity.place
    other = coref.Entity(id=1)
    other.add(mentions.MentionSpan(60, 66, "Lisbon", mentions.MentionKind.ORGANIZATION, place=True), "", data)
    other.person_evidence = True
    assert not other.place  # what shows a person wins


def test_a_role_running_on_past_its_mention_is_still_apposed_to_the_name() -> None:
    # "gardener" is left out of the role mention ("the head"): the name after the comma is still its holder
    text = "The head gardener, Ruth Hale, spoke to visitors on Sunday:\n\n“The roses will bloom late this year.”"
    [claim] = quotecheck.extract_claims(text, language="en")
    assert claim.speaker is not None and claim.speaker.name == "Ruth Hale"


def test_a_verb_between_role_and_name_is_no_apposition() -> None:
    text = "Le maire adjoint a salué, Lucie Morel, puis a dit : « Nous reconstruirons le pont. »"
    people = {e.name: e for e in entities(text)}
    assert "Lucie Morel" in people
    assert not any("maire" in d.lower() for d in people["Lucie Morel"].descriptions)


def test_the_next_turn_of_a_dialogue_names_the_other_speaker() -> None:
    text = ("Au comptoir, la file ne bouge plus.\n"
            "– Le dernier car est parti, explique la guichetière.\n"
            "– Et demain ? demande Marc Olivier.\n"
            "– Le premier part à six heures.")
    claims = [c for c in quotecheck.extract_claims(text, language="fr") if c.text.startswith("Le ")]
    assert claims and all(c.speaker is None or c.speaker.name != "Marc Olivier" for c in claims)

"""German speakers, third round: media named in quotation marks after an article, names written in
lower case after an organisation noun, sources written as one compound noun ("nach Zeugenaussagen"),
a statement reported by "Das bestätigte X" in the next sentence, and the agent of a passive speech
verb going on in the reported mood.

Every sentence here is written for the test."""

from __future__ import annotations

from de_helpers import german_claims as claims
from de_helpers import german_mentions as found

from quotecheck.claims import ClaimKind, MentionKind

# --- a medium named in quotation marks after its article ---------------------------------------

def test_a_quoted_name_after_an_article_is_an_organisation_mention() -> None:
    spans = [(m.text, m.kind) for m in found("Der „Nordblatt-Kurier“ berichtete am Montag darüber.")]
    assert ("Der „Nordblatt-Kurier“", MentionKind.ORGANIZATION) in spans


def test_a_quoted_name_after_an_article_speaks_before_its_cue() -> None:
    text = "Die Stadt plant eine Brücke. Die „Talwächter Rundschau“ berichtete, die Brücke werde teurer."
    assert claims(text) == [(ClaimKind.INDIRECT, "die Brücke werde teurer", "die „Talwächter Rundschau“")]


def test_a_quoted_name_after_an_article_is_a_source() -> None:
    text = "Laut dem „Talwächter“ werde die Brücke erst im Herbst eröffnet."
    assert claims(text) == [(ClaimKind.INDIRECT, "werde die Brücke erst im Herbst eröffnet", "dem „Talwächter“")]


def test_a_quoted_word_glued_to_a_hyphen_is_no_medium() -> None:
    texts = [m.text for m in found("Die „Talwächter“-Leser wählten am Montag.")]
    assert not any("„" in t for t in texts)


# --- a name written in lower case after an organisation noun -----------------------------------

def test_a_lower_case_name_with_a_dot_after_an_organisation_noun() -> None:
    text = "Ein Sprecher der Gewerkschaft ab.cd sagte, der Streik gehe weiter."
    assert claims(text) == [(ClaimKind.INDIRECT, "der Streik gehe weiter", "ein Sprecher der Gewerkschaft ab.cd")]


def test_a_lower_case_hyphenated_name_after_an_organisation_noun() -> None:
    texts = [m.text for m in found("Der Fernsehsender el-Qamar berichtete am Abend darüber.")]
    assert "Der Fernsehsender el-Qamar" in texts


def test_a_hyphenated_adjective_after_an_organisation_noun_is_not_its_name() -> None:
    texts = [m.text for m in found("Die Regierung pro-westlicher Minister trat zurück.")]
    assert not any("pro-westlicher" in t for t in texts)


# --- a source written as one compound noun ---------------------------------------------------

def test_a_compound_source_noun_after_nach_opens_the_sentence() -> None:
    text = "Nach Polizeiangaben wurden bei dem Sturm drei Menschen verletzt."
    assert claims(text) == [(ClaimKind.INDIRECT, "wurden bei dem Sturm drei Menschen verletzt", "Polizeiangaben")]


def test_a_compound_source_noun_inside_the_clause_splits_the_content() -> None:
    text = "Der Fahrer hatte nach Zeugenaussagen die Ampel lange übersehen."
    assert claims(text) == [
        (ClaimKind.INDIRECT, "Der Fahrer hatte", "Zeugenaussagen"),
        (ClaimKind.INDIRECT, "die Ampel lange übersehen", "Zeugenaussagen"),
    ]


def test_the_bare_source_noun_keeps_the_source_after_it() -> None:
    text = "Nach Angaben der Feuerwehr wurden bei dem Sturm drei Menschen verletzt."
    assert claims(text) == [(ClaimKind.INDIRECT, "wurden bei dem Sturm drei Menschen verletzt", "der Feuerwehr")]


def test_nach_before_a_plain_noun_is_no_source() -> None:
    assert claims("Nach Feierabend wurden bei dem Sturm drei Bäume entwurzelt.") == []


def test_a_singular_estimate_is_a_source_marker() -> None:
    text = "Nach Schätzung der Behörde erkranken jedes Jahr fünftausend Menschen."
    assert claims(text) == [(ClaimKind.INDIRECT, "erkranken jedes Jahr fünftausend Menschen", "der Behörde")]


# --- "Das bestätigte X": the sentence before is the statement -----------------------------------

def test_a_pronoun_before_a_cue_reports_the_sentence_before() -> None:
    text = "Die Fähre fährt ab Mai wieder täglich. Das bestätigte die Stadtverwaltung am Montag."
    assert claims(text) == [(ClaimKind.INDIRECT, "Die Fähre fährt ab Mai wieder täglich", "die Stadtverwaltung")]


def test_dies_before_a_separable_cue_reports_the_sentence_before() -> None:
    text = "Die Fähre fährt ab Mai wieder täglich. Dies teilte Reederin Olga Brenning mit."
    assert claims(text) == [(ClaimKind.INDIRECT, "Die Fähre fährt ab Mai wieder täglich", "Olga Brenning")]


def test_so_before_a_cue_does_not_report_the_sentence_before() -> None:
    text = "Die Fähre fährt ab Mai wieder täglich. So warnte Olga Brenning vor dem Sturm."
    assert not any(c[1].startswith("Die Fähre") for c in claims(text))


def test_no_statement_across_a_paragraph_break() -> None:
    text = "Die Fähre fährt ab Mai wieder täglich.\n\nDas bestätigte die Stadtverwaltung am Montag."
    assert not any(c[1].startswith("Die Fähre") for c in claims(text))


def test_a_sentence_with_a_quotation_is_not_reported_again() -> None:
    text = "Die Fähre sei „bald wieder da“. Das bestätigte die Stadtverwaltung am Montag."
    assert not any(c[1].startswith("Die Fähre") and c[2] == "die Reederei" and c[0] is ClaimKind.INDIRECT
                   and "„" in c[1] for c in claims(text))


# --- the agent of a passive speech verb goes on in the reported mood --------------------------

def test_the_agent_of_a_passive_cue_speaks_in_the_reported_mood_after_it() -> None:
    text = ("Olga Brenning sagte, die Steuer sei zu hoch. Der Vorschlag wurde von Finanzminister Karl Maier "
            "kritisiert. Die Kassen seien leer.")
    assert claims(text)[-1] == (ClaimKind.INDIRECT, "Die Kassen seien leer", "Karl Maier")


def test_a_quoted_name_right_after_a_one_word_source_marker_is_the_source() -> None:
    text = "Laut „Talpost“ wurden bei dem Sturm drei Menschen verletzt."
    assert claims(text) == [(ClaimKind.INDIRECT, "wurden bei dem Sturm drei Menschen verletzt", "„Talpost“")]


def test_a_source_of_adjectives_before_its_noun_with_no_article_is_whole() -> None:
    text = "Die Lage ist unklar. Laut nationalem statistischen Amt ist die Zahl der Unfälle deutlich gestiegen."
    assert claims(text) == [(ClaimKind.INDIRECT, "ist die Zahl der Unfälle deutlich gestiegen",
                             "nationalem statistischen Amt")]


def test_a_participle_phrase_before_the_source_noun_belongs_to_the_source() -> None:
    text = "Die Lage ist unklar. Laut einer am Montag veröffentlichten Mitteilung des Amtes ist die Zahl der Unfälle gestiegen."
    assert claims(text) == [(ClaimKind.INDIRECT, "ist die Zahl der Unfälle gestiegen",
                             "einer am Montag veröffentlichten Mitteilung des Amtes")]

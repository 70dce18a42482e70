"""Quotation segmentation, one convention per case file document (fixtures/conventions.gold.jsonl).

Each document must give back exactly its direct and partial quotations (same spans, overlap
>= 0.5, one to one). Known failures are marked ``xfail(strict=True)`` so that a fix shows up.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.evaluate import match

from conftest import load_fixture

KNOWN_FAILURES = {
}

DOCS = load_fixture("conventions.gold.jsonl")


def _language(doc: dict) -> str | None:
    return doc["lang"] if doc["lang"] in quotecheck.supported_languages() else None


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(d, id=f"{d['id']}-{d['pattern']}", marks=pytest.mark.xfail(reason=KNOWN_FAILURES[d["id"]], strict=True))
        if d["id"] in KNOWN_FAILURES else pytest.param(d, id=f"{d['id']}-{d['pattern']}")
        for d in DOCS
    ],
)
def test_convention(doc: dict) -> None:
    text = doc["text"]
    claims = quotecheck.extract_claims(text, language=_language(doc))
    quoted = [c for c in claims if c.kind is not quotecheck.ClaimKind.INDIRECT]
    gold = [(q["start"], q["end"]) for q in doc["quotes"] if q["kind"] != "indirect"]
    pairs = match(gold, [(c.start, c.end) for c in quoted])
    assert len(pairs) == len(gold), f"missed: {[doc['text'][s:e] for s, e in gold]} got {[c.text for c in quoted]}"
    assert len(pairs) == len(quoted), f"extra quotations: {[c.text for c in quoted]}"
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Nous allons agir », a dit Paul Roux.", ["Nous allons agir"]),
        ("«\u00a0Nous allons agir\u00a0», a dit Paul Roux.", ["Nous allons agir"]),
        ("«\u202fNous allons agir\u202f», a dit Paul Roux.", ["Nous allons agir"]),
        ("«Nous allons agir», a dit Paul Roux.", ["Nous allons agir"]),
        ("“Nous allons agir”, a dit Paul Roux.", ["Nous allons agir"]),
        ('"Nous allons agir", a dit Paul Roux.', ["Nous allons agir"]),
        ("« Nous allons, a-t-il dit, agir vite. »", ["Nous allons,", "agir vite."]),
        ("Des accusations qualifiées d'\"absolument fausses\" par Paul Roux.", ["absolument fausses"]),
    ],
)
def test_french_marks(text: str, expected: list[str]) -> None:
    assert [c.text for c in quotecheck.extract_claims(text, language="fr")] == expected


def test_apostrophes_are_never_quote_marks() -> None:
    text = "L’Otan et O'Brien sont d’accord aujourd’hui : le rock 'n' roll des années '80 est de retour."
    assert quotecheck.extract_claims(text, language="fr") == []


def test_outer_claim_keeps_the_inner_marks() -> None:
    text = "« Il m’a dit “ non ” sans attendre », a raconté Paul Roux."
    (claim,) = quotecheck.extract_claims(text, language="fr")
    assert claim.text == "Il m’a dit “ non ” sans attendre"
    assert claim.quote_marks == ("«", "»")


def test_quote_over_two_paragraphs_is_one_part_per_paragraph() -> None:
    text = (
        "Paul Roux a pris la parole :\n\n"
        "« Nous avons travaillé deux ans sur ce dossier.\n\n"
        "« Nous ne lâcherons rien », a-t-il conclu."
    )
    claims = quotecheck.extract_claims(text, language="fr")
    assert [c.text for c in claims] == ["Nous avons travaillé deux ans sur ce dossier.", "Nous ne lâcherons rien"]
    assert {c.speaker.name for c in claims} == {"Paul Roux"}
    assert [c.paragraph for c in claims] == [1, 2]


def test_dialogue_dashes_and_incise() -> None:
    text = "Le garde se retourna.\n\n— Bonjour, dit-il, entrez donc.\n\n— Merci bien."
    claims = quotecheck.extract_claims(text, language="fr")
    assert [c.text for c in claims] == ["Bonjour,", "entrez donc.", "Merci bien."]
    assert claims[0].quote_marks == ("—", "")
    assert claims[0].cue is not None and claims[0].cue.lemma == "dire"


def test_unbalanced_marks_are_counted_and_skipped() -> None:
    analysis = quotecheck.Extractor(language="fr").analyze("Il a dit « oui puis rien.\n\nFin » du texte.")
    assert analysis.claims == ()
    assert analysis.skipped_marks >= 1


def test_hard_wrapped_lines_join_their_paragraph() -> None:
    text = "« Nous partirons demain »,\r\na déclaré Jeanne Martin devant\nles élus.\r\n\r\n« Demain », a-t-elle ajouté."
    claims = quotecheck.extract_claims(text, language="fr")
    assert [(c.text, c.speaker.name) for c in claims] == [
        ("Nous partirons demain", "Jeanne Martin"), ("Demain", "Jeanne Martin")]
    assert all(text[c.start:c.end] == c.text for c in claims)


def _segments(text: str, code: str) -> list[str]:
    """The words of every quotation segment found in ``text`` (segmentation only, no attribution)."""
    from quotecheck.backends.rules import RulesBackend
    from quotecheck.quotes import find_quotes

    data = quotecheck.lang.load(code)
    doc = RulesBackend().annotate(text, data)
    return [text[q.start:q.end] for q in find_quotes(doc, data).quotes]


def test_low_opening_mark_closed_by_a_straight_quote() -> None:
    text = 'Der Wirt meinte: „Die Ernte war gut," und ging. Dann rief er: „Kommt alle morgen wieder."'
    assert _segments(text, "de") == ["Die Ernte war gut", "Kommt alle morgen wieder."]


def test_a_dash_after_a_sentence_end_separates_news_items() -> None:
    text = ("Der Markt öffnet am Montag. — Die Brücke bleibt bis Juni gesperrt. "
            "— Der Bürgermeister sagte: „Wir bauen weiter.“")
    assert _segments(text, "de") == ["Wir bauen weiter."]


def test_a_dash_turn_inside_a_line_speaks_after_a_colon_or_with_an_incise() -> None:
    text = "Le garde lui cria : — Halte-là ! — Pardon, dit le passant, je cherche la gare."
    assert _segments(text, "fr") == ["Halte-là !", "Pardon,", "je cherche la gare."]


def test_quote_running_over_paragraphs_closed_only_in_the_last() -> None:
    text = ("Il tecnico ha parlato così:\n\n“Abbiamo giocato male.\n\nIl secondo tempo? Non c’eravamo.\n\n"
            "E’ mancato tutto, ci rifaremo”.\n\nPoi è uscito.")
    assert _segments(text, "it") == ["Abbiamo giocato male.", "Il secondo tempo? Non c’eravamo.",
                                     "E’ mancato tutto, ci rifaremo"]


def test_a_stray_mark_does_not_run_on_without_a_closing_paragraph() -> None:
    text = "Il tecnico ha parlato così:\n\n“Abbiamo giocato male.\n\nPoi è uscito.\n\nDomani si riparte."
    assert _segments(text, "it") == []


def test_an_incise_between_dashes_needs_no_subject() -> None:
    text = "«La scuola – dicono dal comune – resta aperta». «I conti – ha sottolineato – tornano»."
    assert _segments(text, "it") == ["La scuola", "resta aperta", "I conti", "tornano"]


def test_mixed_english_marks_and_a_reopening_straight_quote() -> None:
    text = ("“The works will take a year.\n\n\"We have told the residents,” Ann Cole said.\n\n"
            "‘‘The road stays open,” she added. He said “we said \"no\" twice” later.")
    assert _segments(text, "en") == ["The works will take a year.", "We have told the residents",
                                     "The road stays open", "no", "we said \"no\" twice"]


def test_a_straight_quote_glued_after_a_sentence_end_opens() -> None:
    text = '"Non", a-t-elle dit."Les deux pays sont amis", et voilà.'
    assert _segments(text, "fr") == ["Non", "Les deux pays sont amis"]


def test_a_closing_mark_whose_opening_was_lost_before_a_cue() -> None:
    text = "O ministro falou.\n\nÉ preciso manter a calma”, disse o ministro.\n\nNada mudou” no texto."
    assert _segments(text, "pt") == ["É preciso manter a calma"]


def test_a_quote_left_open_after_a_colon_where_the_text_stops() -> None:
    text = "Rien.\n\nLa porte-parole a précisé : « L’enquête est en cours. Les mobiles sont inconnus."
    assert _segments(text, "fr") == ["L’enquête est en cours. Les mobiles sont inconnus."]
    assert _segments("Il parle : « oui.\n\nFin du texte.", "fr") == []


def test_a_line_of_dashes_is_no_dialogue() -> None:
    assert _segments("« Oui », dit-il.\n\n——-\n\nFin.", "fr") == ["Oui"]


def test_two_apostrophes_typed_for_a_double_quote() -> None:
    text = ("''The voters are angry,'' Ann Cole said. ''They want 'old-school' answers.''\n\n"
            "The firm's ``new plan'' failed. It isn't over.")
    assert _segments(text, "en") == ["The voters are angry", "They want 'old-school' answers.", "new plan"]


def test_an_opening_mark_never_nests_in_itself() -> None:
    text = "Er schrieb: „Die Lage ist ernst. Die „Zeitung“ berichtet anders. Er sagte: „Wir bleiben.“ Dann ging er."
    assert _segments(text, "de") == ["Zeitung", "Wir bleiben."]


def test_speech_resumes_after_a_participial_phrase_inside_marks() -> None:
    text = "« Ce qui arrive, dit la juge, cherchant à apaiser, c’est que tout déborde », dit-on."
    assert _segments(text, "fr") == ["Ce qui arrive,", "c’est que tout déborde"]


def test_french_mixed_pairs() -> None:
    text = "Il a qualifié d'\"absolument inacceptable» la décision, puis «plutôt rassurant\" le reste."
    assert _segments(text, "fr") == ["absolument inacceptable", "plutôt rassurant"]


def test_an_inline_exchange_goes_on_after_the_first_turn() -> None:
    """Scraped dialogue with its line breaks lost: once a colon opens the exchange, each dash that
    the previous turn runs up to is the next turn, even after a mere question mark."""
    text = "Le garde l'arrêta : — Où allez-vous ? — Au moulin. — Pourquoi ? — Pour le grain."
    found = [c.text for c in quotecheck.extract_claims(text, language="fr")]
    assert found == ["Où allez-vous ?", "Au moulin.", "Pourquoi ?", "Pour le grain."]


# -- issue 7: no silent loss ---------------------------------------------------------------------
_TWO_QUOTES_FR = ("« Nous partirons demain », a déclaré Jeanne Martin. "
                  "« Le débat sera long », a ajouté Paul Roux.")


@pytest.mark.parametrize("stray", ["«", "“", "„", "‹", "‘", '"'])
@pytest.mark.parametrize("where", ["start", "middle", "line"])
def test_a_stray_opening_mark_loses_no_later_quotation(stray: str, where: str) -> None:
    """A mark that never closes is skipped and counted; the quotations after it are still found, in
    its paragraph and in a text with no paragraph break at all."""
    lead = {"start": f"{stray} a. ", "middle": f"Il a ouvert {stray} la séance. ",
            "line": f"Le conseil siège.\n\nIl a ouvert {stray}la séance. "}[where]
    analysis = quotecheck.Extractor(language="fr").analyze(lead + _TWO_QUOTES_FR)
    assert [c.text for c in analysis.claims] == ["Nous partirons demain", "Le débat sera long"]
    assert [c.speaker.name for c in analysis.claims] == ["Jeanne Martin", "Paul Roux"]
    assert analysis.skipped_marks == 1


def test_a_stray_mark_inside_a_quotation_leaves_its_inner_quote_alone() -> None:
    """« A ‘ B “C” D » with the ‘ never closed: “C” is nested one deep, not two."""
    text = "« Il m’a dit ‘ hier “ non ” sans attendre », a raconté Paul Roux."
    (claim,) = quotecheck.extract_claims(text, language="fr")
    assert claim.text == "Il m’a dit ‘ hier “ non ” sans attendre"
    data = quotecheck.lang.load("fr")
    from quotecheck.backends.rules import RulesBackend
    from quotecheck.quotes import find_quotes
    found = find_quotes(RulesBackend().annotate(text, data), data)
    assert sorted((text[q.start:q.end], q.depth) for q in found.quotes) == [
        ("Il m’a dit ‘ hier “ non ” sans attendre", 0), ("non", 1)]
    assert found.skipped == 1


@pytest.mark.parametrize("space", [" ", "\u2002", "\u3000", "\t", "\u00a0", "\u2009"])
def test_claim_text_never_keeps_edge_spaces(space: str) -> None:
    for text in (f'"We will not raise taxes{space}," he said.', f'"{space}We will not raise taxes{space}" he said.'):
        (claim,) = quotecheck.extract_claims(text, language="en")
        assert claim.text == "We will not raise taxes"
        assert text[claim.start:claim.end] == claim.text


_STRAY_THEN_QUOTE = "Il a ouvert la séance « sans attendre{}« Nous voterons le budget ce soir », a déclaré Paul Girard."
_RUN_ACROSS = "Paul Girard a parlé : « Nous voterons ce soir{}Ensuite viendra le budget », a conclu Paul Girard."


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\v", "\f", "\x1c", "\x1d", "\x1e"])
def test_every_line_separator_separates(sep: str) -> None:
    """A stray mark does not reach past a line separator, and a quotation does not run across one as
    if it were nothing: whatever the separator, the result is the one of a newline."""
    claims = quotecheck.extract_claims(_STRAY_THEN_QUOTE.format(sep), language="fr")
    assert [c.text for c in claims] == ["Nous voterons le budget ce soir"]
    expected = [(c.text, c.paragraph) for c in quotecheck.extract_claims(_RUN_ACROSS.format("\n"), language="fr")]
    claims = quotecheck.extract_claims(_RUN_ACROSS.format(sep), language="fr")
    assert [(c.text.replace(sep, "\n"), c.paragraph) for c in claims] == expected


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n", "\r\r", "\u2029", "\u2029\u2029", "\n \n", "\n\t\u00a0\n",
                                 "\u2028\u2028", "\f"])
def test_a_blank_line_is_a_paragraph_break_whatever_its_characters(gap: str) -> None:
    """A line cut after a word followed by a lower-case line is a hard wrap, unless a blank line (or a
    paragraph separator) comes between them."""
    from quotecheck.backends.rules import paragraph_spans
    text = f"Le maire a parlé de la ville{gap}et le conseil a voté."
    assert len(paragraph_spans(text)) == 2
    assert len(paragraph_spans("Le maire a parlé de la ville\net le conseil a voté.")) == 1


@pytest.mark.parametrize("text, code", [
    ("R. Dumont a été condamné pour des faits graves.", "fr"),
    ("A. Brandt sagte, sie werde am Montag kommen.", "de"),
    ("P. Sánchez dijo que vendría el lunes.", "es"),
    ("A. J. Styles said he would come back.", "en"),
    ("D. Rossi ha detto che verrà lunedì.", "it"),
    ("Le programme prévoit :\n– la hausse des salaires ;\n– la baisse des loyers.", "fr"),
    ("The plan has two parts:\n– lower taxes\n– more nurses", "en"),
])
def test_initials_and_bullets_are_no_interview_lines(text: str, code: str) -> None:
    assert _segments(text, code) == []


def test_interview_lines_with_periods_still_speak() -> None:
    text = ("Q. Pourquoi partez-vous ?\n\nR. Nous avons fini le travail.\n\n"
            "Q. Et après ?\n\nR. Nous verrons bien.")
    assert _segments(text, "fr") == ["Pourquoi partez-vous ?", "Nous avons fini le travail.", "Et après ?",
                                     "Nous verrons bien."]


def test_a_dash_line_ending_on_a_verb_with_its_subject_dropped_is_an_incise() -> None:
    text = "O treinador do clube deixou o estádio irritado depois da derrota.\n– Merecíamos mais e faltou pouco – disse."
    [claim] = quotecheck.extract_claims(text, language="pt")
    assert claim.text == "Merecíamos mais e faltou pouco"
    assert claim.cue is not None and claim.cue.text == "disse"
    assert claim.speaker is not None and claim.speaker.name == "o treinador do clube"


def test_a_closing_mark_closes_its_own_pair_before_a_mixed_one() -> None:
    """“… ‘… ” with the ‘ never closed: the ” closes the “, not the ‘ (a pair it closes only as a
    mixed one), so the stray ‘ costs nothing."""
    text = "Ann Cole smiled. “People keep telling me, ‘We will vote for you in May.” She left."
    assert _segments(text, "en") == ["People keep telling me, ‘We will vote for you in May."]
    # a straight mark that may open too keeps closing the nearest entry („…" is a German pair)
    assert _segments('Er schrieb: "Wir danken den „Helfern" sehr.', "de")[0] == "Helfern"


def test_a_line_of_marks_without_words_is_left_out_and_counted() -> None:
    """Nothing to quote in a line of marks: it is not tokenized, its marks are counted as skipped,
    and the paragraphs around it keep their quotations."""
    from quotecheck.backends.rules import RulesBackend

    text = "« Oui », a dit Paul Roux.\n\n«« »“ ” „\n\n« Non », a répondu Claire Morel."
    doc = RulesBackend().annotate(text, quotecheck.lang.load("fr"))
    assert len(doc.paragraphs) == 2 and doc.skipped_marks == 6
    assert not [t for t in doc.tokens if 27 <= t.start < 37]
    analysis = quotecheck.Extractor(language="fr").analyze(text)
    assert [c.text for c in analysis.claims] == ["Oui", "Non"]
    assert analysis.skipped_marks == 6


# -- text as scraped: old print and excerpts -----------------------------------------------------
def _spans(text: str, code: str) -> list[tuple[str, bool]]:
    """Each quotation segment's words and whether it sits inside the journalist's sentence."""
    from quotecheck.backends.rules import RulesBackend
    from quotecheck.quotes import find_quotes

    data = quotecheck.lang.load(code)
    doc = RulesBackend().annotate(text, data)
    return [(text[q.start:q.end], q.embedded) for q in find_quotes(doc, data).quotes]


def test_an_opening_mark_nested_in_itself_closes_in_turn() -> None:
    """Old print nests „ in „ and closes both with the same straight mark: the outer quotation
    spans the inner one instead of being taken for a lost mark."""
    text = 'Er schrieb: „Der Vertrag, den die „Post" brachte, ist nichtig." Dann schwieg er.'
    assert _segments(text, "de") == ["Post", 'Der Vertrag, den die „Post" brachte, ist nichtig.']


def test_an_excerpt_cut_inside_a_quotation_runs_to_its_end() -> None:
    """A sample cut after a sentence end inside a quotation: the words run to the end of the text
    when nothing after the opening mark pairs with it."""
    text = "Der Redner kam zum Schluss. „Wir haben genug gewartet. Die Stadt braucht die Brücke."
    assert _segments(text, "de") == ["Wir haben genug gewartet. Die Stadt braucht die Brücke."]


def test_a_mark_followed_by_quotations_does_not_run_to_the_end() -> None:
    text = "„ Der Saal war voll. „Wir bleiben“, rief einer. „Wir auch“, rief ein anderer."
    assert _segments(text, "de") == ["Wir bleiben", "Wir auch"]


def test_a_title_announced_by_a_colon_sits_in_the_sentence() -> None:
    """"Spielplan: „Der Bote“, Posse in drei Akten" names a play; a sentence quoted after a colon
    stays a quotation of its own."""
    text = ("Am Montag gibt man: „Der Bote vom Lande“, eine Posse in drei Akten. "
            "Der Wirt rief: „Die Gäste sollen kommen!“ und lachte.")
    assert _spans(text, "de") == [("Der Bote vom Lande", True), ("Die Gäste sollen kommen!", False)]


def test_a_name_opening_the_sentence_is_its_subject() -> None:
    """„Der Bote“ erscheint …: a short name in marks that the sentence goes on after is a name
    (nobody's words); one its cue follows is a quotation."""
    text = "Das Blatt ist neu. „Der Landbote“ erscheint jeden Freitag. „Nein“ sagte der Wirt."
    assert _spans(text, "de") == [("Der Landbote", True), ("Nein", False)]


def test_an_excerpt_quotation_ends_at_the_dash_between_two_reports() -> None:
    """Old papers run their short reports together on one line, a dash between them: a quotation
    left open at the end of the excerpt ends at the first such dash."""
    text = ("Man schreibt aus Bern: „Der Rat hat getagt. -- Aus Basel meldet man, dass der Markt "
            "geschlossen bleibt.")
    assert _segments(text, "de") == ["Der Rat hat getagt."]


def test_a_name_apposed_to_the_incise_subject_stays_in_the_incise() -> None:
    text = "« Rien n'est décidé, assure la porte-parole, Inès Caron, nous attendons le rapport. »"
    claims = quotecheck.extract_claims(text, language="fr")
    assert [c.text.rstrip(",") for c in claims] == ["Rien n'est décidé", "nous attendons le rapport."]
    assert all(c.speaker is not None and c.speaker.name == "Inès Caron" for c in claims)


def test_unmarked_speech_after_a_cue_and_a_colon() -> None:
    # the old press printed direct speech with no marks after the cue's colon (UNMARKED_SPEECH)
    text = ("Der Förster trat vor das Haus und rief: Holt die Laternen herbei! Dann ging er. "
            "Im Bericht steht dazu: Der Weg bleibt gesperrt. Er meinte: Das Wetter werde besser.")
    assert _segments(text, "de") == ["Holt die Laternen herbei!"]
    # a language without the convention reads the same words as narration
    assert _segments("The ranger shouted: Bring the lamps here! Then he left.", "en") == []


def test_unmarked_words_announced_as_a_text_run_over_several_sentences() -> None:
    # a report or a poem quoted at length after "berichtet:" (TEXT_ANNOUNCERS) runs on to the
    # dash that separates the next report, not to the first sentence end
    text = ("Das Wochenblatt berichtet: Am Montag brannte die Mühle. Der Müller rettete sein Vieh. "
            "Die Feuerwehr kam spät. — Am Markt wurde ein Brunnen gebaut.")
    assert _segments(text, "de") == ["Am Montag brannte die Mühle. Der Müller rettete sein Vieh. Die Feuerwehr kam spät."]
    # a remark stays one sentence
    assert _segments("Der Förster rief: Holt die Laternen! Dann ging er heim.", "de") == ["Holt die Laternen!"]
    # a mark before the colon names the paper; the words after it are still unmarked speech
    assert _segments("Der „Bote“ schreibt: Die Brücke ist fertig. Man feiert.", "de") == ["Bote", "Die Brücke ist fertig. Man feiert."]
    # the last colon a cue introduces, when a later one in the sentence introduces nothing
    assert _segments("Die Zeitung erzählt: Es waren drei Kinder, die eines wollten: spielen.", "de") == [
        "Es waren drei Kinder, die eines wollten: spielen."]


def test_a_text_noun_announces_unmarked_words_without_a_verb() -> None:
    text = "Der Rat schloss die Sitzung mit den Worten: Wir danken allen Helfern. Es war ein gutes Jahr. — Am Abend ging man."
    assert _segments(text, "de") == ["Wir danken allen Helfern. Es war ein gutes Jahr."]
    assert _segments("Dazu kommt noch folgendes Gedicht: Im Wald steht ein Haus. Es ist klein.", "de") == [
        "Im Wald steht ein Haus. Es ist klein."]
    # a noun naming a work, or a list after "folgende", is no one's words
    assert _segments("Er spottet darüber in dem Gedicht: Die Rose von Stambul.", "de") == []
    assert _segments("Gewählt wurden folgende Herren: Anton Berg und Paul Stein.", "de") == []


def test_an_incise_with_a_subject_pronoun_cuts_a_quotation() -> None:
    # the verb-second incise "sprach er," inside one pair of marks, as "sprach der Wirt," does
    text = "Er stand auf. „Wenn es regnet, sprach er, bleiben wir zu Hause.“ Dann ging er."
    assert _segments(text, "de") == ["Wenn es regnet,", "bleiben wir zu Hause."]
    # a pronoun that opens more words is no incise's subject
    assert _segments("„Wir gehen, sagte er uns allen gestern, nach Hause.“", "de") == [
        "Wir gehen, sagte er uns allen gestern, nach Hause."]


def test_unmarked_words_cut_by_an_incise() -> None:
    # the old press left out the marks around words its incise cuts ("A, sagt der Wirt, B")
    text = "Der Wirt kam herein. Am liebsten, sagt der Wirt, trinken wir Most. Dann ging er."
    assert _segments(text, "de") == ["Am liebsten,", "trinken wir Most."]
    # a cue that tells a story runs on over the next sentences, as after a colon
    text = "Im letzten Sommer, erzählt er, stürzte ich vom Heuwagen. Der Arm war gebrochen. — Am Markt brannte es."
    assert _segments(text, "de") == ["Im letzten Sommer,", "stürzte ich vom Heuwagen. Der Arm war gebrochen."]
    # a list of nouns, a source marker, a compound tense of the narration, a relative clause: no incise
    assert _segments("Welch ein Jammer! Klagen, Bitten, Flehen, alles half nichts.", "de") == []
    assert _segments("Der Plan, so der Sprecher, gilt weiter.", "de") == []
    assert _segments("Vor dem Unfall wurde nichts gemeldet, teilte der Leiter, Paul Berg, mit.", "de") == []
    assert _segments("Der Wirt lachte, erzählte der Knecht, welcher im Hof stand.", "de") == []


def test_an_excerpt_that_starts_inside_a_quotation() -> None:
    # the text was cut after the opening mark: its first mark closes, right after a sentence end
    text = "Wir haben die Brücke in drei Wochen gebaut.“ So schloss der Meister. Dann ging er „heim“."
    assert _segments(text, "de") == ["Wir haben die Brücke in drei Wochen gebaut.", "heim"]
    assert _segments("Der Zug kam an.\n\nWir fuhren ab.“ Dann nichts.", "de") == []


def test_a_closing_mark_whose_opening_was_lost_after_a_colon_or_a_dash() -> None:
    text = ("Die Wirtin antwortete: Wir haben kein Zimmer mehr frei.“ Er ging. „Wann kommt ihr?“ — "
            "Wer weiß das schon?“ Nichts weiter.")
    assert sorted(_segments(text, "de")) == ["Wann kommt ihr?", "Wer weiß das schon?", "Wir haben kein Zimmer mehr frei."]
    # without a colon or a dash before it, a stray closing mark stays stray
    assert _segments("Er ging. „Wann?“ Dann kam er zurück.“ Nichts.", "de") == ["Wann?"]


def test_two_hyphens_typed_for_a_dash_open_a_turn_only_with_its_incise() -> None:
    text = "Der Bote kam spät. -- Ich bin müde, sagte der Bote, ich will schlafen. -- Am Markt brannte es."
    assert _segments(text, "de") == ["Ich bin müde,", "ich will schlafen."]
    assert _segments("Bericht aus der Stadt: -- Am Markt brannte es. -- Die Brücke hält.", "de") == []


def test_unmarked_speech_needs_a_speaker_before_the_colon() -> None:
    # a cue in a compound tense or with an object after it announces a list, not anyone's words
    assert _segments("Die Sieger wurden am Abend bekanntgegeben: Anna Berg und Paul Stein.", "de") == []
    assert _segments("Der Verein kündigte drei Feste für den Sommer an: Ein Fest am See.", "de") == []
    assert _segments("Die Wirtin antwortete mit ruhiger Stimme: Das Haus ist voll.", "de") == ["Das Haus ist voll."]


def test_unmarked_speech_goes_on_while_it_speaks_in_the_first_or_second_person() -> None:
    # after a remark's first sentence, the next ones stay the speaker's while they say "ich",
    # "wir", "euch" … or exclaim (SPEECH_PERSON_WORDS); the narration in the third person ends them
    text = "Der Wirt hob das Glas und sagte: Liebe Gäste! Wir haben euch lange erwartet. Dann setzte er sich."
    assert _segments(text, "de") == ["Liebe Gäste! Wir haben euch lange erwartet."]
    text = "Der Bürgermeister rief: Genug geredet! Jetzt wird gebaut! Die Leute gingen heim."
    assert _segments(text, "de") == ["Genug geredet! Jetzt wird gebaut!"]
    # a sentence with a cue of its own is the narration again, even in the first person
    text = "Der Wirt rief: Herein! Ich sagte ihm, wir kämen morgen. Dann ging ich."
    assert _segments(text, "de") == ["Herein!"]


def test_a_particle_closes_the_cue_of_unmarked_words_after_its_addressee() -> None:
    # "rief … zu:": subject, apposition and addressee stand between the verb and its particle
    text = "Am Tor ruft der alte Wirt, ein Mann von siebzig Jahren, den Gästen zu: Trinkt aus und geht heim! Dann schloss er."
    assert _segments(text, "de") == ["Trinkt aus und geht heim!"]
    text = "Die Kinder riefen einander aus den Fenstern zu: Der Zirkus ist da! Es war Mittag."
    assert _segments(text, "de") == ["Der Zirkus ist da!"]
    # a clause between the verb and the particle makes the particle another verb's
    assert _segments("Er rief, dass die Tür zu: Das Haus ist leer.", "de") == []


def test_unmarked_words_ending_on_their_mark_before_a_verb_second_cue() -> None:
    text = "Der Bote sprang vom Wagen. Gute Nachricht für alle! rief er den Leuten zu. Sie jubelten."
    assert _segments(text, "de") == ["Gute Nachricht für alle!"]
    assert _segments("Es klopfte spät. Wer da? fragte die Wirtin leise.", "de") == ["Wer da?"]
    # a one-word question is the small ads' formula; other words after the mark are no cue
    assert _segments("Ein Zimmer ist frei. Wo? sagt die Redaktion.", "de") == []
    assert _segments("Welch ein Tag! heute scheint die Sonne.", "de") == []


def test_unmarked_words_cut_by_an_incise_in_the_last_clause() -> None:
    # the incise cuts the clause after a semicolon or a colon, not the whole sentence
    text = "Das Übel ist alt; kein Leiden, sagt ein erfahrener Arzt, ist so weit verbreitet wie dieses."
    assert _segments(text, "de") == ["kein Leiden,", "ist so weit verbreitet wie dieses."]


def test_fortfahren_is_the_incise_of_a_quotation_in_two_parts() -> None:
    # "fuhr … fort" (SEPARATED_CUES): the speaker goes on, the second part is no fragment
    text = "„Ich weiß es wohl“, fuhr der Maler fort, „dass dieses Bild alt ist; aber ich kaufe es trotzdem.“"
    claims = quotecheck.extract_claims(text, language="de")
    assert [c.text for c in claims] == ["Ich weiß es wohl", "dass dieses Bild alt ist; aber ich kaufe es trotzdem."]
    assert all(c.cue is not None and c.cue.lemma == "fortfahren" for c in claims)


def test_court_style_abbreviations_do_not_end_a_sentence() -> None:
    text = "Der Minister sagte: Wir grüßen Sr. Majestät von Herzen! Wir sind alle froh. Dann ging er."
    assert _segments(text, "de") == ["Wir grüßen Sr. Majestät von Herzen! Wir sind alle froh."]

"""The mention finder's per-document indexes: built once per document and shared."""

from quotecheck import mentions
from quotecheck.backends.rules import RulesBackend
from quotecheck.lang import load


def _reference_title_case(doc):
    """The headline rule written out plainly: split the tokens at gaps holding a line break."""
    out, line = set(), []
    tokens = doc.tokens
    for k in range(len(tokens) + 1):
        if k == len(tokens) or (line and "\n" in doc.text[tokens[k - 1].end:tokens[k].start]):
            words = [tokens[j].text for j in line if len(tokens[j].text) >= 4 and tokens[j].text.isalpha()]
            if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
                out.update(line)
            line = []
        if k < len(tokens):
            line.append(k)
    return out


def test_title_case_lines_match_the_plain_rule():
    data = load("en")
    text = ("Harbour Board Approves Winter Budget\nThe board met on Monday.\n\n"
            "Mayor Hints At Second Term\nshe said so \n Rivers Rise Across Three Valleys Tonight")
    doc = RulesBackend().annotate(text, data)
    found = mentions._title_case_tokens(doc)
    assert found == _reference_title_case(doc)
    assert any(doc.tokens[k].text == "Harbour" for k in found)
    assert not any(doc.tokens[k].text == "Monday" for k in found)


def test_indexes_are_shared_by_the_finders_of_one_document():
    data = load("fr")
    doc = RulesBackend().annotate("Le maire Paul Girard a déclaré que la séance était close.", data)
    first = mentions._document_indexes(doc, data)
    mentions.find_mentions(doc, data, ())
    mentions.between_finder(doc, data)(0, len(doc.tokens))
    assert mentions._document_indexes(doc, data) is first
    other = RulesBackend().annotate("Le maire Paul Girard a déclaré que la séance était close.", data)
    assert mentions._document_indexes(other, data) is not first


def test_lower_case_rejection_keeps_every_mention():
    """The finder's early exit for words not capitalised gives what the full branches give: with a
    model entity the exit is off, and every token opens the same mention (or none) either way."""
    texts = {
        "fr": ("Selon elle, le nouveau directeur de l'usine, ancien maire de Brévanne, a déclaré à "
               "la presse que les syndicats, eux, ont dit non. M. Tardieu, secrétaire général, répond."),
        "en": ("The former deputy director said on Monday that officials, including spokesman Tom Vale, "
               "had met. According to the campaign manager, they will vote; he added, ex-minister Ray Holt agreed."),
        "pt": "Segundo o advogado Paulo Lima, do chefe da comissão, Carlos Tavares, ela disse que sim.",
    }
    for code, text in texts.items():
        data = load(code)
        doc = RulesBackend().annotate(text, data)
        fast = mentions._MentionFinder(doc, data, (), [])
        full = mentions._MentionFinder(doc, data, (), [])
        full.names = {-1: (-1, "PER")}  # an entity no token starts at: the branches run for every token
        for i, tok in enumerate(doc.tokens):
            if tok.text[:1].isalpha():
                assert fast._at(i) == full._at(i), (code, tok.text)
        assert any(m.kind.value == "role" for m in mentions.find_mentions(doc, data, ()))

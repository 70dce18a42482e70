"""Words that make a quoted fragment someone's words: 'called the plan "reckless"',
'described as "a disaster"', 'dubbed it "the deal of the century"': {form: lemma}.

A handful of forms, listed as they are (too few to generate).
"""

PARTIAL_CUES = {
    "called": "call", "calling": "call", "calls": "call",
    "described": "describe", "describing": "describe", "describes": "describe",
    "dubbed": "dub", "dubbing": "dub", "dubs": "dub",
    "termed": "term", "terming": "term", "terms": "term",
    "labelled": "label", "labeled": "label", "labelling": "label", "labeling": "label",
    "branded": "brand", "branding": "brand",
    "characterized": "characterize", "characterised": "characterize",
    "characterizing": "characterize", "characterising": "characterize",
    "deemed": "deem", "slammed": "slam", "hailed": "hail",
}

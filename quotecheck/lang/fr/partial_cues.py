"""Words that make a quoted fragment someone's words: {inflected form: lemma}.

"des accusations qualifiées d'« absurdes »", "il y voit « un prétexte »", "elle s'est dite
« choquée »". Generated with the speech verbs by ``scripts/generate_fr_verb_forms.py`` and
shipped as ``partial_cue_forms.json``.
"""

from ._resources import read_forms

PARTIAL_CUES = read_forms("partial_cue_forms.json")

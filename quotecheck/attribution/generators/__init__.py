"""Candidate generators, one module each; importing this package registers them all.

Adding a generator is one new module here (decorated with ``@generator``), one import line below,
and its test; the fitted model learns its weight when ``scripts/fit_attribution.py`` is run again
(until then its ``rule=`` feature weighs nothing and the other features decide).
"""

from . import (  # noqa: F401
    alternation,
    colon_subject,
    continuation,
    cue_after,
    cue_before,
    following_cue,
    incise,
    interview,
    main_voice,
    partial_cue,
    preceding_subject,
    sentence_cue,
    source,
    speaker_label,
)

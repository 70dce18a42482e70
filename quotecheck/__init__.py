"""quotecheck: who said what in news text.

>>> import quotecheck
>>> claims = quotecheck.extract_claims("« Nous partirons demain », a déclaré Jeanne Martin.")
>>> claims[0].speaker.name, claims[0].kind.value
('Jeanne Martin', 'direct')
"""

from .api import Analysis, Extractor, InvalidText, extract_claims
from .backends import BackendUnavailable
from .claims import Claim, ClaimKind, Cue, Evidence, Hint, HintKind, Mention, MentionKind, Speaker, SpeakerKind
from .detect import detect_language
from .lang import UnsupportedLanguage, supported_languages

__all__ = [
    "Analysis",
    "BackendUnavailable",
    "Claim",
    "ClaimKind",
    "Cue",
    "Evidence",
    "Extractor",
    "Hint",
    "HintKind",
    "InvalidText",
    "Mention",
    "MentionKind",
    "Speaker",
    "SpeakerKind",
    "UnsupportedLanguage",
    "detect_language",
    "extract_claims",
    "supported_languages",
    "verify",
    "Verification",
    "Verdict",
    "cluster",
    "QuoteIndex",
    "QuoteCluster",
]

#: names served from submodules on first use, so that ``import quotecheck`` stays light
_LAZY = {"verify": "quotecheck.verification", "Verification": "quotecheck.verification", "Verdict": "quotecheck.verification",
         "cluster": "quotecheck.clustering", "QuoteIndex": "quotecheck.clustering",
         "QuoteCluster": "quotecheck.clustering"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

# the one place the version is written: pyproject.toml reads it (a literal, so without importing)
__version__ = "0.1.0"

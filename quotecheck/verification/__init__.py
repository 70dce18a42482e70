"""Quote verification: is a quote in its source, and how faithfully?

>>> from quotecheck.verification import verify
>>> verify("Nous ne partirons pas demain.", "« Nous partirons demain », a-t-elle dit.", language="fr").verdict.value
'altered'

See docs/verify.md; the pieces: :mod:`.words` (folding, segments at elision marks),
:mod:`.anchors` (n-gram anchors in the source), :mod:`.align` (word alignment), :mod:`.changes`
(typed changes, negations), :mod:`.verifier` (the verdict), :mod:`.types` (the results).
"""

from .types import Change, ChangeKind, InvalidQuote, Negation, Verdict, Verification
from .verifier import verify

__all__ = ["Change", "ChangeKind", "InvalidQuote", "Negation", "Verdict", "Verification", "verify"]

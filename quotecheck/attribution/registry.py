"""The registry of candidate generators: the closed set of rule names a claim's evidence may cite.

A generator is a function ``propose(attributor, quote) -> Candidate | None`` registered with
``@generator(name, priority=…, needs_cue=…)``. It reads the attributor's components, never a
helper inherited from them: ``a.ctx`` (the document's immutable ``Context``), ``a.subjects``
(``subjects.SubjectResolver``: positions of cues and mentions, the subject of a cue, pronouns),
``a.reported`` (``reported.ReportedSpeech``), ``a.state`` (the ``DiscourseState``: current
speaker, claims, dialogue turns) and the attributor's per-document helpers (``sentence_bounds``,
``present_markers``, ``main_voice`` …); its own helper functions take the one component they need. Generators for quotations are visited by
``Attributor`` in priority order (the sieve order of Muzny et al. 2017: most certain first); the
fitted model (``model.py``) then chooses among every candidate they proposed. The priority only
matters when no weights are shipped for a language, and as a feature (``rank``).

Reported speech has no generators here: ``reported.py`` finds each statement with its own rule
(``indirect-*``), and the same model scores it. Those names are registered as ``INDIRECT_RULES``
so that the evidence stays a closed set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from attrs import frozen

if TYPE_CHECKING:  # pragma: no cover
    from ..quotes import QuoteSpan
    from .attributor import Attributor
    from .candidates import Candidate

    Propose = Callable[[Attributor, QuoteSpan], Optional[Candidate]]

__all__ = ["Generator", "generator", "quote_generators", "rules", "INDIRECT_RULES", "OTHER_RULES"]


@frozen
class Generator:
    name: str
    priority: int
    #: the candidate comes from a speech cue or a source marker (not from the discourse)
    needs_cue: bool
    propose: "Propose"
    doc: str


_GENERATORS: dict[str, Generator] = {}

#: rules of reported speech (``reported.py``), scored by the same model
INDIRECT_RULES = frozenset({
    "indirect-que", "indirect-incise", "indirect-comma", "indirect-source", "indirect-infinitive",
    "indirect-bare", "indirect-mood",
})
#: rules that are not generators: a quotation nobody is said to have said, a nested quotation
OTHER_RULES = frozenset({"none", "nested-cue"})


def generator(name: str, *, priority: int, needs_cue: bool) -> Callable[["Propose"], "Propose"]:
    """Register ``propose`` as the candidate generator ``name``."""

    def register(propose: "Propose") -> "Propose":
        if name in _GENERATORS:
            raise ValueError(f"generator {name!r} registered twice")
        _GENERATORS[name] = Generator(name, priority, needs_cue, propose, (propose.__doc__ or "").strip())
        return propose

    return register


def quote_generators() -> tuple[Generator, ...]:
    """Every registered generator of quotation candidates, in priority order."""
    from . import generators  # noqa: F401  (importing the package registers them)

    return tuple(sorted(_GENERATORS.values(), key=lambda g: g.priority))


def rules() -> frozenset[str]:
    """Every rule name a claim's evidence may cite as its attribution."""
    return frozenset(g.name for g in quote_generators()) | INDIRECT_RULES | OTHER_RULES


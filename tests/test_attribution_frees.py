"""One document's attribution leaves no reference cycle behind: the objects it made are freed by
reference counting when the call returns, not by a later pass of the cyclic collector (whose
passes over a document's objects cost several per cent of the time on short documents)."""

import gc
import weakref

import pytest

from quotecheck import api
from quotecheck.attribution.attributor import Attributor, attribute

TEXT = ("« Nous tiendrons bon », a déclaré la maire Claire Dumas lundi. Elle a ajouté que le budget "
        "serait voté en mars. Selon son adjoint Marc Faure, la ville « tiendra ses comptes ».")


@pytest.fixture
def collector_off():  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


def test_a_closed_attributor_is_freed_at_once(collector_off):  # type: ignore[no-untyped-def]
    attributor = Attributor(api.Extractor(language="fr").context(TEXT))
    claims = attributor.run()
    assert len(claims) >= 3
    alive = weakref.ref(attributor.subjects)
    attributor.close()
    attributor.close()  # closing twice is harmless
    del attributor
    assert alive() is None


def test_an_open_attributor_is_held_by_its_cycle(collector_off):  # type: ignore[no-untyped-def]
    # the cycle close() breaks: reported speech makes its claims with the attributor's method
    attributor = Attributor(api.Extractor(language="fr").context(TEXT))
    attributor.run()
    alive = weakref.ref(attributor.subjects)
    del attributor
    assert alive() is not None
    gc.collect()
    assert alive() is None


def test_attribute_leaves_nothing_to_the_collector(collector_off):  # type: ignore[no-untyped-def]
    ctx = api.Extractor(language="fr").context(TEXT)
    gc.collect()
    before = len(gc.get_objects())
    claims = attribute(ctx)
    assert [c.speaker.name for c in claims if c.speaker].count("Claire Dumas") >= 2
    del claims
    assert gc.collect() == 0
    assert len(gc.get_objects()) - before < 50

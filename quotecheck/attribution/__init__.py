"""Attribution: who said each claim.

Registered candidate generators (``generators/``, one module each) propose speakers; one fitted
model (``model.py``, weights in ``weights/``) chooses among them and gives the confidence;
``attributor.py`` runs a document in text order with its discourse state (``state.py``).
"""

from .attributor import Attributor, attribute
from .model import Model, load_model
from .registry import quote_generators, rules

__all__ = ["Attributor", "Model", "attribute", "load_model", "quote_generators", "rules"]

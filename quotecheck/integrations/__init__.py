"""Adapters to other systems, each importing its framework only when used, so ``import
quotecheck`` never pulls one in: the spaCy component (``spacy``), and running beyond one process
(``docs/scaling.md``): pure per-partition functions (``partitions``) and thin Dask and Spark helpers
over them (``dask_bag``, ``spark``); a missing framework raises
:class:`~quotecheck.backends.BackendUnavailable` naming the extra to install.
"""

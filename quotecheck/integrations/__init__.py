"""Running quotecheck beyond one process: pure per-partition functions and thin Dask and Spark
helpers over them (``docs/scaling.md``).

``partitions`` needs nothing but quotecheck; ``dask_bag`` and ``spark`` import their framework
inside each function, so ``import quotecheck`` never pulls either in, and a missing one raises
:class:`~quotecheck.backends.BackendUnavailable` naming the extra to install.
"""

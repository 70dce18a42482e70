"""Adapters that plug quotecheck into other NLP frameworks (each imports its framework lazily)."""

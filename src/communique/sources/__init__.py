"""Inputs -> Documents. One module per kind of input; ``iter_documents`` dispatches."""
from communique.sources.base import Rejected, SourceOptions
from communique.sources.dispatch import iter_documents

__all__ = ["Rejected", "SourceOptions", "iter_documents"]

"""Inputs -> Documents. One module per kind of input; ``iter_documents`` dispatches.

Kinds: plain text (``text_file``), HTML pages (``html_page``), RSS/Atom feeds (``feed``),
JSON Lines / JSON records (``json_records``), URLs (``web``), files, directories and
standard input (``files``). Every input yields ``Document`` or ``Rejected``, in input order.
"""
from communique.sources.base import Rejected, SourceOptions, content_id
from communique.sources.dispatch import documents_from_bytes, iter_documents

__all__ = ["Rejected", "SourceOptions", "content_id", "documents_from_bytes", "iter_documents"]

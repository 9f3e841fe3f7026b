"""Document -> Article: headline, standfirst, dateline, subheadings, body paragraphs."""
from communique.structure.article import build_article

__all__ = ["build_article"]

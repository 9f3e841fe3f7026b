"""communique: news dispatches -> sourced records of structure, actors, quotes and events."""
from communique.reader import Outcome, Reader, read
from communique.records import (
    Actor,
    ActorRef,
    Article,
    ArticleRecord,
    Dateline,
    Document,
    Event,
    Quote,
    Speaker,
    TextSpan,
)

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleRecord",
    "Dateline",
    "Document",
    "Event",
    "Outcome",
    "Quote",
    "Reader",
    "Speaker",
    "TextSpan",
    "read",
]
__version__ = "0.1.0"

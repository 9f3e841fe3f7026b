"""Minimal structure: body paragraphs split on blank lines. (Extended by structure work.)"""
from __future__ import annotations

import re
from datetime import date

from communique.records import Article, Document, TextSpan


def build_article(document: Document, published: date | None = None) -> Article:
    paragraphs = tuple(
        TextSpan(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", document.text)
        if m.group(0).strip()
    )
    return Article(
        id=document.id,
        text=document.text,
        published=published or document.published,
        paragraphs=paragraphs,
        url=document.url,
        source=document.source,
    )

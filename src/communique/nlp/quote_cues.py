"""Reporting cues in a parsed Doc: which tokens are cues, who is their subject, what they report.

Pure functions over spaCy tokens; the word lists come from ``lexicon/data/cues.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.lexicon.cues import load_cues

__all__ = [
    "is_cue",
    "cue_text",
    "subject_of",
    "content_of",
    "according_to",
]

_CONTENT_DEPS = ("ccomp",)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LEADING_JUNK = frozenset({"that", ",", ":", ";", "-", "—", "–"})
_TRAILING_JUNK = frozenset({",", ".", ";", ":", "-", "—", "–"})
_NOT_CONTENT_MARKERS = frozenset({"whether", "if", "what", "how", "why", "when", "where", "who", "which"})
_VERB_POS = ("VERB", "AUX")


def is_cue(token: Token) -> bool:
    """A verb whose lemma (or lemma + particle) is a reporting cue."""
    if token.pos_ not in _VERB_POS and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    lex = load_cues()
    lemma = token.lemma_.lower()
    if lemma in lex.verbs:
        return True
    particles = lex.phrasal.get(lemma)
    if particles:
        return any(c.lower_ in particles for c in token.children if c.dep_ in ("prt", "prep", "mark", "dobj"))
    return False


def cue_text(token: Token) -> str:
    """The cue as written: auxiliaries, the verb and its particle ("has stated", "pointed out")."""
    parts = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i]
    parts.append(token)
    parts += [c for c in token.children if c.dep_ == "prt"]
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _governing_subject(token: Token, depth: int = 0) -> Token | None:
    """The subject of ``token``, borrowed from the verb it is coordinated with or hangs from
    ("... but said", "..., adding that")."""
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    if child_agent := next((c for c in token.children if c.dep_ == "agent"), None):
        obj = next((c for c in child_agent.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    if depth < 3 and token.dep_ in ("conj", "advcl", "xcomp", "dep") and token.head is not token:
        head = token.head
        if head.pos_ in _VERB_POS or head.tag_.startswith("VB"):
            return _governing_subject(head, depth + 1)
    return None


def subject_of(token: Token) -> Token | None:
    """Who the cue verb says spoke; a relative pronoun stands for what it refers to
    ("the Charter, which says ...")."""
    subject = _governing_subject(token)
    if subject is not None and subject.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        return token.head
    return subject


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ in _LEADING_JUNK or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING_JUNK or doc[end - 1].is_space):
        end -= 1
    return start, end


def content_of(token: Token) -> Span | None:
    """The clause a cue verb reports, without "that" and without edge punctuation.

    Kept to the cue's side and sentence, so a parse that hangs the clause oddly
    cannot make the content swallow the attribution itself.
    """
    doc = token.doc
    sent = token.sent
    for child in token.children:
        if child.dep_ not in _CONTENT_DEPS:
            continue
        first = next(iter(child.subtree))
        if first.lower_ in _NOT_CONTENT_MARKERS and token.lemma_ not in ("ask", "question", "wonder"):
            continue
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        if child.i > token.i:
            lo = max(lo, token.i + 1)
        else:
            hi = min(hi, token.i)
            subj = subject_of(token)
            if subj is not None and subj.i < token.i:
                hi = min(hi, subj.left_edge.i)
        lo, hi = max(lo, sent.start), min(hi, sent.end)
        lo, hi = _trim(doc, lo, hi)
        if hi - lo >= 2:
            return doc[lo:hi]
    return None


def according_to(token: Token) -> tuple[Span, Span] | None:
    """For the "according" of "according to X": (content, X) within its sentence."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    doc, sent = token.doc, token.sent
    source = doc[obj.left_edge.i : obj.right_edge.i + 1]
    phrase_lo, phrase_hi = token.i, source.end
    before = [t for t in doc[sent.start : phrase_lo] if not t.is_punct and not t.is_space]
    after = [t for t in doc[phrase_hi : sent.end] if not t.is_punct and not t.is_space]
    if not before:
        lo, hi = phrase_hi, sent.end
    elif not after:
        lo, hi = sent.start, phrase_lo
    else:
        lo, hi = sent.start, sent.end
    lo, hi = _trim(doc, lo, hi)
    if hi - lo < 3:
        return None
    return doc[lo:hi], source

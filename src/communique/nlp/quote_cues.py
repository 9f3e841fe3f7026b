"""Reporting cues in a parsed Doc: which tokens are cues, who is their subject, what they report.

Pure functions over spaCy tokens; the word lists come from ``lexicon/data/cues.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.lexicon.cues import load_cues, load_speaker_words

__all__ = [
    "is_cue",
    "cue_text",
    "subject_of",
    "content_of",
    "according_to",
    "object_content_kind",
    "parenthetical_content",
]

_CONTENT_DEPS = ("ccomp",)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LEADING_JUNK = frozenset({"that", ",", ":", ";", "-", "—", "–"})
_TRAILING_JUNK = frozenset({",", ".", ";", ":", "-", "—", "–"})
_NOT_CONTENT_MARKERS = frozenset(
    {"whether", "if", "what", "how", "why", "when", "where", "who", "whom", "whose", "which", "so", "because"}
)
_OBJECT_DEPS = ("dobj", "pcomp", "xcomp", "oprd")
_TO_CLAUSE_CLASSES = frozenset({"appeal", "demand", "promise", "proposal", "assertion", "threat"})
_VERB_POS = ("VERB", "AUX")
_CLITICS = frozenset({"'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m"})


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
    if child_agent := next((c for c in token.children if c.dep_ == "agent"), None):
        obj = next((c for c in child_agent.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS and not c.lower_.endswith(("self", "selves"))]
    if subjects:
        # two subjects means a title parsed apart from the name: the name is the speaker
        named = [c for c in subjects if c.pos_ == "PROPN"]
        return (named or subjects)[-1] if len(subjects) > 1 else subjects[0]
    if token.pos_ in _VERB_POS or token.tag_.startswith("VB"):
        # "On Friday Ford Motor Company announced ...": the name parsed into the date phrase
        for prep in token.children:
            if prep.dep_ == "prep" and prep.i < token.i:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if (
                    obj is not None
                    and obj.right_edge.i == token.i - 1
                    and obj.pos_ == "PROPN"
                    and obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                    and any(t.ent_type_ in ("DATE", "TIME") for t in token.doc[prep.i + 1 : obj.i])
                ):
                    return obj
    if token.dep_ == "acl" and depth < 3:
        # "issued a statement saying ...", "a report by the team, saying ...": the author speaks
        noun = token.head
        if noun.lower_ in _document_nouns():
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if source is not None:
                        return source
            verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
            if verb is not None and verb is not noun and (verb.pos_ in _VERB_POS or verb.tag_.startswith("VB")):
                return _governing_subject(verb, depth + 1)
        return None
    if depth < 3 and token.dep_ in ("conj", "advcl", "xcomp", "dep") and token.head is not token:
        head = token.head
        if token.tag_ == "VBG" and token.dep_ == "advcl":
            # "X said the plan "fails," further saying ...": the participle is X's, not the plan's
            while head.dep_ == "ccomp" and head.head is not head and is_cue(head.head):
                head = head.head
        if head.pos_ in _VERB_POS or head.tag_.startswith("VB"):
            return _governing_subject(head, depth + 1)
    return None


def _document_nouns() -> frozenset[str]:
    words = load_speaker_words()
    return words["speech"] | words["vehicle"]


def parenthetical_content(token: Token) -> Span | None:
    """"The plan, he said, will cost ...": a cue set off by commas inside the clause it
    reports (parsed as parataxis); the content is that whole clause."""
    if token.dep_ != "parataxis" or token.head is token:
        return None
    head = token.head
    if head.pos_ not in _VERB_POS and not head.tag_.startswith("VB"):
        return None
    if is_cue(head):
        return None
    doc, sent = token.doc, token.sent
    subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS and c.i < token.i), None)
    if subject is None or subject.left_edge.i == 0 or token.i + 1 >= len(doc):
        return None  # only "..., he said, ..." with the speaker and the cue together
    if doc[subject.left_edge.i - 1].text != "," or doc[token.i + 1].text not in (",", ".", ";"):
        return None
    lo = max(head.left_edge.i, sent.start)
    lo = max([lo] + [t.i + 1 for t in doc[lo : subject.i] if t.text == ";"])  # "X; Y, he said, Z": Y Z only
    start, end = _trim(doc, lo, min(head.right_edge.i + 1, sent.end))
    if end - start < 4:
        return None
    return doc[start:end]


def subject_of(token: Token) -> Token | None:
    """Who the cue verb says spoke; a relative pronoun stands for what it refers to
    ("the Charter, which says ...")."""
    subject = _governing_subject(token)
    if subject is not None and subject.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        return token.head
    return subject


def _leading_junk(token: Token) -> bool:
    """"that" as a conjunction ("said that ...") but not as a determiner ("that apartment")."""
    if token.lower_ == "that":
        return token.dep_ not in ("det", "nsubj", "nsubjpass", "dobj", "pobj")
    return token.lower_ in _LEADING_JUNK


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (_leading_junk(doc[start]) or doc[start].is_space or doc[start].lower_ in _CLITICS):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING_JUNK or doc[end - 1].is_space):
        end -= 1
    return start, end


def _clause_span(token: Token, child: Token) -> tuple[int, int]:
    """Token range of ``child``'s subtree kept to the cue's side and sentence, stopping
    before a further cue hung off the clause after a comma (", further saying ...")."""
    doc, sent = token.doc, token.sent
    lo, hi = child.left_edge.i, child.right_edge.i + 1
    if child.i > token.i:
        lo = max(lo, token.i + 1)
    else:
        hi = min(hi, token.i)
        subj = subject_of(token)
        if subj is not None and subj.i < token.i:
            hi = min(hi, subj.left_edge.i)
        # a fronted report ends at the attribution: it never reaches back across a semicolon
        if any(t.text == ";" for t in doc[max(hi, sent.start) : token.i]):
            return lo, lo
        semis = [t.i for t in doc[max(lo, sent.start) : hi] if t.text == ";"]
        if semis:
            lo = semis[-1] + 1
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    for t in doc[lo + 1 : hi]:
        if t.dep_ in ("advcl", "conj") and is_cue(t):
            edge = t.left_edge.i
            if any(x.text in (",", ";") for x in doc[max(lo, edge - 2) : edge + 1]):
                hi = edge
                break
    return _trim(doc, lo, hi)


def content_of(token: Token, objects: bool = False) -> Span | None:
    """The clause a cue verb reports, without "that" and without edge punctuation.

    Kept to the cue's side and sentence, so a parse that hangs the clause oddly cannot make
    the content swallow the attribution itself. With ``objects``, a gerund or to-clause
    object also counts ("recalled going ...", "urged them to ..."), and so does any direct
    object (used only when it carries quoted words, i.e. a mixed quote).
    """
    doc = token.doc
    for child in token.children:
        if child.dep_ not in _CONTENT_DEPS:
            continue
        lo, hi = _clause_span(token, child)
        if hi - lo < 2:
            continue
        first = doc[lo]
        # "said whether ...", "said what he wanted": not a report of content; but "said if the
        # talks fail, then ..." is (the "if" belongs to a clause inside the content)
        if first.lower_ in _NOT_CONTENT_MARKERS and token.lemma_ not in ("ask", "question", "wonder"):
            if not (first.lower_ == "if" and first.head is not child and first.head.dep_ == "advcl"):
                continue
        return doc[lo:hi]
    if not objects:
        return None
    for child in token.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in ("of", "about", "as"):
            target = next((c for c in child.children if c.dep_ in ("pcomp", "pobj")), None)
            if target is None:
                continue
        elif child.dep_ not in _OBJECT_DEPS:
            continue
        if target.i < token.i:
            continue
        lo, hi = _clause_span(token, target)
        if child.dep_ == "prep":
            lo = min(lo, target.left_edge.i)
        if child.dep_ == "dobj":  # "describing the plan as ...": the object with what it is called
            for extra in token.children:
                if extra.i > child.i and (extra.dep_ == "oprd" or (extra.dep_ == "prep" and extra.lower_ == "as")):
                    hi = max(hi, _trim(doc, lo, min(extra.right_edge.i + 1, token.sent.end))[1])
        if hi - lo >= 2:
            return doc[lo:hi]
    return None


def object_content_kind(token: Token, span: Span) -> str:
    """'indirect' when an object content is itself a reported act (a gerund, or a
    to-clause after an appeal or promise cue); 'fragment' otherwise (only a mixed quote)."""
    root = span.root
    if root.tag_ == "VBG" or (root.pos_ == "VERB" and span[0].lower_ not in ("to",) and root.dep_ == "pcomp"):
        return "indirect"
    if span[0].lower_ == "to" or any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        lex = load_cues()
        cue = lex.get(token.lemma_.lower())
        if cue is not None and cue.cls in _TO_CLAUSE_CLASSES:
            return "indirect"
    return "fragment"


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
    comma = next((t for t in source if t.i > obj.i and t.text in (",", ";", "(")), None)
    if comma is not None:  # "according to a statement, as well as ...": the source ends at the comma
        source = doc[source.start : comma.i]
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
    s_lo, s_hi = _trim(doc, source.start, source.end)
    if hi - lo < 3 or s_hi <= s_lo:
        return None
    return doc[lo:hi], doc[s_lo:s_hi]

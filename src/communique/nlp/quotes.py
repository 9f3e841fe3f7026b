"""The quotes component: who said what, with exact character spans.

Three steps, each a small pure function:

1. quotation marks give the direct-quote candidates (``quote_marks``);
2. reporting cues with a content clause give indirect quotes; a clause that contains a
   quoted fragment makes a mixed quote and swallows the fragment (``quote_cues``);
3. each direct quote takes the cue beside it (after it when the quote ends on a comma,
   before it otherwise), a quote standing alone takes the speaker of the quote before it
   in the same run of paragraphs; subjects become Speakers (``quote_speakers``).

Spans follow the gold convention: a direct quote is the text inside its marks (trailing
comma or full stop included); an indirect quote is the reported clause without "that".
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique.lexicon.cues import load_cues, load_speaker_words
from communique.nlp.extensions import actors_in, register_extensions
from communique.nlp.quote_cues import (
    according_to,
    content_of,
    cue_text,
    is_cue,
    object_content_kind,
    parenthetical_content,
    subject_of,
)
from communique.nlp.quote_marks import Quoted, blocks_of, find_nested, find_quoted
from communique.nlp.quote_speakers import SpeakerResolver
from communique.records import Quote, Speaker

register_extensions()

__all__ = ["extract_quotes", "communique_quotes"]

_MIN_WORDS = 4  # shorter quoted stretches are quotes only when a cue introduces them
_FRAME_TOKENS = 14  # how far after a closing mark the attribution may sit
_TERMINAL = (",", ".", "!", "?", "…", ":", ";")
# words that alone do not make a reported clause of the writer's own ("With "...", "a "...")
_FUNCTION_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    cue: Token | None = None
    cue_label: str | None = None
    subject: Token | Span | None = None
    block: int = -1
    speaker: Speaker | None = None
    source: Quoted | None = None
    absorbed: list[Quoted] = field(default_factory=list)
    needs_quote: bool = False  # an object content: a quote only when it carries quoted words
    outer: "_Candidate | None" = None  # the quote a nested quote sits in


def _blocks(doc: Doc) -> list[tuple[int, int]]:
    article = doc._.article
    if article is not None and article.paragraphs:
        spans = list(article.paragraphs)
        if article.standfirst is not None:
            spans.append(article.standfirst)
        return sorted((s.start, s.end) for s in spans)
    return blocks_of(doc.text)


_FAR = 1 << 62  # sorts after any end offset, so bisect finds the block starting at or before a char


def _block_of(blocks: list[tuple[int, int]], char: int) -> int:
    i = bisect_right(blocks, (char, _FAR)) - 1
    if i >= 0 and blocks[i][0] <= char < blocks[i][1]:
        return i
    return -1



def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _tokens_between(doc: Doc, lo_char: int, hi_char: int) -> Span:
    span = doc.char_span(lo_char, hi_char, alignment_mode="contract")
    return span if span is not None else doc[0:0]


def _inside(q: Quoted, char: int, block_end: int) -> bool:
    end = q.close_mark if q.close_mark is not None else block_end
    return q.open_mark <= char <= end


class _Extractor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.blocks = _blocks(doc)
        self.quoted = find_quoted(self.text, self.blocks)
        if not self.quoted and "‘" in self.text:  # an outlet that quotes with single marks
            self.quoted = find_quoted(self.text, self.blocks, single=True)
        self._opens = [q.open_mark for q in self.quoted]
        self.lex = load_cues()
        self.speech = load_speaker_words()["speech"]

    # ------------------------------------------------------------ helpers
    def quote_around(self, char: int) -> Quoted | None:
        i = bisect_right(self._opens, char) - 1
        if i >= 0 and _inside(self.quoted[i], char, self.blocks[self.quoted[i].block][1]):
            return self.quoted[i]
        return None

    def in_block(self, char: int) -> bool:
        return _block_of(self.blocks, char) >= 0

    def words(self, start: int, end: int) -> list[Token]:
        return [t for t in _tokens_between(self.doc, start, end) if t.is_alpha]

    # ------------------------------------------------------------ indirect and mixed
    def reported(self) -> list[_Candidate]:
        found: list[_Candidate] = []
        for token in self.doc:
            if not self.in_block(token.idx) or self.quote_around(token.idx) is not None:
                continue
            if token.lower_ == "according":
                pair = according_to(token)
                if pair is None:
                    continue
                content, source = pair
                if self.quote_around(source.start_char) is not None:
                    continue
                found.append(
                    _Candidate(content.start_char, content.end_char, "indirect", token, "according to", source)
                )
                continue
            if not is_cue(token):
                continue
            subject = subject_of(token)
            if subject is None or subject.dep_ == "expl" or self.quote_around(subject.idx) is not None:
                continue
            if subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in token.children):
                continue  # "it was reported that": nobody in particular
            content, needs_quote = content_of(token) or parenthetical_content(token), False
            if content is None:
                if token.dep_ == "xcomp" or any(c.dep_ == "auxpass" for c in token.children):
                    continue  # "advises them to continue ...", "were found guilty of ...": not a report
                content = content_of(token, objects=True)
                if content is None:
                    continue
                needs_quote = object_content_kind(token, content) == "fragment"
            cand = _Candidate(content.start_char, content.end_char, "indirect", token, cue_text(token), subject)
            cand.needs_quote = needs_quote
            found.append(cand)
        return found

    def settle_fragments(self, reported: list[_Candidate]) -> tuple[list[_Candidate], dict[int, Token]]:
        """Indirect clauses that contain quoted text become mixed (absorbing the fragment), or,
        when the clause is nothing but the quote, give that direct quote its cue."""
        kept: list[_Candidate] = []
        introduces: dict[int, Token] = {}
        for cand in reported:
            inner = [q for q in self.quoted if q.open_mark < cand.end and (q.close_mark or q.end) >= cand.start]
            if not inner:
                if not cand.needs_quote:
                    kept.append(cand)
                continue
            if cand.cue_label == "according to":
                # the attribution stands for the words before the first quotation mark only
                first = min(q.open_mark for q in inner)
                if first > cand.start and len(self.words(cand.start, first)) >= 4:
                    cut = _tokens_between(self.doc, cand.start, first)
                    while len(cut) and (cut[-1].is_punct or cut[-1].is_space):
                        cut = cut[:-1]
                    if len(cut):
                        cand.end = cut.end_char
                        kept.append(cand)
                continue
            outside = [
                t
                for t in self.words(cand.start, cand.end)
                if t.pos_ not in _FUNCTION_POS
                and t.lower_ not in ("that", "then")
                and not any(_inside(q, t.idx, self.blocks[q.block][1]) for q in inner)
            ]
            if not outside:
                for q in inner:
                    if cand.cue is not None and cand.cue.idx < q.open_mark:
                        introduces.setdefault(q.open_mark, cand.cue)
                continue
            cand.kind = "mixed"
            cand.absorbed = inner
            last = max(inner, key=lambda q: q.open_mark)
            close = last.close_mark if last.close_mark is not None else last.end - 1
            cand.start = min(cand.start, min(q.open_mark for q in inner))
            if close + 1 > cand.end:
                cand.end = close + 1
            kept.append(cand)
        return kept, introduces

    # ------------------------------------------------------------ direct
    def is_named_thing(self, q: Quoted) -> bool:
        """A quoted name or term: introduced by "so-called", "the term", "dubbed" ..."""
        before = self.text[max(0, q.open_mark - 24) : q.open_mark].lower().rstrip()
        for phrase in self.lex.naming:
            if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
                return True
        return False

    def is_title(self, q: Quoted) -> bool:
        """A quoted title or name: every content word capitalised, few words."""
        words = self.words(q.start, q.end)
        content = [t for t in words if not t.is_stop]
        if not content or len(words) > 8:
            return False
        return all(t.text[:1].isupper() for t in content) and (len(words) <= 6 or self.text[q.end - 1] not in _TERMINAL)

    def is_fragment(self, q: Quoted) -> bool:
        """A few quoted words inside a sentence of the writer's ("the "one country, two
        systems" model"): lower-case start, no closing punctuation."""
        words = self.words(q.start, q.end)
        return len(words) < 8 and self.text[q.start].islower() and self.text[q.end - 1] not in ".!?…,"

    def frame_after(self, q: Quoted) -> Token | None:
        if q.close_mark is None:
            return None
        lo = q.close_mark + 1
        hi = self.blocks[q.block][1]
        while lo < hi and self.text[lo].isspace():
            lo += 1
        for other in self.quoted:
            if other.open_mark >= lo:
                hi = min(hi, other.open_mark)
                break
        first = _token_at(self.doc, lo) if lo < hi else None
        if first is not None and first.idx < lo:
            first = first.nbor(1) if first.i + 1 < len(self.doc) else None
        if first is None:
            return None
        hi = min(hi, first.sent.end_char)
        for n, token in enumerate(_tokens_between(self.doc, lo, hi)):
            if n >= _FRAME_TOKENS:
                break
            if is_cue(token):
                own = content_of(token)
                if own is not None and own.start_char > q.close_mark and not self.text[q.end - 1] == ",":
                    return None  # the cue reports a clause of its own
                return token
        return None

    def frame_before(self, q: Quoted, previous: Quoted | None) -> Token | None:
        lo = self.blocks[q.block][0]
        if previous is not None and previous.block == q.block and previous.close_mark is not None:
            lo = max(lo, previous.close_mark + 1)
        mark = _token_at(self.doc, q.open_mark)
        if mark is None:
            return None
        before = mark.nbor(-1) if mark.i > 0 else None
        if before is not None:
            lo = max(lo, before.sent.start_char)
        tokens = list(_tokens_between(self.doc, lo, q.open_mark))
        for k in range(len(tokens) - 1, -1, -1):
            token = tokens[k]
            if not is_cue(token):
                continue
            between = tokens[k + 1 :]
            if any(t.pos_ in ("VERB", "AUX") and t.head is not token for t in between):
                return None
            return token
        return None

    def speech_noun_before(self, q: Quoted, previous: Quoted | None) -> tuple[Token, Token | None, Token] | None:
        """"The palace issued the following statement from the king: "..."": a speech noun
        before a colon introduces the quote. Returns (speaker token, verb, noun): the speaker
        is who the statement is "from", else its possessor, else the subject of its verb."""
        before = self.text[max(0, q.open_mark - 3) : q.open_mark].rstrip()
        if not before.endswith(":"):
            return None
        lo = self.blocks[q.block][0]
        if previous is not None and previous.block == q.block and previous.close_mark is not None:
            lo = max(lo, previous.close_mark + 1)
        tokens = list(_tokens_between(self.doc, lo, q.open_mark))
        nouns = [t for t in tokens if t.lower_ in self.speech and t.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            return None
        noun = nouns[-1]
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and verb.pos_ not in ("VERB", "AUX"):
            verb = None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                source = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if source is not None:
                    return source, verb, noun
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner, verb, noun
        if verb is not None:
            subject = subject_of(verb)
            if subject is not None:
                return subject, verb, noun
        return None

    def sentence_subject(self, q: Quoted) -> Token | None:
        """For a quote with no cue beside it: the person subject of the writer's sentence
        around it ("She typically chooses "to ..."") -- better than the previous speaker."""
        mark = _token_at(self.doc, q.open_mark)
        if mark is None:
            return None
        root = mark.sent.root
        if self.quote_around(root.idx) is not None:
            return self.previous_sentence_subject(q, mark)
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and self.quote_around(child.idx) is None:
                if child.lower_ in _PERSONAL or child.ent_type_ == "PERSON":
                    return child
        return None

    def previous_sentence_subject(self, q: Quoted, mark: Token) -> Token | None:
        """A quote opening its sentence, after a writer's sentence about a person in the same
        paragraph ("She left the series. "This is not what I wanted ...""): that person."""
        if mark.sent.start_char < q.open_mark - 1 or mark.sent.start == 0:
            return None
        prev = self.doc[mark.sent.start - 1].sent
        if prev.start_char < self.blocks[q.block][0] or any(
            self.quote_around(t.idx) is not None or t.text in ('"', "“", "”") for t in prev
        ):
            return None
        for child in prev.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in _PERSONAL or child.ent_type_ == "PERSON"):
                return child
        return None

    def mixed_without_cue(self, q: Quoted) -> tuple[int, Token | None] | None:
        """"The costume "is very warm ..."": the writer names the subject, the quote carries
        the verb. Returns (start of the mixed quote, a person subject of the sentence)."""
        inside = self.words(q.start, q.end)
        if not inside or inside[0].pos_ not in ("VERB", "AUX") or not self.text[q.start].islower():
            return None
        verb = inside[0]
        sent = verb.sent
        subjects = [
            c
            for c in list(verb.children) + (list(verb.head.children) if verb.dep_ == "aux" else [])
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.idx < q.open_mark
        ]
        if not subjects:
            return None
        subject = subjects[-1]
        lo = max(subject.left_edge.i, sent.start)
        for t in self.doc[lo : subject.i]:
            if t.text in (",", ";", ":"):
                lo = t.i + 1
        if subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON":
            return None  # "she "went on ..."": a person's own words, a direct quote
        person = next(
            (
                t
                for t in self.doc[sent.start : lo]
                if t.dep_ in ("nsubj", "nsubjpass") and (t.lower_ in _PERSONAL or t.ent_type_ == "PERSON")
                and self.quote_around(t.idx) is None
            ),
            None,
        )
        return self.doc[lo].idx, person

    def direct(self, absorbed: set[int], introduces: dict[int, Token]) -> list[_Candidate]:
        out: list[_Candidate] = []
        previous: Quoted | None = None
        for q in self.quoted:
            if q.open_mark in absorbed:
                previous = q
                continue
            if self.is_named_thing(q) or self.is_title(q):
                previous = q
                continue
            after = self.frame_after(q)
            before = introduces.get(q.open_mark) or self.frame_before(q, previous)
            ends_open = self.text[q.end - 1] not in ".!?…" or self.text[q.end - 1] in ",—–-"
            cue = (after or before) if ends_open else (before or after)
            subject = subject_of(cue) if cue is not None else self.sentence_subject(q)
            label = cue_text(cue) if cue is not None else None
            if cue is None:
                mixed = self.mixed_without_cue(q)
                if mixed is not None:
                    start, person = mixed
                    subject = person or subject
                    end = q.close_mark + 1 if q.close_mark is not None else q.end
                    cand = _Candidate(start, end, "mixed", None, None, subject)
                    cand.absorbed = [q]
                    out.append(cand)
                    previous = q
                    continue
            if cue is None and subject is None:
                found = self.speech_noun_before(q, previous)
                if found is not None:
                    subject, cue, noun = found
                    label = self.doc[cue.i : noun.i + 1].text if cue is not None and cue.i < noun.i else noun.text
            words = len(self.words(q.start, q.end))
            if (words < _MIN_WORDS and subject is None) or (cue is None and self.is_fragment(q)):
                previous = q
                continue
            if subject is not None and self.quote_around(subject.idx) is not None:
                subject = None
            cand = _Candidate(q.start, q.end, "direct", cue, label, subject)
            cand.block = q.block
            cand.source = q
            out.append(cand)
            previous = q
        return out

    def nested(self, outer: list[_Candidate]) -> list[_Candidate]:
        """Words a speaker quotes inside their own quote, introduced by a cue of their own
        ("One of the musicians ... said, 'we've got a drummer'")."""
        out: list[_Candidate] = []
        for cand in outer:
            if cand.source is None:
                continue
            for inner in find_nested(self.text, cand.source):
                mark = _token_at(self.doc, inner.open_mark)
                if mark is None or mark.i == 0:
                    continue
                before = mark.nbor(-1)
                if before.text in (",", ":") and before.i > 0:
                    before = before.nbor(-1)
                if not is_cue(before) or len(self.words(inner.start, inner.end)) < 2:
                    continue
                subject = subject_of(before)
                if subject is None or subject.idx < cand.source.open_mark:
                    continue  # the outer speaker's own cue, or nobody inside the quote
                nested = _Candidate(inner.start, inner.end, "direct", before, cue_text(before), subject)
                nested.source = inner
                nested.outer = cand
                out.append(nested)
        return out

    # ------------------------------------------------------------ all together
    def run(self) -> list[Quote]:
        reported, introduces = self.settle_fragments(self.reported())
        absorbed = {q.open_mark for c in reported for q in c.absorbed}
        direct = self.direct(absorbed, introduces)
        candidates = direct + self.nested(direct) + reported
        for c in candidates:
            c.block = _block_of(self.blocks, c.start)
        resolver = SpeakerResolver(
            self.doc, [(q.open_mark, q.close_mark if q.close_mark is not None else q.end) for q in self.quoted]
        )

        def subject_position(c: _Candidate) -> int:
            if c.subject is None:
                return c.start
            return c.subject.start_char if isinstance(c.subject, Span) else c.subject.idx

        for c in sorted(candidates, key=subject_position):
            if c.subject is not None:
                c.speaker = resolver.resolve(c.subject, c.cue if isinstance(c.subject, Token) else None)
        for c in candidates:  # "... and I said, 'no'": the nested "I" is the outer speaker
            if c.outer is not None and isinstance(c.subject, Token) and c.subject.lower_ in ("i", "we"):
                if c.outer.speaker is not None and c.outer.speaker.name:
                    mention = c.speaker.mention if c.speaker is not None else None
                    c.speaker = replace(c.outer.speaker, mention=mention)
        candidates.sort(key=lambda c: (c.start, c.end))
        last: _Candidate | None = None
        for c in candidates:
            if c.speaker is None and last is not None and last.speaker is not None and 0 <= c.block - last.block <= 1:
                c.speaker = last.speaker
            if c.speaker is not None and c.speaker.name:
                last = c
        return [self.record(c) for c in candidates]

    def record(self, c: _Candidate) -> Quote:
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        about = tuple(a.id for a in actors_in(span)) if span is not None else ()
        return Quote(
            text=self.text[c.start : c.end],
            start=c.start,
            end=c.end,
            kind=c.kind,
            cue=c.cue_label,
            speaker=c.speaker or Speaker(),
            about=about,
        )


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every direct, indirect and mixed quote of a parsed Doc, ordered by start."""
    return _Extractor(doc).run()


@Language.component(
    "communique_quotes",
    requires=["token.dep", "token.lemma"],
    assigns=["doc._.quotes"],
)
def communique_quotes(doc: Doc) -> Doc:
    doc._.quotes = extract_quotes(doc)
    return doc

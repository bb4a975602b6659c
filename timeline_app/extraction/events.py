"""Temporal expressions -> candidate events: the dated happenings of one article.

:func:`extract_events` is pure: the same text, reference date and language always give the same
candidates; it never looks at the clock and never imports Qt.

Which expressions date a happening
    Every DATE (and TIME with a date part) except: durations and sets; bare clock times
    ("03:00", "om 14.00 uur": live-blog stamps, or times whose day is only a guess); present
    references ("nu", "currently": states, not happenings); copyright years; time stamps (a
    date with its year next to a clock time: bylines, "last updated", comment stamps; see
    :mod:`timeline_app.domain.stamps`); dates inside a photo credit; sentences that are promo or rights boilerplate (see :mod:`.boilerplate`);
    section headings (their happening is told in the body below). A vague past or future
    reference ("onlangs", "binnenkort") only counts when its sentence has no other date, and is
    anchored next to the reference date (see :func:`anchored_span`).

Confidence (0..1)
    The chance that an editor keeps the suggestion as it is, from a logistic model over cues of
    the date, the clause, the page and the mentions (see :mod:`.confidence`).

Same happening, two mentions (within one article)
    Same day and the clauses agree, or equal spans and similar headlines: see :mod:`.mentions`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from timeline_app.domain.dates import DateSpan, Precision, Qualifier
from timeline_app.domain.stamps import is_timestamp
from timeline_app.extraction.boilerplate import (
    credit_span,
    is_boilerplate,
    is_caption,
    is_copyright_year,
    is_heading,
)
from timeline_app.extraction.confidence import date_cues, score
from timeline_app.extraction.entities import find_people_and_places
from timeline_app.extraction.eventwords import ALL_STOPWORDS, CONDITIONAL_CUES, FUTURE_CUES, ROLE_WORDS
from timeline_app.extraction.headline import HeadlineDraft, draft_headline, sentence_tokens
from timeline_app.extraction.language import detect_language
from timeline_app.extraction.mentions import contains, content_stems, group_mentions, name_stems, similar_text
from timeline_app.extraction.names import Signature, name_keys, same_happening_across_languages, token_signature
from timeline_app.extraction.sentences import Segment, split_paragraphs, split_sentences
from timeline_app.extraction.tagger import tag_text
from timeline_app.extraction.timex import Timex

Mention = tuple[int, int, str]
"""Where a date was mentioned: ``(char_start, char_end, timex_text)``."""

SHARED_SENTENCE_STEMS = 3
VAGUE_VALUES = frozenset({"PAST_REF", "FUTURE_REF"})
PAST_WINDOW = dt.timedelta(days=30)
FUTURE_WINDOW = dt.timedelta(days=90)

_CLOCK_TIME = re.compile(r"^\(?\d{1,2}[:.h]\d{2}\)?(?:\s*(?:uur|u|h|uhr|heures?|o'clock|[ap]\.?m\.?))?$", re.IGNORECASE)
_EXPLICIT = re.compile(r"\d{3,4}|\b\d{1,2}\b")
_QUOTE_CHARS = "\"“”„«»‘’‚'"
_DATELINE = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' \-]{2,40}?)\s*(?:\([^)]*\))?\s*(?:—|–|-{1,2}|\.)\s")
_PERSONAL_PRONOUNS = frozenset({"hij", "he", "she", "il", "elle", "er"})
_CAPITAL_WORD = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’\-]+")
_DATE_CUE = ("date:", "approximate", "qualified")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_UNANCHORED = frozenset({"eerder", "earlier", "previously", "auparavant", "précédemment", "früher", "zuvor", "vorher"})
_EVENT_HINTS = frozenset({
    "trifft", "treffen", "begann", "beginnt", "opened", "opent", "ouvre", "meets", "vergadert", "stemt", "vote", "votes",
    "kündigte", "kondigde", "announced", "annonce", "getroffen", "gestart", "started", "startet", "commence",
})
_TODAY = frozenset({"heute", "vandaag", "today", "aujourd'hui", "aujourd’hui"})
_BEFORE_AFTER = frozenset({"voor", "vóór", "na", "before", "after", "avant", "après", "vor", "nach"})
_NOUN_LINKER = re.compile(r"\w\s+(?:van|of|von|vom|de|du|d['’])\s*$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\w\s+(?:van|of|von|vom|de|du|d['’])\s+(?:voor|vóór|na|before|after|avant|après|vor|nach)\s+$",
                          re.IGNORECASE)
_STATE_VERBS = frozenset({
    "is", "zijn", "was", "waren", "ist", "sind", "war", "are", "were", "est", "sont", "était",
    "étaient", "blijft", "bleibt", "remains", "reste", "heeft", "hat", "has", "a", "kontrolliert", "controls",
    "contrôle", "controleert", "gilt", "geldt",
})


@dataclass(frozen=True, slots=True)
class CandidateEvent:
    """A dated happening suggested by extraction, before an editor reviews it.

    ``mentions`` lists every place the article dates this happening (offsets into the text
    given to :func:`extract_events`); ``mention_sentences`` gives, for each mention, the
    ``(start, end, text)`` of its sentence. ``sentence``/``sentence_start``/``sentence_end`` are
    those of the mention the headline was drawn from. The date is approximate when
    ``span.approximate`` is set. ``cues`` are what the confidence model saw (see
    :mod:`.confidence`); ``name_keys`` the cross-language keys of the names in the mention
    sentences (Riyad/Riyadh/Riad -> one key) and ``numbers`` their normalised numbers, both for
    matching reports of the same happening across languages (:meth:`same_happening_as`,
    :func:`.names.same_happening_across_languages`).
    """

    span: DateSpan
    headline: str
    sentence: str
    sentence_start: int
    sentence_end: int
    mentions: tuple[Mention, ...]
    confidence: float
    is_caption: bool = False
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    mention_sentences: tuple[tuple[int, int, str], ...] = ()
    cues: frozenset[str] = frozenset()
    name_keys: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()

    @property
    def approximate(self) -> bool:
        """True when the date is only roughly known ("onlangs", "begin jaren negentig")."""
        return self.span.approximate

    @property
    def signature(self) -> Signature:
        """Name keys and numbers, for matching reports of this happening in other languages."""
        return Signature(self.name_keys, self.numbers)

    def same_happening_as(self, other: CandidateEvent) -> bool:
        """Whether ``other`` (typically another language's report) tells the same happening:
        same day, name keys agree, numbers agree (see :mod:`.names`)."""
        return same_happening_across_languages(self.span, self.signature, other.span, other.signature)


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    language: str
    reference_date: dt.date | None
    paragraphs: list[Segment]
    sentences: list[Segment]
    sentence_starts: list[int]
    captions: frozenset[int]
    headings: frozenset[int]
    dateline: str | None
    timexes: list[Timex]
    timex_starts: list[int]
    paragraph_openers: dict[int, int]
    names: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]
    boilerplate: dict[int, bool]
    signatures: dict[int, Signature]


def extract_events(
    text: str, *, reference_date: dt.date | None, language: str | None, title: str | None = None
) -> list[CandidateEvent]:
    """The candidate events of an article body ``text`` (see the module notes for the rules).

    ``reference_date`` is the publication date (``None``: relative dates stay unresolved);
    ``language`` is nl/en/fr/de or ``None`` to detect it. ``title`` is the article's headline;
    it is not part of ``text`` and is not searched for dates (offsets refer to ``text``).
    Candidates come in text order of their first mention.
    """
    del title  # reserved: the headline is not dated text, but callers pass it for context
    lang = language or detect_language(text, default="en") or "en"
    timexes = tag_text(text, reference_date=reference_date, language=lang)
    context = _context(text, lang, reference_date, timexes)
    candidates: list[CandidateEvent] = []
    for group in _dating_groups(context, timexes):
        candidate = _candidate(context, group)
        if candidate is not None:
            candidates.append(candidate)
    return [_rescored(c) for c in _merge_mentions(context, candidates)]


def anchored_span(span: DateSpan, reference_date: dt.date | None) -> DateSpan:
    """Place a vague past/future reference next to the reference date, approximately.

    PAST_REF ("onlangs", "recently") becomes the 30 days before the reference date; FUTURE_REF
    ("binnenkort") the 90 days after it. The TIMEX3 value is kept. Other spans are returned
    unchanged, as are vague ones without a reference date.
    """
    if reference_date is None or span.is_resolved or span.value not in VAGUE_VALUES:
        return span
    ref = dt.datetime(reference_date.year, reference_date.month, reference_date.day)
    if span.value == "PAST_REF":
        return DateSpan(ref - PAST_WINDOW, ref, Precision.MONTH, span.value, True, span.qualifier)
    start = ref + dt.timedelta(days=1)
    return DateSpan(start, start + FUTURE_WINDOW, Precision.QUARTER, span.value, True, span.qualifier)


# -- structure of the text -------------------------------------------------------------


def _context(text: str, language: str, reference_date: dt.date | None, timexes: list[Timex]) -> _Context:
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, language)
    captions = frozenset(p.paragraph for p in paragraphs if is_caption(p.of(text)))
    headings = frozenset(
        p.paragraph
        for n, p in enumerate(paragraphs)
        if p.paragraph not in captions and is_heading(p.of(text), has_next=n + 1 < len(paragraphs))
    )
    dateline = None
    if paragraphs:
        match = _DATELINE.match(paragraphs[0].of(text))
        if match and match.group(1).strip().isupper():
            dateline = _title_case(match.group(1).strip())
    return _Context(
        text, language, reference_date, paragraphs, sentences, [s.start for s in sentences], captions, headings,
        dateline, timexes, [t.start for t in timexes], _paragraph_openers(sentences), {}, {}, {},
    )


def _paragraph_openers(sentences: list[Segment]) -> dict[int, int]:
    """The start of each paragraph's first sentence, by paragraph number."""
    openers: dict[int, int] = {}
    for sentence in sentences:
        openers.setdefault(sentence.paragraph, sentence.start)
    return openers


def _title_case(caps: str) -> str:
    """"LINDENAU AM WURMTAL" -> "Lindenau am Wurmtal"."""
    words = caps.split()
    return " ".join(
        w.lower() if 0 < n < len(words) - 1 and len(w) <= 3 else "-".join(p.capitalize() for p in w.split("-"))
        for n, w in enumerate(words)
    )


def _sentence_of(context: _Context, position: int) -> Segment | None:
    index = bisect_right(context.sentence_starts, position) - 1
    if index < 0:
        return None
    sentence = context.sentences[index]
    return sentence if position < sentence.end else None


def _heading_before(context: _Context, sentence: Segment) -> str | None:
    """The heading right above ``sentence`` when it opens the paragraph below that heading."""
    paragraph = sentence.paragraph
    if paragraph == 0 or (paragraph - 1) not in context.headings:
        return None
    if context.paragraph_openers.get(paragraph) != sentence.start:
        return None
    heading = context.paragraphs[paragraph - 1]
    return heading.of(context.text).strip("#*_ ")


# -- which expressions date a happening ------------------------------------------------


def _is_dating(context: _Context, timex: Timex, sentence: Segment) -> bool:
    if timex.type in ("DURATION", "SET"):
        return False
    if timex.value == "PRESENT_REF" or _CLOCK_TIME.match(timex.text.strip()):
        return False
    if timex.type == "TIME" and timex.value.startswith("T"):
        return False
    if timex.value in VAGUE_VALUES and timex.text.strip().casefold() in _UNANCHORED:
        return False  # "eerder", "earlier", "auparavant", "früher": no date without an anchor
    if _qualifies_noun(context.text, timex):
        return False  # "de grenzen van voor 2014": the date describes a thing, not a happening
    if timex.text.strip().casefold() in _TODAY and _is_state(context, sentence):
        return False  # "Die Krim ist heute ein Streitpunkt": today as "nowadays"
    if sentence.paragraph in context.headings or is_copyright_year(context.text, timex.start):
        return False
    if is_timestamp(context.text, timex.start, timex.end):
        return False  # a byline, "last updated" line or comment stamp: a moment of publishing
    paragraph = context.paragraphs[sentence.paragraph]
    paragraph_text = paragraph.of(context.text)
    if sentence.paragraph in context.captions:
        credit = credit_span(paragraph_text)
        if credit is not None and paragraph.start + credit[0] <= timex.start < paragraph.start + credit[1]:
            return False
    known = context.boilerplate.get(sentence.start)
    if known is None:
        known = context.boilerplate[sentence.start] = is_boilerplate(sentence.of(context.text), paragraph_text)
    return not known


def _qualifies_noun(text: str, timex: Timex) -> bool:
    """A before/after date that describes a noun ("de grenzen van voor 2014", "the borders of before 2014")."""
    span = timex.span
    qualified = span is not None and span.qualifier in (Qualifier.BEFORE, Qualifier.AFTER)
    before = text[max(0, timex.start - 24) : timex.start]
    if not qualified and not before.rstrip().casefold().endswith(tuple(_BEFORE_AFTER)):
        return False
    if _NOUN_BEFORE.search(before):
        return True
    first = timex.text.split(None, 1)[0].casefold()
    return qualified and first in _BEFORE_AFTER and _NOUN_LINKER.search(before) is not None


def _is_state(context: _Context, sentence: Segment) -> bool:
    """A sentence about a state (its verbs are copulas or "have"/"control"), not a happening."""
    words = {w.casefold() for w in _WORDS.findall(sentence.of(context.text))}
    return bool(words & _STATE_VERBS) and not words & _EVENT_HINTS


def _dating_groups(context: _Context, timexes: list[Timex]) -> list[tuple[Segment, list[Timex]]]:
    """Dating expressions per sentence; a "between X and Y" pair forms one group."""
    by_sentence: dict[int, tuple[Segment, list[Timex]]] = {}
    for timex in timexes:
        sentence = _sentence_of(context, timex.start)
        if sentence is None or not _is_dating(context, timex, sentence):
            continue
        by_sentence.setdefault(sentence.start, (sentence, []))[1].append(timex)
    groups: list[tuple[Segment, list[Timex]]] = []
    for sentence, found in by_sentence.values():
        specific = [t for t in found if t.value not in VAGUE_VALUES]
        kept = specific or found  # a vague reference adds nothing next to a real date
        index = 0
        while index < len(kept):
            timex = kept[index]
            following = kept[index + 1] if index + 1 < len(kept) else None
            if following is not None and _is_between_pair(timex, following):
                groups.append((sentence, [timex, following]))
                index += 2
            else:
                groups.append((sentence, [timex]))
                index += 1
    return groups


def _is_between_pair(first: Timex, second: Timex) -> bool:
    """"tussen 2015 en 2019", "von 1971 bis 1990": a range told as two expressions."""
    spans = (first.span, second.span)
    if any(s is None or not s.is_resolved for s in spans):
        return False
    assert spans[0] is not None and spans[1] is not None
    return spans[0].qualifier in (Qualifier.BETWEEN, Qualifier.SINCE) and spans[1].qualifier in (
        Qualifier.BETWEEN, Qualifier.UNTIL
    ) and (spans[0].qualifier, spans[1].qualifier) != (Qualifier.SINCE, Qualifier.SINCE)


# -- building a candidate --------------------------------------------------------------


def _group_span(context: _Context, group: list[Timex]) -> DateSpan | None:
    spans = [t.span for t in group]
    if any(s is None for s in spans):
        return None
    if len(group) == 2:
        first, second = spans[0], spans[1]
        assert first is not None and second is not None and first.start and second.end
        if second.end < first.start:
            first, second = second, first
        assert first.start is not None and second.end is not None
        return DateSpan(
            first.start, second.end, max(first.precision, second.precision), first.value,
            first.approximate or second.approximate, Qualifier.BETWEEN,
        )
    span = spans[0]
    assert span is not None
    return anchored_span(span, context.reference_date)


def _candidate(context: _Context, grouped: tuple[Segment, list[Timex]]) -> CandidateEvent | None:
    sentence, group = grouped
    span = _group_span(context, group)
    if span is None:
        return None
    text = context.text
    sentence_text = sentence.of(text)
    in_sentence = _date_spans(context, sentence)
    target = (group[0].start - sentence.start, group[-1].end - sentence.start)
    heading = _heading_before(context, sentence) if span.value in VAGUE_VALUES else None
    previous = _previous_sentence(context, sentence)
    previous_text = (previous.of(text), _date_spans(context, previous)) if previous is not None else None
    draft = draft_headline(sentence_text, in_sentence, target, context.language, heading=heading, previous=previous_text)
    if draft.redundant or (draft.from_previous and previous_text is not None and previous_text[1]):
        return None  # only the telling of a happening whose own date gives it its own candidate
    if previous is not None and draft.text.split(" ", 1)[0].casefold() in _PERSONAL_PRONOUNS:
        antecedent = _antecedent(context, previous)  # looked up only when a pronoun opens the headline
        if antecedent is not None:
            draft = draft_headline(
                sentence_text, in_sentence, target, context.language, heading=heading, antecedent=antecedent,
                previous=previous_text,
            )
    headline = draft.text
    people, places = _names(context, sentence)
    signature = context.signatures.get(sentence.start)
    if signature is None:
        signature = context.signatures[sentence.start] = token_signature(
            sentence_tokens(sentence_text, in_sentence), context.language
        )
    if heading:
        heading_people, heading_places = find_people_and_places(heading, context.language)
        people = tuple(dict.fromkeys((*people, *heading_people)))
        places = tuple(dict.fromkeys((*places, *heading_places)))
    if context.dateline and sentence.paragraph == 0 and context.dateline not in places:
        places = (context.dateline, *places)
    caption = sentence.paragraph in context.captions
    mentions = tuple((t.start, t.end, t.text) for t in group)
    cues = _cues(context, group, span, sentence, draft, caption, heading)
    confidence = score(cues, 1, headline)
    return CandidateEvent(
        span=span,
        headline=headline,
        sentence=sentence_text,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        mentions=mentions,
        confidence=confidence,
        is_caption=caption,
        people=people,
        places=places,
        mention_sentences=tuple((sentence.start, sentence.end, sentence_text) for _ in group),
        cues=cues,
        name_keys=signature.name_keys | name_keys(people + places, context.language),
        numbers=signature.numbers,
    )


def _date_spans(context: _Context, sentence: Segment) -> list[tuple[int, int]]:
    """Offsets (in the sentence) of its dates and times, which headlines leave out; "huidige",
    "current", "nu" (PRESENT_REF) stay: they describe, they do not date."""
    return [
        (t.start - sentence.start, t.end - sentence.start) for t in _timexes_in(context, sentence)
        if t.type in ("DATE", "TIME") and t.value != "PRESENT_REF"
    ]


def _names(context: _Context, sentence: Segment) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """People and places of a sentence (computed once per sentence)."""
    names = context.names.get(sentence.start)
    if names is None:
        spans = [(t.start - sentence.start, t.end - sentence.start) for t in _timexes_in(context, sentence)]
        names = context.names[sentence.start] = find_people_and_places(sentence.of(context.text), context.language, spans)
    return names


def _antecedent(context: _Context, previous: Segment) -> str | None:
    """The one person a pronoun in the next sentence can safely stand for: the only person named
    in ``previous``, when no other name (a capitalized word past the first) stands beside it."""
    people, places = _names(context, previous)
    if len(people) != 1:
        return None
    person = set(people[0].split())
    others = [
        m.group() for m in _CAPITAL_WORD.finditer(previous.of(context.text))
        if m.start() > 0 and m.group() not in person and m.group().casefold() not in ALL_STOPWORDS
        and not any(m.group() in place.split() for place in places)
    ]
    if others:
        return None
    words = people[0].split()
    while len(words) > 2 and ("'" in words[0] or "’" in words[0] or words[0].casefold() in ROLE_WORDS):
        words = words[1:]  # "L'architecte Hélène Vasseur" -> "Hélène Vasseur"
    return " ".join(words)


def _previous_sentence(context: _Context, sentence: Segment) -> Segment | None:
    """The body sentence before ``sentence`` (not a heading or caption), or None."""
    index = bisect_right(context.sentence_starts, sentence.start) - 2
    if index < 0:
        return None
    previous = context.sentences[index]
    if previous.paragraph in context.headings or previous.paragraph in context.captions:
        return None
    return previous


def _timexes_in(context: _Context, sentence: Segment) -> list[Timex]:
    index = bisect_right(context.timex_starts, sentence.start - 1)
    found = []
    while index < len(context.timexes) and context.timexes[index].start < sentence.end:
        found.append(context.timexes[index])
        index += 1
    return found


def _cues(
    context: _Context, group: list[Timex], span: DateSpan, sentence: Segment, draft: HeadlineDraft, caption: bool,
    heading: str | None,
) -> frozenset[str]:
    """What the confidence model looks at (see :mod:`.confidence`)."""
    text = sentence.of(context.text)
    cues = date_cues(span, " ".join(t.text for t in group))
    cues.add(f"clause:{draft.clause}")
    if draft.noun_modifier:
        cues.add("noun_modifier")
    if caption:
        cues.add("caption")
    if heading:
        cues.add("heading")
    if _in_quotes(text):
        cues.add("quoted")
    words = {w.casefold() for w in _WORDS.findall(text)}
    reference = context.reference_date
    future_date = reference is not None and span.start is not None and span.start.date() > reference
    past_date = reference is not None and span.end is not None and span.end.date() <= reference
    if future_date or (words & FUTURE_CUES and not past_date):
        cues.add("future")
    if words & CONDITIONAL_CUES:
        cues.add("conditional")
    if sentence.paragraph <= 1:
        cues.add("lead")
    return frozenset(cues)


def _in_quotes(sentence: str) -> bool:
    stripped = sentence.lstrip("*_ ")
    return bool(stripped) and stripped[0] in _QUOTE_CHARS


# -- one happening, several mentions ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mentioned:
    """A candidate with where and how it is dated; its content stems are computed on demand
    (only candidates of the same day are ever compared)."""

    candidate: CandidateEvent
    deictic: bool
    lead: bool

    @property
    def headline_stems(self) -> frozenset[str]:
        return content_stems(self.candidate.headline)

    @property
    def sentence_stems(self) -> frozenset[str]:
        sentence = self.candidate.sentence
        for _start, _end, said in self.candidate.mentions:
            sentence = sentence.replace(said, " ")
        return content_stems(sentence)


def _mentioned(context: _Context, candidate: CandidateEvent) -> _Mentioned:
    first_paragraph_end = context.paragraphs[0].end if context.paragraphs else 0
    return _Mentioned(
        candidate,
        not any(ch.isdigit() for _s, _e, said in candidate.mentions for ch in said),
        candidate.sentence_start < first_paragraph_end,
    )


def _same_happening(x: _Mentioned, y: _Mentioned) -> bool:
    """See :mod:`.mentions`: same day and the clauses agree, or equal spans and similar headlines."""
    a, b = x.candidate, y.candidate
    sa, sb = a.span, b.span
    if sa.precision <= Precision.DAY and sb.precision <= Precision.DAY and contains(sa, sb):
        shared = x.headline_stems & y.headline_stems
        if similar_text(a.headline, b.headline) or len(shared) >= 2 or shared & name_stems(a.headline):
            return True
        if len(x.sentence_stems & y.sentence_stems) >= SHARED_SENTENCE_STEMS:
            return True
        # The lead says "gisteren", the details give the date: one happening told twice.
        lead_pair = (x.lead and x.deictic and not y.deictic) or (y.lead and y.deictic and not x.deictic)
        if lead_pair and x.sentence_stems & y.sentence_stems:
            return True
    return sa == sb and similar_text(a.headline, b.headline)


def _merge_mentions(context: _Context, candidates: list[CandidateEvent]) -> list[CandidateEvent]:
    items = [_mentioned(context, c) for c in candidates]
    groups = group_mentions(
        items, span=lambda m: m.candidate.span, kind=lambda m: m.candidate.is_caption, same=_same_happening
    )
    return [_fold([m.candidate for m in group]) for group in groups]


def _fold(group: list[CandidateEvent]) -> CandidateEvent:
    """One event from its mentions: the date of the most confident mention, the headline of the
    earliest one (news leads with the summary) unless it is too thin."""
    if len(group) == 1:
        return group[0]
    best = max(group, key=lambda c: (c.confidence, -c.span.precision))
    main = next((c for c in group if len(c.headline.split()) >= 3), group[0])
    pairs = sorted((m, s) for c in group for m, s in zip(c.mentions, c.mention_sentences, strict=True))
    return replace(
        main,
        span=best.span,
        mentions=tuple(p[0] for p in pairs),
        mention_sentences=tuple(p[1] for p in pairs),
        confidence=best.confidence,
        cues=frozenset(c for c in main.cues if not c.startswith(_DATE_CUE)) | {c for c in best.cues if c.startswith(_DATE_CUE)},
        name_keys=frozenset().union(*(c.name_keys for c in group)),
        numbers=frozenset().union(*(c.numbers for c in group)),
        people=tuple(dict.fromkeys(p for c in [main, *group] for p in c.people)),
        places=tuple(dict.fromkeys(p for c in [main, *group] for p in c.places)),
    )
def _rescored(candidate: CandidateEvent) -> CandidateEvent:
    """The confidence of a folded event, now that its number of mentions is known."""
    if len(candidate.mentions) < 2:
        return candidate
    sentences = len({start for start, _end, _text in candidate.mention_sentences})
    return replace(candidate, confidence=score(candidate.cues, sentences, candidate.headline))

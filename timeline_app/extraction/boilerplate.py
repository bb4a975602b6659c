"""Recognizing the parts of a page that are not reporting: promos, credits, captions, headings.

Rules (all four newsroom languages at once, since pages mix them):

- **Boilerplate** sentence: a newsletter/subscription/promo call or a rights notice
  ("Schrijf je in voor onze nieuwsbrief", "Abonneer", "Subscribe", "Alle rechten voorbehouden",
  "© 2024"). Dates in it never become events.
- **Caption** paragraph (at most 400 characters): it starts with a caption marker
  ("Foto:", "Photo:", "Bild:", "Caption:", "Bildunterschrift:", "Légende :", "(Photo", ...; an
  emphasis mark such as ``*`` may come first), or it ends with a photo credit in brackets
  ("(Foto ANP)", "(Lowlands Wire / Tom Reyners)") or after a trailing "Foto ..." marker.
- **Credit**: the part of a caption that names the photographer or agency (a bracketed credit
  at the end, or a short "Foto: ANP / 2022" line). A date inside a credit is not an event.
- **Copyright**: a year right after ``©``, ``(c)`` or "Copyright".
- **Dateline**: the place (in capitals), perhaps a region and the agency that open a wire
  story ("RIYADH (Reuters) - ", "ANTAKYA, Turkey (AP) - ", "EINDHOVEN (ANP) – "). It is not
  part of the first sentence.
- **Heading**: a short paragraph (at most 12 words and 90 characters) without final sentence
  punctuation, followed by another paragraph.
"""

from __future__ import annotations

import re

_PROMO = re.compile(
    r"nieuwsbrief|newsletter|abonneer|abonnee\s+worden|word\s+abonnee|abonneren|abonnez|abonnieren|"
    r"subscribe|subscription|sign\s+up\b|schrijf\s+je\s+(?:nu\s+)?in|meld\s+je\s+(?:nu\s+)?aan|"
    r"inscrivez-vous|s'inscrire|registrieren\s+sie|melden\s+sie\s+sich|jetzt\s+anmelden|"
    r"alle\s+rechten\s+voorbehouden|all\s+rights\s+reserved|tous\s+droits\s+réservés|"
    r"alle\s+rechte\s+vorbehalten|lees\s+ook|read\s+more|read\s+also|lire\s+aussi|mehr\s+zum\s+thema|"
    r"download\s+(?:de|onze|our|the)\s+app|volg\s+ons|follow\s+us|suivez-nous|folgen\s+sie\s+uns|"
    r"cookie|^\s*(?:advertentie|advertisement|ad|pub|publicité|anzeige|werbung)\s*$",
    re.IGNORECASE,
)
# Every alternative of _PROMO contains one of these (case-folded) pieces.
# (The one-word "advertentie"/"ad"/"pub" lines are tested whole, see _AD_LINES.)
_PROMO_KEYS = (
    "nieuwsbrief", "newsletter", "abonn", "subscri", "sign up", "schrijf je", "meld je", "inscri", "registrieren",
    "melden sie", "anmelden", "rechten", "rights", "droits", "rechte", "lees ook", "read more", "read also",
    "lire aussi", "mehr zum", "download", "volg ons", "follow us", "suivez", "folgen sie", "cookie",
)
_AD_LINES = frozenset({"advertentie", "advertisement", "ad", "pub", "publicité", "anzeige", "werbung"})
# Promo words that are ordinary vocabulary in reporting only count in short paragraphs.
_WEAK_PROMO = re.compile(r"newsletter|nieuwsbrief|subscription|cookie", re.IGNORECASE)
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|copyright|\bcopr\.)\s*$", re.IGNORECASE)

_PHOTO_WORDS = r"(?:foto|photo|bild|beeld|afbeelding|image|picture|credit|crédit|cliché|archief|archive|archiv)"
_CAPTION_MARKER = re.compile(
    r"^[\s*_>]*(?:\(\s*)?(?:photo\s+caption|foto\s*onderschrift|onderschrift|bijschrift|bildunterschrift|"
    r"bildtext|légende|legende|caption|" + _PHOTO_WORDS + r")s?\b\s*[:(]?",
    re.IGNORECASE,
)
_BRACKET_CREDIT = re.compile(r"\(([^()]{2,80})\)[\s*_.]*$")
_TRAILING_CREDIT = re.compile(r"(?:^|[.!?]\s+)(" + _PHOTO_WORDS + r"\b[^.!?]{0,80})[\s*_.]*$", re.IGNORECASE)
_PHOTO_WORD = re.compile(r"\b" + _PHOTO_WORDS + r"\b|©|/", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"”’»)*_\s]*$")

_DATELINE = re.compile(
    r"[\s*_]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}(?:,\s+[A-ZÀ-ÖØ-Þ][\w'’.\- ]{1,40}?)?"
    r"(?:,\s+\d{1,2}\.?\s+\w{3,12}\.?(?:\s+\d{4})?)?\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|-{1,2})\s+(?=[\"'“‘«„(]?[A-ZÀ-ÖØ-Þ0-9])"
)

MAX_CAPTION_CHARS = 400
MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12


def is_boilerplate(sentence: str, paragraph: str) -> bool:
    """True when ``sentence`` (inside ``paragraph``) is a promo, subscription or rights notice."""
    folded = " ".join(sentence.casefold().split())
    if folded in _AD_LINES:
        return True
    if not any(key in folded for key in _PROMO_KEYS):
        return False  # a cheap test first: most sentences hold none of the promo words
    match = _PROMO.search(sentence)
    if match is None:
        return False
    return not (_WEAK_PROMO.fullmatch(match.group()) and len(paragraph) > 240)


def is_copyright_year(text: str, start: int) -> bool:
    """True when the expression at ``start`` follows a copyright sign ("© 2024")."""
    return _COPYRIGHT_BEFORE.search(text, max(0, start - 12), start) is not None


_CAPTION_LABEL = re.compile(
    r"^[\s*_>]*(?:photo\s+caption|foto\s*onderschrift|onderschrift|bijschrift|bildunterschrift|bildtext|"
    r"légende|legende|caption)\s*:\s*",
    re.IGNORECASE,
)


def strip_caption_label(text: str) -> str:
    """``text`` without a leading caption label ("Bildunterschrift:", "Légende :", "Caption:")."""
    return _CAPTION_LABEL.sub("", text, count=1)


def is_caption(paragraph: str) -> bool:
    """True when ``paragraph`` is a photo caption (see the module rules)."""
    if len(paragraph) > MAX_CAPTION_CHARS:
        return False
    if _CAPTION_MARKER.match(paragraph):
        return True
    return credit_span(paragraph) is not None


def is_caption_start(line: str) -> bool:
    """True when ``line`` opens with a caption or photo marker ("Foto:", "(Photo", "Légende :")."""
    return len(line) <= MAX_CAPTION_CHARS and _CAPTION_MARKER.match(line) is not None and bool(
        re.match(r"^[\s*_>]*\(?\s*\w+(?:\s+\w+)?\s*[:(]", line)
    )


def credit_span(paragraph: str) -> tuple[int, int] | None:
    """Offsets of the photo credit inside a caption paragraph, or ``None``.

    A credit is a bracketed group at the end naming a photo or an agency ("(Foto ANP)",
    "(Lowlands Wire / Tom Reyners)"), a trailing "Foto De Grensbode / Ruud Vinken", or a whole
    short marker line such as "Foto: ANP / 2022".
    """
    bracket = _BRACKET_CREDIT.search(paragraph)
    if bracket is not None and _PHOTO_WORD.search(bracket.group(1)):
        return bracket.start(), bracket.end()
    trailing = _TRAILING_CREDIT.search(paragraph)
    if trailing is not None and trailing.start(1) > 0:
        return trailing.start(1), trailing.end()
    marker = _CAPTION_MARKER.match(paragraph)
    if marker is not None:
        rest = paragraph[marker.end() :].strip(" *_)")
        if len(rest) <= 60 and ("/" in rest or "©" in rest or len(rest.split()) <= 4):
            return marker.start(), len(paragraph)
    return None


def dateline_end(paragraph: str) -> int:
    """Where a wire dateline at the start of ``paragraph`` ends (0 when there is none)."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return 0
    place = match.group().split("(")[0].split(",")[0].strip(" *_-—–")
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) < 3 or not all(ch.isupper() for ch in letters):
        return 0
    return match.end()


def is_heading(paragraph: str, *, has_next: bool) -> bool:
    """True when ``paragraph`` looks like a section heading over the next paragraph."""
    if not has_next or len(paragraph) > MAX_HEADING_CHARS or "\n" in paragraph:
        return False
    words = paragraph.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    if _SENTENCE_END.search(paragraph) or is_caption(paragraph):
        return False
    first = paragraph.lstrip("#*_ ")[:1]
    return first.isupper() or first.isdigit()

"""Reader for plain-text (.txt) and Markdown (.md, .markdown) articles.

Layout understood, top to bottom (every part optional):

1. for Markdown, a YAML-style front matter block between ``---`` lines with ``key: value`` lines;
2. a metadata block of ``Key: value`` lines (see :mod:`timeline_app.ingest.metadata`);
3. the headline: a Markdown ``# Title`` (or setext ``Title`` / ``=====``) line, or the first
   non-empty line when it stands alone and is shorter than 200 characters;
4. another metadata block and/or a byline (``By ...``, ``Door ...``) right under the headline;
5. the body, paragraphs separated by blank lines.

Without a headline the title is the first sentence of the body.
Markdown syntax is stripped lightly (headings, emphasis, links, images, code, quotes, rules).
"""

from __future__ import annotations

import re
from pathlib import Path

from timeline_app.ingest.draft import ParsedArticle
from timeline_app.ingest.encoding import decode_text
from timeline_app.ingest.metadata import HeaderFields, consume_header, parse_byline, parse_header_line
from timeline_app.ingest.paragraphs import is_title_line, split_paragraphs, title_from_text

_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_CODE = re.compile(r"`+([^`]+)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(.+?)~~")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^(\s*)[*+]\s+")


def read_text_file(data: bytes, path: Path, *, markdown: bool) -> ParsedArticle:
    """Parse a plain-text or Markdown article from its raw bytes."""
    text = decode_text(data, path)
    lines = text.split("\n")
    fields = HeaderFields()
    if markdown:
        lines = _consume_front_matter(lines, fields)
        lines = [_strip_inline(line) if not _ATX_HEADING.match(line) else line for line in lines]
    header, used = consume_header(lines)
    _merge(fields, header)
    lines = lines[used:]

    title, lines = _take_title(lines, markdown=markdown)
    if title and not fields.title:
        fields.title = title
    lines = _consume_after_title(lines, fields)

    body = "\n".join(lines)
    if markdown:
        body = _markdown_to_text(body)
    paragraphs = split_paragraphs(body)
    return ParsedArticle(
        paragraphs=paragraphs,
        title=fields.title or title_from_text(paragraphs, path.stem),
        source_name=fields.source_name,
        author=fields.author,
        published=fields.published,
        url=fields.url,
        language=fields.language,
    )


def _merge(target: HeaderFields, source: HeaderFields) -> None:
    for name in ("title", "published", "source_name", "author", "url", "language"):
        value = getattr(source, name)
        if value is not None and getattr(target, name) is None:
            setattr(target, name, value)


def _consume_front_matter(lines: list[str], fields: HeaderFields) -> list[str]:
    if not lines or lines[0].strip() != "---":
        return lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in {"---", "..."}:
            for line in lines[1:end]:
                parsed = parse_header_line(line)
                if parsed is not None:
                    field_name, value = parsed
                    fields.set(field_name, value.strip().strip("'\""))
            return lines[end + 1 :]
    return lines


def _take_title(lines: list[str], *, markdown: bool) -> tuple[str | None, list[str]]:
    """Return the headline and the lines after it (or None and the lines unchanged)."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        return None, lines
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if markdown:
        heading = _ATX_HEADING.match(line)
        if heading and len(heading.group(1)) == 1:
            return _strip_inline(heading.group(2)).strip(), lines[index + 1 :]
        if _SETEXT_UNDERLINE.match(following) and following.strip().startswith("=") and is_title_line(line):
            return line.strip(), lines[index + 2 :]
        if heading:
            return None, lines
    stands_alone = not following.strip() or parse_header_line(following) or parse_byline(following)
    if is_title_line(line) and stands_alone:
        return line.strip(), lines[index + 1 :]
    return None, lines


def _consume_after_title(lines: list[str], fields: HeaderFields) -> list[str]:
    """Read metadata and byline lines directly under the headline."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    start = index
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        parsed = parse_header_line(line)
        if parsed is not None and (getattr(fields, parsed[0]) is not None or fields.set(*parsed)):
            index += 1
            continue
        author = parse_byline(line)
        if author is not None:  # a byline repeating a known author is consumed too
            fields.author = fields.author or author
            index += 1
            continue
        break
    return lines[index:] if index > start else lines


_INLINE_MARKS = frozenset("![]`*_~<\\")


def _strip_inline(text: str) -> str:
    if _INLINE_MARKS.isdisjoint(text):
        return text  # most lines of an article: nothing to strip
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _TAG.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def _markdown_to_text(body: str) -> str:
    """Strip Markdown block syntax (inline syntax is already gone); headings become paragraphs."""
    body = _HTML_COMMENT.sub("", body)
    out: list[str] = []
    in_fence = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        if _SETEXT_UNDERLINE.match(line) and out and out[-1].strip():
            out.insert(len(out) - 1, "")
            out.append("")
            continue
        if _RULE.match(line) or _REF_DEFINITION.match(line):
            out.append("")
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            out.extend(["", _strip_inline(heading.group(2)), ""])
            continue
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        line = _BULLET.sub(r"\1- ", line)
        out.append(line.rstrip(" \\"))  # inline syntax was stripped before
    return "\n".join(out)

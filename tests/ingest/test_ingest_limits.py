"""Files built to flood memory or time are refused with a reason before they are parsed; control
characters never reach the archive (issue 16, items 3 and 13)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from timeline_app.ingest import IngestError, ParsedArticle, docx_reader, files, pdf_reader, read_article
from timeline_app.ingest.pasted import draft_from_text

ROOT = Path(__file__).resolve().parents[2]
DOCX_SAMPLE = ROOT / "resources" / "samples" / "06-nl-putten-droog-2023.docx"
SENTENCE = "Op 7 juli 2023 viel het kabinet in Den Haag na lang overleg."


def _docx_with_body(tmp_path: Path, body: bytes, name: str = "bomb.docx") -> Path:
    """The sample .docx with its body replaced by ``body`` (deflated, as Word writes it)."""
    path = tmp_path / name
    with zipfile.ZipFile(DOCX_SAMPLE) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                text = data.decode()
                start = text.index("<w:body>") + len("<w:body>")
                data = text[:start].encode() + body + text[text.index("</w:body>"):].encode()
            out.writestr(info.filename, data)
    return path


def test_a_docx_that_unpacks_to_too_much_is_refused_from_the_zip_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 2_000_000)
    spaces = b'<w:p><w:r><w:t xml:space="preserve">' + b" " * 3_000_000 + b"</w:t></w:r></w:p>"
    path = _docx_with_body(tmp_path, spaces)
    assert path.stat().st_size < 100_000  # a small file that would unpack to much more
    with pytest.raises(IngestError, match=r"unpacks to 3\.\d MB \(at most 2 MB\): not an article"):
        read_article(path)


def test_a_docx_whose_directory_understates_the_sizes_is_caught_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED_BYTES", 2_000_000)
    path = _docx_with_body(tmp_path, b'<w:p><w:r><w:t xml:space="preserve">' + b" " * 3_000_000 + b"</w:t></w:r></w:p>")
    data = bytearray(path.read_bytes())
    # Rewrite the uncompressed size of word/document.xml to 1,000 bytes, in its local header and
    # in the central directory, as a crafted bomb would.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        info = package.getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46:position + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, position + 24, 1000)
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as package:
        assert package.getinfo("word/document.xml").file_size == 1000  # the directory now understates it
    with pytest.raises(IngestError, match=r"corrupt \.docx|unpacks to over"):
        read_article(path)


def test_a_docx_element_bomb_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_XML_ELEMENTS", 50_000)
    path = _docx_with_body(tmp_path, b"<w:p/>" * 60_000)
    with pytest.raises(IngestError, match="has over 50,000 XML elements"):
        read_article(path)


def test_a_docx_of_too_many_parts_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_PACKAGE_PARTS", 30)
    path = _docx_with_body(tmp_path, b"<w:p><w:r><w:t>" + SENTENCE.encode() + b"</w:t></w:r></w:p>")
    with zipfile.ZipFile(path, "a") as package:
        for n in range(40):
            package.writestr(f"extra/part{n}.xml", "<a/>")
    with pytest.raises(IngestError, match=r"holds 5\d parts"):
        read_article(path)


def test_many_paragraphs_never_ask_python_docx_for_each_style(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # python-docx's paragraph.style scans every style of the document per paragraph: thousands of
    # short paragraphs took minutes. The reader looks styles up once per document.
    from docx.text.paragraph import Paragraph

    def scanning_style(_self: object) -> object:
        raise AssertionError("paragraph.style looked up per paragraph")

    monkeypatch.setattr(Paragraph, "style", property(scanning_style))
    heading = b'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Kabinet gevallen</w:t></w:r></w:p>'
    body = b"<w:p><w:r><w:t>" + SENTENCE.encode() + b"</w:t></w:r></w:p>"
    path = _docx_with_body(tmp_path, heading + b"<w:p/>" * 5000 + body * 20)
    draft = read_article(path)
    # The Title-styled paragraph was recognised as the headline (the file's properties name another).
    assert "Kabinet gevallen" not in draft.text and draft.text.count(SENTENCE) == 20


def _pdf(pages: int, *, declared: int | None = None, line: str = SENTENCE) -> bytes:
    content = b"BT /F1 11 Tf 14 TL 56 780 Td (" + line.encode("cp1252") + b") Tj T* ET"
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % (pages if declared is None else declared),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
                b" /Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_of_too_many_pages_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 20)
    assert len(pdf_reader.read_pdf_file(_pdf(20), tmp_path / "fine.pdf").paragraphs) == 20
    for name, data in (("many.pdf", _pdf(21)), ("lying.pdf", _pdf(21, declared=1))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError, match=r"the PDF has 21 pages \(at most 20\)"):
            read_article(path)


def test_a_pdf_with_too_much_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "MAX_TEXT_CHARS", 500)
    path = tmp_path / "long.pdf"
    path.write_bytes(_pdf(12))
    with pytest.raises(IngestError, match="too much text for one article"):
        read_article(path)


def test_a_pdf_that_trips_the_pdf_readers_own_limits_is_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "cycle.pdf"
    path.write_bytes(_pdf(3).replace(b"/Kids [5 0 R", b"/Kids [2 0 R"))  # the page tree contains itself
    with pytest.raises(IngestError, match=r"corrupt \.pdf|safety limit"):
        read_article(path)


def test_control_characters_are_stripped_from_what_readers_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline_app.ingest as ingest

    def with_nul(_data: bytes, _path: Path, _fmt: str) -> ParsedArticle:
        return ParsedArticle(paragraphs=[SENTENCE.replace("kabinet", "kabi\x00net\x02"), "Tweede\x0calinea."],
                             title="Kabinet\x00 gevallen", author="Redactie\x01")

    monkeypatch.setattr(ingest, "_parse", with_nul)
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4 stand-in")
    draft = read_article(path)
    assert draft.title == "Kabinet gevallen" and draft.author == "Redactie"
    assert "kabinet" in draft.text and "Tweede\nalinea." in draft.text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in draft.text + draft.title)


def test_pasted_text_loses_its_control_characters() -> None:
    draft = draft_from_text(f"{SENTENCE}\x00\x00 Meer\x07.", title="Pl\x00ak")
    assert draft.title == "Plak" and "\x00" not in draft.text and "\x07" not in draft.text


def test_a_text_of_more_than_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "long.txt"
    path.write_text("Lang\n\n" + (SENTENCE + " ") * 40, encoding="utf-8")
    with pytest.raises(IngestError, match="too much text for one article"):
        read_article(path)

"""Word and PDF readers: metadata, text, and refusing damaged, encrypted or image-only files."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import docx
import pytest
from ingest.ingest_pdf_builder import FIXTURE_LINES, build_pdf
from pypdf import PdfReader, PdfWriter

from timeline_app.ingest import IngestError, read_article

ROOT = Path(__file__).resolve().parents[2]
DOCX_SAMPLE = ROOT / "resources" / "samples" / "06-nl-putten-droog-2023.docx"
PDF_FIXTURE = ROOT / "tests" / "data" / "ingest" / "text-layer.pdf"
BODY = "De gemeente brengt sinds vorige week drinkwater met tankwagens naar boerderijen in het buitengebied."


def _docx(tmp_path: Path, build: object = None, *, title: str = "", author: str = "python-docx") -> Path:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = datetime.datetime(2019, 1, 1, tzinfo=datetime.UTC)
    if callable(build):
        build(document)
    path = tmp_path / "article.docx"
    document.save(str(path))
    return path


# --- DOCX -------------------------------------------------------------------------------


def test_docx_sample() -> None:
    draft = read_article(DOCX_SAMPLE)
    assert draft.title == "Putten droog in Heuvelrade: drinkwater per tankwagen naar boerderijen"
    assert (draft.author, draft.source_name, draft.language, draft.format) == (
        "Sanne Wijnands",
        "Dagblad De Maasvallei",
        "nl",
        "docx",
    )
    # The Datum: paragraph, not the core "created" date (27 June 2023).
    assert draft.published == datetime.date(2023, 6, 28)
    paragraphs = draft.text.split("\n\n")
    assert paragraphs[0].startswith("De gemeente Heuvelrade brengt sinds vorige week drinkwater")
    assert "Tunnel of droogte?" in paragraphs
    assert any(p.endswith("maandag 26 juni 2023. Foto De Maasvallei / Jos Frijns") for p in paragraphs)
    assert not any(p.startswith(("Datum:", "Bron:", "Door ")) for p in paragraphs)
    html = draft.html or ""
    assert "<h3>Tunnel of droogte?</h3>" in html
    assert "<p><strong>De gemeente Heuvelrade" in html
    assert "<script" not in html and "Putten droog in Heuvelrade:" not in html


def test_docx_created_date_is_not_a_publication_date(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Droge putten", level=1)
        document.add_paragraph(BODY)

    draft = read_article(_docx(tmp_path, build))
    assert draft.published is None
    assert draft.title == "Droge putten"
    assert draft.author is None  # "python-docx" is a placeholder, not a journalist
    assert draft.text == BODY
    assert draft.language == "nl"


def test_docx_core_title_and_author_are_used(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph(BODY)
        document.add_paragraph("Tweede alinea met meer nieuws over de tunnel en het water.")

    draft = read_article(_docx(tmp_path, build, title="Tankwagens rijden", author="Sanne Wijnands"))
    assert (draft.title, draft.author) == ("Tankwagens rijden", "Sanne Wijnands")
    assert draft.text.startswith(BODY)


@pytest.mark.parametrize("damage", ["truncated", "not-a-zip", "zip-without-document"])
def test_damaged_docx(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "broken.docx"
    if damage == "truncated":
        data = DOCX_SAMPLE.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "not-a-zip":
        path.write_text("Dit is geen Word-bestand.", encoding="utf-8")
    else:
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hi")
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason.startswith("truncated or corrupt .docx")


# --- PDF --------------------------------------------------------------------------------


def test_pdf_fixture_matches_its_builder() -> None:
    assert PDF_FIXTURE.read_bytes() == build_pdf(FIXTURE_LINES, author="Mieke Dorren", lang="nl-NL")


def test_pdf_text_layer() -> None:
    draft = read_article(PDF_FIXTURE)
    assert draft.title == "Tunnelbouwer hervat werk na waterinbraak"
    assert draft.author == "Mieke Dorren"
    assert (draft.language, draft.format, draft.published, draft.html) == ("nl", "pdf", None, None)
    assert draft.text.split("\n\n") == [
        "HEUVELRADE - De boormachine van de Drielandentunnel is gisteren weer gaan draaien, ruim vier maanden na "
        "de waterinbraak van 3 februari 2022. Volgens TriRail is de schade aan de machine hersteld.",
        "Omwonenden blijven bezorgd over hun waterputten. Het waterschap meet sinds vorige maand elke week het "
        "grondwater in tien putten langs het tracé en wil de resultaten binnenkort publiceren.",
    ]


def test_pdf_info_title_wins_unless_it_is_a_file_name(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(build_pdf(FIXTURE_LINES[1:], title="Boormachine draait weer"))
    assert read_article(path).title == "Boormachine draait weer"
    path.write_bytes(build_pdf(FIXTURE_LINES, title="Microsoft Word - artikel_v3.docx"))
    assert read_article(path).title == "Tunnelbouwer hervat werk na waterinbraak"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(build_pdf(None))
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason == "no text layer (scanned PDF?)"


@pytest.mark.parametrize("cut", [0.5, 0.2])
def test_truncated_pdf(tmp_path: Path, cut: float) -> None:
    data = PDF_FIXTURE.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason.startswith(("truncated or corrupt .pdf", "no text layer"))


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("Just some text pretending to be a PDF.", encoding="utf-8")
    with pytest.raises(IngestError, match="no PDF header"):
        read_article(path)


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(PDF_FIXTURE))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted("secret"))
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.reason == "encrypted PDF (password required)"


def test_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    path = tmp_path / "permissions-only.pdf"
    path.write_bytes(_encrypted(""))
    assert read_article(path).title == "Tunnelbouwer hervat werk na waterinbraak"


def test_docx_tables_and_hyperlinks(tmp_path: Path) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    def build(document: docx.document.Document) -> None:
        document.add_heading("Kosten", level=1)
        document.add_paragraph(BODY)
        table = document.add_table(rows=2, cols=2)
        for row, values in zip(table.rows, (("Jaar", "Kosten"), ("2014", "1,9 mld")), strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        paragraph = document.add_paragraph("Meer op ")
        for target in ("https://example.org/tunnel", "javascript:alert(1)"):
            r_id = paragraph.part.relate_to(target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), r_id)
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = f"link {len(paragraph.hyperlinks) + 1} "
            run.append(text)
            link.append(run)
            paragraph._p.append(link)

    draft = read_article(_docx(tmp_path, build))
    assert draft.text.split("\n\n") == [BODY, "Jaar | Kosten", "2014 | 1,9 mld", "Meer op link 1 link 2"]
    html = draft.html or ""
    assert '<a href="https://example.org/tunnel" rel="noopener noreferrer">link 1 </a>' in html
    assert "javascript" not in html and "link 2" in html

"""Write tiny, valid PDFs with a real text layer (Helvetica, WinAnsi) for the PDF reader tests."""

from __future__ import annotations

from pathlib import Path


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(
    lines: list[str] | None,
    *,
    title: str | None = None,
    author: str | None = None,
    lang: str | None = None,
) -> bytes:
    """Return a one-page PDF showing ``lines`` (None: a page without any text)."""
    catalog = b"<< /Type /Catalog /Pages 2 0 R" + (b" /Lang " + _pdf_string(lang) if lang else b"") + b" >>"
    content = b""
    if lines is not None:
        ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
        for line in lines:
            ops.append(_pdf_string(line) + b" Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
    info = b"<<"
    if title:
        info += b" /Title " + _pdf_string(title)
    if author:
        info += b" /Author " + _pdf_string(author)
    info += b" >>"
    objects = [
        catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


FIXTURE_LINES = [
    "Tunnelbouwer hervat werk na waterinbraak",
    "HEUVELRADE - De boormachine van de Drielandentunnel is gisteren weer",
    "gaan draaien, ruim vier maanden na de waterinbraak van 3 februari 2022.",
    "Volgens TriRail is de schade aan de machine hersteld.",
    "",
    "Omwonenden blijven bezorgd over hun waterputten. Het waterschap meet",
    "sinds vorige maand elke week het grondwater in tien putten langs het",
    "trac\u00e9 en wil de resultaten binnenkort publiceren.",
]


def write_fixture(target: Path) -> None:
    """Write the committed fixture tests/data/ingest/text-layer.pdf."""
    target.write_bytes(build_pdf(FIXTURE_LINES, author="Mieke Dorren", lang="nl-NL"))


if __name__ == "__main__":
    write_fixture(Path(__file__).resolve().parents[1] / "data" / "ingest" / "text-layer.pdf")

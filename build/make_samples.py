"""Generate the binary sample article(s) in resources/samples/ (run from the repo root).

    .venv/bin/python build/make_samples.py

Writes 06-nl-putten-droog-2023.docx with python-docx. The text lives here so that the .docx
can be regenerated and reviewed as source; the generated file is committed as well.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import docx
from docx.shared import Pt

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

TITLE = "Putten droog in Heuvelrade: drinkwater per tankwagen naar boerderijen"
METADATA = [
    "Bron: Dagblad De Maasvallei",
    "Door Sanne Wijnands",
    "Datum: 28 juni 2023",
]
BODY: list[tuple[str, str]] = [
    (
        "intro",
        "De gemeente Heuvelrade brengt sinds vorige week drinkwater met tankwagens naar boerderijen en "
        "woningen in het buitengebied. Bij zeker veertig adressen langs het tracé van de Drielandentunnel "
        "staan de eigen waterputten droog.",
    ),
    (
        "p",
        "Het college van burgemeester en wethouders kwam gisteren bijeen in een crisisoverleg met het "
        "waterschap, het drinkwaterbedrijf en tunnelbouwer TriRail. Daar werd besloten de watertransporten "
        "in elk geval tot eind augustus voort te zetten. Ook worden bij de dorpshuizen in Heuvelrade en "
        "Overgeul noodtappunten geplaatst.",
    ),
    (
        "p",
        "Na een natte winter is het sinds half mei vrijwel niet meer van betekenis gaan regenen. Maar volgens "
        "veel bewoners is de droogte niet de enige oorzaak. ‘In 1976 was het ook droog, en toen had mijn vader "
        "gewoon water,’ zegt melkveehouder Thijs Coenen. Zijn put, die al sinds begin jaren zestig in gebruik "
        "is, gaf op 12 juni voor het eerst geen water meer.",
    ),
    ("heading", "Tunnel of droogte?"),
    (
        "p",
        "Sinds de waterinbraak in de tunnel op 3 februari 2022 meten de peilbuizen langs het tracé lagere "
        "grondwaterstanden dan voorheen. TriRail erkent dat de grondwaterstand rond de Nederlandse "
        "toegangsschacht ‘tijdelijk is beïnvloed’, maar noemt het te vroeg om de droge putten aan de bouw te "
        "wijten. Het bedrijf laat een onafhankelijk bureau onderzoek doen; de resultaten worden later dit jaar "
        "verwacht.",
    ),
    (
        "p",
        "Onlangs bleek dat ook in het Belgische Hombourg-sur-Gueule en het Duitse Lindenau am Wurmtal putten "
        "droogvallen. In Lindenau loopt al sinds juni vorig jaar een rechtszaak van omwonenden tegen het "
        "wegpompen van grondwater bij de Duitse bouwput.",
    ),
    ("heading", "Wie betaalt?"),
    (
        "p",
        "De kosten van de watertransporten, volgens de gemeente zo'n 8000 euro per week, schiet Heuvelrade "
        "voorlopig zelf voor. Wethouder Ilse Bemelmans wil die binnenkort terughalen bij TriRail of bij de "
        "drie landen die de tunnel laten bouwen. ‘Wij hebben niet om deze tunnel gevraagd,’ zegt zij.",
    ),
    (
        "p",
        "De bewonersgroepen uit de drie dorpen vragen al sinds 2019 om een gezamenlijk schadefonds. Tot nu "
        "toe hebben de ministeries in Den Haag, Brussel en Berlijn daar niet op gereageerd. Een woordvoerder "
        "van het Nederlandse ministerie zegt dat het overleg met de buurlanden ‘volop loopt’.",
    ),
    (
        "caption",
        "Een tankwagen van het drinkwaterbedrijf vult de voorraadtank van melkveehouder Thijs Coenen, "
        "maandag 26 juni 2023. Foto De Maasvallei / Jos Frijns",
    ),
    (
        "p",
        "Het waterschap roept inwoners op zuinig te zijn met water en tuinen niet te sproeien. Een "
        "sproeiverbod voor boeren is volgens het waterschap ‘voorlopig niet aan de orde’, maar wordt later "
        "deze week opnieuw bekeken.",
    ),
]


def build_docx(target: Path) -> None:
    """Write the Dutch drought article as a .docx with title/heading/caption styles and core properties."""
    document = docx.Document()
    props = document.core_properties
    props.title = TITLE
    props.author = "Sanne Wijnands"
    props.language = "nl-NL"
    # Fixed so the file does not change on every run; deliberately NOT the publication date.
    props.created = datetime.datetime(2023, 6, 27, 21, 5, tzinfo=datetime.UTC)
    props.modified = datetime.datetime(2023, 6, 27, 22, 40, tzinfo=datetime.UTC)
    props.last_modified_by = "Eindredactie"

    document.add_paragraph(TITLE, style="Title")
    for line in METADATA:
        document.add_paragraph(line)
    for kind, text in BODY:
        if kind == "heading":
            document.add_heading(text, level=2)
        elif kind == "caption":
            paragraph = document.add_paragraph(style="Caption")
            paragraph.add_run(text).italic = True
        elif kind == "intro":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    document.styles["Normal"].font.size = Pt(11)
    document.save(str(target))


def main() -> None:
    """Regenerate every binary sample."""
    build_docx(SAMPLES / "06-nl-putten-droog-2023.docx")


if __name__ == "__main__":
    main()

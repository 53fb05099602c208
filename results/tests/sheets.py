"""Open ODS and XLSX files back, as a spreadsheet program would, from their XML.

Each reader gives ``{sheet name: rows}`` in the workbook's order; a number cell comes back as a
``float`` and a text cell as ``str``, so a test can tell ``19.0`` from ``"19"``.
"""

import io
import re
import zipfile

from defusedxml import ElementTree

ODS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _number(text: str) -> float:
    return float(text)


def read_ods(body: bytes) -> dict[str, list[list]]:
    with zipfile.ZipFile(io.BytesIO(body)) as ods:
        first = ods.infolist()[0]
        # What makes a zip an ODS: "mimetype" first, not compressed.
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert ods.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        manifest = ods.read("META-INF/manifest.xml").decode()
        assert 'manifest:full-path="content.xml"' in manifest
        root = ElementTree.fromstring(ods.read("content.xml"))
    sheets = {}
    for table in root.iter(f"{{{ODS['table']}}}table"):
        rows = []
        for row in table.iter(f"{{{ODS['table']}}}table-row"):
            # ODF's schema wants at least one cell in every row.
            assert row.find(f"{{{ODS['table']}}}table-cell") is not None
            cells = []
            for cell in row.iter(f"{{{ODS['table']}}}table-cell"):
                kind = cell.get(f"{{{ODS['office']}}}value-type")
                if kind == "float":
                    cells.append(_number(cell.get(f"{{{ODS['office']}}}value")))
                else:
                    cells.append("".join(cell.itertext()))
            rows.append(cells)
        sheets[table.get(f"{{{ODS['table']}}}name")] = rows
    return sheets


def _column(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference).group()
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def read_xlsx(body: bytes) -> dict[str, list[list]]:
    with zipfile.ZipFile(io.BytesIO(body)) as xlsx:
        workbook = ElementTree.fromstring(xlsx.read("xl/workbook.xml"))
        links = ElementTree.fromstring(xlsx.read("xl/_rels/workbook.xml.rels"))
        targets = {
            link.get("Id"): link.get("Target")
            for link in links.iter(f"{{{PACKAGE_RELATIONSHIPS}}}Relationship")
        }
        shared = []
        if "xl/sharedStrings.xml" in xlsx.namelist():
            strings = ElementTree.fromstring(xlsx.read("xl/sharedStrings.xml"))
            shared = ["".join(item.itertext()) for item in strings.iter(f"{{{MAIN}}}si")]
        sheets = {}
        for sheet in workbook.iter(f"{{{MAIN}}}sheet"):
            target = targets[sheet.get(f"{{{RELATIONSHIPS}}}id")]
            root = ElementTree.fromstring(xlsx.read(f"xl/{target}"))
            rows: list[list] = []
            for row in root.iter(f"{{{MAIN}}}row"):
                while len(rows) < int(row.get("r")) - 1:
                    rows.append([])  # an empty row is not written at all
                cells: list = []
                for cell in row.iter(f"{{{MAIN}}}c"):
                    column = _column(cell.get("r"))
                    cells += [""] * (column - len(cells))
                    value = cell.find(f"{{{MAIN}}}v")
                    kind = cell.get("t", "n")
                    if kind == "s":
                        cells.append(shared[int(value.text)])
                    elif kind == "inlineStr":
                        cells.append("".join(cell.find(f"{{{MAIN}}}is").itertext()))
                    elif kind == "n":
                        cells.append(_number(value.text))
                    else:
                        cells.append(value.text or "")
                rows.append(cells)
            sheets[sheet.get("name")] = rows
        return sheets


def read(file_format: str, body: bytes) -> dict[str, list[list]]:
    return {"ods": read_ods, "xlsx": read_xlsx}[file_format](body)


def cover(sheets: dict[str, list[list]]) -> dict[str, str]:
    """The cover sheet as label: value."""
    return {row[0]: row[1] for row in sheets["Cover"] if len(row) == 2}

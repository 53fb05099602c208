"""Write sheets of rows as an ODS or an XLSX file. Pure writing: no Django, no results.

A ``Sheet`` is a name and rows of cells. A cell that is an ``int`` or a ``float`` becomes a number
cell; anything else becomes text, so ``[c]`` (a hidden number) stays text, and text that starts
with "=" is never read as a formula.

ODS is written with the standard library (a zip with ``mimetype`` stored first and uncompressed,
``content.xml`` and ``META-INF/manifest.xml``): the one ODS library for Python, odfpy, has had no
release since 2020 (ADR 023). XLSX goes through xlsxwriter.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import xlsxwriter

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Characters XML 1.0 does not allow at all: dropped, or the file would not open.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A fixed time inside the zip, so the same results give the same bytes.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: Sequence[Sequence[object]]
    # Column widths in characters, first column first; columns not named keep the default.
    widths: Sequence[int] = ()
    # The first row names the columns: bold, and kept in view when scrolling (XLSX).
    header: bool = False


def is_number(value: object) -> bool:
    """A number a spreadsheet can hold: not a bool, and not NaN or infinity (written as text)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


# ---- ODS ---------------------------------------------------------------------------------------

_ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

_ODS_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
manifest:media-type="{ODS_MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def _ods_cell(value: object, style: str) -> str:
    if is_number(value):
        return (
            f'<table:table-cell{style} office:value-type="float" office:value="{value!r}">'
            f"<text:p>{value!r}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{style} office:value-type="string">'
        f"<text:p>{escape(_text(value))}</text:p></table:table-cell>"
    )


def _ods_table(number: int, sheet: Sheet) -> str:
    parts = [f"<table:table table:name={quoteattr(_text(sheet.name))}>"]
    for column, _width in enumerate(sheet.widths):
        parts.append(f'<table:table-column table:style-name="s{number}c{column}"/>')
    for index, row in enumerate(sheet.rows):
        style = ' table:style-name="bold"' if sheet.header and index == 0 else ""
        # ODF wants at least one cell in a row, so a blank line gets one empty cell.
        cells = "".join(_ods_cell(value, style) for value in row) or "<table:table-cell/>"
        parts.append(f"<table:table-row>{cells}</table:table-row>")
    parts.append("</table:table>")
    return "".join(parts)


def _ods_styles(sheets: Sequence[Sheet]) -> str:
    styles = [
        '<style:style style:name="bold" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
    ]
    for number, sheet in enumerate(sheets):
        for column, width in enumerate(sheet.widths):
            # About 0.2 cm a character, as spreadsheets size their default font.
            styles.append(
                f'<style:style style:name="s{number}c{column}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{width * 0.2:.1f}cm"/>'
                "</style:style>"
            )
    return "".join(styles)


def ods_content(sheets: Sequence[Sheet]) -> str:
    tables = "".join(_ods_table(number, sheet) for number, sheet in enumerate(sheets))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {_ODS_NAMESPACES} office:version="1.3">'
        f"<office:automatic-styles>{_ods_styles(sheets)}</office:automatic-styles>"
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )


def ods_bytes(sheets: Sequence[Sheet]) -> bytes:
    """An OpenDocument spreadsheet: the ``mimetype`` entry must come first, uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as ods:
        entries = [
            ("mimetype", ODS_MIMETYPE, zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", _ODS_MANIFEST, zipfile.ZIP_DEFLATED),
            ("content.xml", ods_content(sheets), zipfile.ZIP_DEFLATED),
        ]
        for name, text, compression in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = compression
            ods.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ---- XLSX --------------------------------------------------------------------------------------


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    out = io.BytesIO()
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    workbook = xlsxwriter.Workbook(out, options)
    bold = workbook.add_format({"bold": True})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    for sheet in sheets:
        worksheet = workbook.add_worksheet(sheet.name)
        for column, width in enumerate(sheet.widths):
            worksheet.set_column(column, column, width, None if sheet.header else wrap)
        if sheet.header:
            worksheet.freeze_panes(1, 0)
        for index, row in enumerate(sheet.rows):
            style = bold if sheet.header and index == 0 else None
            for column, value in enumerate(row):
                if is_number(value):
                    worksheet.write_number(index, column, value, style)
                else:
                    worksheet.write_string(index, column, _text(value), style)
    workbook.close()
    return out.getvalue()

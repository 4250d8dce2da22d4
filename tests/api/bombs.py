"""Spreadsheets made to cost far more to read than they weigh, built as an attacker builds them:
real ZIPs of real XML, written in pieces so that building one costs the test little memory."""

import io
import zipfile
from collections.abc import Iterable, Mapping

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = ["code", "name", "district", "street", "built_year", "buildings", "households",
          "floor_area_m2", "property_type"]  # fmt: skip


def _inline(value: str) -> str:
    return f'<c t="inlineStr"><is><t>{value}</t></is></c>'


def header_row() -> bytes:
    return f'<row r="1">{"".join(_inline(h) for h in HEADER)}</row>'.encode()


def sheet(rows: Iterable[bytes], prolog: bytes = b"") -> Iterable[bytes]:
    yield b'<?xml version="1.0" encoding="UTF-8"?>' + prolog
    yield f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    yield from rows
    yield b"</sheetData></worksheet>"


def workbook(parts: Mapping[str, Iterable[bytes]]) -> bytes:
    """An XLSX whose first sheet is ``xl/worksheets/sheet1.xml``, with shared strings when
    ``parts`` has them; each part written in the pieces given."""
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = {"/xl/workbook.xml": "sheet.main", "/xl/worksheets/sheet1.xml": "worksheet"}
    if "xl/sharedStrings.xml" in parts:
        overrides["/xl/sharedStrings.xml"] = "sharedStrings"
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(
            f'<Override PartName="{part}" ContentType="{kind}.{name}+xml"/>'
            for part, name in overrides.items()
        )
        + "</Types>"
    )
    base = {
        "[Content_Types].xml": [types.encode()],
        "_rels/.rels": [
            f'<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'.encode()
        ],
        "xl/workbook.xml": [
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
            '<sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode()
        ],
        "xl/_rels/workbook.xml.rels": [
            f'<Relationships xmlns="{RELS}">'
            f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>".encode()
        ],
        "xl/worksheets/sheet1.xml": sheet([header_row()]),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, pieces in (base | dict(parts)).items():
            with archive.open(name, "w", force_zip64=False) as part:
                for piece in pieces:
                    part.write(piece)
    return out.getvalue()


def shared_strings(count: int, text: str = "a") -> Iterable[bytes]:
    yield f'<sst xmlns="{MAIN}">'.encode()
    item = f"<si><t>{text}</t></si>".encode()
    for _ in range(count // 10_000):
        yield item * 10_000
    yield item * (count % 10_000)
    yield b"</sst>"


def shared_strings_bomb() -> bytes:
    """About 1 MB that unpacks to 320 MB of shared strings (the case found under attack)."""
    return workbook({"xl/sharedStrings.xml": shared_strings(18_823_528)})


def many_rows(count: int) -> bytes:
    """A sheet of ``count`` one-cell rows under the header (3,000,000 weigh 0.4 MB)."""

    def rows() -> Iterable[bytes]:
        yield header_row()
        row = b"<row><c><v>1</v></c></row>"  # numbered by their order, as a sheet may be
        for _ in range(count // 10_000):
            yield row * 10_000
        yield row * (count % 10_000)

    return workbook({"xl/worksheets/sheet1.xml": sheet(rows())})


LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def billion_laughs() -> bytes:
    strings = [
        b'<?xml version="1.0"?>' + LAUGHS,
        f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'.encode(),
    ]
    return workbook({"xl/sharedStrings.xml": strings})


def external_entity() -> bytes:
    doctype = b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    row = b'<row r="2"><c t="inlineStr"><is><t>&x;</t></is></c></row>'
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row(), row], prolog=doctype)})


def doctype_after_a_long_comment() -> bytes:
    prolog = b"<!--" + b"x" * 100_000 + b"-->" + b"<!DOCTYPE w>"
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row()], prolog=prolog)})


def wide(row: int = 2) -> bytes:
    """A cell in Excel's last column on ``row`` (one-cell rows before it)."""
    before = b"".join(b"<row><c><v>1</v></c></row>" for _ in range(2, row))
    last = f'<row r="{row}"><c r="XFD{row}"><v>1</v></c></row>'.encode()
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row(), before, last])})


def long_cell(characters: int) -> bytes:
    row = f'<row r="2">{_inline("长" * characters)}</row>'.encode()
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row(), row])})


def long_text(characters: int) -> bytes:
    """A cell whose text runs past any cell's, written in pieces."""
    row = [
        b'<row r="2"><c t="inlineStr"><is><t>',
        *[b"a" * 1_000_000] * (characters // 1_000_000),
        b"</t></is></c></row>",
    ]
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row(), *row])})


def long_comment(characters: int) -> bytes:
    """A comment inside the sheet's data, broken by markup-like text so no run is long."""
    piece = b"<a> " * 250_000
    body = [b"<!--", *[piece] * (characters // len(piece)), b"-->"]
    return workbook({"xl/worksheets/sheet1.xml": sheet([header_row(), *body])})


def with_styles(styles: Iterable[bytes]) -> bytes:
    """A workbook whose styles are ``styles``, found through its relationships."""
    rels = (
        f'<Relationships xmlns="{RELS}">'
        f'<Relationship Id="rId1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId3" Type="{DOC}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ).encode()
    return workbook({"xl/styles.xml": styles, "xl/_rels/workbook.xml.rels": [rels]})


def styles_bomb() -> bytes:
    """Styles that unpack to 100 MB."""
    styles = [
        f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(),
        *[b'<xf numFmtId="0"/>' * 1_000_000] * 6,
        b"</cellXfs></styleSheet>",
    ]
    return with_styles(styles)


def many_parts(count: int) -> bytes:
    return workbook({f"xl/media/p{n}.bin": [b""] for n in range(count)})


def utf16() -> bytes:
    text = f'<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="{MAIN}"/>'
    return workbook({"xl/worksheets/sheet1.xml": [text.encode("utf-16")]})


def deep_text(depth: int) -> bytes:
    """A shared string nested ``depth`` elements deep (3 KB at 150,000)."""
    strings = [
        f'<sst xmlns="{MAIN}"><si>'.encode(),
        b"<t>" * depth,
        b"x",
        b"</t>" * depth,
        b"</si></sst>",
    ]
    return workbook({"xl/sharedStrings.xml": strings})


def long_format(characters: int) -> bytes:
    """A number format far longer than Excel allows (is_date_format's time grows with its
    square)."""
    styles = [
        f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="200" formatCode="'.encode(),
        b"[" * characters,
        b'"/></numFmts><cellXfs><xf numFmtId="200"/></cellXfs></styleSheet>',
    ]
    return with_styles(styles)


def long_names(characters: int, count: int) -> bytes:
    """Elements whose names are each ``characters`` long (a parser keeps every name it meets)."""
    rows = [header_row(), *(b"<%s%d/>" % (b"a" * characters, n) for n in range(count))]
    return workbook({"xl/worksheets/sheet1.xml": sheet(rows)})


def _patched(
    member: str, *, flags: int = 0, method: int | None = None, name: bytes | None = None
) -> bytes:
    """A sound workbook with one member's ZIP headers changed, as a hostile tool would."""
    data = bytearray(workbook({}))
    encoded = member.encode()
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(encoded)] == encoded:
                data[at + flag_at] |= flags & 0xFF
                data[at + flag_at + 1] |= flags >> 8
                if method is not None:
                    data[at + method_at] = method
                if name is not None:
                    data[name_at : name_at + len(name)] = name
            at = data.find(signature, at + 4)
    return bytes(data)


def encrypted() -> bytes:
    return _patched("xl/workbook.xml", flags=0x1)


def bzip2_claimed() -> bytes:
    return _patched("xl/workbook.xml", method=12)


def bad_utf8_name() -> bytes:
    return _patched("xl/workbook.xml", flags=0x800, name=b"\xff")


def zip64_locator() -> bytes:
    """A ZIP64 locator slipped before a classic end record that claims few parts."""
    data = workbook({})
    at = data.rfind(b"PK\x05\x06")
    return data[:at] + b"PK\x06\x07" + bytes(16) + data[at:]

"""Rows of an uploaded spreadsheet, read as a stream and within limits.

An inventory arrives as CSV text or as an XLSX workbook, a ZIP of XML parts. Either can be made
to cost far more to read than it weighs: a few hundred kilobytes of ZIP unpack to gigabytes of
XML, a sheet claims millions of rows, an XML document type defines entities that expand without
end or fetch other files. So the rows are read here rather than by a general spreadsheet
library: the ZIP's directory is checked before anything is unpacked and every part is counted
as it unpacks; no XML part may declare a document type (so no entity is ever expanded, and none
is fetched); the shared strings, rows, columns and cells are counted as they come. Whatever
exceeds a limit is refused, naming the limit.
"""

import codecs
import contextlib
import csv
import datetime
import functools
import io
import itertools
import lzma
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from typing import IO, Any, cast
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

import attrs
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from renovation_api.csv_cells import unescaped
from renovation_core.register.inventory import Text

Row = Sequence[object]
MAX_COLUMNS = 200
_SNIFF = 64 * 1024
_CHUNK = 64 * 1024


class NotASpreadsheet(ValueError):
    """The file is neither CSV text nor an XLSX workbook that can be read safely."""


class OverLimit(NotASpreadsheet):
    """The file exceeds one of the :class:`Limits`; the message names it."""


@attrs.frozen(kw_only=True)
class Limits:
    """What one inventory may hold: far above any real inventory (the national one has 220,000
    rows of 19 columns), far below what would exhaust a server. ``rows`` is the deployment's
    (``RENOVATION_IMPORT_MAX_ROWS``)."""

    rows: int
    columns: int = MAX_COLUMNS
    cell_characters: int = 32_767  # Excel's own limit for a cell
    line_characters: int = 1 << 20  # a CSV line
    parts: int = 1_000  # members of an XLSX's ZIP
    directory_bytes: int = 1 << 20  # the ZIP's central directory
    unpacked_bytes: int = 1 << 30  # every part, unpacked
    part_bytes: int = 16 << 20  # workbook, relationships, styles, unpacked
    elements: int = 20_000_000  # in one part: about a minute's reading
    token_bytes: int = 1 << 20  # one text, tag or comment of XML
    shared_strings: int = 1_000_000
    shared_strings_bytes: int = 64 << 20  # the shared strings part, unpacked


def rows_of(file: IO[bytes], limits: Limits) -> Iterator[Row]:
    """The file's rows, streamed from its start: an XLSX workbook's first sheet, or CSV text in
    UTF-8 (with or without a byte-order mark) or GB18030, as Excel saves it on a Chinese
    Windows. Raises :class:`NotASpreadsheet` (or :class:`OverLimit`) as soon as it knows."""
    file.seek(0)
    head = file.read(_SNIFF)
    file.seek(0)
    rows = (
        _workbook_rows(file, limits)
        if head.startswith(b"PK\x03\x04")
        else _csv_rows(file, head, limits)
    )
    for number, row in enumerate(rows, start=1):
        if number > limits.rows:
            raise OverLimit(f"the sheet has more than {limits.rows:,} rows, the limit")
        if len(row) > limits.columns:
            raise OverLimit(f"row {number} has more than {limits.columns} columns, the limit")
        for cell in row:
            if isinstance(cell, str) and len(cell) > limits.cell_characters:
                raise OverLimit(
                    f"row {number} has a cell of more than {limits.cell_characters:,} "
                    "characters, the limit"
                )
        yield row


def _csv_rows(file: IO[bytes], head: bytes, limits: Limits) -> Iterator[Row]:
    if not head:
        return
    if b"\x00" in head:
        raise NotASpreadsheet("the file is neither CSV text nor an XLSX workbook")
    encoding = "utf-8-sig" if _decodes(head, "utf-8") else "gb18030"
    if encoding == "gb18030" and not _decodes(head, "gb18030"):
        raise NotASpreadsheet("the file is neither CSV text (UTF-8 or GB18030) nor XLSX")
    text = io.TextIOWrapper(file, encoding=encoding, newline="")

    def lines() -> Iterator[str]:
        while line := text.readline(limits.line_characters + 1):
            if len(line) > limits.line_characters:
                raise OverLimit(
                    f"the file has a line of more than {limits.line_characters:,} characters"
                )
            yield line

    try:
        for row in csv.reader(lines()):  # an export's escapes taken off (csv_cells)
            yield [unescaped(c) for c in row] if any(c[:1] == "'" for c in row) else row
    except (UnicodeDecodeError, csv.Error) as error:
        raise NotASpreadsheet(f"the CSV cannot be read: {error}") from None
    finally:
        with contextlib.suppress(ValueError):  # closed already: nothing to keep open
            text.detach()  # the caller's file stays open


def _decodes(head: bytes, encoding: str) -> bool:
    """Whether ``head`` is text in ``encoding`` (a character cut at the end is fine)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


# Dates in Excel are numbers in a date format: the built-in ones openpyxl knows, and those a
# Chinese Excel adds (27–36, 50–58: 2022年5月1日 and its kin).
_DATE_FORMATS = frozenset(
    {i for i, code in BUILTIN_FORMATS.items() if is_date_format(code)}
    | {*range(27, 37), *range(50, 59)}
)
_MAX_FORMAT = 255  # Excel's own limit for a number format
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")  # a character in OOXML's text, ST_Xstring
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_COLUMN = re.compile(r"[A-Za-z]{1,3}")
_WHOLE = re.compile(r"-?[0-9]+")


def _workbook_rows(file: IO[bytes], limits: Limits) -> Iterator[Row]:
    """The first sheet's rows, numbered as the spreadsheet numbers them (a row the file skips
    is an empty row), each as long as its last cell."""
    try:
        book = _open(file, limits)
        yield from book.rows()
    except NotASpreadsheet:
        raise
    except ParseError as error:
        raise NotASpreadsheet(f"the workbook's XML is not well-formed: {error}") from None
    except _UNREADABLE as error:  # what zipfile and its decompressors raise on a bad archive
        raise NotASpreadsheet(
            f"the file is not an XLSX workbook that can be read: {error}"
        ) from None


# An encrypted member raises RuntimeError; a bad bzip2 stream OSError; a name that is not the
# UTF-8 its flag claims UnicodeDecodeError (a ValueError), as do other malformed fields.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    NotImplementedError,
    KeyError,
    RuntimeError,
    OSError,
    ValueError,
)


def _open(file: IO[bytes], limits: Limits) -> "_Workbook":
    _check_directory(file, limits)
    archive = zipfile.ZipFile(file)
    members = archive.infolist()
    if len(members) > limits.parts:  # what the end record said, read again
        raise OverLimit(
            f"the workbook has {len(members):,} parts, more than the limit of {limits.parts:,}"
        )
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.unpacked_bytes:
        raise OverLimit(
            f"the workbook unpacks to {unpacked:,} bytes, more than the limit of "
            f"{limits.unpacked_bytes:,}"
        )
    return _Workbook(archive, limits)


def _check_directory(file: IO[bytes], limits: Limits) -> None:
    """Count the ZIP's members from its end record before reading its directory, which
    ``zipfile`` reads whole: a file of many tiny members would otherwise fill memory."""
    file.seek(0, io.SEEK_END)
    size = file.tell()
    file.seek(max(0, size - 22 - 0xFFFF - 20))  # the end record, its comment and a ZIP64 locator
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise NotASpreadsheet("the file is not an XLSX workbook: it has no ZIP directory")
    entries, directory = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    zip64 = at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07"  # zipfile would follow it
    if zip64 or entries == 0xFFFF or directory == 0xFFFFFFFF:
        raise OverLimit("the workbook is a ZIP64 archive: no inventory needs one")
    if entries > limits.parts:
        raise OverLimit(
            f"the workbook has {entries:,} parts, more than the limit of {limits.parts:,}"
        )
    if directory > limits.directory_bytes:
        raise OverLimit(
            f"the workbook's ZIP directory is {directory:,} bytes, more than the limit of "
            f"{limits.directory_bytes:,}"
        )
    file.seek(0)


@functools.lru_cache(maxsize=256)  # bounded: a part may name elements without end
def _local(tag: str) -> str:
    """An element's name without its namespace (Excel's, or Strict Open XML's)."""
    return tag.rpartition("}")[2]


class _Workbook:
    """An XLSX package: where its first sheet, shared strings and styles are, found through its
    relationships as Excel writes them."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.archive, self.limits = archive, limits
        workbook = self._target("", "_rels/.rels", "officeDocument") or "xl/workbook.xml"
        sheet_id, date1904 = None, False
        for event, tag, element, _ in self._parse(workbook, limits.part_bytes):
            if event == "end" and tag == "sheet" and sheet_id is None:
                sheet_id = element.get(f"{{{_RELATIONSHIP}}}id")
            elif event == "end" and tag == "workbookPr":
                date1904 = element.get("date1904") in ("1", "true")
        self.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        base, _, name = workbook.rpartition("/")
        relationships = self._relationships(base, f"{base}/_rels/{name}.rels".lstrip("/"))
        if sheet_id not in relationships:
            raise NotASpreadsheet("the workbook has no sheet")
        self.sheet = relationships[sheet_id][1]
        by_type = {kind.rpartition("/")[2]: target for kind, target in relationships.values()}
        self.strings = self._shared_strings(by_type.get("sharedStrings"))
        self.dates = self._date_styles(by_type.get("styles"))

    def _parse(self, name: str, limit: int) -> Iterator[tuple[str, str, Element, list[str]]]:
        if name not in self.archive.NameToInfo:
            raise NotASpreadsheet(f"the workbook lacks its part {name}")
        return _parse(self.archive, name, limit, self.limits)

    def _relationships(self, base: str, rels: str) -> dict[str, tuple[str, str]]:
        """Each relationship's id, with its type and the part it names."""
        return {
            element.get("Id", ""): (
                element.get("Type", ""),
                _resolve(base, element.get("Target", "")),
            )
            for event, tag, element, _ in self._parse(rels, self.limits.part_bytes)
            if event == "end" and tag == "Relationship"
        }

    def _target(self, base: str, rels: str, kind: str) -> str | None:
        if rels not in self.archive.NameToInfo:
            return None
        return next(
            (t for k, t in self._relationships(base, rels).values() if k.endswith(kind)), None
        )

    def _shared_strings(self, name: str | None) -> list[str]:
        if name is None or name not in self.archive.NameToInfo:
            return []
        strings: list[str] = []
        pieces: list[str] = []
        for event, tag, element, parents in self._parse(name, self.limits.shared_strings_bytes):
            if event != "end":
                continue
            if tag == "t" and "rPh" not in parents:  # never a phonetic guide's text
                pieces.append(element.text or "")
            elif tag == "si":
                if len(strings) == self.limits.shared_strings:
                    raise OverLimit(
                        f"the workbook has more than {self.limits.shared_strings:,} shared "
                        "strings, the limit"
                    )
                strings.append(self._cell_text(pieces))
                pieces = []
        return strings

    def _cell_text(self, pieces: list[str]) -> str:
        """A text as Excel shows it: ``_x001B_`` is the character it escapes (so the rule for
        text judges what a person would see), ``_x005F_`` an underscore."""
        if sum(map(len, pieces)) > self.limits.cell_characters:
            raise OverLimit(
                f"the workbook has a text of more than {self.limits.cell_characters:,} "
                "characters, the limit for a cell"
            )
        return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), "".join(pieces))

    def _date_styles(self, name: str | None) -> frozenset[int]:
        """The cell styles (positions in cellXfs) whose number format is a date."""
        if name is None or name not in self.archive.NameToInfo:
            return frozenset()
        custom: dict[int, str] = {}
        formats: list[int] = []
        for event, tag, element, parents in self._parse(name, self.limits.part_bytes):
            if event == "end" and tag == "numFmt":
                code = element.get("formatCode", "")
                if len(code) > _MAX_FORMAT:
                    raise NotASpreadsheet(
                        f"the workbook has a number format of more than {_MAX_FORMAT} "
                        "characters, which Excel does not allow"
                    )
                custom[_number(element.get("numFmtId"))] = code
            elif event == "end" and tag == "xf" and parents[-1:] == ["cellXfs"]:
                formats.append(_number(element.get("numFmtId")))
        return frozenset(
            i
            for i, fmt in enumerate(formats)
            if (is_date_format(custom[fmt]) if fmt in custom else fmt in _DATE_FORMATS)
        )

    def rows(self) -> Iterator[list[object]]:
        """The sheet's rows; a row the file skips is an empty one, as the spreadsheet shows."""
        previous = last = 0
        values: dict[int, object] = {}
        cell: dict[str, Any] = {}
        for event, tag, element, parents in self._parse(self.sheet, self.limits.unpacked_bytes):
            if event == "start":
                if tag == "row":
                    number = _number(element.get("r"), previous + 1)
                    if number <= previous:
                        raise NotASpreadsheet(f"the sheet's row {number} follows row {previous}")
                    if number > self.limits.rows:
                        raise OverLimit(
                            f"the sheet has more than {self.limits.rows:,} rows, the limit"
                        )
                    yield from ([] for _ in range(previous + 1, number))
                    previous, last, values = number, 0, {}
                elif tag == "c":
                    last = column = self._column(element.get("r"), last + 1)
                    cell = {"column": column, "kind": element.get("t", "n"), "texts": []}
                    cell["style"] = _number(element.get("s"))
            elif tag in ("v", "f") and parents[-1:] == ["c"]:
                cell[tag] = element.text or ""
            elif tag == "t" and "is" in parents and "rPh" not in parents:
                cell["texts"].append(element.text or "")
            elif tag == "c":
                value = self._value(cell)
                if value is not None:
                    values[cell["column"]] = value
            elif tag == "row":
                yield [
                    values.get(i) for i in range(1, max(values, default=0) + 1)
                ]  # to its last value
            elif tag == "sheetData":
                return

    def _column(self, reference: str | None, following: int) -> int:
        if reference is None:
            number = following
        else:
            letters = _COLUMN.match(reference)
            if letters is None:
                raise NotASpreadsheet(f"the sheet names a cell {reference[:20]!r}")
            number = 0
            for letter in letters.group().upper():
                number = number * 26 + ord(letter) - 64
        if number > self.limits.columns:
            raise OverLimit(f"the sheet has a cell past column {self.limits.columns}, the limit")
        return number

    def _value(self, cell: dict[str, Any]) -> object:  # noqa: PLR0911 (one per kind)
        """A cell's value as a person sees it; a formula as its text, which is refused."""
        kind, raw = cell["kind"], cell.get("v")
        if "f" in cell:
            return "=" + cell["f"]
        if kind == "inlineStr":
            return Text(self._cell_text(cell["texts"]))
        if raw is None:
            return None
        if kind == "s":
            index = _number(raw)
            if not 0 <= index < len(self.strings):
                raise NotASpreadsheet(f"a cell refers to shared string {index}, which is missing")
            return Text(self.strings[index])
        if kind == "b":
            return raw == "1"
        if kind in ("str", "e"):
            return raw
        try:
            if kind == "d":
                return datetime.datetime.fromisoformat(raw)
            number: int | float = int(raw) if _WHOLE.fullmatch(raw) else float(raw)
            return from_excel(number, self.epoch) if cell["style"] in self.dates else number
        except (ValueError, OverflowError):
            raise NotASpreadsheet(
                f"the sheet holds a value {raw[:20]!r} of no kind it declares"
            ) from None


def _number(text: str | None, default: int = 0) -> int:
    """A count or an index in the workbook's XML."""
    if text is None:
        return default
    if not _WHOLE.fullmatch(text) or len(text) > 10:
        raise NotASpreadsheet(f"the workbook's XML holds {text[:20]!r} where a number belongs")
    return int(text)


def _resolve(base: str, target: str) -> str:
    """A relationship's target as a name in the ZIP."""
    if target.startswith("/"):
        return target[1:]
    resolved: list[str] = []
    for part in [*base.split("/"), *target.split("/")]:
        if part == "..":
            if resolved:
                resolved.pop()
        elif part not in ("", "."):
            resolved.append(part)
    return "/".join(resolved)


# An XML part's prolog: a byte-order mark, the declaration, comments, processing instructions
# and space, then the root element. A document type declaration there is refused.
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_MAX_PROLOG = 64 * 1024


def _parse(
    archive: zipfile.ZipFile, name: str, limit: int, limits: Limits
) -> Iterator[tuple[str, str, Element, list[str]]]:
    """A part's start and end events as it unpacks: the event, the element's local name, the
    element and its open ancestors' local names. Each element is dropped once its end has been
    seen (read what you need at its end), so memory stays flat whatever the part holds. The
    part may not unpack past ``limit`` (nor past what the ZIP's directory says), must be
    UTF-8, may not declare a document type, may hold at most ``limits.elements`` elements, and
    no text, tag or comment longer than ``limits.token_bytes`` (the parser holds each whole:
    a megabyte fed without an event is one)."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise OverLimit(
            f"the workbook's part {name} unpacks to {info.file_size:,} bytes, more than the "
            f"limit of {limit:,}"
        )
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    opened: list[Element] = []
    names: list[str] = []
    quiet = elements = 0
    for chunk in itertools.chain(_unpacked(archive, info), [b""]):
        if chunk:
            parser.feed(chunk)
        else:
            parser.close()
        quiet += len(chunk)
        if quiet > limits.token_bytes:
            raise OverLimit(
                f"the workbook's part {name} holds a text, tag or comment of more than "
                f"{limits.token_bytes:,} bytes, the limit"
            )
        # Only start and end events are asked for: each carries an element.
        for event, element in cast(Iterator[tuple[str, Element]], parser.read_events()):
            quiet = 0
            if event == "start":
                _check_element(name, element, len(opened))
                tag = _local(element.tag)
                yield event, tag, element, names
                opened.append(element)
                names.append(tag)
                continue
            elements += 1
            if elements > limits.elements:
                raise OverLimit(
                    f"the workbook's part {name} has more than {limits.elements:,} elements, "
                    "the limit"
                )
            opened.pop()
            tag = names.pop()
            yield event, tag, element, names
            element.clear()
            if opened and len(opened[-1]) and opened[-1][-1] is element:
                del opened[-1][-1]


# No workbook's XML nests deeper than a dozen elements, nor names one, or an attribute, with more
# than a few dozen characters: bounds that keep every step of the reading short.
_MAX_DEPTH = 64
_MAX_NAME = 256


def _check_element(name: str, element: Element, depth: int) -> None:
    if depth >= _MAX_DEPTH:
        raise NotASpreadsheet(
            f"the workbook's part {name} nests elements more than {_MAX_DEPTH} deep"
        )
    if len(element.tag) > _MAX_NAME or any(len(key) > _MAX_NAME for key in element.attrib):
        raise NotASpreadsheet(
            f"the workbook's part {name} names an element or attribute with more than "
            f"{_MAX_NAME} characters"
        )


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes as they unpack, held back until its prolog is known to be safe; never
    more than the ZIP's directory says."""
    name, read = info.filename, 0
    head: bytes | None = b""
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            if read > info.file_size:
                raise NotASpreadsheet(f"the workbook's part {name} is larger than it says")
            if head is None:
                yield chunk
                continue
            head += chunk
            if _root_begins(name, head, final=False):
                yield head
                head = None
    if head is not None and _root_begins(name, head, final=True):
        yield head


def _root_begins(name: str, head: bytes, *, final: bool) -> bool:
    """Whether ``head`` reaches the root element past a safe prolog; False while the prolog may
    still be incomplete. A document type declaration, or any encoding but UTF-8, is refused."""
    end = _PROLOG.match(head).end()  # type: ignore[union-attr]
    rest = head[end : end + 4]
    if rest[:1] == b"<" and rest[1:2] not in (b"?", b"!", b""):
        declared = _ENCODING.match(head)
        if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
            raise NotASpreadsheet(f"the workbook's part {name} is not UTF-8")
        return True
    if rest[:2] == b"<!" and not b"<!--".startswith(rest):
        raise NotASpreadsheet(
            f"the workbook's part {name} declares a document type, which no workbook needs "
            "(its entities could expand without end or read other files): refused"
        )
    if (rest and rest[:1] != b"<") or final or len(head) > _MAX_PROLOG:
        raise NotASpreadsheet(f"the workbook's part {name} is not an XML document")
    return False

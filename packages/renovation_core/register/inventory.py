"""Compound inventories as offices keep them (小区台账): a table whose first row names the
columns, in Chinese or English, and each further row one compound, with its plan where the row
gives one.

Offices type what they see, so a cell is read as a person reads it: full-width digits and
punctuation are the ordinary ones (NFKC), thousands may be grouped with commas, a date may be
2022-05-01, 2022/5/1 or 2022年5月1日 (or a spreadsheet's own date), and a property type, a
severity or a catalogue item may be given by its code or by its Chinese label. A formula is
refused: the register records values, not a calculation a later edit can change. A reader that
knows a cell is text (an XLSX text cell, a CSV cell after an apostrophe) says so with
:class:`Text`, and such a cell is a value though it begin with "=" as a formula does.

Reading the file is the caller's business. The core takes the rows one at a time and keeps only
the codes it has seen (and the row of each), so a caller that streams the file keeps its memory
close to flat.
"""

import datetime
import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache, partial
from typing import Any

import attrs

from renovation_core.dataset import compound_reference_errors, plan_reference_errors
from renovation_core.errors import DataError, FieldError, FieldValueError
from renovation_core.labels import Labelled
from renovation_core.register.catalogue import Catalogue
from renovation_core.register.compound import Compound, PropertyType
from renovation_core.register.plan import RenovationPlan
from renovation_core.register.priority import ConditionAssessment, Severity
from renovation_core.register.programme import Programme
from renovation_core.text import problem as text_problem


class _Seen:
    """The codes read so far and the row each was first on: what an inventory keeps of its
    rows. Until a code repeats (and a file that will import has none that do), the codes are
    kept in the order read with their rows in an array beside them, some 28 bytes a row less
    than a dict of rows (the row numbers' own objects); the first repeat builds that dict."""

    def __init__(self) -> None:
        self._codes: dict[str, None] = {}  # a dict for its order
        self._rows = array("I")
        self._row_of: dict[str, int] | None = None

    def first_row(self, code: str, row: int) -> int | None:
        """The row ``code`` was first read on; None when it is new, and noted as on ``row``."""
        if self._row_of is not None:
            first = self._row_of.setdefault(code, row)
            return None if first == row else first
        if code not in self._codes:
            self._codes[code] = None
            self._rows.append(row)
            return None
        self._row_of = dict(zip(self._codes, self._rows, strict=True))
        self._codes, self._rows = {}, array("I")
        return self._row_of[code]


@attrs.frozen
class Column:
    """A column: its English header (the field's name) and the Chinese headers it goes by."""

    name: str
    labels: tuple[str, ...]
    required: bool = False


COLUMNS = (
    Column("code", ("小区编码", "小区代码", "编码"), required=True),
    Column("name", ("小区名称", "名称"), required=True),
    Column("district", ("区县代码", "所属区县代码", "区代码"), required=True),
    Column("street", ("街道代码", "所属街道代码", "街道（乡镇）代码"), required=True),
    Column("community", ("社区代码", "所属社区代码")),
    Column("built_year", ("建成年份", "建成年代"), required=True),
    Column("buildings", ("楼栋数", "栋数"), required=True),
    Column("households", ("户数", "居民户数"), required=True),
    Column(
        "floor_area_m2",
        ("建筑面积", "建筑面积（平方米）", "建筑面积（㎡）", "建筑面积/平方米"),
        required=True,
    ),
    Column("property_type", ("产权性质", "房屋性质"), required=True),
    Column("original_property_unit", ("原产权单位",)),
    Column("previously_renovated_in", ("曾改造年份", "以往改造年份")),
    Column("infrastructure", ("基础设施状况",)),
    Column("management", ("管理状况",)),
    Column("safety", ("安全隐患状况",)),
    Column("assessed_on", ("评估日期",)),
    Column("plan_year", ("改造年度", "计划年度")),
    Column("items", ("改造内容", "改造项目")),
    Column("investment_yuan", ("预计投资", "预计投资（元）", "预计投资/元")),
)
_CONDITION = ("infrastructure", "management", "safety")
# Names as people write them: kept as typed (only a blank cell is empty), never normalised.
_FREE_TEXT = frozenset({"name", "original_property_unit"})
_PLAN = ("plan_year", "items", "investment_yuan")
_REQUIRED = tuple(c.name for c in COLUMNS if c.required)
_NOT_THE_COMPOUNDS = frozenset({*_CONDITION, "assessed_on", *_PLAN})  # its own fields: the rest
# Most columns repeat a few values (districts, years, types, severities): each column keeps the
# short cells it read last, by value and type (1 and 1.0 are read alike, but not by chance).
_REMEMBERED = 1024
_SHORT = 64  # characters: a column keeps 1,024 cells of 64 at most, whatever the file holds
_EVERY_ROW_ITS_OWN = frozenset({"code", *_FREE_TEXT})
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日")
_ITEM_SEPARATORS = re.compile(r"[,;、\s]+")


def _key(header: str) -> str:
    """A header as compared: NFKC (full-width brackets are ordinary ones), no spaces, any case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", header)).casefold()


_BY_HEADER = {_key(text): column for column in COLUMNS for text in (column.name, *column.labels)}


class Formula(ValueError):
    """A cell holds a formula, not a value."""


class Text(str):
    """A cell its file marks as text: taken as typed, though it begin with "=" (a name
    exported and imported again). Any other text beginning with "=" is taken for a formula."""


def _refuse_formula(cell: str, read: str) -> None:
    """Refuse ``cell`` if, ``read`` as its column reads it, it begins as a formula does and its
    file does not mark it as text."""
    if read.startswith("=") and not isinstance(cell, Text):
        raise Formula("a formula, not a value: enter the value itself")


@attrs.frozen(kw_only=True)
class RowProblem:
    """What is wrong with one row: its number in the file (the header is row 1), the column as
    the file names it (none where the whole row is at fault) and why."""

    row: int
    column: str | None
    message: str


@attrs.frozen(kw_only=True)
class Entry:
    """A row read: the compound, and its plan where the row gives one."""

    row: int
    compound: Compound
    plan: RenovationPlan | None


@attrs.frozen(kw_only=True)
class Header:
    """Which column of the file holds each field, the header as the file writes it, and the
    columns the file has that the register does not (ignored, and said so)."""

    positions: dict[str, int]
    shown: dict[str, str]
    ignored: tuple[str, ...]


def read_header(cells: Sequence[object]) -> Header:
    """The header row's columns; a :class:`DataError` naming each required column missing or
    named twice."""
    positions: dict[str, int] = {}
    shown: dict[str, str] = {}
    ignored = []
    errors = []
    for i, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        column = _BY_HEADER.get(_key(text))
        if column is None:
            ignored.append(text)
        elif column.name in positions:
            errors.append(
                FieldError(path=text, message=f"names the column {shown[column.name]!r} again")
            )
        else:
            positions[column.name] = i
            shown[column.name] = text
    for column in COLUMNS:
        if column.required and column.name not in positions:
            errors.append(
                FieldError(
                    path=column.name,
                    message=f"required column missing: {column.name} ({column.labels[0]})",
                )
            )
    if errors:
        raise DataError(errors)
    return Header(positions=positions, shown=shown, ignored=tuple(ignored))


def _normal(text: str) -> str:
    """Full-width digits, letters and brackets made ordinary (NFKC), spaces trimmed."""
    text = text.strip()
    return text if text.isascii() else unicodedata.normalize("NFKC", text).strip()


def _shown(text: str) -> str:
    """A cell quoted in a message, cut short."""
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _text(value: object) -> str | None:
    """A cell as text: None where blank; full-width forms made ordinary."""
    if value is None:
        return None
    if isinstance(value, str):
        text = _normal(value)
        _refuse_formula(value, text)
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    return text or None


# The readers below take a cell as ``_text`` leaves it: a spreadsheet's own value (a number, a
# date), or text already made ordinary.
_WHOLE = re.compile(r"-?[0-9]+")


def _integer(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError("a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value)
    digits = text.replace(",", "")
    if not _WHOLE.fullmatch(digits):
        raise ValueError(f"a whole number, not {_shown(text)}")
    return int(digits)


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("a number")
    if isinstance(value, float):
        # A spreadsheet number is a double: its shortest repr is what the office typed.
        return Decimal(repr(value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    text = str(value).replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"a number, not {_shown(text)}") from None
    if not number.is_finite():
        raise ValueError(f"a number, not {_shown(text)}")
    return number


def _date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value)
    for form in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError(f"a date (2022-05-01, 2022/5/1 or 2022年5月1日), not {_shown(text)}")


def _labelled(kind: type[Labelled]) -> Callable[[object], Any]:
    by_text = {m.code: m for m in kind} | {_normal(m.label): m for m in kind}

    def read(value: object) -> Any:
        text = str(value)
        if text not in by_text:
            shown = "、".join(f"{m.label}（{m.code}）" for m in kind)
            raise ValueError(f"{_shown(text)} is not one of {shown}")
        return by_text[text]

    return read


def _item_reader(catalogue: Catalogue) -> Callable[[object], tuple[str, ...]]:
    by_text = {i.code: i.code for i in catalogue} | {_normal(i.label): i.code for i in catalogue}

    def read(value: object) -> tuple[str, ...]:
        found = []
        for part in _ITEM_SEPARATORS.split(str(value)):
            if part:
                if part not in by_text:
                    raise ValueError(f"{_shown(part)} is not an item of the catalogue")
                found.append(by_text[part])
        return tuple(found)

    return read


def _remembering(read: Callable[[object], Any]) -> Callable[[object], Any]:
    """``read``, remembering what it read of the last short texts and numbers."""
    remembered = lru_cache(maxsize=_REMEMBERED, typed=True)(read)

    def cell(raw: object) -> Any:
        if type(raw) in (int, float) or (isinstance(raw, str) and len(raw) <= _SHORT):
            return remembered(raw)
        return read(raw)

    return cell


class Inventory:
    """Reads a programme's inventory rows into compounds and plans, checked as the API checks a
    single write on ``today``; a code the file repeats is a problem on its later row."""

    def __init__(self, programme: Programme, *, today: datetime.date) -> None:
        self.programme, self.today = programme, today
        self._readers: dict[str, Callable[[object], Any]] = {
            "built_year": _integer,
            "buildings": _integer,
            "households": _integer,
            "previously_renovated_in": _integer,
            "plan_year": _integer,
            "floor_area_m2": _decimal,
            "investment_yuan": _decimal,
            "assessed_on": _date,
            "property_type": _labelled(PropertyType),
            "infrastructure": _labelled(Severity),
            "management": _labelled(Severity),
            "safety": _labelled(Severity),
            "items": _item_reader(programme.catalogue),
        }
        self._read: dict[str, Callable[[object], Any]] = {
            c.name: partial(self._cell, c.name)
            if c.name in _EVERY_ROW_ITS_OWN
            else _remembering(partial(self._cell, c.name))
            for c in COLUMNS
        }

    def open(
        self, rows: Iterable[Sequence[object]]
    ) -> tuple[Header, Iterator[Entry | list[RowProblem]]]:
        """The table's header, and then each row after it (numbered from 2; blank rows
        skipped): its entry, or its problems. A table with no header row, a header without
        the required columns, or no row after it, raises :class:`DataError`."""
        lines = iter(rows)
        first = next(lines, None)
        if first is None:
            raise DataError([FieldError(path="$", message="the file is empty: no header row")])
        header = read_header(first)
        entries = self._entries(header, lines)
        found = next(entries, None)
        if found is None:
            raise DataError([FieldError(path="$", message="the file has no rows after its header")])
        return header, itertools.chain([found], entries)

    def _entries(
        self, header: Header, lines: Iterator[Sequence[object]]
    ) -> Iterator[Entry | list[RowProblem]]:
        seen = _Seen()
        for number, cells in enumerate(lines, start=2):
            if all(c is None or str(c).strip() == "" for c in cells):
                continue
            position = header.positions["code"]
            try:
                code = _text(cells[position]) if position < len(cells) else None
            except Formula:
                code = None
            if code is not None and (first := seen.first_row(code, number)) is not None:
                yield [
                    RowProblem(
                        row=number,
                        column=header.shown["code"],
                        message=f"compound {code} is also on row {first}",
                    )
                ]
                continue
            yield self._row(header, number, cells)

    def _cell(self, name: str, raw: object) -> Any:
        """One cell of column ``name`` read, or None where it is blank."""
        if isinstance(raw, str) and (why := text_problem(raw)):
            raise ValueError(why)
        if name in _FREE_TEXT and isinstance(raw, str):
            _refuse_formula(raw, raw.lstrip())
            return str(raw) if raw.strip() else None
        text = _text(raw)
        if text is None:
            return None
        read = self._readers.get(name)
        cell = text if isinstance(raw, str) else raw
        return read(cell) if read else text

    def _row(
        self, header: Header, number: int, cells: Sequence[object]
    ) -> Entry | list[RowProblem]:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []

        def problem(field: str | None, message: str) -> None:
            column = header.shown.get(field, field) if field else None
            problems.append(RowProblem(row=number, column=column, message=message))

        unread = set()
        for name, position in header.positions.items():
            try:
                value = self._read[name](cells[position] if position < len(cells) else None)
            except ValueError as error:
                problem(name, str(error))
                unread.add(name)
            else:
                if value is not None:
                    values[name] = value
        for name in _REQUIRED:
            if name not in values and name not in unread:
                problem(name, "required: the cell is empty")
        condition = _group(values, unread, _CONDITION, problem, "a condition assessment")
        if "assessed_on" in values and not condition and not unread & set(_CONDITION):
            problem("assessed_on", "an assessment day without the condition it dates")
        plan_values = _group(values, unread, _PLAN, problem, "a plan")
        if problems:
            return problems
        fields = {k: v for k, v in values.items() if k not in _NOT_THE_COMPOUNDS}
        try:
            if condition:
                fields["condition"] = ConditionAssessment(
                    **condition, assessed_on=values.get("assessed_on")
                )
            compound = Compound(**fields)
        except FieldValueError as error:
            problem(error.field, error.message)
            return problems
        for found in (
            *compound_reference_errors(self.programme, compound),
            *compound.timeline_errors(self.today),
        ):
            problem(found.path.rsplit(".", 1)[-1], found.message)
        plan = self._plan(compound.code, plan_values, problem) if plan_values else None
        return problems or Entry(row=number, compound=compound, plan=plan)

    def _plan(
        self,
        code: str,
        values: dict[str, Any],
        problem: Callable[[str | None, str], None],
    ) -> RenovationPlan | None:
        """The row's plan, or None with its problems said."""
        try:
            plan = RenovationPlan(
                compound=code,
                year=values["plan_year"],
                items=values["items"],
                investment_yuan=values["investment_yuan"],
            )
        except FieldValueError as error:
            problem(_PLAN_FIELDS.get(error.field, error.field), error.message)
            return None
        for found in plan_reference_errors(self.programme, plan):
            problem(_PLAN_FIELDS.get(found.path.split("[")[0], "items"), found.message)
        return plan


# A plan's own field names, as the inventory's columns name them.
_PLAN_FIELDS = {"year": "plan_year", "items": "items", "investment_yuan": "investment_yuan"}


def _group(
    values: dict[str, Any],
    unread: set[str],
    names: tuple[str, ...],
    problem: Callable[[str | None, str], None],
    what: str,
) -> dict[str, Any]:
    """Columns that go together: all given, or none (the empty ones are problems; one that
    could not be read is its own problem already)."""
    given = {n: values[n] for n in names if n in values}
    typed = given.keys() | (unread & set(names))
    if typed and len(typed) < len(names):
        for name in names:
            if name not in typed:
                problem(name, f"{what} needs {', '.join(names)}: this cell is empty")
    return given if len(given) == len(names) else {}


def headers(chinese: bool) -> list[str]:
    """The header row an export writes: each column's first Chinese header, or its name."""
    return [c.labels[0] if chinese else c.name for c in COLUMNS]


def cells(compound: Compound, plan: RenovationPlan | None, *, chinese: bool) -> list[object]:
    """A compound and its plan as an inventory row in ``COLUMNS`` order, which an import reads
    back as the same compound and plan; labels in Chinese, or codes."""

    def term(member: Labelled | None) -> str | None:
        return None if member is None else member.label if chinese else member.code

    condition = compound.condition
    by_column: dict[str, object] = {
        **{f.name: getattr(compound, f.name) for f in attrs.fields(Compound)},
        "property_type": term(compound.property_type),
        "infrastructure": term(condition.infrastructure if condition else None),
        "management": term(condition.management if condition else None),
        "safety": term(condition.safety if condition else None),
        "assessed_on": condition.assessed_on if condition else None,
        "plan_year": plan.year if plan else None,
        "items": "、".join(plan.items) if plan else None,
        "investment_yuan": plan.investment_yuan if plan else None,
    }
    return [by_column[c.name] for c in COLUMNS]

"""Inventories as offices keep them: Chinese or English headers, cells read as a person reads
them, every bad row named by its number, column and reason."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renovation_core.errors import DataError
from renovation_core.reference import wuhai
from renovation_core.register.inventory import (
    Entry,
    Inventory,
    RowProblem,
    Text,
    cells,
    headers,
)

PROGRAMME = wuhai().programme
TODAY = datetime.date(2026, 12, 5)
ZH = [
    "小区编码",
    "小区名称",
    "区县代码",
    "街道代码",
    "建成年份",
    "楼栋数",
    "户数",
    "建筑面积",
    "产权性质",
]
EN = ["code", "name", "district", "street", "built_year", "buildings", "households",
      "floor_area_m2", "property_type"]  # fmt: skip
GOOD = ["T-1", "团结小区", "150302", "150302001000", "1998", "8", "134", "12623.79", "房改房"]


def read(rows: list[list[Any]]) -> list[Entry | list[RowProblem]]:
    _, outcomes = Inventory(PROGRAMME, today=TODAY).open(rows)
    return list(outcomes)


def test_chinese_and_english_headers_read_the_same_compound() -> None:
    (zh,) = read([ZH, GOOD])
    (en,) = read([EN, [*GOOD[:8], "reformed"]])
    assert isinstance(zh, Entry)
    assert isinstance(en, Entry)
    assert zh.compound == en.compound
    assert zh.compound.floor_area_m2 == Decimal("12623.79")
    assert zh.plan is None
    # Headers in full-width brackets, with spaces, in another case: the same columns.
    spelt = [*ZH[:7], "建筑面积 (平方米)", "产权性质", "Remarks"]
    header, _ = Inventory(PROGRAMME, today=TODAY).open([spelt, GOOD])
    assert header.positions["floor_area_m2"] == 7
    assert header.ignored == ("Remarks",)


def test_cells_are_read_as_an_office_types_them() -> None:
    typed: list[Any] = ["T-1", "团结小区", "１５０３０２", "150302001000", "１９９８", 8.0, "1,234", 12623.79,
             "商品住房"]  # fmt: skip
    dated: list[list[Any]] = [[*ZH, "基础设施状况", "管理状况", "安全隐患状况", "评估日期"]]
    for n, day in enumerate(
        ["2021-09-11", "2021/9/11", "2021年9月11日", datetime.datetime(2021, 9, 11)], start=1
    ):
        dated.append([f"T-{n}", *typed[1:], "较差", "fair", "严重", day])
    entries = read(dated)
    assert all(isinstance(e, Entry) for e in entries)
    first = entries[0]
    assert isinstance(first, Entry)
    assert (first.compound.district, first.compound.built_year) == ("150302", 1998)
    assert (first.compound.buildings, first.compound.households) == (8, 1234)
    assert {
        e.compound.condition.assessed_on
        for e in entries
        if isinstance(e, Entry) and e.compound.condition
    } == {datetime.date(2021, 9, 11)}


def test_a_cell_is_read_by_its_type_as_well_as_its_value() -> None:
    # A column remembers the cells it read: 1 and 1.0 are one building, True is none; a bad
    # cell is refused each time it comes.
    rows = [
        [f"T-{n}", *GOOD[1:5], cell, *GOOD[6:]]
        for n, cell in enumerate([1, 1.0, True, 1, "x", "x"])
    ]
    outcomes = read([ZH, *rows])
    assert [o.compound.buildings if isinstance(o, Entry) else o[0].message for o in outcomes] == [
        1,
        1,
        "a whole number",
        1,
        "a whole number, not 'x'",
        "a whole number, not 'x'",
    ]


# Cells as offices and spreadsheets give them, good and bad, of every type a reader yields.
_CELLS = st.sampled_from(
    [None, "", " ", 1, 1.0, True, 0, -3, "8", "８", "1,234", "1998", 1998, 1998.0, "x", "=A1",
     "150302", "１５０３０２", "150302001000", "150303001000", "12623.79", 12623.79, "1e3",
     "NaN", "房改房", "reformed", "较差", "fair", "严重", "2021-09-11", "2021/9/11",
     datetime.datetime(2021, 9, 11), "2022", 2023, "供水、drainage", "elevator_retrofit",
     "1200000.00", "团结\u001b小区", "\u202e小区", "1" * 70, "１" * 70, "房" * 70]
)  # fmt: skip
_HEADER = [
    *ZH,
    "基础设施状况",
    "管理状况",
    "安全隐患状况",
    "评估日期",
    "改造年度",
    "改造内容",
    "预计投资",
]


@given(
    st.lists(
        st.lists(_CELLS, min_size=len(_HEADER) - 1, max_size=len(_HEADER) - 1),
        min_size=1,
        max_size=12,
    )
)
def test_a_row_reads_the_same_whatever_rows_came_before(rows: list[list[Any]]) -> None:
    numbered = [[f"T-{n}", *cells] for n, cells in enumerate(rows)]
    together = [_read(o) for o in read([_HEADER, *numbered])]
    assert together == [_read(read([_HEADER, row])[0]) for row in numbered]


def _read(outcome: Entry | list[RowProblem]) -> object:
    """What a row was read as, wherever it stood in the file."""
    if isinstance(outcome, Entry):
        return outcome.compound, outcome.plan
    return [(p.column, p.message) for p in outcome]


def test_a_row_gives_its_plan_with_items_by_code_or_label() -> None:
    header = [*ZH, "改造年度", "改造内容", "预计投资"]
    (entry,) = read([header, [*GOOD, "2023", "供水、drainage；供气", "1,200,000.00"]])
    assert isinstance(entry, Entry)
    assert entry.plan is not None
    assert entry.plan.items == ("water_supply", "drainage", "gas_supply")
    assert entry.plan.investment_yuan == Decimal("1200000.00")
    (half,) = read([header, [*GOOD, "2023", None, None]])
    assert half == [
        RowProblem(
            row=2,
            column="改造内容",
            message="a plan needs plan_year, items, investment_yuan: this cell is empty",
        ),
        RowProblem(
            row=2,
            column="预计投资",
            message="a plan needs plan_year, items, investment_yuan: this cell is empty",
        ),
    ]
    (outside,) = read([header, [*GOOD, "2030", "供水", "1.00"]])
    assert outside == [
        RowProblem(
            row=2, column="改造年度", message="year 2030 is outside the programme (2022–2024)"
        )
    ]


def test_text_its_file_marks_as_text_is_a_value_though_it_begins_as_a_formula() -> None:
    named = ["T-5", Text("=1+1号院"), *GOOD[2:5], Text("８"), *GOOD[6:]]
    formula = ["T-6", "=1+1号院", *GOOD[2:5], "=F2", *GOOD[6:]]
    entry, problems = read([ZH, named, formula])
    assert isinstance(entry, Entry)
    assert (entry.compound.name, entry.compound.buildings) == ("=1+1号院", 8)
    assert type(entry.compound.name) is str  # recorded as plain text
    assert [(p.column, p.message) for p in problems] == [  # type: ignore[union-attr]
        ("小区名称", "a formula, not a value: enter the value itself"),
        ("楼栋数", "a formula, not a value: enter the value itself"),
    ]


def test_every_bad_row_is_named_by_number_column_and_reason() -> None:
    rows: list[list[Any]] = [
        ZH,
        GOOD,
        [],  # a blank row is skipped, but keeps its number
        ["T-2", "二号", "150302", "150302001000", "一九九八", "8", "0", "-5", "别墅"],
        ["T-1", "重复", "150302", "150302001000", "1998", "8", "134", "100", "房改房"],
        ["T-3", "公式", "150302", "150302001000", "1998", "=F2", "134", "100", "房改房"],
        ["T-4", None, "150302", "150399001000", "1998", "8", "134", "100", "房改房"],
    ]
    outcomes = read(rows)
    assert isinstance(outcomes[0], Entry)
    problems = [p for outcome in outcomes[1:] for p in outcome]  # type: ignore[union-attr]
    assert [(p.row, p.column) for p in problems] == [
        (4, "建成年份"),
        (4, "产权性质"),
        (5, "小区编码"),
        (6, "楼栋数"),
        (7, "小区名称"),
    ]
    assert problems[2].message == "compound T-1 is also on row 2"
    assert problems[3].message == "a formula, not a value: enter the value itself"
    assert problems[4].message == "required: the cell is empty"
    # With its name given, the street that is not the district's is what is wrong.
    (street,) = read(
        [ZH, ["T-4", "四号", "150302", "150399001000", "1998", "8", "134", "100", "房改房"]]
    )
    assert street == [
        RowProblem(
            row=2,
            column="街道代码",
            message="street '150399001000' is not in district 150302 海勃湾区",
        )
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "the file is empty: no header row"),
        ([ZH[:-1]], "required column missing: property_type (产权性质)"),
        ([[*ZH, "code"]], "names the column '小区编码' again"),
        ([ZH, [], ["", " "]], "the file has no rows after its header"),
    ],
)
def test_a_header_without_its_columns_is_refused(rows: list[list[Any]], message: str) -> None:
    with pytest.raises(DataError) as refused:
        Inventory(PROGRAMME, today=TODAY).open(rows)
    assert message in [e.message for e in refused.value.errors]


@pytest.mark.parametrize("chinese", [True, False])
def test_an_export_reads_back_as_the_same_register(chinese: bool) -> None:
    dataset = wuhai()
    plans = {p.compound: p for p in dataset.plans}
    # As a CSV carries them: text, blank for nothing.
    rows: list[list[Any]] = [headers(chinese)] + [
        ["" if v is None else str(v) for v in cells(c, plans.get(c.code), chinese=chinese)]
        for c in dataset.compounds
    ]
    entries = read(rows)
    assert [e.compound for e in entries if isinstance(e, Entry)] == list(dataset.compounds)
    assert [e.plan for e in entries if isinstance(e, Entry)] == [
        plans.get(c.code) for c in dataset.compounds
    ]


def test_what_a_row_cannot_say() -> None:
    header = [*ZH, "曾改造年份", "评估日期"]
    (far,) = read([header, [*GOOD, "99999", None]])
    assert far == [
        RowProblem(row=2, column="曾改造年份", message="must be between 1900 and 2100, got 99999")
    ]
    (undated,) = read([header, [*GOOD, None, "2021-09-11"]])
    assert undated == [
        RowProblem(
            row=2, column="评估日期", message="an assessment day without the condition it dates"
        )
    ]
    (named,) = read([ZH, ["T-9", "  团结小区（一期） ", *GOOD[2:]]])
    assert isinstance(named, Entry)
    assert named.compound.name == "  团结小区（一期） "  # a name is kept as typed


@given(
    st.lists(st.sampled_from(["T-1", "T-2", "T-3", "T-4", "T-5", "T-6"]), min_size=1, max_size=12)
)
def test_a_repeated_code_names_the_row_it_was_first_on(codes: list[str]) -> None:
    rows = [ZH, *([code, *GOOD[1:]] for code in codes)]
    first: dict[str, int] = {}
    expected = []
    for number, code in enumerate(codes, start=2):
        if code in first:
            expected.append((number, f"compound {code} is also on row {first[code]}"))
        first.setdefault(code, number)
    problems = [p for o in read(rows) if not isinstance(o, Entry) for p in o]
    assert [(p.row, p.message) for p in problems] == expected


def test_a_compound_s_past_is_past_on_the_day_it_is_read() -> None:
    header = [*ZH, "曾改造年份", "基础设施状况", "管理状况", "安全隐患状况", "评估日期"]
    condition = ["较差", "较差", "严重"]
    rows = [
        header,
        ["T-1", *GOOD[1:4], "2027", *GOOD[5:], "", *condition, "2026-12-05"],
        ["T-2", *GOOD[1:], "1990", *condition, "2026-12-06"],
        ["T-3", *GOOD[1:], "2027", "", "", "", ""],
        ["T-4", *GOOD[1:], "", *condition, "0001-01-01"],
    ]
    found = [[(p.column, p.message) for p in outcome] for outcome in read(rows)]  # type: ignore[union-attr]
    assert found == [
        [
            ("建成年份", "must not be after this year, got 2027"),
            ("评估日期", "must not be before the year it was built (2027), got 2026-12-05"),
        ],
        [
            ("曾改造年份", "must not be before the year it was built (1998), got 1990"),
            ("评估日期", "must not be after today, got 2026-12-06"),
        ],
        [("曾改造年份", "must not be after this year, got 2027")],
        [("评估日期", "must not be before the year it was built (1998), got 0001-01-01")],
    ]

"""The rule for recorded text: one definition, held where text comes in (imported cells, data
files) and behind the consistency findings; what was recorded before it shows safely."""

import datetime
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from renovation_core import check_register, dataset_from_json, dataset_from_mapping
from renovation_core.errors import DataError
from renovation_core.reference import wuhai
from renovation_core.register.inventory import Entry, Inventory, RowProblem
from renovation_core.text import LINE_PATTERN, LINES_PATTERN, problem, visible
from tests.unit.test_inventory import GOOD, ZH

DATA = wuhai()


@pytest.mark.parametrize(
    ("text", "lines", "expected"),
    [
        ("团结小区", False, None),
        ("团结\u3000小区 (一期)", False, None),
        ("控制\u001b字符", False, "character 3 is U+001B, a control character"),
        ("\u0000", False, "character 1 is U+0000, a control character"),
        ("a\u0085b", False, "character 2 is U+0085, a control character"),
        ("a\u007f", True, "character 2 is U+007F, a control character"),
        ("a\ud800", False, "character 2 is U+D800, half of a surrogate pair"),
        ("x\ufffe", True, "character 2 is U+FFFE, not a character"),
        ("一\n二", False, "character 2 is U+000A, a line break or tab (this field is one line)"),
        ("一\r\n二\t三", True, None),
        ("一\r\n二\u000c", True, "character 5 is U+000C, a control character"),
        ("a\u2028b", False, "character 2 is U+2028, a line break or tab (this field is one line)"),
        ("a\u2029b", True, None),
        (
            "乌\u202e海",
            True,
            "character 2 is U+202E, a bidirectional formatting character (it reorders what is "
            "shown)",
        ),
        (
            "\u2066x",
            False,
            "character 1 is U+2066, a bidirectional formatting character (it reorders what is "
            "shown)",
        ),
        *(
            (
                f"团结{mark}小区",
                False,
                f"character 3 is U+{ord(mark):04X}, a bidirectional formatting character (it "
                "reorders what is shown)",
            )
            for mark in "\u061c\u200e\u200f"
        ),
    ],
)
def test_the_first_character_at_fault_is_named_with_its_position(
    text: str, lines: bool, expected: str | None
) -> None:
    found = problem(text, lines=lines)
    assert found == (None if expected is None else f"{expected}, which a text may not hold")


@given(st.text())
def test_the_patterns_the_api_publishes_agree_with_the_rule(text: str) -> None:
    assert (re.search(LINE_PATTERN, text) is None) == (problem(text) is not None)
    assert (re.search(LINES_PATTERN, text) is None) == (problem(text, lines=True) is not None)


@given(st.text())
def test_visible_text_always_passes_a_note_and_changes_only_what_fails(text: str) -> None:
    shown = visible(text)
    assert problem(shown, lines=True) is None
    assert len(shown) == len(text)
    if problem(text, lines=True) is None:
        assert shown == text


def test_control_characters_show_as_their_pictures() -> None:
    assert visible("控制\u001b字符\u0000\u007f\u0085") == "控制␛字符␀␡\ufffd"


def test_an_imported_cell_with_a_control_character_is_its_rows_problem() -> None:
    named = [*GOOD[:1], "团结\u001b小区", *GOOD[2:]]
    coded = ["T-\u00002", *GOOD[1:]]
    _, outcomes = Inventory(DATA.programme, today=datetime.date(2026, 12, 5)).open(
        [ZH, named, coded, ["T-3", *GOOD[1:]]]
    )
    first, second, third = outcomes
    assert first == [
        RowProblem(
            row=2,
            column="小区名称",
            message="character 3 is U+001B, a control character, which a text may not hold",
        )
    ]
    assert isinstance(second, list)
    assert second[0].column == "小区编码"
    assert second[0].message.startswith("character 3 is U+0000")
    assert isinstance(third, Entry)


def test_a_data_file_names_every_text_at_fault_in_order() -> None:
    data = {
        "programme": {"code": "x", "name": "乌\u001b海", "note": "ok"},
        "provenance": {"source": "s", "note": "第一行\n第二行\u0007"},
        "k\u0000": 1,
    }
    with pytest.raises(DataError) as raised:
        dataset_from_mapping(data)
    assert [(e.path, e.message.split(",")[0]) for e in raised.value.errors] == [
        ("$", "a field's name: character 2 is U+0000"),
        ("$.programme.name", "character 2 is U+001B"),
        ("$.provenance.note", "character 8 is U+0007"),
    ]


def test_a_data_file_nested_past_any_parser_is_a_data_error() -> None:
    with pytest.raises(DataError) as raised:
        dataset_from_json("[" * 100_000 + "]" * 100_000)
    assert raised.value.errors[0].message == "nested too deeply to be a programme file"


def test_a_name_recorded_before_the_rule_is_a_consistency_finding() -> None:
    compound = attrs.evolve(DATA.compounds[0], name="团结\u001b小区")
    findings = check_register(DATA.programme, [compound], [])
    texts = [f for f in findings if f.code == "compound.text"]
    assert [(f.location, f.message) for f in texts] == [
        (
            f"compounds[{compound.code}].name",
            f"compound {compound.code}'s name: character 3 is U+001B, a control character, "
            "which a text may not hold",
        )
    ]
    assert all("\u001b" not in f.message for f in findings)

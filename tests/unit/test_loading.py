"""Programme files: a round trip loses nothing, and every kind of bad data is named precisely."""

import copy
import json

import pytest

from renovation_core import (
    DataError,
    FieldError,
    dataset_from_json,
    dataset_from_mapping,
    dataset_from_toml,
    dataset_to_json,
)
from renovation_core.loading import dataset_to_mapping
from renovation_core.reference import wuhai


@pytest.fixture
def data():
    """A fresh, mutable copy of the Wuhai file's contents."""
    return copy.deepcopy(dataset_to_mapping(wuhai()))


def errors_of(data) -> list[FieldError]:
    with pytest.raises(DataError) as caught:
        dataset_from_mapping(data)
    return list(caught.value.errors)


def only_error(data) -> FieldError:
    errors = errors_of(data)
    assert len(errors) == 1, errors
    return errors[0]


def test_round_trip_through_json_is_lossless():
    text = dataset_to_json(wuhai())
    assert dataset_from_json(text) == wuhai()
    assert dataset_to_json(dataset_from_json(text)) == text


def test_wrong_type_names_the_field(data):
    data["compounds"][3]["households"] = "many"
    error = only_error(data)
    assert error.path == "$.compounds[3].households"
    assert error.message == "must be an integer, got str 'many'"


def test_booleans_are_not_integers(data):
    data["compounds"][0]["buildings"] = True
    assert only_error(data).path == "$.compounds[0].buildings"


def test_missing_field_names_the_field(data):
    del data["programme"]["annual_targets"][2]["year"]
    error = only_error(data)
    assert error.path == "$.programme.annual_targets[2].year"
    assert error.message == "required field missing"


def test_a_published_table_may_leave_any_figure_out(data):
    """小区个数 / 楼栋数 / 户数 / 建筑面积 / 投资: a row may publish buildings and leave the
    investment out."""
    figures = data["programme"]["annual_targets"][2]["figures"]
    del figures["investment_yuan"]
    figures["buildings"] = 40
    row = dataset_from_mapping(data).programme.annual_targets[2].figures
    assert (row.buildings, row.investment_yuan, row.households) == (40, None, 1271)


def test_unknown_category_lists_the_known_ones(data):
    data["programme"]["coverage_targets"][0]["category"] = "luxury"
    error = only_error(data)
    assert error.path == "$.programme.coverage_targets[0].category"
    assert (
        error.message
        == "unknown category 'luxury': expected one of basic, improvement, enhancement"
    )


def test_negative_households_are_refused(data):
    data["compounds"][5]["households"] = -12
    error = only_error(data)
    assert error.path == "$.compounds[5].households"
    assert error.message == "must be between 1 and 1000000, got -12"


def test_district_the_programme_lacks(data):
    data["compounds"][7]["district"] = "150399"
    error = only_error(data)
    assert error.path == "$.compounds[7].district"
    assert "unknown district '150399'" in error.message
    assert "150302" in error.message


def test_street_of_another_district(data):
    wuda_street = data["programme"]["districts"][1]["streets"][0]["code"]
    data["compounds"][0]["street"] = wuda_street  # compound 0 is in Haibowan
    error = only_error(data)
    assert error.path == "$.compounds[0].street"
    assert "is not in district 150302" in error.message


def test_unknown_field_is_refused(data):
    data["compounds"][1]["colour"] = "red"
    error = only_error(data)
    assert (error.path, error.message) == ("$.compounds[1]", "unknown field(s): colour")


def test_float_money_is_refused_with_the_reason(data):
    data["plans"][0]["investment_yuan"] = 0.1
    error = only_error(data)
    assert error.path == "$.plans[0].investment_yuan"
    assert "floats cannot hold money" in error.message


def test_money_finer_than_the_fen_is_refused(data):
    data["plans"][0]["investment_yuan"] = "100.005"
    error = only_error(data)
    assert error.path == "$.plans[0].investment_yuan"
    assert error.message == "must have at most 2 decimal places, got 100.005"


def test_not_a_number(data):
    data["compounds"][0]["floor_area_m2"] = "12,000"
    assert only_error(data).message == "must be a decimal number, got '12,000'"


def test_a_string_is_not_a_list(data):
    data["plans"][0]["items"] = "water_supply"
    error = only_error(data)
    assert (error.path, error.message) == (
        "$.plans[0].items",
        "must be a list, got str 'water_supply'",
    )


def test_unknown_catalogue_item_in_a_plan(data):
    data["plans"][4]["items"].append("swimming_pool")
    error = only_error(data)
    assert error.path == f"$.plans[4].items[{len(data['plans'][4]['items']) - 1}]"
    assert error.message == "unknown catalogue item 'swimming_pool'"


def test_second_plan_for_a_compound(data):
    data["plans"].append(copy.deepcopy(data["plans"][0]))
    error = only_error(data)
    assert error.path == "$.plans[186].compound"
    assert "already has a plan" in error.message


def test_duplicate_compound_code(data):
    data["compounds"][1]["code"] = data["compounds"][0]["code"]
    errors = errors_of(data)
    assert errors[0].path == "$.compounds[1].code"
    assert "duplicate compound code" in errors[0].message


def test_plan_year_outside_the_programme(data):
    data["plans"][2]["year"] = data["fundings"][2]["year"] = 2030
    error = only_error(data)
    assert error.path == "$.plans[2].year"
    assert "outside the programme (2022–2024)" in error.message


def test_target_for_an_unknown_district(data):
    data["programme"]["annual_targets"][0]["district"] = "150399"
    error = only_error(data)
    assert error.path == "$.programme.annual_targets[0].district"


def test_bad_date(data):
    data["programme"]["published_on"] = "31/12/2021"
    error = only_error(data)
    assert error.path == "$.programme.published_on"
    assert "YYYY-MM-DD" in error.message


def test_end_before_start(data):
    data["programme"]["end_year"] = 2020
    error = only_error(data)
    assert error.path == "$.programme.end_year"
    assert error.message == "must not be before start_year 2022, got 2020"


def test_every_problem_is_reported_at_once(data):
    data["compounds"][0]["households"] = "x"
    data["compounds"][9]["buildings"] = 0
    data["plans"][0]["year"] = "2022"
    assert [e.path for e in errors_of(data)] == [
        "$.compounds[0].households",
        "$.compounds[9].buildings",
        "$.plans[0].year",
    ]


def test_unsupported_format():
    with pytest.raises(DataError, match=r"\$\.format: unsupported format 'v9'"):
        dataset_from_mapping({"format": "v9"})


def test_not_an_object():
    with pytest.raises(DataError, match="must hold an object"):
        dataset_from_json("[1, 2]")


def test_syntax_errors_say_where():
    with pytest.raises(DataError, match=r"not valid JSON: .* line 1 column"):
        dataset_from_json('{"programme": ')
    with pytest.raises(DataError, match=r"not valid TOML: .*line 2"):
        dataset_from_toml("[programme]\ncode = \n")


def test_the_error_message_lists_every_path(data):
    data["compounds"][0]["households"] = -1
    with pytest.raises(DataError) as caught:
        dataset_from_json(json.dumps(data, ensure_ascii=False))
    assert "$.compounds[0].households: must be between 1 and 1000000, got -1" in str(caught.value)


def test_a_number_where_an_object_belongs(data):
    data["programme"] = 5
    assert only_error(data) == FieldError(path="$.programme", message="must be an object")
